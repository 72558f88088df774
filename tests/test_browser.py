"""The site in a real browser: axe-core on every page type in French, Arabic and English,
keyboard access, layout at phone width, and filters with JavaScript off.

Debian's Chromium drives the pages; axe.min.js comes from the axe-playwright-python wheel,
so nothing is downloaded. Without Chromium the module is skipped, except in CI (CI set),
where a missing browser must fail.
"""

import os

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.core.management import call_command
from django.test import RequestFactory
from django.utils import translation
from django.views.defaults import server_error

from projects.models import Project
from tests.chromium import skip_without_chromium

skip_without_chromium()

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

AXE_OPTIONS = {"runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21aa"]}}
PAGES = [
    "/{lang}/",
    "/{lang}/mission/",
    "/{lang}/axes/",
    "/{lang}/axes/appui-jeunesse/",
    "/{lang}/projects/",
    "/{lang}/projects/?axis=appui-jeunesse&status=ongoing&page=1",
    "/{lang}/projects/?q=nothing-matches-this&region=unknown",
    "/{lang}/projects/information-mobilite-sure/",
    "/{lang}/partners/",
    "/{lang}/partners/agence-nordique-cooperation/",
    "/{lang}/news/",
    "/{lang}/news/?kind=story&axis=appui-jeunesse&page=1",
    "/{lang}/news/?year=1800&region=unknown",
    "/{lang}/news/accord-accueil-oriental/",
    "/{lang}/publications/",
    "/{lang}/publications/?kind=annual-report&language=ar&year=nope",
    "/{lang}/publications/rapport-annuel-2025/",
    "/{lang}/search/?q=migration",
    "/{lang}/search/?q=nothing-matches-this",
    "/{lang}/open-data/",
    "/{lang}/regions/",
    "/{lang}/regions/MA-04/",
    "/{lang}/accessibilite/",
    "/{lang}/no-such-page/",
]
LANGUAGES = ["fr", "ar", "en"]


@pytest.fixture
def content(browser):
    call_command("load_demo_content", verbosity=0, stdout=open(os.devnull, "w"))  # noqa: SIM115


@pytest.fixture
def page(browser, content):
    context = browser.new_context()
    yield context.new_page()
    context.close()


def violations(page):
    results = Axe().run(page, options=AXE_OPTIONS).response["violations"]
    return [f"{rule['id']} ({len(rule['nodes'])}): {rule['help']}" for rule in results]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_no_axe_violation_on_any_page_type(live_server, page, lang):
    found = {}
    for url in PAGES:
        url = url.format(lang=lang)
        page.goto(live_server.url + url)
        found[url] = violations(page)
    assert {url: rules for url, rules in found.items() if rules} == {}


@pytest.mark.parametrize("lang", LANGUAGES)
def test_no_axe_violation_on_the_500_page(live_server, page, lang):
    with translation.override(lang):
        html = server_error(RequestFactory().get(f"/{lang}/")).content.decode()
    url = f"{live_server.url}/{lang}/error/"
    page.route(url, lambda route: route.fulfill(status=500, body=html, content_type="text/html"))
    page.goto(url)
    assert page.locator("h1").count() == 1
    assert violations(page) == []


@pytest.mark.parametrize("lang", LANGUAGES)
def test_no_axe_violation_on_a_draft_previewed_by_staff(
    live_server, browser, content, admin_client, lang
):
    Project.objects.filter(slug="information-mobilite-sure").update(is_published=False)
    context = browser.new_context()
    session = admin_client.cookies["sessionid"].value
    context.add_cookies([{"name": "sessionid", "value": session, "url": live_server.url}])
    page = context.new_page()
    page.goto(f"{live_server.url}/{lang}/projects/information-mobilite-sure/")
    assert page.locator(".banner-draft").is_visible()
    assert violations(page) == []
    context.close()


def test_the_skip_link_is_the_first_stop_and_shows_when_focused(live_server, page):
    page.goto(live_server.url + "/en/")
    page.keyboard.press("Tab")
    skip = page.locator(".skip-link")
    assert skip.evaluate("link => link === document.activeElement")
    box = skip.bounding_box()
    assert box["x"] >= 0
    assert box["y"] >= 0
    page.keyboard.press("Enter")
    # The address changes after the key is handled: read right away, it was sometimes the old.
    page.wait_for_url(live_server.url + "/en/#main")


@pytest.mark.parametrize("lang", LANGUAGES)
def test_nothing_overflows_a_320_pixel_screen(live_server, browser, content, lang):
    context = browser.new_context(viewport={"width": 320, "height": 640})
    page = context.new_page()
    wide = []
    for url in PAGES:
        page.goto(live_server.url + url.format(lang=lang))
        if page.evaluate("document.documentElement.scrollWidth > window.innerWidth"):
            wide.append(url)
    context.close()
    assert wide == []


@pytest.mark.parametrize("lang", LANGUAGES)
def test_each_region_of_the_map_is_reached_by_keyboard_named_and_shown_focused(
    live_server, page, lang
):
    page.goto(f"{live_server.url}/{lang}/regions/")
    for _ in range(40):
        page.keyboard.press("Tab")
        if page.evaluate("!!document.activeElement.closest('svg')"):
            break
    region = page.locator(":focus")
    assert region.get_attribute("href") == f"/{lang}/regions/MA-01/"
    assert region.get_attribute("aria-label")
    # The focused region is filled and outlined apart from the others.
    fill = page.evaluate("getComputedStyle(document.activeElement.querySelector('path')).fill")
    other = page.evaluate("getComputedStyle(document.querySelectorAll('svg a path')[1]).fill")
    assert fill != other
    # Not mirrored in Arabic: the west (the Atlantic coast) stays on the left.
    box = page.locator("svg").bounding_box()
    first = page.locator("svg a").first.bounding_box()
    assert first["x"] > box["x"] + box["width"] / 2


def test_arabic_pages_mirror_the_layout(live_server, page):
    page.set_viewport_size({"width": 1280, "height": 800})
    page.goto(live_server.url + "/fr/projects/")
    french_brand = page.locator(".brand").bounding_box()
    french_filters = page.locator(".filters").bounding_box()
    page.goto(live_server.url + "/ar/projects/")
    arabic_brand = page.locator(".brand").bounding_box()
    arabic_filters = page.locator(".filters").bounding_box()
    assert french_brand["x"] < 640 < arabic_brand["x"]
    assert french_filters["x"] < 640 < arabic_filters["x"]


def test_filters_work_without_javascript_and_the_switcher_keeps_them(live_server, browser, content):
    context = browser.new_context(java_script_enabled=False)
    context.set_default_timeout(5000)
    page = context.new_page()
    page.goto(live_server.url + "/en/projects/")
    page.get_by_label("Axis").select_option("appui-jeunesse")
    page.get_by_label("Status").select_option("ongoing")
    page.get_by_role("button", name="Apply the filters").click()
    assert "axis=appui-jeunesse" in page.url
    assert "status=ongoing" in page.url
    chips = page.get_by_role("list", name="Active filters")
    assert chips.get_by_role("link", name="Status: Ongoing").is_visible()

    page.get_by_role("navigation", name="Language").locator('a[lang="ar"]').click()
    assert "/ar/projects/?" in page.url
    assert "axis=appui-jeunesse" in page.url
    assert page.locator("html").get_attribute("dir") == "rtl"

    page.get_by_role("link", name="الحالة: جارٍ").click()
    assert "status" not in page.url
    assert "axis=appui-jeunesse" in page.url
    context.close()
