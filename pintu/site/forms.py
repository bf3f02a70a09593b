"""The working-day calculator's form: labels and inputs only; pintu.workdays.calculator reads the question."""

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from pintu.web.viewkit import service_errors_to_form
from pintu.workdays.calculator import MAX_WORKING_DAYS, read_question


class WorkdayCalculatorForm(forms.Form):
    """Every field arrives as text; `clean` asks the calculator, so the page and the API refuse alike."""

    received_date = forms.CharField(
        label=_("Tanggal diterima"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    received_time = forms.CharField(
        label=_("Jam diterima (opsional)"),
        required=False,
        widget=forms.TimeInput(attrs={"type": "time"}),
        help_text=_("Kosongkan bila diterima pada jam layanan."),
    )
    working_days = forms.CharField(
        label=_("Jumlah hari kerja"),
        required=False,
        widget=forms.NumberInput(attrs={"min": 1, "max": MAX_WORKING_DAYS}),
    )

    def clean(self):
        data = super().clean()
        try:
            question = read_question(data.get("received_date"), data.get("received_time"), data.get("working_days"))
        except ValidationError as exc:
            service_errors_to_form(self, exc)
            return data
        return {"received_date": question.received_date, "received_time": question.received_time,
                "working_days": question.working_days}  # fmt: skip
