"""The admin and the site work in Chromium under the site's Content-Security-Policy."""

import pytest
from django.conf import settings
from django.core.management import call_command

from oim_site.models import MissionProfile
from projects.models import Project
from tests.chromium import skip_without_chromium

skip_without_chromium()

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

RECORD_VIOLATIONS = """
window.cspViolations = [];
document.addEventListener("securitypolicyviolation", (event) => {
  window.cspViolations.push(`${event.violatedDirective} blocked ${event.blockedURI}`);
});
"""


@pytest.fixture
def page(browser):
    context = browser.new_context()
    context.add_init_script(RECORD_VIOLATIONS)
    yield context.new_page()
    context.close()


@pytest.fixture
def problems(page):
    """CSP violations, JavaScript errors and console errors of the pages opened so far."""
    errors = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.on("console", lambda message: message.type == "error" and errors.append(message.text))
    return lambda: page.evaluate("window.cspViolations") + errors


@pytest.fixture
def superuser(django_user_model):
    return django_user_model.objects.create_superuser("admin", "admin@example.org", "pw")


def test_an_editor_logs_in_under_the_csp(page, problems, live_server, superuser):
    admin = f"{live_server.url}/{settings.ADMIN_PATH}"
    page.goto(f"{admin}login/")
    assert problems() == []
    page.fill("#id_username", "admin")
    page.fill("#id_password", "pw")
    page.click("#login-form [type=submit]")
    page.wait_for_url(admin)
    assert problems() == []


def test_admin_pages_and_translation_tabs_work_under_the_csp(
    page, problems, live_server, client, superuser
):
    call_command("load_demo_content", verbosity=0)
    client.force_login(superuser)
    session = client.cookies[settings.SESSION_COOKIE_NAME].value
    page.context.add_cookies(
        [{"name": settings.SESSION_COOKIE_NAME, "value": session, "url": live_server.url}]
    )
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
        page.goto(url)
        assert problems() == [], name
        # modeltranslation's tabs are built by jQuery UI: one tab per language, per field group.
        tabs = page.locator(".ui-tabs-nav a").all_text_contents()
        if "change" in name or "form" in name:
            assert tabs[:3] == ["fr", "ar", "en"], name

    # Choosing the Arabic tab of a field shows its Arabic input, and only that one.
    page.click('a[href="#tab_id_lead_ar"]')
    shown = page.evaluate(
        "[...document.querySelectorAll('[name^=lead_]')]"
        ".filter(input => input.offsetParent).map(input => input.name)"
    )
    assert shown == ["lead_ar"]
    assert problems() == []


@pytest.mark.parametrize("language", ["fr", "ar", "en"])
def test_the_home_page_works_under_the_csp(page, problems, live_server, language):
    call_command("load_initial_content", verbosity=0)
    page.goto(f"{live_server.url}/{language}/")
    assert problems() == []
    assert page.evaluate("document.documentElement.lang") == language
