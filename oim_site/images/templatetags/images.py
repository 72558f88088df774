import logging

from django import template

from oim_site.images.renditions import renditions

register = template.Library()
logger = logging.getLogger(__name__)


@register.simple_tag
def image_renditions(image):
    """``src``, ``srcset``, ``width`` and ``height`` of an image's WebP renditions, or None.

    A missing or unreadable file gives None (no image) rather than a broken page.
    """
    sizes = renditions(image)
    if not sizes:
        return None
    try:
        urls = [(rendition.url, width) for rendition, width, _height in sizes]
    except OSError:
        logger.exception("No renditions for %s", image.name)
        return None
    _rendition, width, height = sizes[-1]
    return {
        # The fallback for browsers without srcset: a mid-sized rendition.
        "src": next((url for url, w in urls if w >= 640), urls[-1][0]),
        "srcset": ", ".join(f"{url} {w}w" for url, w in urls),
        "width": width,
        "height": height,
    }
