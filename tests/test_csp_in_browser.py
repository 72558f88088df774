"""The admin and the site work in Chromium under the site's Content-Security-Policy."""

import pytest
from django.conf import settings
from django.core.management import call_command

from oim_site.models import MissionProfile
from projects.models import Project
from tests.browser import Browser

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def browser():
    browser = Browser()
    yield browser
    browser.close()


@pytest.fixture
def superuser(django_user_model):
    return django_user_model.objects.create_superuser("admin", "admin@example.org", "pw")


def problems(browser):
    """CSP violations, JavaScript errors and console errors of the page just opened."""
    return browser.evaluate("window.cspViolations") + browser.errors()


def test_an_editor_logs_in_under_the_csp(browser, live_server, superuser):
    admin = f"{live_server.url}/{settings.ADMIN_PATH}"
    browser.open(f"{admin}login/")
    assert problems(browser) == []
    browser.evaluate(
        "document.querySelector('#id_username').value = 'admin';"
        "document.querySelector('#id_password').value = 'pw';"
        "document.querySelector('#login-form').submit()"
    )
    browser.wait_for_load()
    assert browser.evaluate("location.href") == admin
    assert problems(browser) == []


def test_admin_pages_and_translation_tabs_work_under_the_csp(
    browser, live_server, client, superuser
):
    call_command("load_demo_content", verbosity=0)
    client.force_login(superuser)
    session = client.cookies[settings.SESSION_COOKIE_NAME].value
    browser.set_cookie(live_server.url, settings.SESSION_COOKIE_NAME, session)
    admin = f"{live_server.url}/{settings.ADMIN_PATH}"
    profile, project = MissionProfile.objects.get(), Project.objects.first()
    pages = {
        "index": admin,
        "project list, with actions and filters": f"{admin}projects/project/",
        "project form, with dates and selectors": f"{admin}projects/project/add/",
        "project change, with inlines": f"{admin}projects/project/{project.pk}/change/",
        "mission profile, with inlines": f"{admin}oim_site/missionprofile/{profile.pk}/change/",
    }
    for name, url in pages.items():
        browser.open(url)
        assert problems(browser) == [], name
        # modeltranslation's tabs are built by jQuery UI: one tab per language, per field group.
        tabs = browser.evaluate("[...document.querySelectorAll('.ui-tabs-nav a')].map(a => a.text)")
        if "change" in name or "form" in name:
            assert tabs[:3] == ["fr", "ar", "en"], name

    # Choosing the Arabic tab of a field shows its Arabic input, and only that one.
    browser.evaluate("document.querySelector('a[href=\"#tab_id_lead_ar\"]').click()")
    shown = browser.evaluate(
        "[...document.querySelectorAll('[name^=lead_]')]"
        ".filter(input => input.offsetParent).map(input => input.name)"
    )
    assert shown == ["lead_ar"]
    assert problems(browser) == []


@pytest.mark.parametrize("language", ["fr", "ar", "en"])
def test_the_home_page_works_under_the_csp(browser, live_server, language):
    call_command("load_initial_content", verbosity=0)
    browser.open(f"{live_server.url}/{language}/")
    assert problems(browser) == []
    assert browser.evaluate("document.documentElement.lang") == language
