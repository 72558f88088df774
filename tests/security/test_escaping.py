"""User-supplied text is escaped everywhere it is shown.

Every text field of every model, in every language, carries markup, a script, event
handlers and javascript: links (tests/security/conftest.py). Every public page, the feed,
the sitemap, the search, the exports and the admin's pages render it as text; the exports
stay well-formed; rich text keeps none of it.
"""

import csv
import io
import json
import re

import pytest
from django.template import Context, Template
from django.utils import translation
from lxml import etree, html
from reversion.models import Version

from axes.models import Axis
from partners.models import Partner
from projects.models import Project
from tests.routes import LANGUAGES, PARAMETER, admin_model_urls, fill, public_routes
from tests.security.conftest import PAYLOADS, version_of

pytestmark = [pytest.mark.postgresql, pytest.mark.django_db]

URL_ATTRIBUTES = {"href", "src", "action", "formaction", "srcset", "xlink:href"}


def assert_no_markup_from_input(document):
    """No element, attribute or link of `document` comes from what was typed."""
    for element in document.iter():
        if not isinstance(element.tag, str):
            continue  # comments, processing instructions
        assert etree.QName(element).localname != "xss"
        for name, value in element.attrib.items():
            assert not name.lower().startswith("on"), (name, value)
            if name.lower() in URL_ATTRIBUTES:
                squeezed = re.sub(r"[\x00-\x20]", "", value).lower()
                assert not squeezed.startswith("javascript:"), (name, value)
        if element.tag == "script":
            assert "alert(" not in (element.text or "")


def assert_html_escapes(response):
    text = response.content.decode()
    assert "<xss" not in text.lower()
    assert_no_markup_from_input(html.document_fromstring(text))


def assert_xml_escapes(body):
    document = etree.fromstring(body)  # raises unless well-formed
    assert_no_markup_from_input(document)
    return document


def public_pages(objects):
    """Each page of the public site showing the content, in each language."""
    pages = [
        fill(route, [])
        for route in public_routes()
        if not PARAMETER.search(route) and not route.endswith((".json", ".csv", ".xml", ".atom"))
    ]
    filters = (
        "?axis=axe-xss&theme=theme-xss&region=region-xss&partner=partenaire-xss"
        "&status=ongoing&q=xss"
    )
    for language in LANGUAGES:
        with translation.override(language):
            pages += [objects[model].get_absolute_url() for model in (Axis, Project, Partner)]
        pages += [f"/{language}/projects/{filters}", f"/{language}/search/?q=xss"]
    return pages


def test_every_public_page_shows_the_text_escaped(client, hostile_content):
    for url in public_pages(hostile_content):
        response = client.get(url, follow=True)
        assert response.status_code == 200, url
        if response["Content-Type"].startswith("text/html"):
            assert_html_escapes(response)
    # The pages did show the content: the check above was not on empty pages.
    page = client.get("/ar/projects/projet-xss/").content.decode()
    assert "&lt;xss onmouseover=alert(1)&gt;" in page
    assert 'alt="&quot;&#x27;&gt;&lt;xss' in page  # the image's text alternative


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_feed_and_the_sitemap_are_well_formed_and_escape_the_text(
    client, hostile_content, language
):
    feed = assert_xml_escapes(client.get(f"/{language}/projects/feed.atom").content)
    atom = "{http://www.w3.org/2005/Atom}"
    entries = feed.findall(f"{atom}entry")
    assert [entry.findtext(f"{atom}title") for entry in entries] == [PAYLOADS[0]]
    for element in feed.iter(f"{atom}summary", f"{atom}content"):
        if element.get("type") == "html":  # HTML for the feed reader: once more escaped
            assert_no_markup_from_input(html.fragment_fromstring(element.text, "div"))
    assert_xml_escapes(client.get("/sitemap.xml").content)


@pytest.mark.parametrize("language", [*LANGUAGES, "all"])
def test_the_json_export_is_well_formed_and_keeps_the_text_as_typed(
    client, hostile_content, language
):
    response = client.get(f"/fr/open-data/projects.json?lang={language}")
    assert response["Content-Type"] == "application/json"
    (record,) = json.loads(response.content)["results"]
    title = record["title"] if language != "all" else record["title"]["ar"]
    assert title == PAYLOADS[0]


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_csv_export_is_well_formed_and_keeps_the_text_as_typed(
    client, hostile_content, language
):
    response = client.get(f"/fr/open-data/projects.csv?lang={language}")
    text = response.getvalue().decode("utf-8-sig")
    header, *rows = list(csv.reader(io.StringIO(text)))
    assert len(rows) == 1
    assert len(rows[0]) == len(header)
    row = dict(zip(header, rows[0], strict=True))
    assert row["title"] == row["summary"] == PAYLOADS[0]


def test_the_iati_export_is_well_formed_and_keeps_the_text_as_typed(client, hostile_content):
    response = client.get("/fr/open-data/iati-activities.xml")
    document = assert_xml_escapes(response.getvalue())
    assert PAYLOADS[0] in document.xpath("//title/narrative/text()")


def test_every_admin_page_of_the_content_escapes_the_text(admin_client, hostile_content):
    shown = 0
    for model, obj in hostile_content.items():
        version = version_of(obj)
        for name, url in admin_model_urls(model, obj, version):
            if name.endswith(("_recover", "_compare")):
                continue  # recovery is for deleted objects; comparison takes versions, below
            response = admin_client.get(url)
            # 403: the mission profile exists once, so it cannot be added or recovered.
            assert response.status_code in (200, 403), url
            assert_html_escapes(response)
            shown += "&lt;xss" in response.content.decode()
        if version:
            urls = dict(admin_model_urls(model, obj, version))
            url = urls[f"{model._meta.app_label}_{model._meta.model_name}_compare"]
            versions = Version.objects.get_for_object(obj).order_by("pk")
            first, second = versions.values_list("pk", flat=True)
            response = admin_client.get(f"{url}?version_id1={first}&version_id2={second}")
            assert response.status_code == 200, url
            assert_html_escapes(response)
            assert "&lt;xss" in response.content.decode()
    assert shown > 3 * len(hostile_content)  # lists, forms, histories showed the text


def render_richtext(text):
    return Template("{% load richtext %}{{ text|richtext }}").render(Context({"text": text}))


@pytest.mark.parametrize(
    "attack",
    [
        "<script>alert(1)</script>",
        '<img src="x" onerror="alert(1)">',
        '<a href="#" onclick="alert(1)">lien</a>',
        "[lien](javascript:alert(1))",
        '<a href="JaVaScRiPt:alert(1)">lien</a>',
        "[lien](java&#x09;script:alert(1))",
        "[lien](&#106;avascript:alert(1))",
        '<iframe src="https://example.org"></iframe>',
        '<svg onload="alert(1)"></svg>',
        "<style>body{display:none}</style>",
        '<p style="background:url(javascript:alert(1))">x</p>',
        '<form action="https://example.org"><input name="password"></form>',
        "![](https://example.org/pixel.png)",
        PAYLOADS[0],
    ],
)
def test_rich_text_keeps_nothing_that_can_run_or_load_from_elsewhere(attack):
    rendered = render_richtext(attack)
    for danger in (
        "<script",
        "onerror",
        "onclick",
        "onload",
        "onmouseover",
        "javascript:",
        "<iframe",
        "<svg",
        "<style",
        "style=",
        "<form",
        "<input",
        "<img",
        "<xss",
        "example.org",
    ):
        assert danger not in rendered.lower()
    assert_no_markup_from_input(html.fragment_fromstring(rendered or " ", "div"))
