"""The image check: not part of `make test` (pyproject.toml ignores tests/image).

Run by `make check-image` (scripts/check-image.sh), which starts a Docker engine if none
answers. Figures that the checks measure are printed at the end of the run.
"""

FIGURES = []


def pytest_terminal_summary(terminalreporter):
    if FIGURES:
        terminalreporter.section("image figures")
        for line in FIGURES:
            terminalreporter.write_line(line)
