"""Bodies over a small size are refused, unread, to anyone not logged in as staff.

Nothing a visitor sends needs more than a few kilobytes (the login, the language switch),
while a 60 MB body would otherwise be read in full, and spooled to disk, by the CSRF check's
look at the form. Staff keep the upload limit of their forms (DJANGO_MAX_UPLOAD_MB).
"""

from django.conf import settings
from django.http import HttpResponse
from django.utils.translation import gettext as _


class AnonymousBodyLimitMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        try:
            length = int(request.META.get("CONTENT_LENGTH") or 0)
        except ValueError:
            length = 0
        # The session, not the body, says who is asking; nothing has read the body yet.
        if length > settings.MAX_ANONYMOUS_BODY_KB * 1024 and not request.user.is_staff:
            return HttpResponse(
                _("The request is too large."), status=413, content_type="text/plain"
            )
        return self.get_response(request)
