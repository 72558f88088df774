"""Settings for the OIM Maroc site, read only from the environment.

With no variable set the site runs for development on SQLite. With
DJANGO_DEBUG=false (production) every variable without a safe default
must be set, and a missing or malformed one stops the start with its name.
"""

from pathlib import Path

import environ
from django.core.exceptions import ImproperlyConfigured
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
    "oim_site.apps.AdminConfig",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "reversion",
    "reversion_compare",
    "imagekit",
    "oim_site",
    "axes",
    "partners",
    "projects",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
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
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]


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
USE_I18N = True
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

# Uploaded images (project images, partner logos): checked by content, re-encoded, and served
# as WebP renditions of these widths.
MAX_UPLOAD_MB = _read("DJANGO_MAX_UPLOAD_MB", env.int, 10)
IMAGE_MAX_PIXELS = 40_000_000
IMAGE_RENDITION_WIDTHS = (320, 640, 1024, 1600)

# Failed admin logins allowed per user name and per client address in a window; one more is
# refused until the window ends. Counted in the default cache: share it between processes
# (CACHE_URL) for an exact count.
ADMIN_LOGIN_RATE_PER_USERNAME = "5/15m"
ADMIN_LOGIN_RATE_PER_ADDRESS = "20/15m"
# Behind a reverse proxy, the request header carrying the client's address (e.g. HTTP_X_REAL_IP).
RATELIMIT_IP_META_KEY = _read("DJANGO_CLIENT_IP_HEADER", env.str, "") or None

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": _read("DJANGO_LOG_LEVEL", env.str, "INFO")},
}
