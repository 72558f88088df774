"""Long texts written by editors in Markdown, shown as HTML without anything that could run."""

import markdown
import nh3
from django import template
from django.utils.safestring import mark_safe

from oim_site.page_cache.fragments import cached

register = template.Library()

# What Markdown produces for prose, and nothing more: no images (they would load from
# anywhere; pictures come from the image fields), no tables, no raw HTML beyond these tags.
TAGS = {"p", "br", "strong", "em", "a", "ul", "ol", "li", "blockquote", "h2", "h3", "h4", "hr"}
ATTRIBUTES = {"a": {"href", "title"}, "ol": {"start"}}
URL_SCHEMES = {"http", "https", "mailto", "tel"}


@register.filter(is_safe=True)
def richtext(text):
    if not text:
        return ""
    # Once for each text rather than for each request: its HTML is made from it alone.
    return cached("richtext", [str(text)], lambda: _html(str(text)))


def _html(text):
    html = markdown.markdown(
        text,
        # baselevel 2: a "# heading" becomes <h2>, under the page's own <h1>.
        extensions=["sane_lists", "toc"],
        extension_configs={"toc": {"baselevel": 2}},
    )
    return mark_safe(nh3.clean(html, tags=TAGS, attributes=ATTRIBUTES, url_schemes=URL_SCHEMES))
