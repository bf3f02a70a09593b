"""Information requests (permohonan informasi publik, UU 14/2008 art. 21-22).

- models.py       InformationRequest, RequesterIdentity (personal data), RequestDocument
- workflow.py     statuses and THE transition table (a pintu.cases.machine.Machine)
- lifecycle.py    how a request changes status: the table, due dates, the CASE_CHANGED announcement, save
- intake.py       submit (online) and register (desk, oral, letter, e-mail)
- services.py     one function per use case (mark incomplete, assign, deliver, close ...)
- decisions.py    the decision and the extension: a draft letter (pintu.letters) that takes effect
                  for the requester only when the signatory approves and signs it
- conversion.py   complaint <-> request ("no wrong door" between SP4N-LAPOR! and the PPID)
- actions.py      what an officer may do with a request, for the staff page and the staff API
- permissions.py  the actor: PPID Utama or the PPID Pembantu of the assigned agency
- clocks.py       the 10 + 7 hari kerja deadline; sweeps.py escalates overdue requests
- identity.py     the only module that reads RequesterIdentity and its encrypted files
- documents.py    serving the notice, delivered files and identity files (web and API)
- letters.py      the decision's data as the letter kinds read it; numbering.py PPID/YYYY/NNNNNN
- register.py     the statutory request register: filters, CSV/XLSX, audited export
- selectors.py    requests_visible_to / requests_handled_by; notify.py, events.py, registry.py
- forms.py, views/ (public, staff), urls.py; api/ (public, staff, files, serializers, urls)
"""
