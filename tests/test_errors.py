"""404 and 500 pages in the visitor's language and the site's layout."""

import pytest
from django.test import RequestFactory
from django.urls import path
from django.utils import translation
from django.views.defaults import server_error

from oim_site.urls import urlpatterns as site_urlpatterns


def broken(request):
    raise RuntimeError("broken on purpose")


urlpatterns = [path("broken/", broken), *site_urlpatterns]


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("lang", "text"),
    [("fr", "Page introuvable"), ("ar", "الصفحة غير موجودة"), ("en", "Page not found")],
)
def test_404_is_in_the_visitors_language_and_the_sites_layout(client, lang, text):
    response = client.get(f"/{lang}/projects/no-such-project/")
    assert response.status_code == 404
    page = response.content.decode()
    assert f'<html lang="{lang}"' in page
    assert f"<h1>{text}</h1>" in page
    assert '<nav class="sections"' in page
    assert f'href="/{lang}/search/"' in page
    assert 'rel="canonical"' not in page


@pytest.mark.django_db
def test_404_offers_the_other_languages_home_when_the_address_means_nothing(client):
    page = client.get("/en/no/such/page/").content.decode()
    assert '<a href="/ar/" hreflang="ar" lang="ar">' in page


@pytest.mark.parametrize(
    ("lang", "text"), [("fr", "Erreur du serveur"), ("ar", "خطأ في الخادم"), ("en", "Server error")]
)
def test_500_renders_in_the_visitors_language_without_the_database(lang, text):
    # No django_db mark: any query here would fail the test.
    with translation.override(lang):
        response = server_error(RequestFactory().get(f"/{lang}/"))
    page = response.content.decode()
    assert response.status_code == 500
    assert f'<html lang="{lang}"' in page
    assert f"<h1>{text}</h1>" in page
    assert '<nav class="sections"' in page


@pytest.mark.django_db
@pytest.mark.urls(__name__)
def test_an_uncaught_error_gives_the_500_page(client):
    client.raise_request_exception = False
    response = client.get("/broken/", HTTP_ACCEPT_LANGUAGE="ar")
    assert response.status_code == 500
    assert "خطأ في الخادم" in response.content.decode()
