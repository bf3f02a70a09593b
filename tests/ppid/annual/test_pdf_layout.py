"""The annual report's PDF: column headers of the request table are not split across lines (issue #17)."""

import io

from pypdf import PdfReader

from pintu.ppid.annual import pdf, services
from tests.ppid.annual.conftest import YEAR


def test_request_table_headers_fit_their_columns(generated_year):
    data = pdf.build_pdf(services.live_content(YEAR, None))
    text = " ".join(" ".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages).split())
    assert "Pemberitahua n" not in text
    assert "Nomor Instansi Diterima Pemberitahuan Hari kerja Keputusan" in text
