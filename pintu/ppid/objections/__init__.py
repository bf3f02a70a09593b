"""Objections (keberatan, UU 14/2008 art. 35-36) and disputes at the Komisi Informasi (art. 37-48).

- models.py       Objection (the register's columns), Dispute, DisputeStep, their choices
- workflow.py     the seven grounds; the objection table and the dispute table (Machines)
- services.py     file, register on paper, decide, respond, record a dispute and its stages
- actions.py      ACTIONS (staff: decide, respond, dispute, dispute_step) and REQUESTER_ACTIONS (respond)
- progress.py     where an objection stands for its requester (the tracking page and the API)
- clocks.py       filing window, the Atasan PPID's 30 days, the Komisi Informasi's deadlines
- selectors.py    objections_visible_to, objections_of_requester, disputes_visible_to
- register.py     the objection register: filters, CSV/XLSX, audited export
- notify.py, sweeps.py (escalation), events.py, registry.py
- forms.py, views/ (public, staff), urls.py; api/ (public, staff, files, serializers, urls)
"""
