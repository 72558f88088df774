"""Settings for the OIM Maroc site, read only from the environment.

With no variable set the site runs for development on SQLite. With
DJANGO_DEBUG=false (production) every variable without a safe default
must be set, and a missing or malformed one stops the start with its name.
"""

import datetime
from pathlib import Path

import environ
from django.core.exceptions import ImproperlyConfigured
from django.utils.csp import CSP
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent

env = environ.FileAwareEnv()


def _read(name, cast, default, required_in_production=False):
    """Read one variable; in production a required one must be present and well-formed."""
    if required_in_production and not DEBUG and name not in env.ENVIRON:
        raise ImproperlyConfigured(f"Set the {name} environment variable (required in production).")
    try:
        return cast(name, default=default)
    except (ValueError, TypeError) as error:
        raise ImproperlyConfigured(
            f"The {name} environment variable is malformed: {error}"
        ) from error


_BOOLEANS = {"true": True, "1": True, "yes": True, "on": True}
_BOOLEANS |= {"false": False, "0": False, "no": False, "off": False}
_debug = env.str("DJANGO_DEBUG", default="true").strip().lower()
if _debug not in _BOOLEANS:
    raise ImproperlyConfigured(
        "The DJANGO_DEBUG environment variable is malformed: use true or false."
    )
DEBUG = _BOOLEANS[_debug]

SECRET_KEY = _read(
    "DJANGO_SECRET_KEY", env.str, "dev-only-insecure-key", required_in_production=True
)
ALLOWED_HOSTS = _read(
    "DJANGO_ALLOWED_HOSTS", env.list, ["127.0.0.1", "localhost"], required_in_production=True
)
CSRF_TRUSTED_ORIGINS = _read("DJANGO_CSRF_TRUSTED_ORIGINS", env.list, [])
ADMIN_PATH = _read("DJANGO_ADMIN_PATH", env.str, "admin/").strip("/") + "/"

INSTALLED_APPS = [
    "modeltranslation",
    "oim_site.editorial.apps.AdminConfig",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    # Django's form templates, for FORM_RENDERER.
    "django.forms",
    # For the trigram indexes of search (oim_site.publishing.search); inert on SQLite.
    "django.contrib.postgres",
    "reversion",
    "reversion_compare",
    "imagekit",
    # The site's shared base, before the apps of content that build on it.
    "oim_site.languages",
    "oim_site.images",
    "oim_site.publishing",
    "oim_site.page_cache",
    "oim_site.login_throttle",
    # Content, in the order the search page shows it.
    "oim_site.mission",
    "axes",
    "projects",
    "partners",
    "news",
    "pages",
    "publications",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Compresses what the page cache does not serve already compressed, with random padding
    # against BREACH for pages that carry a CSRF token.
    "django.middleware.gzip.GZipMiddleware",
    # Before everything that makes a page: a stored page skips it all, and keeps the headers
    # the middleware below added to it.
    "oim_site.page_cache.middleware.PageCacheMiddleware",
    "django.middleware.csp.ContentSecurityPolicyMiddleware",
    "django_permissions_policy.PermissionsPolicyMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    # Once the user is known, before anything reads the body (the CSRF check reads the form).
    "oim_site.request_limits.AnonymousBodyLimitMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    # Inside the page cache and the locale middleware: a redirect or 410 is never stored, and
    # the 410 page is in the address's language.
    "oim_site.publishing.middleware.RedirectMiddleware",
]

ROOT_URLCONF = "oim_site.urls"
WSGI_APPLICATION = "oim_site.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.template.context_processors.csp",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]
# Forms and widgets rendered by the engine above, so templates/ can override their templates.
FORM_RENDERER = "django.forms.renderers.TemplatesSetting"


def _database_url(name, default):
    config = env.db_url(name, default=default)
    if config["ENGINE"] not in {"django.db.backends.postgresql", "django.db.backends.sqlite3"}:
        raise ValueError("use postgres://USER:PASSWORD@HOST:PORT/NAME or sqlite:////PATH")
    return config


DATABASES = {
    "default": _read(
        "DATABASE_URL",
        _database_url,
        f"sqlite:///{BASE_DIR / 'var' / 'db.sqlite3'}",
        required_in_production=True,
    )
}
DATABASES["default"]["CONN_MAX_AGE"] = _read("DATABASE_CONN_MAX_AGE", env.int, 0)
DATABASES["default"]["CONN_HEALTH_CHECKS"] = True
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "fr"
LANGUAGES = [
    ("fr", _("French")),
    ("ar", _("Arabic")),
    ("en", _("English")),
]
LOCALE_PATHS = [BASE_DIR / "locale"]
# The admin's language switch is remembered beyond the browser session.
LANGUAGE_COOKIE_AGE = 365 * 24 * 60 * 60
USE_I18N = True
# Dates read and shown day first in Arabic and English too, Moroccan month names, grouped
# digits in Arabic (oim_site/languages/formats).
FORMAT_MODULE_PATH = ["oim_site.languages.formats"]
TIME_ZONE = "Africa/Casablanca"
USE_TZ = True

MODELTRANSLATION_DEFAULT_LANGUAGE = "fr"
MODELTRANSLATION_FALLBACK_LANGUAGES = ("fr",)
# modeltranslation loads jQuery UI from a public CDN unless told otherwise.
JQUERY_UI_URL = "vendor/jquery-ui/jquery-ui.min.js"

STATIC_URL = "static/"
STATICFILES_DIRS = [BASE_DIR / "static"]
STATIC_ROOT = _read("DJANGO_STATIC_ROOT", env.path, BASE_DIR / "var" / "static")
MEDIA_URL = "media/"
MEDIA_ROOT = _read("DJANGO_MEDIA_ROOT", env.path, BASE_DIR / "var" / "media")
# Publications' files and covers: outside MEDIA_ROOT, which anyone may read, since a draft's
# files must reach nobody but staff; the site serves them after checking (publications.views).
PUBLICATIONS_ROOT = _read("DJANGO_PUBLICATIONS_ROOT", env.path, BASE_DIR / "var" / "publications")

# Uploaded images (project images, partner logos): checked by content, re-encoded, and served
# as WebP renditions of these widths.
MAX_UPLOAD_MB = _read("DJANGO_MAX_UPLOAD_MB", env.int, 10)
IMAGE_MAX_PIXELS = 40_000_000
# Largest request body accepted from anyone not logged in as staff (oim_site.request_limits).
MAX_ANONYMOUS_BODY_KB = _read("DJANGO_MAX_ANONYMOUS_BODY_KB", env.int, 64)
IMAGE_RENDITION_WIDTHS = (320, 640, 1024, 1600)
# Uploaded publications (PDF): a report with photographs easily weighs tens of megabytes.
PUBLICATION_MAX_UPLOAD_MB = _read("DJANGO_PUBLICATION_MAX_UPLOAD_MB", env.int, 40)

# Admin login throttle (oim_site.editorial.site, counts in oim_site.login_throttle): failures
# allowed per user name and per client address; past them, each attempt waits after the last
# failure the first delay, then twice as long each time (1, 2, 4... seconds), up to the maximum:
# slow guessing, and no lock of a name longer than that. Counts are forgotten a day later.
ADMIN_LOGIN_FREE_FAILURES_PER_USERNAME = 5
ADMIN_LOGIN_FREE_FAILURES_PER_ADDRESS = 20
ADMIN_LOGIN_FIRST_DELAY = datetime.timedelta(seconds=1)
ADMIN_LOGIN_MAX_DELAY = datetime.timedelta(minutes=15)
ADMIN_LOGIN_FORGET_AFTER = datetime.timedelta(days=1)


def _client_ip_header(name, default):
    value = env.str(name, default=default).strip()
    if value and not value.startswith("HTTP_"):
        raise ValueError("use Django's name of the header, for example HTTP_X_FORWARDED_FOR")
    return value


# Behind a reverse proxy, the request header in which it writes the client's address; set it
# only if that proxy always writes it, and only the proxy can reach the site.
CLIENT_IP_HEADER = _read("DJANGO_CLIENT_IP_HEADER", _client_ip_header, "")


def _mailer(name, default):
    """MAILERS' default from a URL: smtp+tls://USER:PASSWORD@HOST:587, consolemail:// (printed
    on stdout, for development) or dummymail:// (none sent)."""
    config = env.email_url(name, default=default)
    options = {
        "host": config.get("EMAIL_HOST"),
        "port": config.get("EMAIL_PORT"),
        "username": config.get("EMAIL_HOST_USER"),
        "password": config.get("EMAIL_HOST_PASSWORD"),
        "use_tls": config.get("EMAIL_USE_TLS"),
        "use_ssl": config.get("EMAIL_USE_SSL"),
    }
    backend = config["EMAIL_BACKEND"]
    if not backend.endswith("smtp.EmailBackend"):
        options = {}
    return {"BACKEND": backend, "OPTIONS": {k: v for k, v in options.items() if v is not None}}


# The review's notifications (oim_site.editorial.review).
# In production without EMAIL_URL, the host's own mail server, as Django has always assumed.
MAILERS = {
    "default": _read("EMAIL_URL", _mailer, "consolemail://" if DEBUG else "smtp://localhost:25")
}
DEFAULT_FROM_EMAIL = _read("DJANGO_DEFAULT_FROM_EMAIL", env.str, "OIM Maroc <noreply@localhost>")

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": _read("DJANGO_LOG_LEVEL", env.str, "INFO")},
    # fpdf2's font subsetting (the demonstration PDFs) reports each table it prunes.
    "loggers": {"fontTools": {"level": "WARNING"}},
}

# Open data: the projects exports (JSON, CSV, IATI).
# The IATI organisation identifier of whoever publishes the file; every project's
# iati-identifier starts with it when the project is created. Not IOM's own (XM-DAC-47066) by
# default: IOM already publishes its Morocco activities under it, with its own project codes,
# and a file of ours under it would duplicate them (.env.example). "XX" is no registration
# agency's prefix: nobody can take the file for an organisation's official records.
IATI_REPORTING_ORG_REF = _read("IATI_REPORTING_ORG_REF", env.str, "XX-OIM-MAROC-SITE")
# IATI OrganisationType code of the reporting organisation: 40 is multilateral.
IATI_REPORTING_ORG_TYPE = _read("IATI_REPORTING_ORG_TYPE", env.str, "40")
OPEN_DATA_LICENCE_NAME = _read("OPEN_DATA_LICENCE_NAME", env.str, "CC BY 4.0")
OPEN_DATA_LICENCE_URL = _read(
    "OPEN_DATA_LICENCE_URL", env.str, "https://creativecommons.org/licenses/by/4.0/"
)

# Deployment: HTTPS behind a proxy, security headers, static and media files, cache.


def _boolean(name, default):
    value = env.str(name, default=str(default)).strip().lower()
    if value not in _BOOLEANS:
        raise ValueError("use true or false")
    return _BOOLEANS[value]


def _proxy_ssl_header(name, default):
    value = env.list(name, default=default)
    if value and (len(value) != 2 or not value[0].startswith("HTTP_")):
        raise ValueError("use HTTP_HEADER_NAME,value, for example HTTP_X_FORWARDED_PROTO,https")
    return tuple(value) or None


if not DEBUG and SECRET_KEY == "dev-only-insecure-key":
    raise ImproperlyConfigured(
        "The DJANGO_SECRET_KEY environment variable is the development key: "
        "set a long random one in production."
    )

# Only when a proxy in front always sets (or strips) this header: anyone could send it otherwise.
SECURE_PROXY_SSL_HEADER = _read("DJANGO_SECURE_PROXY_SSL_HEADER", _proxy_ssl_header, [])
SECURE_SSL_REDIRECT = _read("DJANGO_SECURE_SSL_REDIRECT", _boolean, not DEBUG)
# The container's HEALTHCHECK calls /healthz over plain HTTP from inside the container.
SECURE_REDIRECT_EXEMPT = [r"^healthz$"]
SECURE_HSTS_SECONDS = _read("DJANGO_SECURE_HSTS_SECONDS", env.int, 0 if DEBUG else 31_536_000)
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = _read("DJANGO_SECURE_HSTS_PRELOAD", _boolean, True)
SESSION_ENGINE = "oim_site.sessions"
SESSION_COOKIE_SECURE = not DEBUG
CSRF_COOKIE_SECURE = not DEBUG
LANGUAGE_COOKIE_SECURE = not DEBUG
# Django sends the language cookie with no SameSite by default; it is only ever set by the
# site's own language switch.
LANGUAGE_COOKIE_SAMESITE = "Lax"
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"

# Object storage for media, for several instances sharing uploads (needs requirements/s3.txt).
_media_s3_bucket = _read("DJANGO_MEDIA_S3_BUCKET", env.str, "")
# Without object storage, Django serves the uploads from MEDIA_ROOT itself (see urls.py).
SERVE_MEDIA = not _media_s3_bucket
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "publications": {
        "BACKEND": "django.core.files.storage.FileSystemStorage",
        # No base_url: these files have no public address of their own.
        "OPTIONS": {"location": PUBLICATIONS_ROOT, "base_url": None},
    },
    # The manifest of hashed names exists only after collectstatic, which development skips.
    "staticfiles": {
        "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
        if DEBUG
        else "whitenoise.storage.CompressedManifestStaticFilesStorage"
    },
}
_media_origins = []
if _media_s3_bucket:
    if "DJANGO_MEDIA_S3_CUSTOM_DOMAIN" not in env.ENVIRON:
        raise ImproperlyConfigured(
            "Set the DJANGO_MEDIA_S3_CUSTOM_DOMAIN environment variable "
            "(required with DJANGO_MEDIA_S3_BUCKET)."
        )
    _media_domain = env.str("DJANGO_MEDIA_S3_CUSTOM_DOMAIN").strip("/")
    STORAGES["default"] = {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "bucket_name": _media_s3_bucket,
            "custom_domain": _media_domain,
            "endpoint_url": _read("DJANGO_MEDIA_S3_ENDPOINT_URL", env.str, None),
            "region_name": _read("DJANGO_MEDIA_S3_REGION", env.str, None),
            # Public images: plain, stable URLs rather than signed ones that expire.
            "querystring_auth": False,
            # As on the file system, a new upload never replaces an existing file.
            "file_overwrite": False,
        },
    }
    _media_origins = [f"https://{_media_domain.split('/')[0]}"]
    # Publications in a bucket of their own that nobody but the site may read: the site reads
    # each file there and sends it after checking the publication is public.
    STORAGES["publications"] = {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "bucket_name": _read(
                "DJANGO_PUBLICATIONS_S3_BUCKET", env.str, None, required_in_production=True
            ),
            "endpoint_url": STORAGES["default"]["OPTIONS"]["endpoint_url"],
            "region_name": STORAGES["default"]["OPTIONS"]["region_name"],
            "default_acl": "private",
            "querystring_auth": True,
            "file_overwrite": False,
        },
    }

# No inline script or style anywhere: scripts and styles come from our static files only.
# The admin needs no exception (tests/test_csp_in_browser.py checks it in Chromium).
SECURE_CSP = {
    "default-src": [CSP.SELF],
    "script-src": [CSP.SELF, CSP.NONCE],
    "style-src": [CSP.SELF],
    "img-src": [CSP.SELF, *_media_origins],
    "object-src": [CSP.NONE],
    "base-uri": [CSP.NONE],
    "form-action": [CSP.SELF],
    "frame-ancestors": [CSP.NONE],
}
PERMISSIONS_POLICY = {
    feature: []
    for feature in (
        "accelerometer",
        "camera",
        "geolocation",
        "gyroscope",
        "magnetometer",
        "microphone",
        "payment",
        "usb",
    )
}


def _cache_url(name, default):
    url = env.str(name, default=default)
    if not url.startswith(("locmemcache://", "redis://", "rediss://")):
        raise ValueError("use redis://HOST:6379/0 (or rediss://), or locmemcache://")
    return env.cache_url_config(url)


def _apart(name, max_entries):
    """A cache of its own for `name`: a key prefix in Redis, a bounded store per process."""
    if _cache["BACKEND"] != "django.core.cache.backends.locmem.LocMemCache":
        return {**_cache, "KEY_PREFIX": name}
    return {
        "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
        "LOCATION": name,
        "OPTIONS": {"MAX_ENTRIES": max_entries},
    }


# A cache shared by every worker and instance when set to Redis; per process otherwise.
_cache = _read("CACHE_URL", _cache_url, "locmemcache://")
CACHES = {
    "default": _cache,
    # Pages apart: a crawl filling the cache never pushes out the login rate limits. They are
    # stored compressed, in gzip and in Brotli (5 to 10 KB): at most about 10 MB per process.
    "pages": _apart("pages", 1000),
    # The CSV and IATI files, compressed likewise (the IATI file of 300 demonstration projects:
    # 200 KB). A couple of dozen, so that a crawl through every filter cannot fill a process.
    "exports": _apart("exports", 24),
    # Parts of pages (oim_site.page_cache.fragments): cards of about 1 KB, filter menus of up
    # to 15 KB (the partners'), texts rendered from Markdown.
    "fragments": _apart("fragments", 3000),
}
# Whole public pages for anonymous visitors, until content or code changes
# (oim_site.page_cache.middleware).
CACHE_PAGES = _read("DJANGO_CACHE_PAGES", _boolean, True)
# Pages made at once by each process for addresses not stored (oim_site.page_cache.middleware).
PAGE_RENDERS_AT_ONCE = _read("DJANGO_PAGE_RENDERS_AT_ONCE", env.int, 1)
if PAGE_RENDERS_AT_ONCE < 1:
    raise ImproperlyConfigured("DJANGO_PAGE_RENDERS_AT_ONCE must be 1 or more.")

if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    # A database that does not answer fails a request (and /healthz) in seconds, not minutes.
    DATABASES["default"].setdefault("OPTIONS", {}).setdefault("connect_timeout", 3)
