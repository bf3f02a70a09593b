"""Form pieces every PPID slice's forms share (widgets and the agency choice). Forms only parse input:
every rule lives in the slices' services, whose ValidationError messages the views put on the fields."""

from django import forms
from django.utils.translation import gettext_lazy as _


class DateInput(forms.DateInput):
    input_type = "date"

    def __init__(self, **kwargs):
        super().__init__(format="%Y-%m-%d", **kwargs)


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    widget = MultipleFileInput

    def clean(self, data, initial=None):
        return data


class RadioSelect(forms.RadioSelect):
    """Radios whose field id is the first radio, so the error summary can link to it."""

    def id_for_label(self, id_, index=None):
        return super().id_for_label(id_, "0" if index is None else index)


def agency_field(agencies, label=None) -> forms.ModelChoiceField:
    """A choice of agency by name (no empty choice when there is only one)."""
    field = forms.ModelChoiceField(
        label=label or _("Instansi pemilik"), queryset=agencies,
        empty_label=None if agencies.count() == 1 else "---------",
    )  # fmt: skip
    field.label_from_instance = lambda agency: agency.name
    return field
