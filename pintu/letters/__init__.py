"""Official letters under the region's tata naskah dinas (issue #17; docs/letters.md).

Kop, numbering, named signatories and delegation (models, edited in the admin); letter kinds as
registered classes with a template and a dataclass of plain data (kinds/); one service per use case
(services.py: draft_letter, update_draft, discard_draft, approve_and_sign, revoke, supersede,
signed_pdf, draft_pdf); PAdES signatures behind a small interface (signing/); the public verification
page /verifikasi/<token>/ (views.py). Imports nothing from the apps that use it (PPID).
"""
