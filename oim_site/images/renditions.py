"""The WebP renditions of uploaded images, made by django-imagekit at the widths of
IMAGE_RENDITION_WIDTHS."""

from django.conf import settings
from imagekit import ImageSpec, register
from imagekit.cachefiles import ImageCacheFile
from imagekit.processors import ResizeToFit

# libwebp encodes no image with a side longer than this.
WEBP_MAX_SIDE = 16383


# Registered, so that a rendition missing from storage is made again when its URL is asked for.
@register.generator("oim_site:webp")
class WebPRendition(ImageSpec):
    format = "WEBP"
    options = {"quality": 80}

    def __init__(self, source, width):
        self.processors = [ResizeToFit(width=width, upscale=False)]
        super().__init__(source)


def rendition_sizes(width, height):
    """(width asked for, width, height) of each rendition of an image this size, narrowest first.

    An image is never enlarged: the last rendition is the first at least as wide as the image.
    """
    sizes = []
    for target in settings.IMAGE_RENDITION_WIDTHS:
        rendition_width = min(target, width)
        sizes.append((target, rendition_width, round(height * rendition_width / width)))
        if target >= width:
            break
    return sizes


def renditions(image):
    """The WebP renditions of a stored image as (file, width, height), narrowest first.

    Widths come from the dimensions stored with the image, so nothing is read from storage
    until a rendition's URL is asked for (which generates it if it is missing).
    """
    if not image:
        return []
    width = getattr(image.instance, image.field.width_field)
    height = getattr(image.instance, image.field.height_field)
    if not width or not height:
        return []
    return [
        (ImageCacheFile(WebPRendition(image, target)), rendition_width, rendition_height)
        for target, rendition_width, rendition_height in rendition_sizes(width, height)
    ]
