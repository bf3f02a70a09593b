"""The annual report's split figures (issue #18 item 2): partial and full refusals per art. 17 letter against
an independent count over hand-made cases, and the dispute results per stage (KI mediation, KI adjudication,
objection to the PTUN/PN, kasasi) from hand-made stage histories."""

import datetime
import io
from collections import Counter

import pytest
from pypdf import PdfReader
from reportlab.pdfbase.pdfmetrics import stringWidth

from pintu.agencies.models import Agency
from pintu.ppid.annual import pdf, services
from pintu.ppid.annual.stats import annual_stats
from pintu.ppid.annual.tables import summary_tables
from pintu.ppid.objections.models import Dispute, DisputeStep
from tests.factories.ppid import WIB, make_objection, make_request

YEAR = 2025

#: (agency code or None, received year, decision, art. 17 letter): the hand-made requests.
CASES = [
    ("PUPR", YEAR, "granted_part", "a"),
    ("PUPR", YEAR, "granted_part", "a"),
    ("DINKES", YEAR, "granted_part", "h"),
    ("RSUD", YEAR, "refused", "h"),
    ("PUPR", YEAR, "refused", "h"),
    ("DINKES", YEAR, "refused", "h"),
    ("PUPR", YEAR, "refused", "i"),
    ("DINKES", YEAR, "refused", "j"),
    ("RSUD", YEAR, "granted_part", "j"),
    (None, YEAR, "refused", ""),  # an old row without a recorded letter
    ("PUPR", YEAR, "granted_whole", ""),
    ("PUPR", YEAR, "not_held", ""),
    ("PUPR", YEAR - 1, "refused", "a"),  # outside the year
    ("DINKES", YEAR + 1, "granted_part", "h"),  # outside the year
]


def _at(year: int, month: int, day: int) -> datetime.datetime:
    return datetime.datetime(year, month, day, 9, 0, tzinfo=WIB)


@pytest.fixture
def hand_made(demo):
    made = []
    for index, (code, year, decision, letter) in enumerate(CASES):
        agency = Agency.objects.get(code=code) if code else None
        received = _at(year, 2 + index % 9, 3)
        made.append(make_request(agency, received=received, decided=received + datetime.timedelta(days=5),
                                 decision=decision, refusal_article=letter))  # fmt: skip
    return made


def independent(agency_codes=None) -> dict:
    """Counted from CASES alone: {letter: (partial, refused)}; "-" for no letter recorded."""
    partial, refused = Counter(), Counter()
    for code, year, decision, letter in CASES:
        if year != YEAR or (agency_codes is not None and code not in agency_codes):
            continue
        if decision == "granted_part":
            partial[letter or "-"] += 1
        elif decision == "refused":
            refused[letter or "-"] += 1
    return {letter: (partial[letter], refused[letter]) for letter in [*"abcdefghij", "-"]}


def test_refusals_per_article_equal_an_independent_count(hand_made):
    figures = annual_stats(YEAR)["requests"]["exempted_by_article"]
    expected = independent()
    assert {a: (n["partial"], n["refused"]) for a, n in figures.items()} == expected
    assert expected["h"] == (1, 3) and expected["a"] == (2, 0) and expected["-"] == (0, 1)  # the sample is real


def test_refusals_per_article_of_an_opd_include_its_units(hand_made):
    figures = annual_stats(YEAR, Agency.objects.get(code="DINKES"))["requests"]["exempted_by_article"]
    assert {a: (n["partial"], n["refused"]) for a, n in figures.items()} == independent({"DINKES", "RSUD"})


def test_the_refusal_table_shows_partial_full_and_total_per_letter(hand_made):
    tables = {t.title: t for t in summary_tables(annual_stats(YEAR))}
    table = tables["Penolakan sebagian dan seluruhnya menurut alasan pengecualian (Pasal 17)"]
    assert table.header == ("Alasan", "Ditolak sebagian", "Ditolak seluruhnya", "Jumlah")
    rows = {row[0]: row[1:] for row in table.rows}
    assert rows["Pasal 17 huruf h: rahasia pribadi"] == (1, 3, 4)
    assert rows["Pasal 17 huruf j: dikecualikan berdasarkan undang-undang lain"] == (1, 1, 2)
    assert rows["Tanpa dasar Pasal 17 tercatat"] == (0, 1, 1)


# --- dispute results per stage -------------------------------------------------------------------------------

#: Each dispute: (filed on, [(action, on, ruling)]). The comments say what counts for 2025.
DISPUTES = [
    (datetime.date(2025, 2, 1), [("mediation", (2025, 2, 10), ""), ("agreement", (2025, 3, 1), "")]),  # med. granted
    (
        datetime.date(2025, 2, 20),
        [  # mediation rejected, adjudication in part, court rejected, kasasi pending
            ("mediation", (2025, 3, 1), ""),
            ("mediation_failed", (2025, 4, 1), ""),
            ("decision", (2025, 6, 2), "granted_part"),
            ("court_appeal", (2025, 7, 1), ""),
            ("court_decision", (2025, 11, 3), "upheld"),
            ("kasasi", (2025, 12, 1), ""),
        ],
    ),
    (
        datetime.date(2025, 4, 1),
        [  # adjudication rejected, court pending
            ("adjudication", (2025, 5, 2), ""),
            ("decision", (2025, 8, 1), "rejected"),
            ("court_appeal", (2025, 9, 1), ""),
        ],
    ),
    (
        datetime.date(2024, 11, 1),
        [  # adjudication decided in 2024 (not counted), court granted, kasasi rejected
            ("adjudication", (2024, 12, 2), ""),
            ("decision", (2024, 12, 20), "granted"),
            ("court_appeal", (2025, 1, 10), ""),
            ("court_decision", (2025, 5, 5), "overturned"),
            ("kasasi", (2025, 6, 2), ""),
            ("kasasi_decision", (2025, 10, 10), "ma_rejected"),
        ],
    ),
    (datetime.date(2025, 6, 1), [("mediation", (2025, 6, 2), ""), ("withdrawn", (2025, 6, 16), "")]),  # withdrawn
    (
        datetime.date(2025, 10, 20),
        [  # adjudication decided in 2026: pending at the end of 2025
            ("adjudication", (2025, 11, 3), ""),
            ("decision", (2026, 1, 12), "granted"),
        ],
    ),
    (datetime.date(2026, 1, 5), [("mediation", (2026, 1, 6), "")]),  # filed after the year: nothing
    (datetime.date(2025, 9, 15), [("mediation", (2025, 10, 1), "")]),  # mediation pending
]

EXPECTED_2025 = {
    "mediation": {"granted": 1, "granted_part": 0, "rejected": 1, "withdrawn": 1, "pending": 1},
    "adjudication": {"granted": 0, "granted_part": 1, "rejected": 1, "withdrawn": 0, "pending": 1},
    "court": {"granted": 1, "granted_part": 0, "rejected": 1, "withdrawn": 0, "pending": 1},
    "kasasi": {"granted": 0, "granted_part": 0, "rejected": 1, "withdrawn": 0, "pending": 1},
}


@pytest.fixture
def disputes(demo):
    commission = Agency.objects.get(code="KI_SUMSEL")
    agencies = [Agency.objects.get(code=code) for code in ("PUPR", "RSUD")]
    for index, (filed_on, steps) in enumerate(DISPUTES):
        request = make_request(agencies[index % 2], received=_at(filed_on.year, 1, 2))
        objection = make_objection(request, filed_at=_at(filed_on.year, 1, 3), status="disputed")
        dispute = Dispute.objects.create(objection=objection, commission=commission, filed_on=filed_on,
                                         filing_deadline=filed_on, start_due=filed_on, finish_due=filed_on)  # fmt: skip
        for action, on, ruling in steps:
            DisputeStep.objects.create(dispute=dispute, action=action, on=datetime.date(*on), ruling=ruling)


def test_court_results_split_per_stage(disputes):
    assert annual_stats(YEAR)["court_results"] == EXPECTED_2025


def test_court_results_of_the_next_year_carry_on(disputes):
    results = annual_stats(YEAR + 1)["court_results"]
    assert results["adjudication"]["granted"] == 1  # decided 12 January 2026
    assert results["kasasi"]["pending"] == 1  # still at the Mahkamah Agung
    assert results["mediation"]["pending"] == 2  # the 2025 one never ended, and the 2026 one
    assert results["court"]["pending"] == 1 and results["court"]["granted"] == 0


def test_court_results_of_an_opd(disputes):
    results = annual_stats(YEAR, Agency.objects.get(code="RSUD"))["court_results"]  # disputes 2, 4, 6, 8
    assert results["mediation"] == {"granted": 0, "granted_part": 0, "rejected": 1, "withdrawn": 0, "pending": 1}
    assert results["kasasi"] == {"granted": 0, "granted_part": 0, "rejected": 1, "withdrawn": 0, "pending": 1}


def test_the_court_table_in_the_pdf(disputes, hand_made):
    data = pdf.build_pdf(services.live_content(YEAR, None))
    text = " ".join(" ".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages).split())
    assert "Hasil sengketa informasi menurut tahap" in text
    assert "Kasasi Mahkamah Agung 0 0 1 0 1" in text
    assert "Penolakan sebagian dan seluruhnya menurut alasan pengecualian (Pasal 17)" in text
    assert "Pasal 17 huruf h: rahasia pribadi 1 3 4" in text
    assert "Pemberitahua n" not in text


def test_no_header_word_is_wider_than_its_column(disputes, hand_made):
    """Each word of every column header fits its column (bold 8.5 pt, 6 pt padding each side): a header may
    wrap between words, never inside one (issue #17 item 6, "Pemberitahua n")."""
    for table in summary_tables(annual_stats(YEAR)):
        widths = pdf._widths(len(table.header))
        for header, width in zip(table.header, widths, strict=True):
            for word in str(header).split():
                assert stringWidth(word, "Helvetica-Bold", 8.5) <= width - 12, (table.title, word)
