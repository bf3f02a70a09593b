"""Hints shown beside identity fields: one text wherever the field is asked (the public complaint form and its
wizard, the staff's walk-in entry, the PPID request form), so the forms never disagree about the format."""

from django.utils.translation import gettext_lazy as _

#: What a NIK looks like, including the birth date in it (pintu.privacy.nik validates the same structure), so a
#: typo is noticed before the validator's message. The example: born 5 March 1990, a man 050390, a woman 450390.
NIK_HINT = _(
    "NIK: 16 angka seperti di KTP (spasi, titik dan tanda hubung boleh). Angka ke-7 sampai ke-12 adalah tanggal "
    "lahir (HHBBTT); bagi perempuan, tanggalnya ditambah 40. Contoh lahir 5 Maret 1990: laki-laki 050390, "
    "perempuan 450390."
)
