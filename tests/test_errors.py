"""404, 500 and 503 pages in the visitor's language and the site's layout."""

import json
import re

import pytest
from django.db import connection
from django.test import RequestFactory
from django.urls import path
from django.utils import translation
from django.views.defaults import server_error

from oim_site.urls import handler500  # noqa: F401 (this module is the URLconf of some tests)
from oim_site.urls import urlpatterns as site_urlpatterns
from tests.environments import PRODUCTION, run_django


def broken(request):
    raise RuntimeError("broken on purpose")


def bad_query(request):
    with connection.cursor() as cursor:
        cursor.execute("SELECT * FROM no_such_table")


urlpatterns = [path("broken/", broken), path("bad-query/", bad_query), *site_urlpatterns]


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("lang", "text"),
    [("fr", "Page introuvable"), ("ar", "الصفحة غير موجودة"), ("en", "Page not found")],
)
def test_404_is_in_the_visitors_language_and_the_sites_layout(client, initial_content, lang, text):
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
    assert re.search(r'<a href="/ar/" hreflang="ar" lang="ar"\s*>', page)


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


@pytest.mark.django_db
@pytest.mark.urls(__name__)
def test_a_database_error_that_is_a_bug_gives_the_500_page_not_the_503(client):
    client.raise_request_exception = False
    response = client.get("/bad-query/", HTTP_ACCEPT_LANGUAGE="fr")
    assert response.status_code == 500
    assert "Erreur du serveur" in response.content.decode()


# A middleware that needs the database before the view (a cache checking freshness, say), put
# before LocaleMiddleware, and a database that refuses connections.
DATABASE_IN_A_MIDDLEWARE = """
import json
from django.conf import settings
from django.db import connection
from django.test import Client, override_settings

def needs_the_database(get_response):
    def middleware(request):
        connection.ensure_connection()
        return get_response(request)
    return middleware

# Plain static files: there is no collected manifest here.
storages = settings.STORAGES | {
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}
}
with override_settings(
    MIDDLEWARE=["__main__.needs_the_database", *settings.MIDDLEWARE], STORAGES=storages
):
    response = Client(raise_request_exception=False).get(
        "/ar/", headers={"host": "oim.example.org", "x-forwarded-proto": "https"}
    )
print(json.dumps({"status": response.status_code, "body": response.content.decode()}))
"""


def test_a_database_down_in_a_middleware_gives_the_503_page_in_the_pages_language():
    unreachable = {"DATABASE_URL": "postgres://oim:secret@127.0.0.1:1/oim"}
    result = run_django(DATABASE_IN_A_MIDDLEWARE, PRODUCTION | unreachable)
    assert result.returncode == 0, result.stderr
    response = json.loads(result.stdout)
    assert response["status"] == 503
    assert '<html lang="ar" dir="rtl">' in response["body"]
    assert "<h1>الخدمة غير متاحة مؤقتًا</h1>" in response["body"]
    assert "Service Unavailable: /ar/" in result.stderr
