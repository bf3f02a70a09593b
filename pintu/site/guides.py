"""The role guides ("Panduan", issue #19 item 2): one per role, for training new officers on the job.

Each guide is a template per language (site/guides/<id|en>/<slug>.html, extending that language's _frame.html:
written text, not message strings, so the English guide exists without a translation catalogue) with the worked
examples of the clocks computed when it is shown (guide_examples). Its screenshots are made by the browser tests
(tests/browser/test_role_workspaces.py with PINTU_GUIDE_SCREENSHOTS=1) into static/guides/<slug>-<shot>.png.
"""

from dataclasses import dataclass

from django.contrib.staticfiles import finders
from django.utils.translation import gettext_lazy as _

from pintu.accounts.access import scope_of
from pintu.accounts.roles import Role
from pintu.site.workspace import COMPLAINT_ROLES, PPID_ROLES

#: The screenshots a guide shows, in order (made by the browser test of its role; missing ones are skipped).
SHOTS = (("workspace", _("Ruang kerja")), ("oversight", _("Pengawasan semua instansi")), ("work", _("Pekerjaan Anda")),
         ("case", _("Satu kasus")))  # fmt: skip
#: The roles with a guide, in the order of the index.
ROLES = (Role.ADMIN_INSTANSI, Role.PEJABAT_PENGHUBUNG, Role.KEPALA_OPD, Role.PPID_UTAMA, Role.PPID_PEMBANTU,
         Role.ATASAN_PPID, Role.INSPEKTORAT, Role.PIMPINAN)  # fmt: skip


@dataclass(frozen=True)
class Guide:
    role: Role

    @property
    def slug(self) -> str:
        return self.role.value.replace("_", "-")

    @property
    def title(self):
        return self.role.label

    @property
    def complaints(self) -> bool:
        """The guide explains the complaint service (its law and clocks)."""
        return self.role in COMPLAINT_ROLES

    @property
    def ppid(self) -> bool:
        """The guide explains the information service (the leaders read both)."""
        return self.role in PPID_ROLES or self.role == Role.PIMPINAN

    def shots(self) -> list[tuple[str, object]]:
        """(static path, caption) of the screenshots that exist for this guide."""
        return [(f"guides/{self.slug}-{name}.png", caption) for name, caption in SHOTS
                if finders.find(f"guides/{self.slug}-{name}.png")]  # fmt: skip


GUIDES = tuple(Guide(role) for role in ROLES)
BY_SLUG = {g.slug: g for g in GUIDES}


def guides_for(user) -> list[Guide]:
    """The guides of the roles `user` holds, in the order above."""
    scope = scope_of(user)
    return [g for g in GUIDES if scope.has(g.role)]
