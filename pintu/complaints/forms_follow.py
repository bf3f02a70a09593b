""" "Saya juga mengalami ini": the one field of the follow form (pintu.complaints.views.public_follow)."""

from django.utils.translation import gettext_lazy as _

from pintu.complaints.forms_public import DescribedForm
from pintu.security.forms_account import DestinationField


class FollowForm(DescribedForm):
    destination = DestinationField(
        help_text=_(
            "Alamat e-mail, atau nomor HP yang diawali 08. Kami mengirim kode untuk memastikan alamat ini "
            "milik Anda; alamat ini tidak ditampilkan kepada siapa pun."
        ),  # fmt: skip
    )
