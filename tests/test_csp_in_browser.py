"""The admin and the site work in Chromium under the site's Content-Security-Policy, and the
admin's lists fit a laptop's screen."""

import pytest
import reversion
import reversion.models
from django.conf import settings
from django.core.management import call_command

from axes.models import Axis
from oim_site.mission.models import MissionProfile
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


def log_in(page, client, user, url, language="fr"):
    """The browser of `page` gets `user`'s session and the admin in `language`."""
    client.force_login(user)
    cookies = {
        settings.SESSION_COOKIE_NAME: client.cookies[settings.SESSION_COOKIE_NAME].value,
        settings.LANGUAGE_COOKIE_NAME: language,
    }
    page.context.add_cookies(
        [{"name": name, "value": value, "url": url} for name, value in cookies.items()]
    )


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
    log_in(page, client, superuser, live_server.url)
    admin = f"{live_server.url}/{settings.ADMIN_PATH}"
    profile, project = MissionProfile.objects.get(), Project.objects.first()
    for title in ("Première version", "Deuxième version"):
        with reversion.create_revision():
            project.title_fr = title
            project.save()
    pages = {
        "index": admin,
        "project list, with actions and filters": f"{admin}projects/project/",
        "project form, with dates and selectors": f"{admin}projects/project/add/",
        "project change, with inlines": f"{admin}projects/project/{project.pk}/change/",
        "mission profile, with inlines": f"{admin}oim_site/missionprofile/{profile.pk}/change/",
        "project history, with versions": f"{admin}projects/project/{project.pk}/history/",
    }
    for name, url in pages.items():
        page.goto(url)
        assert problems() == [], name
        # modeltranslation's tabs are built by jQuery UI: one tab per language, per field group.
        tabs = page.locator(".ui-tabs-nav a").all_text_contents()
        if "change" in name or "form" in name:
            assert tabs[:3] == ["fr", "ar", "en"], name

    # The newest version is compared with an older one only, as reversion-compare meant.
    newest = page.locator("#change-history tbody tr:first-child [name=version_id1]")
    assert newest.evaluate("radio => getComputedStyle(radio).visibility") == "hidden"

    page.goto(pages["mission profile, with inlines"])
    # Choosing the Arabic tab of a field shows its Arabic input, and only that one.
    page.click('a[href="#tab_id_lead_ar"]')
    shown = page.evaluate(
        "[...document.querySelectorAll('[name^=lead_]')]"
        ".filter(input => input.offsetParent).map(input => input.name)"
    )
    assert shown == ["lead_ar"]
    assert problems() == []


CHANGE_LISTS = [
    "axes/axis/",
    "axes/theme/",
    "projects/project/",
    "projects/partnership/",
    "projects/region/",
    "partners/partner/",
    "oim_site/keyfigure/",
    "oim_site/milestone/",
    "oim_site/missionprofile/",
]


@pytest.mark.parametrize("language", ["fr", "ar", "en"])
def test_every_list_shows_all_its_columns_at_1280_pixels(
    page, live_server, client, superuser, language
):
    # Beside the menu and the filters, with the demonstration's long names: the translations
    # and "view on site" columns, last, were out of sight.
    call_command("load_demo_content", verbosity=0)
    log_in(page, client, superuser, live_server.url, language)
    page.set_viewport_size({"width": 1280, "height": 800})
    wide = {}
    for path in CHANGE_LISTS:
        page.goto(f"{live_server.url}/{settings.ADMIN_PATH}{path}")
        width, shown = page.evaluate(
            "[document.querySelector('.results').scrollWidth,"
            " document.querySelector('.results').clientWidth]"
        )
        if width > shown:
            wide[path] = width - shown
    assert wide == {}


@pytest.mark.parametrize("language", ["fr", "ar", "en"])
def test_a_failed_save_opens_the_tab_of_the_field_in_error(
    page, problems, live_server, client, superuser, language
):
    call_command("load_initial_content", verbosity=0)
    log_in(page, client, superuser, live_server.url, language)
    page.goto(f"{live_server.url}/{settings.ADMIN_PATH}projects/project/add/")
    # The tabs open on the admin's language, and the menu beside the title says so.
    assert page.locator("#tab_id_summary_" + language).is_visible()
    assert page.locator("#modeltranslation-main-switch option:checked").inner_text() == language
    page.click('a[href="#tab_id_title_en"]')
    page.fill("#id_title_en", "A title in English only")
    with page.expect_navigation():
        page.click("[name=_save]")
    # The French title is required: its tab is opened and marked, whatever tab was open.
    assert page.locator(".errornote").is_visible()
    assert page.locator("#id_title_fr").is_visible()
    assert not page.locator("#id_title_en").is_visible()
    assert page.locator('.ui-tab-has-errors > a[href="#tab_id_title_fr"]').count() == 1
    assert page.locator("#modeltranslation-main-switch option:checked").inner_text() == "fr"
    assert page.locator("#id_title_en").input_value() == "A title in English only"
    assert problems() == []


def test_the_arabic_admin_writes_each_language_in_its_direction(
    page, live_server, client, superuser
):
    call_command("load_initial_content", verbosity=0)
    log_in(page, client, superuser, live_server.url, "ar")
    page.goto(f"{live_server.url}/{settings.ADMIN_PATH}projects/project/add/")
    direction = "element => getComputedStyle(element).direction"
    fields = ["title_fr", "title_ar", "title_en", "summary_fr", "summary_ar", "slug"]
    directions = {name: page.eval_on_selector(f"#id_{name}", direction) for name in fields}
    assert directions == {
        "title_fr": "ltr",
        "title_ar": "rtl",
        "title_en": "ltr",
        "summary_fr": "ltr",
        "summary_ar": "rtl",
        "slug": "ltr",
    }
    page.goto(f"{live_server.url}/{settings.ADMIN_PATH}partners/partner/add/")
    assert page.eval_on_selector("#id_website", direction) == "ltr"
    assert page.eval_on_selector("#id_name_ar", direction) == "rtl"


@pytest.mark.parametrize("language", ["fr", "ar", "en"])
def test_the_home_page_works_under_the_csp(page, problems, live_server, language):
    call_command("load_initial_content", verbosity=0)
    page.goto(f"{live_server.url}/{language}/")
    assert problems() == []
    assert page.evaluate("document.documentElement.lang") == language


@pytest.mark.parametrize("language", ["fr", "ar"])
def test_an_article_and_its_structured_data_work_under_the_csp(
    page, problems, live_server, language
):
    call_command("load_demo_content", verbosity=0)
    page.goto(f"{live_server.url}/{language}/news/accord-accueil-oriental/")
    assert problems() == []
    data = page.eval_on_selector('script[type="application/ld+json"]', "s => JSON.parse(s.text)")
    assert data["@type"] == "NewsArticle"


def test_the_comparison_keeps_its_colours_under_the_csp(
    page, problems, live_server, client, superuser
):
    project = Project.objects.create(
        title_fr="Première version", slug="comparer", axis=Axis.objects.create(slug="a"), budget=10
    )
    for title, budget in (("Première version", 10), ("Deuxième version", 20)):
        with reversion.create_revision():
            project.title_fr, project.budget = title, budget
            project.save()
    older, newer = reversed(reversion.models.Version.objects.get_for_object(project))
    log_in(page, client, superuser, live_server.url)
    admin = f"{live_server.url}/{settings.ADMIN_PATH}"
    page.goto(
        f"{admin}projects/project/{project.pk}/history/compare/"
        f"?version_id1={older.pk}&version_id2={newer.pk}"
    )
    assert problems() == []
    transparent = "rgba(0, 0, 0, 0)"
    # Words of the title (word_diff) and the budget's values.
    for selector in ("ins", "del"):
        colour = page.locator(selector).first.evaluate("e => getComputedStyle(e).backgroundColor")
        assert colour != transparent, selector
    assert "style=" not in page.content()
