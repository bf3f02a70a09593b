"""{% ppid_menu "public" as links %}: one of the PPID menus (pintu.ppid.nav) for web/includes/menu.html."""

from django import template

from pintu.ppid.nav import MENUS

register = template.Library()


@register.simple_tag
def ppid_menu(name: str) -> tuple:
    return MENUS[name]
