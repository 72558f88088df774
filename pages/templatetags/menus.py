from django import template

from pages.menus import menus as menu_links

register = template.Library()


@register.simple_tag(takes_context=True)
def menus(context):
    request = context.get("request")
    return menu_links(request) if request is not None else {}
