"""Templates a person can read: no line longer than the Python's limit, give or take."""

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
TEMPLATES = sorted((ROOT / "templates").rglob("*.html"))
MAX_LINE_LENGTH = 120


@pytest.mark.parametrize("template", TEMPLATES, ids=lambda path: str(path.relative_to(ROOT)))
def test_no_line_is_longer_than_120_characters(template):
    lines = template.read_text().splitlines()
    long = [number for number, line in enumerate(lines, 1) if len(line) > MAX_LINE_LENGTH]
    assert long == [], f"lines over {MAX_LINE_LENGTH} characters: {long}"
