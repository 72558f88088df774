from django.conf import settings
from django.utils import translation


def translated(entry, *fields):
    """Spread ``{"title": {"fr": …, "ar": …}}`` into ``title_fr=…, title_ar=…`` keywords."""
    return {
        f"{field}_{code}": entry[field][code] for field in fields for code, _ in settings.LANGUAGES
    }


def initial_version_comment():
    """The history's comment on the first version of loaded content, in the site's first
    language, whatever language the command runs in."""
    with translation.override(settings.LANGUAGE_CODE):
        return translation.gettext("Initial version.")
