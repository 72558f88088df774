from django.conf import settings


def translated(entry, *fields):
    """Spread ``{"title": {"fr": …, "ar": …}}`` into ``title_fr=…, title_ar=…`` keywords."""
    return {
        f"{field}_{code}": entry[field][code] for field in fields for code, _ in settings.LANGUAGES
    }
