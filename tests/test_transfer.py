"""Pages travel compressed, and the home page stays small however much content there is."""

import gzip

import pytest

from tests.factories import make_axis, make_projects, make_region, make_theme

pytestmark = [pytest.mark.postgresql, pytest.mark.django_db]

HOME_MAX_BYTES = 40 * 1024


@pytest.mark.parametrize("language", ["fr", "ar", "en"])
def test_the_home_page_is_under_40_kb_with_the_demonstration_content(
    client, demo_content, language
):
    assert len(client.get(f"/{language}/").content) < HOME_MAX_BYTES


def test_the_home_page_is_under_40_kb_with_3000_projects_and_partners(client, initial_content):
    make_projects(3000, make_axis(), make_theme(), make_region())
    for language in ("fr", "ar", "en"):
        assert len(client.get(f"/{language}/").content) < HOME_MAX_BYTES


def test_a_page_outside_the_cache_is_compressed_too(admin_client, demo_content):
    response = admin_client.get("/fr/projects/", HTTP_ACCEPT_ENCODING="gzip")
    assert "ETag" not in response
    assert response["Content-Encoding"] == "gzip"
    assert "Accept-Encoding" in response["Vary"]
    assert b"<h1>" in gzip.decompress(response.content)
