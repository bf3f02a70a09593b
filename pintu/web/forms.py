from django import forms
from django.utils.translation import gettext_lazy as _

from pintu.workdays.bounds import validate_date

MAX_WORKING_DAYS = 366


class WorkdayCalculatorForm(forms.Form):
    received_date = forms.DateField(
        label=_("Tanggal diterima"),
        widget=forms.DateInput(attrs={"type": "date"}),
        validators=[validate_date],  # 9999-12-28 + N working days overflowed (a 500)
        error_messages={
            "required": _("Isi tanggal diterima."),
            "invalid": _("Tanggal diterima harus berupa tanggal yang sah, misalnya 2026-03-16."),
        },
    )
    received_time = forms.TimeField(
        label=_("Jam diterima (opsional)"),
        required=False,
        widget=forms.TimeInput(attrs={"type": "time"}),
        help_text=_("Kosongkan bila diterima pada jam layanan."),
        error_messages={"invalid": _("Jam diterima harus berupa jam yang sah, misalnya 10:00.")},
    )
    working_days = forms.IntegerField(
        label=_("Jumlah hari kerja"),
        min_value=1,
        max_value=MAX_WORKING_DAYS,
        error_messages={
            "required": _("Isi jumlah hari kerja."),
            "invalid": _("Jumlah hari kerja harus berupa bilangan bulat."),
            "min_value": _("Jumlah hari kerja paling sedikit 1."),
            "max_value": _("Jumlah hari kerja paling banyak 366."),
        },
    )
