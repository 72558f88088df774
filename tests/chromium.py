"""Debian's Chromium, driven by Playwright, for the tests that need a real browser."""

import os
from pathlib import Path

import pytest

CHROMIUM = Path(os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium"))

# The machines have no network: the browser must not even try to reach its update hosts.
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1",
]


def skip_without_chromium():
    """Skip the calling test module when Chromium is missing, except in CI, where it fails."""
    if not CHROMIUM.exists() and not os.environ.get("CI"):
        pytest.skip(
            f"no Chromium at {CHROMIUM}: apt-get install chromium fonts-dejavu-core",
            allow_module_level=True,
        )
