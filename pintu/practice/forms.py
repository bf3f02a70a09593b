from django import forms
from django.utils.translation import gettext_lazy as _

from pintu.accounts.roles import Role
from pintu.agencies.models import Agency
from pintu.practice.seeding import PRACTICE_ROLES


class RoundForm(forms.Form):
    name = forms.CharField(
        label=_("Nama putaran"), max_length=150, help_text=_("Misalnya: Sosialisasi PPID Pembantu, Desember 2026.")
    )


class SeatForm(forms.Form):
    username = forms.CharField(label=_("Nama pengguna peserta"), max_length=150)
    role = forms.ChoiceField(
        label=_("Peran latihan"),
        choices=[("", _("Pilih peran"))] + [(role, Role(role).label) for role in PRACTICE_ROLES],
    )
    agency = forms.ModelChoiceField(
        label=_("Instansi"),
        queryset=Agency.objects.filter(active=True).order_by("name"),
        empty_label=_("Pilih instansi"),
    )
