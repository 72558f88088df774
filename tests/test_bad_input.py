"""Bad input never breaks a page: every public address, fuzzed (Hypothesis).

The addresses come from the URL resolver, so a page added later is fuzzed too. Each gets
real slugs and random path segments, random query strings (unknown, repeated and known
filter keys, huge values, broken percent-escapes, NUL bytes) and garbage Accept-Language
and Cookie headers. No answer may be a server error, show a stack trace, or repeat the
input unescaped in HTML.
"""

from urllib.parse import quote

import pytest
from django.conf import settings
from django.utils.html import escape as escaped_html
from hypothesis import given
from hypothesis import strategies as st
from lxml import etree

from axes.models import Axis
from news.forms import ArticleFilterForm
from news.models import Article
from partners.models import Partner
from projects.forms import ProjectFilterForm
from projects.models import Project
from tests.factories import make_article, make_partner, make_project, make_region, make_theme
from tests.routes import PARAMETER, fill, public_routes

pytestmark = [pytest.mark.postgresql, pytest.mark.django_db]

# Unescaped in an HTML page, this would be markup: it must only ever come back escaped.
PROBE = "<x-probe>\"'"

ROUTES = public_routes()
# The projects filters, the pages and the exports' parameters, and the sitemap's page.
FILTER_KEYS = [
    *ProjectFilterForm.base_fields,
    *ArticleFilterForm.base_fields,
    "page",
    "lang",
    "page_size",
    "p",
]

# Latin-1 without line breaks: what a header can carry through a WSGI server.
latin_1 = st.characters(max_codepoint=255, exclude_characters="\r\n")
header_text = st.text(latin_1, max_size=200) | st.just(PROBE)
nasty = st.sampled_from(
    [
        PROBE,
        "%ff%fe",
        "%00",
        "%C0%AE%C0%AE",
        "%",
        "%%",
        "%zz",
        "..%2F..%2F",
        "\x00",
        "0",
        "-1",
        "99999999999999999999",
        "1e9",
        "NaN",
        "true",
        "[]",
        "' OR 1=1 --",
        "𝕏",
        "ar",
        "all",
    ]
)
huge = st.builds(lambda text, times: text * times, nasty, st.integers(1_000, 20_000))
value = st.one_of(
    nasty,
    huge,
    st.text(max_size=50),
    st.builds(lambda text: f"{text}{PROBE}{text}", st.text(max_size=10)),
)


def escaped(text):
    """As a browser sends it: percent-encoded, but broken escapes left as they are."""
    return quote(text, safe="%/") if "%" in text else quote(text, safe="")


key = st.one_of(st.sampled_from(FILTER_KEYS), st.text(min_size=1, max_size=20), nasty)
query_string = st.lists(
    st.builds(lambda k, v: f"{escaped(k)}={escaped(v)}", key, value), max_size=8
).map("&".join)


@st.composite
def garbage_cookie(draw):
    names = st.sampled_from(
        ["sessionid", "csrftoken", "django_language", settings.LANGUAGE_COOKIE_NAME]
    )
    name = names | st.text(latin_1, max_size=10)
    pairs = draw(st.lists(st.tuples(name, header_text), max_size=4))
    return "; ".join(f"{name}={text}" for name, text in pairs) or draw(header_text)


@pytest.fixture
def slugs(db):
    """Real addresses' slugs, with a region and a theme the filters can name."""
    make_theme(slug="theme-probe")
    make_region(slug="region-probe")
    make_project(partners=[make_partner()], slug="projet-probe", title_fr=PROBE)
    make_article(slug="article-probe", title_fr=PROBE, dateline_fr=PROBE)
    return [
        *Axis.objects.values_list("slug", flat=True),
        *Project.objects.values_list("slug", flat=True),
        *Partner.objects.values_list("slug", flat=True),
        *Article.objects.values_list("slug", flat=True),
    ]


def segment(real_slugs):
    random_segment = st.one_of(nasty, st.text(min_size=1, max_size=30)).map(escaped)
    return st.sampled_from(real_slugs) | random_segment


def assert_answer_is_sound(response):
    assert response.status_code < 500
    body = b"".join(response) if response.streaming else response.content
    text = body.decode("utf-8", "replace")
    for trace in ("Traceback (most recent call last)", "Exception Value", "Django Version"):
        assert trace not in text
    content_type = response.get("Content-Type", "")
    if content_type.startswith("text/html"):
        assert "<x-probe" not in text
    if "xml" in content_type and response.status_code == 200:
        etree.fromstring(body)  # raises on malformed XML


@pytest.mark.parametrize("route", ROUTES)
def test_bad_input_never_breaks_a_page(client, slugs, route):
    parameters = len(PARAMETER.findall(route))

    @given(
        values=st.lists(segment(slugs), min_size=parameters, max_size=parameters),
        query=query_string,
        accept_language=header_text,
        cookie=garbage_cookie(),
    )
    def fuzz(values, query, accept_language, cookie):
        response = client.get(
            f"{fill(route, values)}?{query}",
            HTTP_ACCEPT_LANGUAGE=accept_language,
            HTTP_COOKIE=cookie,
        )
        assert_answer_is_sound(response)

    fuzz()


@pytest.mark.parametrize("key", ["0000000\x00", "x" * 32 + "\x00", "ÉÉÉÉÉÉÉÉ", "ABCDEFGH"])
def test_a_session_cookie_django_could_not_have_made_is_no_session(client, slugs, key):
    # Found by the fuzzing above: a NUL byte, which PostgreSQL refuses in a query, was a 500.
    response = client.get("/ar/projects/projet-probe/", HTTP_COOKIE=f"sessionid={key}")
    assert response.status_code == 200
    assert escaped_html(PROBE) in response.content.decode()


def test_the_routes_cover_the_whole_public_site():
    # If the walk over the resolver broke, the fuzzing above would silently test nothing.
    for expected in [
        "sitemap.xml",
        "robots.txt",
        "healthz",
        "i18n/setlang/",
        "fr/",
        "ar/projects/<slug:slug>/",
        "en/projects/feed.atom",
        "fr/open-data/projects.csv",
        "ar/open-data/projects.json",
        "en/open-data/iati-activities.xml",
        "fr/search/",
    ]:
        assert expected in ROUTES
    assert not any(route.startswith(settings.ADMIN_PATH) for route in ROUTES)
