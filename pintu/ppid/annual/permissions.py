"""Who may do what with an annual report (the web page and the API ask the same functions).

- the narrative of the Pemkab report: the PPID Utama; of an OPD report: the PPID Utama or the PPID
  Pembantu of that OPD;
- publishing (the public may then download it): the PPID Utama, after the year has ended.
"""

from pintu.accounts.access import scope_of
from pintu.accounts.roles import Role
from pintu.agencies.models import Agency
from pintu.ppid.permissions import is_utama


def may_edit(user, agency: Agency | None) -> bool:
    if is_utama(user):
        return True
    return agency is not None and agency.pk in scope_of(user).agencies(Role.PPID_PEMBANTU)


def may_publish(user) -> bool:
    return is_utama(user)
