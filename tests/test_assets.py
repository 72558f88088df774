"""What the pages load: little, all from the site itself, and no inline code for the CSP."""

import re
from pathlib import Path

import pytest
from django.contrib.staticfiles import finders

ROOT = Path(__file__).resolve().parent.parent
TEMPLATES = sorted((ROOT / "templates").rglob("*.html"))
PAGES = [
    "/fr/",
    "/ar/mission/",
    "/en/axes/",
    "/fr/axes/protection-resilience/",
    "/ar/projects/",
    "/en/projects/information-mobilite-sure/",
    "/fr/partners/",
    "/ar/partners/agence-nordique-cooperation/",
    "/en/search/?q=migration",
]


def loaded_assets(html):
    stylesheets = re.findall(r'<link rel="stylesheet" href="([^"]+)"', html)
    scripts = re.findall(r'<script[^>]* src="([^"]+)"', html)
    return stylesheets + scripts


@pytest.mark.django_db
@pytest.mark.parametrize("url", PAGES)
def test_css_and_javascript_weigh_less_than_60_kb(client, demo_content, url):
    html = client.get(url).content.decode()
    assets = loaded_assets(html)
    assert assets
    size = sum(
        Path(finders.find(asset.removeprefix("/static/"))).stat().st_size for asset in assets
    )
    assert size < 60_000


@pytest.mark.django_db
@pytest.mark.parametrize("url", PAGES)
def test_nothing_loads_from_another_host(client, demo_content, url):
    html = client.get(url).content.decode()
    sources = re.findall(r'<(?:img|script|iframe|source|link)[^>]* (?:src|href)="([^"]+)"', html)
    elsewhere = [
        source
        for source in sources
        if not source.startswith("/") and not source.startswith("http://testserver/")
    ]
    assert elsewhere == []


@pytest.mark.parametrize("template", TEMPLATES, ids=lambda path: path.name)
def test_no_inline_script_or_style_in_templates(template):
    text = template.read_text()
    # A JSON-LD block is data that no browser runs: the CSP has nothing to allow for it.
    assert not re.search(r'<script(?![^>]*\b(?:src=|type="application/ld\+json"))', text)
    assert "<style" not in text
    assert not re.search(r"\sstyle=", text)


def test_the_stylesheet_uses_logical_properties_so_arabic_mirrors():
    css = (ROOT / "static" / "css" / "site.css").read_text()
    physical = re.findall(
        r"(?:margin|padding|border)-(?:left|right)|(?<![-\w])(?:left|right)\s*:"
        r"|float\s*:\s*(?:left|right)|text-align\s*:\s*(?:left|right)",
        css,
    )
    assert physical == []
