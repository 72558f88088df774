from django import template
from django.template.loader import render_to_string

from oim_site.page_cache.fragments import cached
from projects.region_map import region_map as draw

register = template.Library()


@register.simple_tag
def region_map(regions, table_open=False):
    """The map of `regions` (Region.objects.with_project_counts()), with its table: kept as
    a part of pages under the regions and their counts, since every projects list and home
    page draws the same map (some 30 KB of SVG and table)."""
    regions = list(regions)
    counts = [region.project_count for region in regions]
    return cached(
        "region map",
        [*regions, counts, table_open],
        lambda: render_to_string("regions/map.html", {**draw(regions), "table_open": table_open}),
    )
