import functools
import ipaddress

from django.conf import settings
from django.contrib import admin
from django.contrib.auth import get_user_model
from django.contrib.auth.forms import UsernameField
from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _

from oim_site.login_throttle.models import LoginFailures, key_for
from oim_site.publishing.models import StaffLanguage


def username(request):
    """The user name as the login reads it: stripped (the form field), NFKC (the field and the
    model), case kept (ModelBackend looks it up as is). Counted as typed, ' publisher' or its
    full-width spelling would be a fresh name that still logs in as publisher."""
    typed = request.POST.get("username", "")
    return get_user_model().normalize_username(UsernameField().to_python(typed))


def client_address(request):
    """The client's address when it can be trusted, else None (then only the name counts).

    Behind a proxy, its header (DJANGO_CLIENT_IP_HEADER), last entry: the one the proxy
    itself wrote, whatever the client sent before it; a request without it did not come
    through the proxy. Without that setting, the connection's address, if public: a loopback
    or private one may be a proxy in front, shared by every visitor, which one stranger's
    failures must not lock out.
    """
    header = settings.CLIENT_IP_HEADER
    value = request.META.get(header, "") if header else request.META.get("REMOTE_ADDR", "")
    try:
        address = ipaddress.ip_address(value.rsplit(",", 1)[-1].strip())
    except ValueError:
        return None
    if not header and not address.is_global:
        return None
    return str(address)


class AdminSite(admin.AdminSite):
    site_title = _("IOM Morocco")
    site_header = _("IOM Morocco: administration")
    index_title = _("Site content")

    def index(self, request, extra_context=None):
        from oim_site.editorial.home import panels

        return super().index(request, panels(request, self) | (extra_context or {}))

    def admin_view(self, view, cacheable=False):
        """Remember the language each person uses the admin in: their emails are written in it
        (oim_site.editorial.review). Written when it changes, kept in the session meanwhile."""
        inner = super().admin_view(view, cacheable)

        @functools.wraps(inner)
        def remembering(request, *args, **kwargs):
            response = inner(request, *args, **kwargs)
            language = getattr(request, "LANGUAGE_CODE", None)
            user = request.user
            known = request.session.get("admin_language") if user.is_staff else None
            if user.is_active and user.is_staff and language and known != language:
                StaffLanguage.objects.remember(user, language)
                request.session["admin_language"] = language
            return response

        return remembering

    def login(self, request, extra_context=None):
        """Make an attempt wait once too many failed for this user name or this address."""
        if request.method != "POST":
            return super().login(request, extra_context)
        address = client_address(request)
        address_key = address and key_for("address", address)
        name_key = key_for("name", username(request))
        free = settings.ADMIN_LOGIN_FREE_FAILURES_PER_ADDRESS
        if address_key and (waiting := LoginFailures.objects.wait(address_key, free)):
            return self.too_many_attempts(request, waiting)
        free = settings.ADMIN_LOGIN_FREE_FAILURES_PER_USERNAME
        if waiting := LoginFailures.objects.claim(name_key, free):
            return self.too_many_attempts(request, waiting)
        response = super().login(request, extra_context)
        if request.user.is_authenticated:
            LoginFailures.objects.filter(key=name_key).delete()
        elif address_key:
            LoginFailures.objects.claim(address_key, free=None)
        return response

    def too_many_attempts(self, request, seconds):
        context = {
            **self.each_context(request),
            "title": _("Too many failed attempts"),
            "seconds": seconds,
            "minutes": -(-seconds // 60),
        }
        response = TemplateResponse(request, "admin/too_many_attempts.html", context, status=429)
        response["Retry-After"] = str(seconds)
        return response
