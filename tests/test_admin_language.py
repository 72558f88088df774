"""The admin works in French and in Arabic, and staff switch between them."""

import pytest
from django.conf import settings

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
    assert '<html lang="ar" dir="rtl">' in admin_client.get("/admin/").content.decode()
