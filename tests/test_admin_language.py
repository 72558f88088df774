"""The admin works in French and in Arabic, and staff switch between them."""

import json
import re
from datetime import date

import pytest
from django.conf import settings

from tests.admin_forms import form_data
from tests.factories import make_project

pytestmark = pytest.mark.django_db


def test_the_admin_speaks_arabic_right_to_left(admin_client):
    admin_client.cookies["django_language"] = "ar"
    page = admin_client.get("/admin/projects/project/add/").content.decode()
    assert '<html lang="ar" dir="rtl">' in page
    assert "admin/css/rtl.css" in page
    assert "css/admin.css" in page
    assert "mt-bidi" in page  # the Arabic inputs, right-to-left by the stylesheet below
    assert "إضافة" in page


def test_the_admin_stylesheet_sets_arabic_inputs_right_to_left():
    css = (settings.BASE_DIR / "static" / "css" / "admin.css").read_text()
    assert ".mt-bidi {\n  direction: rtl;\n}" in css


def test_the_admin_is_in_french_by_default(admin_client):
    page = admin_client.get("/admin/").content.decode()
    assert '<html lang="fr" dir="ltr">' in page
    assert "OIM Maroc : administration" in page


def test_staff_switch_the_admin_language(admin_client):
    page = admin_client.get("/admin/").content.decode()
    assert 'action="/i18n/setlang/"' in page
    response = admin_client.post("/i18n/setlang/", {"language": "ar", "next": "/admin/"})
    assert response.url == "/admin/"
    assert response.cookies[settings.LANGUAGE_COOKIE_NAME]["max-age"] == 365 * 24 * 60 * 60
    assert '<html lang="ar" dir="rtl">' in admin_client.get("/admin/").content.decode()


@pytest.mark.parametrize("language", ["fr", "ar", "en"])
def test_a_date_typed_in_the_admin_reads_day_first_in_every_language(admin_client, language):
    project = make_project(slug="dates")
    admin_client.cookies["django_language"] = language
    url = f"/admin/projects/project/{project.pk}/change/"
    typed = {"start_date": "04/03/2028", "end_date": "31/12/2028"}
    assert admin_client.post(url, form_data(admin_client.get(url)) | typed).status_code == 302
    project.refresh_from_db()
    assert (project.start_date, project.end_date) == (date(2028, 3, 4), date(2028, 12, 31))


def test_the_admins_javascript_speaks_arabic_where_django_has_no_arabic(admin_client):
    admin_client.cookies["django_language"] = "ar"
    script = admin_client.get("/admin/jsi18n/").content.decode()
    catalogue = json.loads(re.search(r"const newcatalog = (.*?);\s+for \(", script, re.S)[1])
    # The calendar's buttons and the months as Morocco writes them, not the French fallback.
    assert catalogue["Previous (%(month)s %(year)s)"] == "السابق (%(month)s %(year)s)"
    assert catalogue["Today (%(date)s)"] == "اليوم (%(date)s)"
    assert catalogue["July"] == "يوليوز"
    # One letter per weekday, as the calendar's narrow columns expect.
    assert catalogue["one letter Saturday\x04S"] == "س"


def test_the_arabic_admin_says_changed_when_something_was_changed(admin_client):
    project = make_project(slug="changed")
    admin_client.cookies["django_language"] = "ar"
    url = f"/admin/projects/project/{project.pk}/change/"
    response = admin_client.post(url, form_data(admin_client.get(url)), follow=True)
    [message] = [str(message) for message in response.context["messages"]]
    assert message.startswith("تم تعديل")
