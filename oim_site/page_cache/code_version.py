"""The code version: what makes pages look as they do, besides the content."""

import functools
import hashlib
from pathlib import Path

import django
from django.conf import settings


@functools.cache
def code_version():
    """A digest of what makes pages look as they do, besides the content."""
    root = settings.BASE_DIR
    digest = hashlib.blake2b(django.get_version().encode(), digest_size=8)
    packages = [path for path in root.iterdir() if (path / "__init__.py").is_file()]
    files = [
        *root.glob("templates/**/*.html"),
        *(module for package in packages for module in package.rglob("*.py")),
        *root.glob("locale/*/LC_MESSAGES/*.mo"),
        Path(settings.STATIC_ROOT) / "staticfiles.json",
    ]
    for path in sorted(files):
        if path.is_file():
            digest.update(path.name.encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()
