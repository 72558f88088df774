"""What gunicorn maps into the script name and the host cannot put a page in the cache.

gunicorn (27) maps a `SCRIPT_NAME` header into the WSGI script name when it comes from a
trusted proxy (`forwarded_allow_ips`, loopback by default; `forwarder_headers`): a proxy on
the same machine that passes it on lets any client choose it.
"""

import pytest

from tests.test_page_cache_workers import WORKERS, start, static_root  # noqa: F401

PAGE = "/fr/projects/projet/"


@pytest.fixture
def site(tmp_path, static_root):  # noqa: F811
    server, site = start(tmp_path, static_root, 8813, "locmemcache://")
    yield site
    server.terminate()
    server.wait(timeout=30)


def test_a_script_name_header_never_reaches_another_address(site):
    # Every worker, each with its own cache, gets the requests.
    for _ in range(3 * WORKERS):
        evil = site.request("GET", f"/evil{PAGE}", headers={"SCRIPT_NAME": "/evil"})
        assert evil.status == 200
        assert b'href="/evil/fr/' in evil.content
        split = site.request("GET", f"/fr{PAGE}", headers={"SCRIPT_NAME": "/fr"})
        assert b'href="/fr/fr/' in split.content
    for _ in range(3 * WORKERS):
        assert b"/evil/" not in site.get(PAGE).content
        assert b"/fr/fr/" not in site.get(PAGE).content
        assert site.get(f"/fr{PAGE}").status == 404


def test_a_port_in_the_host_never_reaches_a_page(site):
    for _ in range(3 * WORKERS):
        page = site.request("GET", PAGE, headers={"Host": "127.0.0.1:8443"})
        assert page.status == 200
        assert b"8443" not in page.content
        assert b'<link rel="canonical" href="https://127.0.0.1/fr/projects/projet/">' in (
            page.content
        )
    # The port the server listens on stays: it is where the server is reached.
    assert b"https://127.0.0.1:8813/fr/" in site.get(PAGE).content
