"""Filters for the shared form includes (web/templates/web/includes)."""

from django import template
from django.forms import BoundField

register = template.Library()


@register.filter
def choice_options(value) -> list:
    """(option, hint) pairs for web/includes/choices.html, as `options|default:field|choice_options`: the pairs a
    form gave (a hint under some options), else every option of the choice field without a hint."""
    if isinstance(value, BoundField):
        return [(option, "") for option in value]
    return list(value)
