"""The annual report page's form: the narrative sections. Rules: pintu.ppid.annual.services."""

from django import forms

from pintu.ppid.annual.models import SectionKey


class AnnualNarrativeForm(forms.Form):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for key, label in SectionKey.choices:
            self.fields[key] = forms.CharField(label=label, required=False, max_length=20000,
                                               widget=forms.Textarea(attrs={"rows": 4}))  # fmt: skip
