from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from axes.models import Axis
from oim_site.publishing.forms import FilterChoiceField, FilterForm, FilterMenu, year_choices
from publications import pdf
from publications.models import Publication, PublicationFile


class PublicationFilterForm(FilterForm):
    """The filters of the publications list, read from the query string."""

    kind = FilterMenu([("", _("All kinds")), *Publication.Kind.choices], label=_("Kind"))
    year = FilterMenu([], label=_("Year"))
    axis = FilterChoiceField(
        Axis.objects.published(), ["title"], label=_("Axis"), empty_label=_("All axes")
    )
    language = FilterMenu(
        [("", _("All languages")), *settings.LANGUAGES], label=_("Language of the document")
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        years = Publication.objects.published().values_list("year", flat=True)
        self.fields["year"].choices = year_choices(years.order_by("-year").distinct())

    def filter(self, publications):
        values = self.valid_values()
        if "kind" in values:
            publications = publications.filter(kind=values["kind"])
        if "year" in values:
            publications = publications.filter(year=values["year"])
        if "axis" in values:
            publications = publications.filter(axes=values["axis"])
        if "language" in values:
            # One file per language: no publication twice.
            publications = publications.filter(files__language=values["language"])
        return publications


class PdfUploadField(forms.FileField):
    """A PDF checked by content (publications.pdf.check); the cleaned file carries what was
    read of it as `checked`."""

    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.help_text = _("A PDF, at most %(megabytes)s MB.") % {
            "megabytes": settings.PUBLICATION_MAX_UPLOAD_MB
        }

    def widget_attrs(self, widget):
        return {**super().widget_attrs(widget), "accept": "application/pdf"}

    def to_python(self, data):
        upload = super().to_python(data)
        if upload is not None:
            upload.checked = pdf.check(upload)
        return upload


class PublicationFileForm(forms.ModelForm):
    class Meta:
        model = PublicationFile
        fields = ["language", "file"]
        field_classes = {"file": PdfUploadField}

    def save(self, commit=True):
        # Only now, once every form is valid, is anything of the file stored.
        upload = self.cleaned_data.get("file")
        if hasattr(upload, "checked"):
            self.instance.take(upload.checked)
            self.instance.size = upload.size
        return super().save(commit)


class AtLeastOneFile(forms.BaseInlineFormSet):
    def clean(self):
        super().clean()
        kept = [
            form for form in self.forms if form.cleaned_data and not form.cleaned_data.get("DELETE")
        ]
        if not kept:
            raise ValidationError(
                _("Add the publication’s file in at least one language."), code="no_file"
            )
