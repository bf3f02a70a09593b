"""Information requests (permohonan informasi publik, UU 14/2008 art. 21-22).

- workflow.py   statuses and THE transition table (plain Python)
- clocks.py     the 10 + 7 hari kerja deadline, computed with the working-day calendar
- numbering.py  nomor pendaftaran PPID/YYYY/NNNNNN (a locked counter row per year)
- services.py   one function per use case (submit, register, assign, extend, issue_notice ...)
- conversion.py complaint <-> request ("no wrong door" between SP4N-LAPOR! and the PPID)
- identity.py   the only module that reads RequesterIdentity and its encrypted files
- notice_pdf.py the pemberitahuan tertulis as an A4 PDF (reportlab, built-in fonts)
- register.py   the statutory request register (CSV / XLSX)
- selectors.py  requests_visible_to(user)
- notify.py, sweeps.py, recompute.py
"""
