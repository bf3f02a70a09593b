"""Who sees which figures: ONE function, `insight_scope(user)`, used by the dashboard page, the
downloads, the PDF reports and the drill-down lists alike.

| who                                        | complaint figures                          | PPID figures        |
|--------------------------------------------|--------------------------------------------|---------------------|
| pimpinan (Bupati, Sekda), system admin     | whole Pemkab                               | whole Pemkab        |
| admin instansi                             | whole Pemkab                               | -                   |
| PPID Utama, Atasan PPID                    | -                                          | whole Pemkab        |
| kepala OPD                                 | own agency and units below                 | own agency, units   |
| pejabat penghubung                         | own agency and units below                 | -                   |
| inspektorat                                | own agency + every berkadar pengawasan one | -                   |
| PPID Pembantu                              | -                                          | own agency, units   |
| the public (transparency page, open data)  | whole Pemkab, rahasia reports left out     | whole Pemkab        |

Drill-down lists start from pintu.complaints.selectors.reports_visible_to(user) and
pintu.ppid.requests.selectors.requests_handled_by(user), so a list never shows more than the
user may open; the links are offered only to users with a case-handling role.
"""

from dataclasses import dataclass

from django.db.models import Q

from pintu.accounts.access import scope_of
from pintu.accounts.roles import Role

COMPLAINTS_ALL = (Role.PIMPINAN, Role.SYSTEM_ADMIN, Role.ADMIN_INSTANSI)
COMPLAINTS_OWN = (Role.KEPALA_OPD, Role.PEJABAT_PENGHUBUNG, Role.INSPEKTORAT)
PPID_ALL = (Role.PIMPINAN, Role.SYSTEM_ADMIN, Role.PPID_UTAMA, Role.ATASAN_PPID)
PPID_OWN = (Role.KEPALA_OPD, Role.PPID_PEMBANTU)
#: Roles whose case lists (reports_visible_to / requests_handled_by) match their figures.
REPORT_LIST_ROLES = (Role.PIMPINAN, Role.ADMIN_INSTANSI, *COMPLAINTS_OWN)
REQUEST_LIST_ROLES = (Role.PPID_UTAMA, Role.ATASAN_PPID, Role.PPID_PEMBANTU)
DASHBOARD_ROLES = tuple(dict.fromkeys((*COMPLAINTS_ALL, *COMPLAINTS_OWN, *PPID_ALL, *PPID_OWN)))


@dataclass(frozen=True)
class InsightScope:
    complaints: bool = False
    complaint_agencies: frozenset[int] | None = None  # None: the whole Pemkab
    pengawasan: bool = False  # also every report flagged berkadar pengawasan
    ppid: bool = False
    ppid_agencies: frozenset[int] | None = None
    public: bool = False
    report_drilldown: bool = False
    request_drilldown: bool = False

    @property
    def any(self) -> bool:
        return self.complaints or self.ppid

    @property
    def whole_pemkab(self) -> bool:
        return self.complaint_agencies is None and self.ppid_agencies is None

    def report_q(self, prefix: str = "") -> Q:
        """Condition on ReportFact rows (prefix "fact__" to use it on Report)."""
        if not self.complaints:
            return Q(pk__in=[])
        condition = Q(**{f"{prefix}counted": True})
        if self.public:
            condition &= Q(**{f"{prefix}rahasia": False})
        if self.complaint_agencies is not None:
            own = Q(**{f"{prefix}agency_id__in": self.complaint_agencies})
            if self.pengawasan:
                own |= Q(**{f"{prefix}berkadar_pengawasan": True})
            condition &= own
        return condition

    def request_q(self, prefix: str = "") -> Q:
        if not self.ppid:
            return Q(pk__in=[])
        if self.ppid_agencies is not None:
            return Q(**{f"{prefix}agency_id__in": self.ppid_agencies})
        return Q()


PUBLIC_SCOPE = InsightScope(complaints=True, ppid=True, public=True)
NO_SCOPE = InsightScope()


def insight_scope(user) -> InsightScope:
    """What `user` may see on the leaders' dashboard (NO_SCOPE when nothing)."""
    scope = scope_of(user)
    complaints = scope.has(*COMPLAINTS_ALL, *COMPLAINTS_OWN)
    ppid = scope.has(*PPID_ALL, *PPID_OWN)
    return InsightScope(
        complaints=complaints,
        complaint_agencies=None if scope.has(*COMPLAINTS_ALL) else scope.agencies(*COMPLAINTS_OWN),
        pengawasan=scope.has(Role.INSPEKTORAT),
        ppid=ppid,
        ppid_agencies=None if scope.has(*PPID_ALL) else scope.agencies(*PPID_OWN),
        report_drilldown=complaints and scope.has(*REPORT_LIST_ROLES),
        request_drilldown=ppid and scope.has(*REQUEST_LIST_ROLES),
    )
