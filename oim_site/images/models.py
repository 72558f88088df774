from django.db import models
from django.utils.translation import gettext_lazy as _

from oim_site.images.uploads import IMAGE_HELP, UnguessableName, require_alt_text


class Illustrated(models.Model):
    """An optional image with its text alternative (translated: see each app's
    translation.py) and its size, which pages write as width and height so that nothing
    moves while it loads."""

    image = models.ImageField(
        _("image"),
        upload_to=UnguessableName(),
        blank=True,
        width_field="image_width",
        height_field="image_height",
        help_text=IMAGE_HELP,
    )
    image_width = models.PositiveIntegerField(null=True, blank=True, editable=False)
    image_height = models.PositiveIntegerField(null=True, blank=True, editable=False)
    image_alt = models.CharField(
        _("image text alternative"),
        max_length=250,
        blank=True,
        help_text=_(
            "What the image shows, in a sentence, for people who cannot see it. Required when "
            "there is an image."
        ),
    )

    class Meta:
        abstract = True

    def clean(self):
        super().clean()
        require_alt_text(self, "image", "image_alt")
