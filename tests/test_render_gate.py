"""A process makes a limited number of pages at once for addresses not stored, and serves the
stored ones meanwhile (oim_site.page_cache.middleware, settings.PAGE_RENDERS_AT_ONCE)."""

import threading

import pytest
from django.http import HttpResponse
from django.test import RequestFactory

from oim_site.page_cache import content_version
from oim_site.page_cache.middleware import PageCacheMiddleware
from tests.factories import make_axis

pytestmark = pytest.mark.django_db(transaction=True)

SLOW, OTHER, STORED = "/fr/projects/", "/fr/partners/", "/fr/axes/"


class Stack:
    """What is below the page cache: records the pages it makes, and holds SLOW until let go."""

    def __init__(self):
        self.made = []
        self.entered = threading.Semaphore(0)
        self.let_go = threading.Event()

    def __call__(self, request):
        self.made.append(request.path)
        if request.path == SLOW:
            self.entered.release()
            self.let_go.wait(10)
        return HttpResponse(f"<p>{request.path}</p>")


def in_thread(middleware, path):
    thread = threading.Thread(target=middleware, args=[RequestFactory().get(path)])
    thread.start()
    return thread


@pytest.mark.parametrize("at_once", [1, 2])
def test_renders_beyond_the_limit_wait_while_stored_pages_are_served(settings, at_once):
    settings.PAGE_RENDERS_AT_ONCE = at_once
    make_axis()  # A content version, which a test run in a transaction of its own starts without.
    assert content_version.current_and_next_change()[0] is not None
    stack = Stack()
    middleware = PageCacheMiddleware(stack)
    middleware(RequestFactory().get(STORED))
    slow = [in_thread(middleware, SLOW) for _ in range(at_once)]
    for _ in slow:
        assert stack.entered.acquire(timeout=5)

    stored = middleware(RequestFactory().get(STORED))
    other = in_thread(middleware, OTHER)
    other.join(0.3)

    assert stored.status_code == 200 and stack.made.count(STORED) == 1
    assert other.is_alive() and OTHER not in stack.made
    stack.let_go.set()
    for thread in [*slow, other]:
        thread.join(5)
    assert OTHER in stack.made
