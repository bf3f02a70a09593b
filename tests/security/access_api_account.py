"""Access-matrix entries for the /api/v1/ account endpoints, owner downloads and the last complaint staff
actions (imported at the bottom of access_table.py). Each mirrors a web URL name, named in its comment."""

from tests.security.access_table import (
    ADMIN_INSTANSI_ONLY,
    API_OWN_REPORT,
    API_SIGNED_IN,
    ATTACHMENT,
    OK,
    POST,
    REPORT,
    REQUEST,
    REQUEST_DOCUMENT,
    UNAUTHORIZED,
    Entry,
    T,
    roles_only,
)

T["api:me"] = Entry(API_SIGNED_IN)  # mydata:home
T["api:me_export"] = Entry(API_SIGNED_IN, methods=POST)  # mydata:export: the ZIP of one's own data only
# mydata:erase: an empty body is a 400 (password asked again); officers: 400 refused by the service
T["api:me_erase"] = Entry(API_SIGNED_IN, methods=POST)
T["api:me_notifications"] = Entry(API_SIGNED_IN)  # notifications:preferences (PUT/PATCH: tests/api/test_account_api)
# mydata:report_erase: the account's own report; a guest proves it with X-Tracking-Secret (404 without)
T["api:track_report_erase"] = Entry(API_OWN_REPORT, case=REPORT, kwargs=lambda r: {"code": r.code}, methods=POST)
# complaints:attachment: the very same rule as the web view (a 404 for everyone refused, anonymous included)
T["api:attachment"] = Entry(T["complaints:attachment"].expect, case=ATTACHMENT, kwargs=lambda a: {"pk": a.pk})
# ppid:request_document, ppid:request_identity_file: the requester's own, by account (or the secret header)
T["api:ppid_track_request_document"] = Entry(API_OWN_REPORT, case=REQUEST_DOCUMENT,
                                             kwargs=lambda d: {"slug": d.request.slug, "pk": d.pk})  # fmt: skip
T["api:ppid_track_request_identity_file"] = Entry(API_OWN_REPORT, case=REQUEST,
                                                  kwargs=lambda r: {"slug": r.slug, "kind": "identity"})  # fmt: skip
# complaints:staff_bulk_verify: the admin instansi only (an empty body: 400)
T["api:staff_reports_bulk_verify"] = Entry(ADMIN_INSTANSI_ONLY | roles_only(anonymous=UNAUTHORIZED), methods=POST)
# complaints:staff_new: the admin instansi and the pejabat penghubung (an empty body: 400)
T["api:staff_report_new"] = Entry(ADMIN_INSTANSI_ONLY | roles_only(anonymous=UNAUTHORIZED, penghubung_a=OK),
                                  methods=POST)  # fmt: skip
