"""The language switcher and every `next` parameter keep the visitor on this site."""

import re
from urllib.parse import quote, unquote

import pytest
from django.http import HttpResponse
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

pytestmark = pytest.mark.django_db

HOST = "testserver"  # the test client's host
ELSEWHERE = [
    "//evil.example",
    "///evil.example",
    "https://evil.example",
    "http://evil.example/fr/",
    "https:evil.example",
    "https:/evil.example",
    "\\\\evil.example",
    "/\\evil.example",
    "\\/evil.example",
    "/\t/evil.example",
    " //evil.example",
    "\x00//evil.example",
    "http://testserver@evil.example/",
    "//testserver.evil.example/",
    "javascript:alert(1)",
    "JaVaScRiPt:alert(1)",
    " javascript:alert(1)",
    "java\tscript:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    # Encoded once more than the query string decodes: still a path on this site.
    "%2F%2Fevil.example",
    "/%2F/evil.example",
    "/%5Cevil.example",
]
# Pieces of an address that together could leave the site.
piece = st.sampled_from(
    ["/", "\\", "//", "%2F", "%5C", " ", "\t", "\n", "\x00", ":", "@", "%", "."]
    + ["http:", "https:", "javascript:", "data:", "evil.example", HOST, "fr", "?", "#"]
)
target = st.lists(piece, min_size=1, max_size=8).map("".join)

# What a browser does with a Location (URL standard): C0 controls and spaces around it
# dropped, tabs and line breaks removed, backslashes read as slashes.
_AROUND = "".join(map(chr, range(0x21)))


def assert_stays_on_site(response):
    if response.status_code not in (301, 302, 303, 307, 308):
        return
    location = re.sub("[\t\n\r]", "", response["Location"].strip(_AROUND)).replace("\\", "/")
    scheme = re.match(r"([a-zA-Z][a-zA-Z0-9+.-]*):", location)
    if scheme:
        assert scheme[1].lower() in ("http", "https"), location
        # Browsers read what follows http: or https: as an address, with any slashes.
        authority = location[scheme.end() :]
    elif location.startswith("//"):
        authority = location
    else:
        return  # a path, or a reference relative to the current page
    host = re.match(r"/*([^/?#]*)", authority)[1].rpartition("@")[2].partition(":")[0]
    # No host at all (or only spaces) is no address: the browser goes nowhere.
    assert unquote(host).strip(_AROUND) in ("", HOST), location


@pytest.fixture
def staff(django_user_model):
    return django_user_model.objects.create_user("salma", password="pw", is_staff=True)


@pytest.mark.parametrize(
    "location", ["//evil.example/", "https://evil.example", "/\\evil.example", " javascript:x"]
)
def test_the_check_itself_catches_a_redirect_elsewhere(location):
    with pytest.raises(AssertionError):
        assert_stays_on_site(HttpResponse(status=302, headers={"Location": location}))


@pytest.mark.parametrize("next_url", ELSEWHERE)
def test_the_language_switcher_refuses_next_elsewhere_in_post_and_get(client, next_url):
    response = client.post("/i18n/setlang/", {"language": "ar", "next": next_url})
    assert response.status_code == 302
    assert_stays_on_site(response)
    response = client.get(f"/i18n/setlang/?next={quote(next_url)}", HTTP_ACCEPT="text/html")
    assert_stays_on_site(response)


@pytest.mark.parametrize("referer", ELSEWHERE)
def test_the_language_switcher_ignores_a_referer_elsewhere(client, referer):
    response = client.post("/i18n/setlang/", {"language": "en"}, HTTP_REFERER=referer)
    assert response.status_code == 302
    assert_stays_on_site(response)


def test_the_language_switcher_still_returns_to_the_page_on_this_site(client):
    referer = f"http://{HOST}/fr/partners/"
    response = client.post("/i18n/setlang/", {"language": "ar"}, HTTP_REFERER=referer)
    assert response.url == f"http://{HOST}/ar/partners/"
    response = client.post("/i18n/setlang/", {"language": "en", "next": "/ar/projects/?page=2"})
    assert response.url == "/en/projects/?page=2"


@pytest.mark.parametrize("next_url", ELSEWHERE)
def test_the_admin_login_refuses_next_elsewhere(client, staff, next_url):
    data = {"username": "salma", "password": "pw", "next": next_url}
    response = client.post(f"/admin/login/?next={quote(next_url)}", data)
    assert response.status_code == 302
    assert_stays_on_site(response)


@pytest.mark.parametrize("next_url", ELSEWHERE)
def test_the_admin_logout_refuses_next_elsewhere(client, staff, next_url):
    client.force_login(staff)
    response = client.post(f"/admin/logout/?next={quote(next_url)}", {"next": next_url})
    assert response.status_code in (200, 302)
    assert_stays_on_site(response)
    assert "_auth_user_id" not in client.session


def test_the_admin_login_and_logout_still_follow_next_on_this_site(client, staff):
    data = {"username": "salma", "password": "pw", "next": "/admin/projects/project/"}
    assert client.post("/admin/login/", data).url == "/admin/projects/project/"
    assert client.post("/admin/logout/", {"next": "/fr/"}).url == "/fr/"


# The client and the account serve every example: each request stands on its own.
@settings(suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(next_url=target)
@example(next_url="/\\evil.example")
@example(next_url="// ")
def test_no_next_leaves_the_site(client, staff, next_url):
    quoted = quote(next_url, safe="")
    for response in (
        client.post("/i18n/setlang/", {"language": "ar", "next": next_url}),
        client.get(f"/i18n/setlang/?next={quoted}", HTTP_ACCEPT="text/html"),
        client.post("/i18n/setlang/", {"language": "fr"}, HTTP_REFERER=next_url),
        client.post(
            f"/admin/login/?next={quoted}",
            {"username": "salma", "password": "pw", "next": next_url},
        ),
        client.post(f"/admin/logout/?next={quoted}", {"next": next_url}),
    ):
        assert response.status_code < 500
        assert_stays_on_site(response)
