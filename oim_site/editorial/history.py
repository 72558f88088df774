"""The history of content (django-reversion): what the first version says."""

from django.conf import settings
from django.utils import translation


def initial_version_comment():
    """The history's comment on the first version of loaded content, in the site's first
    language, whatever language the command runs in."""
    with translation.override(settings.LANGUAGE_CODE):
        return translation.gettext("Initial version.")
