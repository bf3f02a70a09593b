"""The registers: the Daftar Informasi Publik (DIP) and the Daftar Informasi yang Dikecualikan (DIK).

- models.py       DipItem (the statutory columns, berkala due date), DipFile, DikItem (consequence test)
- workflow.py     the DIP and DIK tables (publish/withdraw; decide/expire/lift)
- services/       draft, edit, publish, withdraw, refresh (dip.py); documents (files.py); the DIK (dik.py)
- permissions.py  who keeps a register (PPID Pembantu of the agency, PPID Utama), who may edit now
- actions.py      DIP_ACTIONS and DIK_ACTIONS, per row, for the staff pages and the staff API
- selectors.py    dip_items_visible_to, dik_items_visible_to, the registers a user works on
- clocks.py       the berkala refresh date; sweeps.py, notify.py (reminders, expired exemptions)
- io.py           DIP import (CSV/XLSX, all or nothing) and export; downloads.py (the files both faces serve)
- search.py       full-text search over the DIP; events.py, registry.py
- forms.py, views/ (public, dip, dik, imports), urls.py; api/ (public, dip, dik, files, serializers, urls)
"""
