"""PPID, the public information service (UU 14/2008), as four vertical slices under one app label "ppid".

Each slice holds its case type from the table to both faces, in the same files:

    models.py       the rows (pintu/ppid/models.py imports them so Django finds them; one migration history)
    workflow.py     statuses and THE transition table, as a pintu.cases.machine.Machine (plain Python)
    lifecycle / services   one function per use case; a status changes only through
                    pintu.cases.transitions.apply_transition (table, reason, event, refresh)
    clocks.py       the statutory deadlines in hari kerja
    selectors.py    who sees what (every list, detail, export and endpoint starts here)
    permissions.py  who may do what (on top of pintu.ppid.permissions: one meaning of PPID Utama)
    actions.py      what may be done with one case, its offer rule and follow-ons, for BOTH faces
    events.py       the history event kinds and their labels (pintu.cases.events)
    registry.py     what the slice registers with the rest of Pintu (called from apps.py)
    forms.py, views/, urls.py, templates      the web face: maps an action to a form
    api/            the API face: maps an action to a serializer; its own urls.py

- registers/   DIP and DIK (a PPID Pembantu drafts, the PPID Utama publishes)
- requests/    information requests (permohonan informasi), the notice, conversion to/from a complaint
- objections/  objections (keberatan) to the Atasan PPID and disputes at the Komisi Informasi
- annual/      the annual report (laporan tahunan), its figures, narrative and publication

Shared by the slices: domain.py (statutory periods, dates), exemptions.py (art. 17), permissions.py,
counters.py (yearly numbers), notify.py (which officers), sheets.py and downloads.py (files), config.py
(PpidSettings), forms.py / web.py (web helpers), api/ (API helpers and the one include), views.py
(the landing and procedure pages), urls.py. A slice may use another's models, selectors and services
(objections read requests; the annual report reads all); the API of a slice never imports a view or form.
"""
