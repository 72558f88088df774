"""The page cache is never wrong: changes show at once, nothing personal is ever shared.

These tests run in one process; tests/test_page_cache_workers.py runs gunicorn's workers.
"""

import datetime
import gzip

import brotli
import pytest
from django.conf.urls.i18n import i18n_patterns
from django.contrib import messages
from django.core.cache import caches
from django.db import connection
from django.http import HttpResponse
from django.middleware.csrf import get_token
from django.template import engines
from django.test import Client
from django.urls import path

from axes.models import Axis
from oim_site.urls import urlpatterns as site_urlpatterns
from projects.models import Project
from tests.admin_forms import form_data
from tests.factories import make_axis, make_partner, make_project, make_region, make_theme

pytestmark = [pytest.mark.postgresql, pytest.mark.django_db]

LANGUAGES = ["fr", "ar", "en"]


def csrf_page(request):
    return HttpResponse(f"<p>token {get_token(request)}</p>")


def cookie_page(request):
    response = HttpResponse("<p>a cookie</p>")
    response.set_cookie("visitor", "42")
    return response


def message_page(request):
    messages.info(request, "A message for this visitor only")
    return HttpResponse("<p>a message</p>")


def user_page(request):
    return HttpResponse(f"<p>user {request.user.get_username() or 'anonymous'}</p>")


def nonce_page(request):
    template = engines["django"].from_string("<script {% csp_nonce_attr %}>1</script>")
    return HttpResponse(template.render({"csp_nonce": request._csp_nonce}, request))


# Before the site's: its last addresses take any /<lang>/<slug>/<slug>/ for a page.
urlpatterns = [
    *i18n_patterns(
        path("private/csrf/", csrf_page),
        path("private/cookie/", cookie_page),
        path("private/message/", message_page),
        path("private/user/", user_page),
        path("private/nonce/", nonce_page),
    ),
    *site_urlpatterns,
]


def from_cache(response):
    return "ETag" in response


@pytest.fixture
def project(initial_content):
    return make_project(
        slug="projet",
        title_fr="Titre initial",
        title_ar="العنوان الأصلي",
        title_en="Original title",
        axis=make_axis(slug="axe"),
        featured=True,
        partners=[make_partner(slug="partenaire")],
    )


def test_a_page_is_stored_once_and_served_without_queries_but_the_version(
    client, project, django_assert_num_queries
):
    first = client.get("/fr/projects/projet/")
    assert from_cache(first)
    # The content version only.
    with django_assert_num_queries(1):
        again = client.get("/fr/projects/projet/")
    assert again.content == first.content
    assert again["Content-Type"] == first["Content-Type"]
    assert again["Content-Security-Policy"] == first["Content-Security-Policy"]


def test_a_change_shows_on_the_next_request_in_every_language(client, project):
    for language in LANGUAGES:
        for url in (f"/{language}/", f"/{language}/projects/projet/", f"/{language}/projects/"):
            assert client.get(url).status_code == 200
    project.title_fr = "Nouveau titre"
    project.title_ar = "عنوان جديد"
    project.title_en = "New title"
    project.save()
    titles = ["Nouveau titre", "عنوان جديد", "New title"]
    for language, title in zip(LANGUAGES, titles, strict=True):
        for url in (f"/{language}/", f"/{language}/projects/projet/", f"/{language}/projects/"):
            assert title in client.get(url).content.decode(), url


def test_a_change_saved_in_the_admin_shows_at_once(admin_client, project):
    public = Client()
    assert "Titre initial" in public.get("/fr/projects/projet/").content.decode()
    change = f"/admin/projects/project/{project.pk}/change/"
    data = form_data(admin_client.get(change)) | {"title_fr": "Titre corrigé"}
    assert admin_client.post(change, data).status_code == 302
    assert "Titre corrigé" in public.get("/fr/projects/projet/").content.decode()


@pytest.mark.parametrize(
    "change",
    [
        lambda project: Project.objects.filter(pk=project.pk).update(title_fr="Changé"),
        lambda project: project.themes.add(make_theme(title_fr="Changé")),
        lambda project: project.regions.add(make_region(name_fr="Changé")),
        lambda project: project.partnerships.update(partner=make_partner(name_fr="Changé")),
        lambda project: Axis.objects.filter(slug="axe").update(title_fr="Changé"),
        lambda project: connection.cursor().execute(
            "UPDATE projects_project SET summary_fr = 'Changé'"
        ),
    ],
    ids=["bulk update", "theme added", "region added", "partner", "axis", "raw SQL"],
)
def test_every_way_of_writing_content_makes_cached_pages_stale(client, project, change):
    assert "Changé" not in client.get("/fr/projects/projet/").content.decode()
    change(project)
    assert "Changé" in client.get("/fr/projects/projet/").content.decode()


def test_a_deleted_project_is_gone_at_once(client, project):
    assert client.get("/fr/projects/projet/").status_code == 200
    project.delete()
    # Gone on purpose: 410, the address kept as a redirect row (publishing.models.Redirect).
    assert client.get("/fr/projects/projet/").status_code == 410
    assert "projet/" not in client.get("/fr/projects/").content.decode()


def test_a_draft_previewed_by_staff_never_reaches_the_public(admin_client, project):
    public = Client()
    make_project(slug="brouillon", title_fr="Projet secret", is_published=False)
    preview = admin_client.get("/fr/projects/brouillon/")
    assert preview.status_code == 200
    assert "Projet secret" in preview.content.decode()
    assert not from_cache(preview)
    assert public.get("/fr/projects/brouillon/").status_code == 404
    assert "Projet secret" not in public.get("/fr/projects/").content.decode()


def test_staff_get_their_own_page_and_the_public_never_gets_it(admin_client):
    staff = admin_client.get("/fr/private/user/")
    assert "user admin" in staff.content.decode()
    assert not from_cache(staff)
    public = Client().get("/fr/private/user/")
    assert "user anonymous" in public.content.decode()
    # The public's copy is stored; staff still get theirs, not the stored one.
    assert from_cache(public)
    assert "user admin" in admin_client.get("/fr/private/user/").content.decode()


@pytest.mark.parametrize(
    "url", ["/fr/private/csrf/", "/fr/private/cookie/", "/fr/private/message/"]
)
def test_a_response_setting_a_cookie_is_never_stored(url):
    first, second = Client().get(url), Client().get(url)
    assert first.cookies and second.cookies
    assert not from_cache(first) and not from_cache(second)


def test_two_visitors_never_share_a_csrf_token():
    first = Client().get("/fr/private/csrf/").content
    second = Client().get("/fr/private/csrf/").content
    assert first != second


def test_a_page_using_a_csp_nonce_is_never_stored(client):
    first = client.get("/fr/private/nonce/")
    second = client.get("/fr/private/nonce/")
    assert "nonce-" in first["Content-Security-Policy"]
    assert not from_cache(first)
    assert first["Content-Security-Policy"] != second["Content-Security-Policy"]


def test_a_visitor_with_a_session_never_gets_a_stored_page(admin_client, project):
    assert from_cache(Client().get("/fr/projects/projet/"))
    assert not from_cache(admin_client.get("/fr/projects/projet/"))


def test_errors_and_pages_without_a_language_are_not_stored(client, project):
    assert not from_cache(client.get("/fr/projects/nothing-here/"))
    assert not from_cache(client.get("/sitemap.xml"))
    assert not from_cache(client.get("/healthz"))


def test_an_unchanged_page_is_not_sent_again_and_a_changed_one_is(client, project):
    etag = client.get("/fr/projects/projet/")["ETag"]
    not_modified = client.get("/fr/projects/projet/", HTTP_IF_NONE_MATCH=etag)
    assert not_modified.status_code == 304
    assert not_modified["Cache-Control"] == "no-cache"
    project.title_fr = "Autre titre"
    project.save()
    changed = client.get("/fr/projects/projet/", HTTP_IF_NONE_MATCH=etag)
    assert changed.status_code == 200
    assert "Autre titre" in changed.content.decode()


@pytest.mark.parametrize("export", ["projects.csv", "iati-activities.xml"])
def test_an_export_is_made_once_for_each_version_of_the_content(
    client, project, export, django_assert_num_queries
):
    project.start_date = datetime.date(2024, 1, 1)  # IATI leaves out projects without one.
    project.save()
    url = f"/fr/open-data/{export}"
    first = client.get(url)
    # Each request reads the content version, and nothing else: the file is not made again.
    with django_assert_num_queries(3):
        again = client.get(url)
        compressed = client.get(url, HTTP_ACCEPT_ENCODING="gzip")
        not_modified = client.get(url, HTTP_IF_NONE_MATCH=first["ETag"])
    assert again.content == first.content
    assert "Titre initial" in first.content.decode("utf-8-sig")
    assert again["Content-Disposition"] == first["Content-Disposition"]
    assert gzip.decompress(compressed.content) == first.content
    assert not_modified.status_code == 304
    project.title_fr = "Autre titre"
    project.save()
    changed = client.get(url, HTTP_IF_NONE_MATCH=first["ETag"])
    assert changed.status_code == 200
    assert changed["ETag"] != first["ETag"]
    assert "Autre titre" in changed.content.decode("utf-8-sig")


def test_an_export_is_stored_apart_from_the_pages(client, project, django_assert_num_queries):
    client.get("/fr/open-data/projects.csv")
    client.get("/fr/projects/")
    # Pages pushed out, by a crawl say, take no export with them, nor the other way round.
    caches["pages"].clear()
    with django_assert_num_queries(1):
        client.get("/fr/open-data/projects.csv")
    client.get("/fr/projects/")
    caches["exports"].clear()
    with django_assert_num_queries(1):
        client.get("/fr/projects/")


def test_staff_are_never_told_not_modified(admin_client, project):
    etag = Client().get("/fr/projects/projet/")["ETag"]
    assert admin_client.get("/fr/projects/projet/", HTTP_IF_NONE_MATCH=etag).status_code == 200


def test_the_query_string_is_part_of_the_address(client, project):
    make_project(slug="autre", title_fr="Autre projet", status="completed")
    everything = client.get("/fr/projects/").content.decode()
    completed = client.get("/fr/projects/?status=completed").content.decode()
    assert "/fr/projects/projet/" in everything
    assert "/fr/projects/projet/" not in completed
    assert "Autre projet" in completed


@pytest.mark.parametrize(
    "same_page",
    [
        "/fr/projects/?status=completed&utm_source=newsletter&utm_medium=email",
        "/fr/projects/?fbclid=IwAR0abc&status=completed",
        "/fr/projects/?status=completed&gclid=EAIaIQ",
        "/fr/projects/?x=4f3a9c&status=completed",
        "/fr/projects/?utm_campaign=x&status=completed&utm_campaign=y",
        # What the form of filters sends: every menu, the empty ones too.
        "/fr/projects/?q=&axis=&theme=&status=completed&region=&partner=",
        # A filter given twice reads as its last value, as the form reads it.
        "/fr/projects/?status=ongoing&status=completed",
        "/fr/projects/?status=completed&page=",
    ],
)
def test_addresses_that_mean_the_same_page_share_its_entry(
    client, project, same_page, django_assert_num_queries
):
    make_project(slug="autre", title_fr="Autre projet", status="completed")
    first = client.get("/fr/projects/?status=completed")
    # The content version only: the parameters the list ignores, and their order, are not
    # part of its address.
    with django_assert_num_queries(1):
        again = client.get(same_page)
    assert again.content == first.content


def test_a_filter_given_empty_is_the_page_without_it(client, project, django_assert_num_queries):
    client.get("/fr/search/")
    with django_assert_num_queries(1):
        html = client.get("/fr/search/?q=&utm_source=newsletter").content.decode()
    assert '<link rel="canonical" href="http://testserver/fr/search/">' in html


def test_the_last_value_of_a_filter_given_twice_is_the_one_shown(client, project):
    make_project(slug="autre", title_fr="Autre projet", status="completed")
    html = client.get("/fr/projects/?status=ongoing&status=completed").content.decode()
    assert "Autre projet" in html and "/fr/projects/projet/" not in html
    assert 'href="/ar/projects/?status=completed"' in html


def test_a_stored_page_holds_no_visitors_tracking_parameters(client, project):
    make_project(slug="autre", title_fr="Autre projet", status="completed")
    html = client.get("/fr/projects/?status=completed&utm_source=newsletter&fbclid=42").content
    html = html.decode()
    assert "Autre projet" in html
    assert "utm_source" not in html and "fbclid" not in html
    # The language switcher keeps the filter, and only it.
    assert 'href="/ar/projects/?status=completed"' in html
    assert '<link rel="canonical" href="http://testserver/fr/projects/">' in html


def test_a_later_page_reached_with_tracking_parameters_names_the_clean_address(client, project):
    for number in range(12):
        make_project(slug=f"projet-{number}", axis=project.axis)
    html = client.get("/fr/projects/?utm_source=newsletter&page=2").content.decode()
    assert '<link rel="canonical" href="http://testserver/fr/projects/?page=2">' in html
    assert 'rel="prev"' in html and "utm_source" not in html


@pytest.mark.parametrize("url", ["/fr/projects/projet/", "/fr/open-data/projects.csv"])
def test_stored_pages_are_sent_compressed_to_who_accepts_it(client, project, url):
    plain = client.get(url)
    gzipped = client.get(url, HTTP_ACCEPT_ENCODING="gzip, deflate")
    brotli_compressed = client.get(url, HTTP_ACCEPT_ENCODING="gzip, deflate, br")
    assert plain.status_code == 200
    assert "Content-Encoding" not in plain
    assert gzipped["Content-Encoding"] == "gzip"
    assert gzip.decompress(gzipped.content) == plain.content
    assert brotli_compressed["Content-Encoding"] == "br"
    assert brotli.decompress(brotli_compressed.content) == plain.content
    assert "Accept-Encoding" in brotli_compressed["Vary"]


def test_pages_can_be_left_uncached(client, project, settings):
    settings.CACHE_PAGES = False
    response = Client().get("/fr/projects/projet/")
    assert response.status_code == 200
    assert not from_cache(response)


@pytest.fixture(autouse=True)
def private_pages(settings):
    settings.ROOT_URLCONF = __name__
