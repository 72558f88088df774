from django import template

from projects.region_map import region_map as draw

register = template.Library()


@register.inclusion_tag("regions/map.html")
def region_map(regions, table_open=False):
    """The map of `regions` (Region.objects.with_project_counts()), with its table."""
    return {**draw(regions), "table_open": table_open}
