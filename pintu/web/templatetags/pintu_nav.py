"""{% menu_links "ppid" as links %}: one menu of pintu.web.menus for web/includes/menu.html."""

from django import template

from pintu.web.menus import links

register = template.Library()


@register.simple_tag
def menu_links(menu: str) -> list:
    return links(menu)
