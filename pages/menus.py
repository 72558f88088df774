"""The header and footer menus as a page shows them: one query, none once stored.

The menus of a content version are stored under that version (oim_site.page_cache.
content_version), which any change of content replaces: every worker's next request shows
a change, and nothing is ever deleted. A request the page cache did not read the version
for (staff, or the cache off) reads the menus from the database, in the same one query.
"""

from django.core.cache import cache
from django.urls import NoReverseMatch

from oim_site.page_cache.middleware import PAGE_SECONDS
from pages.models import MenuItem


def _items(request):
    token = getattr(request, "content_version", None)
    if token is None:
        return list(MenuItem.objects.links())
    key = f"menus:{token}"
    items = cache.get(key)
    if items is None:
        items = list(MenuItem.objects.links())
        cache.set(key, items, PAGE_SECONDS)
    return items


def menus(request):
    """{"header": [(item, address)…], "footer": […]} in the current language; items whose
    page is not public are left out. Read once per request, for the header and the footer."""
    if hasattr(request, "menu_links"):
        return request.menu_links
    links = {menu.value: [] for menu in MenuItem.Menu}
    for item in _items(request):
        try:
            address = item.href()
        except NoReverseMatch:  # a section since removed from the site
            continue
        if address:
            links[item.menu].append((item, address))
    request.menu_links = links
    return links
