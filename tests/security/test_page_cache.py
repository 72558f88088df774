"""Strangers can neither make the page cache rebuild pages at will nor put their own page in it.

A page is stored under what it is built from and nothing else: the parameters its view
reads, the scheme, the host without a port it was not served on, and the path with the
script prefix. Anything personal carries `Cache-Control: private`.
"""

import datetime

import pytest
from django.core.handlers.wsgi import WSGIHandler
from django.db import connection
from django.test import Client, RequestFactory
from django.test.utils import CaptureQueriesContext

from tests.factories import make_axis, make_project

pytestmark = pytest.mark.django_db

EXPORTS = ["projects.csv", "iati-activities.xml", "projects.json"]
JUNK = [
    "?x=1",
    "?x=2&utm_source=a",
    "?fbclid=3",
    "?x=4&x=5&X=6",
    "?status=nonsense-5",
    "?axis=no-such-axis-6&x=6",
    "?status=&theme=&q=",
]


@pytest.fixture
def project(initial_content):
    return make_project(
        slug="projet",
        title_fr="Titre initial",
        axis=make_axis(slug="axe"),
        start_date=datetime.date(2024, 1, 1),  # IATI leaves out projects without one.
    )


def project_queries(captured):
    """The queries that read projects: those that make an export or a page of them."""
    return [query["sql"] for query in captured if "projects_project" in query["sql"]]


@pytest.mark.parametrize("export", EXPORTS)
def test_an_export_is_built_at_most_once_per_content_version_whatever_the_address(
    client, project, export
):
    url = f"/fr/open-data/{export}"
    first = client.get(url)
    assert "Titre initial" in b"".join(first).decode("utf-8-sig")
    with CaptureQueriesContext(connection) as captured:
        for junk in JUNK:
            response = client.get(url + junk, headers={"host": f"TestServer.:{len(junk)}"})
            assert b"".join(response) == b"".join(first), junk
    # Reading the content version, and for a filter's value the validation of it, at most.
    assert project_queries(captured.captured_queries) == []


@pytest.mark.parametrize(
    "url",
    [
        "/fr/",
        "/fr/mission/",
        "/fr/axes/",
        "/fr/axes/axe/",
        "/fr/projects/",
        "/fr/projects/projet/",
        "/fr/projects/feed.atom",
        "/fr/partners/",
        "/fr/search/?q=titre",
        "/fr/open-data/",
    ],
)
def test_unknown_parameters_are_part_of_no_key(client, project, url, django_assert_num_queries):
    first = client.get(url)
    assert first.status_code == 200
    separator = "&" if "?" in url else "?"
    # The content version only, for each of them, whatever the stranger adds.
    junk = ["x=1", "x=2&utm_source=a", "fbclid=3", "lang=ar", "X=%3Cb%3E"]
    with django_assert_num_queries(len(junk)):
        for parameters in junk:
            assert client.get(f"{url}{separator}{parameters}").content == first.content


def test_a_view_sees_only_the_parameters_it_declares(client, project):
    response = client.get("/fr/projects/projet/?utm_source=a&x=%3Cb%3E")
    assert response.wsgi_request.GET.dict() == {}
    assert response.wsgi_request.META["QUERY_STRING"] == ""
    listed = client.get("/fr/projects/?x=1&status=ongoing&axis=axe")
    assert listed.wsgi_request.META["QUERY_STRING"] == "status=ongoing&axis=axe"


def wsgi_get(path, **environ):
    """A GET through Django's WSGI handler, which, unlike the test client's, sets the script
    prefix from the environment as a WSGI server gives it."""
    environ = RequestFactory()._base_environ(PATH_INFO=path, REQUEST_METHOD="GET", **environ)
    status = []
    body = WSGIHandler()(environ, lambda code, headers: status.append(code))
    return status[0], b"".join(body).decode()


def test_the_script_name_is_part_of_the_key(project):
    # gunicorn maps a SCRIPT_NAME header from a trusted proxy (forwarder_headers).
    status, evil = wsgi_get("/fr/projects/projet/", SCRIPT_NAME="/evil")
    assert status == "200 OK"
    assert 'href="/evil/fr/' in evil
    assert "/evil/" not in wsgi_get("/fr/projects/projet/")[1]
    assert 'href="/evil/fr/' in wsgi_get("/fr/projects/projet/", SCRIPT_NAME="/evil")[1]
    # The same path split another way: /fr/fr/projects/projet/ is no page of the site.
    status, split = wsgi_get("/fr/projects/projet/", SCRIPT_NAME="/fr")
    assert 'href="/fr/fr/' in split
    assert wsgi_get("/fr/fr/projects/projet/")[0] == "404 Not Found"
    assert "/fr/fr/" not in wsgi_get("/fr/projects/projet/")[1]


def test_the_scheme_a_proxy_reports_is_part_of_the_key(project, settings):
    settings.SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    secure = Client().get(
        "/fr/projects/projet/", headers={"host": "testserver", "x-forwarded-proto": "https"}
    )
    assert '<link rel="canonical" href="https://testserver/fr/projects/projet/">' in (
        secure.content.decode()
    )
    plain = Client().get("/fr/projects/projet/")
    assert '<link rel="canonical" href="http://testserver/fr/projects/projet/">' in (
        plain.content.decode()
    )


def test_a_forwarded_host_is_part_of_the_key_when_trusted(project, settings):
    settings.USE_X_FORWARDED_HOST = True
    settings.ALLOWED_HOSTS = ["testserver", "other.example.org"]
    other = Client().get("/fr/projects/projet/", HTTP_X_FORWARDED_HOST="other.example.org")
    assert "http://other.example.org/fr/" in other.content.decode()
    plain = Client().get("/fr/projects/projet/")
    assert "other.example.org" not in plain.content.decode()


@pytest.mark.parametrize("host", ["testserver:8443", "TESTSERVER:8443", "testserver."])
def test_the_host_port_never_reaches_canonical_links(project, host, django_assert_num_queries):
    plain = Client().get("/fr/projects/projet/")
    response = Client().get("/fr/projects/projet/", headers={"host": host})
    html = response.content.decode()
    assert '<link rel="canonical" href="http://testserver/fr/projects/projet/">' in html
    assert '<meta property="og:url" content="http://testserver/fr/projects/projet/">' in html
    assert "8443" not in html
    assert response.content == plain.content


def test_the_port_the_server_listens_on_stays(project):
    # A server reached directly (runserver, a container's published port) names its port.
    response = Client().get(
        "/fr/projects/projet/", headers={"host": "testserver:8000"}, SERVER_PORT="8000"
    )
    assert 'href="http://testserver:8000/fr/projects/projet/"' in response.content.decode()


def test_a_draft_preview_is_private(admin_client, project):
    make_project(slug="brouillon", title_fr="Projet secret", is_published=False)
    preview = admin_client.get("/fr/projects/brouillon/")
    assert "Projet secret" in preview.content.decode()
    assert "private" in preview["Cache-Control"]
    assert "private" in admin_client.get("/fr/projects/projet/")["Cache-Control"]


def test_a_page_for_a_visitor_with_a_session_is_private(client, project):
    client.cookies["sessionid"] = "no-such-session"
    assert "private" in client.get("/fr/projects/projet/")["Cache-Control"]
