"""The roles of DOMAIN.md section 2. A role is always held for an agency (see RoleAssignment)."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Role(models.TextChoices):
    ADMIN_INSTANSI = "admin_instansi", _("Admin instansi (koordinator pengaduan)")
    PEJABAT_PENGHUBUNG = "pejabat_penghubung", _("Pejabat penghubung")
    KEPALA_OPD = "kepala_opd", _("Kepala OPD")
    PPID_UTAMA = "ppid_utama", _("PPID Utama")
    PPID_PEMBANTU = "ppid_pembantu", _("PPID Pembantu")
    ATASAN_PPID = "atasan_ppid", _("Atasan PPID")
    INSPEKTORAT = "inspektorat", _("Inspektorat (APIP)")
    PIMPINAN = "pimpinan", _("Pimpinan")
    SYSTEM_ADMIN = "system_admin", _("Admin sistem")


#: Roles whose scope is the whole Pemkab, whatever agency they are held for.
PEMKAB_WIDE_ROLES = frozenset(
    {Role.ADMIN_INSTANSI, Role.PPID_UTAMA, Role.ATASAN_PPID, Role.PIMPINAN, Role.SYSTEM_ADMIN}
)
