"""The change form of content: text areas as typed, and no save over someone else's."""

from datetime import datetime

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import formats, timezone
from django.utils.translation import gettext_lazy as _
from reversion.models import Version

from oim_site.images.uploads import ImageUploadField


def version_token(updated_at):
    return updated_at.isoformat() if updated_at else ""


class MultilineField(forms.CharField):
    """A long text with the line breaks it was written with: browsers send a text area's as
    CR LF, which would make an untouched text differ from what is stored."""

    def to_python(self, value):
        value = super().to_python(value)
        return value.replace("\r\n", "\n") if value else value


FORM_FIELDS = {
    models.ImageField: {"form_class": ImageUploadField},
    models.TextField: {"form_class": MultilineField},
}


class ConcurrentEditForm(forms.ModelForm):
    """Refuse to save over changes someone else saved after this form was opened.

    The form carries the ``updated_at`` of the object it was opened on; the row is locked and
    compared when the form is submitted (the admin saves in a transaction).
    """

    opened_version = forms.CharField(widget=forms.HiddenInput, required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["opened_version"].initial = version_token(self.instance.updated_at)

    def full_clean(self):
        super().full_clean()
        if self.errors:
            # A browser never sends a chosen file again: say so where one was chosen.
            for name in self.files.keys() & self.fields.keys() - self.errors.keys():
                self.add_error(
                    name,
                    _("Choose this file again: it could not be kept while the form had errors."),
                )

    def clean(self):
        cleaned_data = super().clean()
        if self.instance._state.adding:
            return cleaned_data
        current = (
            type(self.instance)
            ._default_manager.select_for_update()
            .filter(pk=self.instance.pk)
            .values_list("updated_at", flat=True)
            .first()
        )
        opened = cleaned_data.get("opened_version")
        if version_token(current) != opened:
            # What was typed stays in the form; the next save will knowingly replace the
            # other person's version.
            self.data = self.data.copy()
            self.data[self.add_prefix("opened_version")] = version_token(current)
            raise ValidationError(self.conflict_message(opened, current), code="edit_conflict")
        return cleaned_data

    def conflict_message(self, opened, saved_at):
        # The instance is still the saved version here: the form's values come after clean().
        params = {
            "object": self.instance,
            "time": formats.time_format(timezone.localtime(saved_at)),
        }
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
            opened_at = datetime.fromisoformat(opened)
        except (TypeError, ValueError):
            return None
        if latest and latest.revision.date_created > opened_at:
            return latest.revision.user
        return None
