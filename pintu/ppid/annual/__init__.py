"""The annual report (laporan tahunan layanan informasi publik), per year for the Pemkab or one OPD.

- models.py       AnnualReport (the frozen snapshot once published), AnnualReportSection (narrative)
- stats.py        annual_stats(year, agency): every figure, from the data
- services.py     save the narrative, publish (freeze); live and published content
- permissions.py  who edits which narrative, who publishes; selectors.py (published, OPDs)
- tables.py, pdf.py, xlsx.py, downloads.py (the files both faces serve); events.py, registry.py
- forms.py, views.py, urls.py; api/ (public, staff, serializers, urls)
"""
