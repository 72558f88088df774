"""Uploaded images: checked by content and stored re-encoded (renditions: renditions.py)."""

import secrets
import warnings
from io import BytesIO
from pathlib import Path

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import formats
from django.utils.deconstruct import deconstructible
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _
from PIL import Image, ImageOps

from oim_site.images.renditions import WEBP_MAX_SIDE, rendition_sizes

IMAGE_HELP = _("A JPEG, PNG or WebP image.")

# Pillow format -> how the cleaned copy is stored. MPO is how Pillow names many cameras' JPEGs.
STORED_AS = {
    "JPEG": ("JPEG", ".jpg", "image/jpeg", {"quality": 90}),
    "MPO": ("JPEG", ".jpg", "image/jpeg", {"quality": 90}),
    "PNG": ("PNG", ".png", "image/png", {}),
    "WEBP": ("WEBP", ".webp", "image/webp", {"quality": 90}),
}

# What of a decoded image's info belongs to its pixels. The rest is metadata (comments, EXIF,
# XMP, text chunks), and Pillow writes some of it back when saving: a JPEG's comment, for one.
# The colour profile is kept, passed on explicitly.
PIXEL_INFO = ("transparency",)


@deconstructible
class UnguessableName:
    """``upload_to``: each upload in a folder of its own named by 128 random bits, under
    `folder` (by default the model's app: projects/, news/).

    Media are public files with no check of publication in front of them, on the disk as in
    a bucket: a draft's image must not be found by guessing its address, and its renditions
    (named after it by imagekit) with it. Once published the address is known, and stays.
    """

    def __init__(self, folder=None):
        self.folder = folder

    def __call__(self, instance, filename):
        folder = self.folder or instance._meta.app_label
        return f"{folder}/{secrets.token_urlsafe(16)}/{filename}"

    def __eq__(self, other):
        return isinstance(other, UnguessableName) and other.folder == self.folder


def require_alt_text(obj, image_field, alt_field):
    """An image needs a text alternative in French; the other languages fall back to it."""
    alt_in_default_language = f"{alt_field}_{settings.LANGUAGE_CODE}"
    if getattr(obj, image_field) and not (getattr(obj, alt_in_default_language) or "").strip():
        raise ValidationError(
            {
                alt_in_default_language: _(
                    "Describe the image for people who cannot see it: a text alternative is "
                    "required when there is an image."
                )
            }
        )


class ImageUploadField(forms.ImageField):
    """Accept JPEG, PNG and WebP by their content, within size and pixel limits.

    The file is decoded in full (a truncated or corrupt file is refused) and stored as a fresh
    encoding of what was decoded: turned upright, and without metadata (EXIF such as the GPS
    position phone cameras record, XMP, comments) but its colour profile. Its shape must allow
    every rendition (renditions.py).
    """

    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.help_text = format_lazy(
            "{} {}",
            self.help_text,
            _("At most %(megabytes)s MB and %(megapixels)s megapixels.")
            % {"megabytes": settings.MAX_UPLOAD_MB, "megapixels": megapixels()},
        )

    def widget_attrs(self, widget):
        attrs = super().widget_attrs(widget)
        if "accept" in attrs:
            attrs["accept"] = ",".join(sorted({type_ for *_, type_, _ in STORED_AS.values()}))
        return attrs

    def to_python(self, data):
        upload = forms.FileField.to_python(self, data)
        if upload is None:
            return None
        if upload.size > settings.MAX_UPLOAD_MB * 1024 * 1024:
            raise ValidationError(
                _("This file is %(size)s MB; the limit is %(limit)s MB."),
                code="file_too_large",
                params={
                    "size": formats.number_format(upload.size / 1024 / 1024, 1),
                    "limit": settings.MAX_UPLOAD_MB,
                },
            )
        image = self.decode(upload)
        upright = ImageOps.exif_transpose(image)
        check_shape(*upright.size)
        return self.clean_copy(upload.name, image, upright)

    def decode(self, upload):
        too_many_pixels = ValidationError(
            _("This image is too large in pixels: at most %(megapixels)s megapixels."),
            code="too_many_pixels",
            params={"megapixels": megapixels()},
        )
        try:
            with warnings.catch_warnings():
                # Pillow only warns between its two bomb thresholds: refuse there too.
                warnings.simplefilter("error", Image.DecompressionBombWarning)
                image = Image.open(upload, formats=["JPEG", "PNG", "WEBP"])
                width, height = image.size
                if width * height > settings.IMAGE_MAX_PIXELS:
                    raise too_many_pixels
                image.load()
        except (Image.DecompressionBombError, Image.DecompressionBombWarning):
            raise too_many_pixels from None
        except Image.UnidentifiedImageError:
            raise ValidationError(
                _(
                    "This file is not a JPEG, PNG or WebP image (its content was checked, "
                    "not its name)."
                ),
                code="invalid_image",
            ) from None
        except (OSError, SyntaxError, ValueError):
            raise ValidationError(
                _("This image is damaged or incomplete: export it again and upload the new file."),
                code="invalid_image",
            ) from None
        return image

    def clean_copy(self, name, image, upright):
        pillow_format, extension, content_type, options = STORED_AS[image.format]
        icc_profile = image.info.get("icc_profile")
        upright.info = {key: upright.info[key] for key in PIXEL_INFO if key in upright.info}
        buffer = BytesIO()
        upright.save(buffer, pillow_format, icc_profile=icc_profile, **options)
        upload = SimpleUploadedFile(
            Path(name).stem + extension, buffer.getvalue(), content_type=content_type
        )
        upload.image = upright
        return upload


def check_shape(width, height):
    """Refuse an image whose renditions could not be made: under a pixel, or over WebP's limit."""
    # As wide as this, the narrowest rendition is still a pixel high.
    ratio = min(settings.IMAGE_RENDITION_WIDTHS)
    if width > ratio * height:
        raise ValidationError(
            _(
                "This image is too wide for its height (%(width)s × %(height)s pixels): it can "
                "be at most %(ratio)s times as wide as it is high. Crop it and upload it again."
            ),
            code="too_wide",
            params={"width": width, "height": height, "ratio": ratio},
        )
    # The widest rendition is also the tallest.
    _target, widest, _height = rendition_sizes(width, height)[-1]
    max_height = WEBP_MAX_SIDE * width // widest
    if height > max_height:
        raise ValidationError(
            _(
                "This image is too tall for its width (%(width)s × %(height)s pixels): at this "
                "width it can be at most %(max_height)s pixels high. Crop it and upload it again."
            ),
            code="too_tall",
            params={"width": width, "height": height, "max_height": max_height},
        )


def megapixels():
    return settings.IMAGE_MAX_PIXELS // 1_000_000
