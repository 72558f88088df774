"""Editors write Markdown, shown as HTML (tests/security/test_escaping.py: nothing runs)."""

from django.template import Context, Template

from oim_site.publishing.templatetags.richtext import richtext


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


def test_markup_typed_as_text_is_escaped_when_it_is_not_html():
    assert render("1 < 2 & 3 > 2") == "<p>1 &lt; 2 &amp; 3 &gt; 2</p>"


def test_empty_text_gives_nothing():
    assert richtext("") == ""
    assert richtext(None) == ""
