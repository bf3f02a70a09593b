"""Access-matrix entries for the public API reads that mirror public pages (imported at the bottom of
access_table.py).

All public, as their pages: the DIK in force (ppid:dik_list), the published annual reports
(ppid:annual_list), the working-day calendar (web:workday_calculator, web:calendar_year), similar open
reports (complaints:intake_similar: an empty POST is a 400 for everyone, nothing stored). Tracking an
objection is for its requester only, as ppid:objection_track (a guest proves it with the secret header).
"""

from tests.security.access_table import API_OWN_REPORT, OBJECTION, POST, PUBLIC_PAGE, Entry, T

T["api:ppid_dik"] = Entry(PUBLIC_PAGE)
T["api:ppid_annual"] = Entry(PUBLIC_PAGE)
T["api:ppid_track_objection_detail"] = Entry(API_OWN_REPORT, case=OBJECTION,
                                             kwargs=lambda o: {"slug": o.request.slug, "pk": o.pk})  # fmt: skip
T["api:workday_due"] = Entry(PUBLIC_PAGE, kwargs={"received_date": "2026-03-16", "working_days": 10})
T["api:calendar_year"] = Entry(PUBLIC_PAGE, kwargs={"year": 2026})
T["api:similar_reports"] = Entry(PUBLIC_PAGE, methods=POST)
#: The objections of one request: the citizen's own request lists them; another's is the same 404.
T["api:ppid_track_objections"] = Entry(API_OWN_REPORT, case=OBJECTION, kwargs=lambda o: {"slug": o.request.slug})
