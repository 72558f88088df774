"""Editors write Markdown; what reaches a public page cannot run anything."""

import pytest
from django.template import Context, Template

from oim_site.templatetags.richtext import richtext


def render(text):
    return Template("{% load richtext %}{{ text|richtext }}").render(Context({"text": text}))


def test_paragraphs_emphasis_links_and_lists():
    html = render("Premier **paragraphe**, *bien*.\n\n- un\n- deux\n\n[IOM](https://www.iom.int)")
    assert "<p>Premier <strong>paragraphe</strong>, <em>bien</em>.</p>" in html
    assert "<ul>\n<li>un</li>\n<li>deux</li>\n</ul>" in html
    assert '<a href="https://www.iom.int" rel="noopener noreferrer">IOM</a>' in html


def test_headings_start_below_the_page_title():
    assert render("# Contexte\n\n## Détail") == "<h2>Contexte</h2>\n<h3>Détail</h3>"


def test_plain_text_becomes_paragraphs():
    assert render("Un.\n\nDeux.") == "<p>Un.</p>\n<p>Deux.</p>"


def test_arabic_text_is_kept_as_written():
    assert render("نص **مهم**") == "<p>نص <strong>مهم</strong></p>"


@pytest.mark.parametrize(
    "attack",
    [
        "<script>alert(1)</script>",
        '<img src="x" onerror="alert(1)">',
        '<a href="#" onclick="alert(1)">lien</a>',
        "[lien](javascript:alert(1))",
        '<a href="JaVaScRiPt:alert(1)">lien</a>',
        '<iframe src="https://example.org"></iframe>',
        '<svg onload="alert(1)"></svg>',
        "<style>body{display:none}</style>",
        '<p style="background:url(javascript:alert(1))">x</p>',
        '<form action="https://example.org"><input name="password"></form>',
        "![](https://example.org/pixel.png)",
    ],
)
def test_nothing_an_editor_types_can_run_or_load_from_elsewhere(attack):
    html = render(attack).lower()
    for danger in (
        "<script",
        "onerror",
        "onclick",
        "onload",
        "javascript:",
        "<iframe",
        "<svg",
        "<style",
        "style=",
        "<form",
        "<input",
        "<img",
        "example.org",
    ):
        assert danger not in html


def test_markup_typed_as_text_is_escaped_when_it_is_not_html():
    assert render("1 < 2 & 3 > 2") == "<p>1 &lt; 2 &amp; 3 &gt; 2</p>"


def test_empty_text_gives_nothing():
    assert richtext("") == ""
    assert richtext(None) == ""
