"""The site's settings, with a reference page added to its URLs: for scripts/bench.py only."""

from pathlib import Path

from oim_site.settings import *  # noqa: F403
from oim_site.settings import TEMPLATES

ROOT_URLCONF = "benchsite.urls"
TEMPLATES[0]["DIRS"] = [*TEMPLATES[0]["DIRS"], Path(__file__).parent / "templates"]
