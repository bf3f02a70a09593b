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


def _described_by_form(field: BoundField) -> bool:
    """Whether the form set the input's aria-describedby itself (complaints' DescribedForm: `id_<name>-hint` and
    `-error`); otherwise Django points it at `<auto_id>_helptext` and `<auto_id>_error`."""
    return bool(field.field.widget.attrs.get("aria-describedby"))


@register.filter
def hint_id(field: BoundField) -> str:
    """The id of a field's hint, the one its input's aria-describedby names."""
    return f"{field.id_for_label}-hint" if _described_by_form(field) else f"{field.auto_id}_helptext"


@register.filter
def error_id(field: BoundField) -> str:
    """The id of a field's error message, the one its input's aria-describedby names."""
    return f"{field.id_for_label}-error" if _described_by_form(field) else f"{field.auto_id}_error"
