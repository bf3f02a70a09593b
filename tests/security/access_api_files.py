"""Access-matrix entries for the /api/v1/ files endpoints (imported at the bottom of access_table.py).

Each mirrors its web page's entry (same actors allowed, same cases hidden); the API answers 401 where
the web redirects to sign in, and 403 where the web bounces a read-only role from the import form.
"""

from tests.security.access_table import (
    ANNUAL,
    API_PPID_STAFF,
    API_REQUEST_ROW,
    DIP_FILE,
    DRAFTED_REQUEST,
    FORBIDDEN,
    HIDDEN,
    IDENTITY_FILE_ROW,
    OK,
    POST,
    PUBLIC_PAGE,
    REQUEST_DOCUMENT,
    REQUEST_IDENTITY,
    UNAUTHORIZED,
    Entry,
    T,
    roles,
    roles_only,
)

# public: a draft's document is hidden from the public (the PPID Utama, Atasan and admin see every item)
T["api:ppid_dip_file"] = Entry(roles((OK, HIDDEN), ppid_utama=OK, atasan_ppid=OK, system_admin=OK), case=DIP_FILE,
                               kwargs=lambda f: {"pk": f.pk})  # fmt: skip
T["api:ppid_dip_export_csv"] = Entry(PUBLIC_PAGE)
T["api:ppid_dip_export_xlsx"] = Entry(PUBLIC_PAGE)
T["api:ppid_annual_pdf"] = Entry(roles((OK, HIDDEN)), case=ANNUAL, kwargs=lambda a: {"pk": a.pk})
T["api:ppid_annual_xlsx"] = Entry(roles((OK, HIDDEN)), case=ANNUAL, kwargs=lambda a: {"pk": a.pk})
T["api:ppid_annual_cover_pdf"] = Entry(roles((OK, HIDDEN)), case=ANNUAL, kwargs=lambda a: {"pk": a.pk})

# staff: an empty POST from a keeper is a 400 with the field errors, nothing written
T["api:staff_ppid_dip_import"] = Entry(API_PPID_STAFF | roles_only(atasan_ppid=FORBIDDEN, system_admin=FORBIDDEN),
                                       methods=POST)  # fmt: skip
for _name in ("requests_csv", "requests_xlsx", "objections_csv", "objections_xlsx", "annual_pdf", "annual_xlsx"):
    T[f"api:staff_ppid_{_name}"] = Entry(API_PPID_STAFF)
T["api:staff_ppid_request_document"] = Entry(API_REQUEST_ROW, case=REQUEST_DOCUMENT,
                                             kwargs=lambda d: {"pk": d.request_id, "doc_pk": d.pk})  # fmt: skip
T["api:staff_ppid_request_letter_draft"] = Entry(API_REQUEST_ROW, case=DRAFTED_REQUEST, kwargs=lambda r: {"pk": r.pk})
T["api:staff_ppid_request_identity_file"] = Entry(IDENTITY_FILE_ROW | roles_only(anonymous=UNAUTHORIZED),
                                                  case=REQUEST_IDENTITY,
                                                  kwargs=lambda r: {"pk": r.pk, "kind": "identity"})  # fmt: skip
