"""Old addresses: what would be a 404 answers 301 to the new address, or 410 for a page
removed on purpose (publishing.models.Redirect).

Only a 404 is looked up, in one query: every other answer costs nothing more.
"""

from django.http import HttpResponsePermanentRedirect
from django.shortcuts import render

from oim_site.publishing.models import Redirect


class RedirectMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if response.status_code != 404 or request.method not in ("GET", "HEAD"):
            return response
        if "\x00" in request.path:
            # No address holds one: PostgreSQL refuses a NUL in a text value, even to compare.
            return response
        target = Redirect.objects.filter(old_path=request.path).values_list("new_path").first()
        if target is None:
            return response
        if not target[0]:
            return render(request, "410.html", status=410)
        query = request.META.get("QUERY_STRING")
        return HttpResponsePermanentRedirect(f"{target[0]}?{query}" if query else target[0])
