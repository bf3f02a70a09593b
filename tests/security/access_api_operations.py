"""Access-matrix entries for the /api/v1/ operations endpoints (imported at the bottom of access_table.py).

Each mirrors a web page's entry: the interop pages (admin instansi only; a delivery or subscription that
does not exist is the admin's 404, everyone else's 403 first), routing:accuracy (admin instansi and
pimpinan), and the leaders' dashboard (every dashboard role; the case lists only for roles with a case list
of that kind, as insights:cases). An anonymous caller gets 401, as everywhere in the API.
"""

from tests.security.access_table import (
    ADMIN_INSTANSI_ONLY,
    FORBIDDEN,
    HIDDEN,
    INSIGHTS_DASHBOARD,
    OK,
    POST,
    UNAUTHORIZED,
    Entry,
    T,
    roles,
    roles_only,
)

API_INTEROP = ADMIN_INSTANSI_ONLY | roles_only(anonymous=UNAUTHORIZED)
API_INTEROP_MISSING_ROW = API_INTEROP | roles_only(admin_instansi=HIDDEN)
API_DASHBOARD = INSIGHTS_DASHBOARD | roles_only(anonymous=UNAUTHORIZED)

for _name in ("deliveries", "dead_letters", "subscriptions", "endpoints"):
    T[f"api:staff_interop_{_name}"] = Entry(API_INTEROP)
T["api:staff_interop_delivery"] = Entry(API_INTEROP_MISSING_ROW, kwargs={"pk": 999999})
T["api:staff_interop_resend"] = Entry(API_INTEROP_MISSING_ROW, kwargs={"pk": 999999}, methods=POST)
T["api:staff_interop_subscription"] = Entry(API_INTEROP_MISSING_ROW, kwargs={"pk": 999999})
T["api:staff_routing_accuracy"] = Entry(API_INTEROP | roles_only(pimpinan=OK))
T["api:staff_statistics"] = Entry(API_DASHBOARD)
T["api:staff_statistics_report_pdf"] = Entry(API_DASHBOARD, kwargs={"kind": "bulanan", "period": "2026-03"})
#: complaint tables: not in the PPID-only roles' scope (404), as insights:download
T["api:staff_statistics_download"] = Entry(
    API_DASHBOARD | roles_only(ppid_utama=HIDDEN, ppid_pembantu_a=HIDDEN, atasan_ppid=HIDDEN),
    kwargs={"key": "volume_month", "fmt": "csv"},
)
#: as insights:cases: only roles whose case list matches their figures (system admin: figures, no cases)
T["api:staff_statistics_report_cases"] = Entry(
    API_DASHBOARD | roles_only(ppid_utama=HIDDEN, ppid_pembantu_a=HIDDEN, atasan_ppid=HIDDEN, system_admin=HIDDEN)
)
T["api:staff_statistics_request_cases"] = Entry(
    roles(HIDDEN, anonymous=UNAUTHORIZED, citizen=FORBIDDEN, ppid_utama=OK, ppid_pembantu_a=OK, atasan_ppid=OK)
)
