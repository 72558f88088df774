from django.conf import settings
from django.contrib import admin
from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _
from django_ratelimit.core import get_usage


def _username(group, request):
    return request.POST.get("username", "")


# Failed logins are counted per user name (guessing one account's password) and per client
# address (trying many accounts).
LIMITS = [
    (_username, settings.ADMIN_LOGIN_RATE_PER_USERNAME),
    ("ip", settings.ADMIN_LOGIN_RATE_PER_ADDRESS),
]


def _failures(request, key, rate, increment=False):
    return get_usage(
        request,
        group="admin-login-failures",
        key=key,
        rate=rate,
        method="POST",
        increment=increment,
    )


class AdminSite(admin.AdminSite):
    site_title = _("IOM Morocco")
    site_header = _("IOM Morocco: administration")
    index_title = _("Site content")

    def login(self, request, extra_context=None):
        """Refuse logins once too many attempts failed for this user name or this address."""
        if request.method == "POST":
            for key, rate in LIMITS:
                usage = _failures(request, key, rate)
                if usage and usage["count"] >= usage["limit"]:
                    return self.too_many_attempts(request, usage["time_left"])
        response = super().login(request, extra_context)
        if request.method == "POST" and not request.user.is_authenticated:
            for key, rate in LIMITS:
                _failures(request, key, rate, increment=True)
        return response

    def too_many_attempts(self, request, seconds_left):
        context = {
            **self.each_context(request),
            "title": _("Too many failed attempts"),
            "minutes_left": max(1, -(-seconds_left // 60)),
        }
        return TemplateResponse(request, "admin/too_many_attempts.html", context, status=429)
