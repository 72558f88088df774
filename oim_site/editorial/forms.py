"""The change form of content: text areas as typed, and no save over someone else's."""

import hashlib
from datetime import datetime

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import formats, timezone
from django.utils.translation import gettext_lazy as _
from reversion.models import Version

from oim_site.editorial.history import followed_rows
from oim_site.images.uploads import ImageUploadField
from oim_site.publishing.characters import xml_text

# A browser never sends a chosen file again after the form comes back with errors.
CHOOSE_AGAIN = _("Choose this file again: it could not be kept while the form had errors.")


def version_token(obj):
    """What a form is opened on: the latest `updated_at` of the object and of the rows its
    form shows (a project's partnerships), then a digest of which rows those are and when
    each changed, so that a row changed, added or deleted elsewhere changes it too."""
    if obj is None or obj.pk is None:
        return ""
    rows = [obj, *followed_rows(obj)]
    stamps = sorted((row._meta.label, str(row.pk), row.updated_at.isoformat()) for row in rows)
    digest = hashlib.blake2b(repr(stamps).encode(), digest_size=8).hexdigest()
    return f"{max(row.updated_at for row in rows).isoformat()}/{digest}"


class XmlTextMixin:
    """Text that leaves out what XML cannot hold (xml_text) before it is checked and stored:
    one such character, pasted from Word, would take every XML answer showing it down."""

    line_break = " "

    def to_python(self, value):
        return super().to_python(
            xml_text(value, self.line_break) if isinstance(value, str) else value
        )


class LineField(XmlTextMixin, forms.CharField):
    pass


class MultilineField(XmlTextMixin, forms.CharField):
    """A long text with the line breaks it was written with: browsers send a text area's as
    CR LF, which would make an untouched text differ from what is stored."""

    line_break = "\n"

    def to_python(self, value):
        value = super().to_python(value)
        return value.replace("\r\n", "\n") if value else value


class EmailField(XmlTextMixin, forms.EmailField):
    pass


class URLField(XmlTextMixin, forms.URLField):
    pass


# Every text field of the content's forms, each language's too (modeltranslation's fields
# subclass the original's), for the admins and their inlines.
FORM_FIELDS = {
    models.ImageField: {"form_class": ImageUploadField},
    models.CharField: {"form_class": LineField},
    models.TextField: {"form_class": MultilineField},
    models.EmailField: {"form_class": EmailField},
    models.URLField: {"form_class": URLField},
    # A slug's own form field refuses any control character; the lookup would otherwise
    # stop at CharField, its parent.
    models.SlugField: {},
}


class ConcurrentEditForm(forms.ModelForm):
    """Refuse to save over changes someone else saved after this form was opened.

    The form carries the version_token() of the object it was opened on; the row is locked
    and its token compared when the form is submitted (the admin saves in a transaction).
    """

    opened_version = forms.CharField(widget=forms.HiddenInput, required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["opened_version"].initial = version_token(self.instance)

    def full_clean(self):
        super().full_clean()
        if self.errors:
            # A browser never sends a chosen file again: say so where one was chosen.
            for name in self.files.keys() & self.fields.keys() - self.errors.keys():
                self.add_error(name, CHOOSE_AGAIN)

    def clean(self):
        cleaned_data = super().clean()
        if self.instance._state.adding:
            return cleaned_data
        current = (
            type(self.instance)._default_manager.select_for_update().filter(pk=self.instance.pk)
        ).first()
        opened = cleaned_data.get("opened_version")
        token = version_token(current)
        if token != opened:
            # What was typed stays in the form; the next save will knowingly replace the
            # other person's version.
            self.data = self.data.copy()
            self.data[self.add_prefix("opened_version")] = token
            raise ValidationError(self.conflict_message(opened, token), code="edit_conflict")
        return cleaned_data

    def conflict_message(self, opened, token):
        # The instance is still the saved version here: the form's values come after clean().
        params = {"object": self.instance, "time": _time_of(token)}
        user = self.saved_since(opened)
        if user:
            params["user"] = user.get_full_name() or user.get_username()
            message = _(
                "%(user)s saved “%(object)s” at %(time)s, after this form was opened. Your "
                "changes are not saved: they are still in the form below."
            )
        else:
            message = _(
                "Someone else saved “%(object)s” at %(time)s, after this form was opened. Your "
                "changes are not saved: they are still in the form below."
            )
        advice = _(
            "Open the page again in another tab (or its history) to see their changes. Save "
            "again to replace their version with yours."
        )
        return f"{message % params} {advice}"

    def saved_since(self, opened):
        """Who saved the latest version, if it came after the form was opened."""
        latest = (
            Version.objects.get_for_object(self.instance).select_related("revision__user").first()
        )
        try:
            opened_at = datetime.fromisoformat(opened.partition("/")[0])
        except (AttributeError, ValueError):
            return None
        if latest and latest.revision.date_created > opened_at:
            return latest.revision.user
        return None


def _time_of(token):
    saved_at = datetime.fromisoformat(token.partition("/")[0])
    return formats.time_format(timezone.localtime(saved_at))


class PublishableForm(ConcurrentEditForm):
    """The schedule: moments to come, and an expiry after the publication."""

    def clean(self):
        cleaned_data = super().clean()
        now = timezone.now()
        for name in ("publish_at", "unpublish_at"):
            moment = cleaned_data.get(name)
            if name in self.changed_data and moment is not None and moment <= now:
                self.add_error(
                    name,
                    _(
                        "This moment has passed (it is %(now)s in Morocco): choose a moment "
                        "to come, or leave it empty."
                    )
                    % {"now": formats.localize(timezone.localtime(now))},
                )
        publish_at, unpublish_at = cleaned_data.get("publish_at"), cleaned_data.get("unpublish_at")
        if publish_at and unpublish_at and unpublish_at <= publish_at:
            self.add_error("unpublish_at", _("Unpublish after the moment of publication."))
        return cleaned_data
