"""Every letter kind, signed for sample data: its text, its PAdES signature, and its PDF structure."""

import re

import pytest

from pintu.letters.kinds import all_kinds, get_kind
from pintu.letters.nip import grouped
from pintu.letters.signing.validation import check_pdf
from tests.letters.pdfinspect import catalog, fonts, reader, structure_tags, text

KINDS = [kind.key for kind in all_kinds()]


def test_every_kind_the_issue_lists_is_registered():
    assert set(KINDS) == {
        "pemberitahuan_tertulis",
        "pemberitahuan_perpanjangan",
        "pemberitahuan_penguasaan",
        "keputusan_penolakan",
        "penetapan_dik",
        "tanggapan_keberatan",
        "pengantar_laporan_tahunan",
        "pemberitahuan_kegagalan_pdp",  # issue #18: the breach notice of UU 27/2022 Pasal 46
    }


@pytest.mark.parametrize("kind_key", KINDS)
def test_a_signed_letter_of_each_kind(kind_key, signed_sample, trust_roots):
    letter = signed_sample(kind_key)
    kind = get_kind(kind_key)
    pdf = bytes(letter.pdf)
    content = text(pdf)

    # the header of tata naskah dinas, the addressee and the named signatory
    assert re.search(rf"Nomor\s*:\s*{re.escape(letter.number)}", content), content[:600]
    assert re.search(rf"Sifat\s*:\s*{letter.sifat}", content)
    lampiran = f"{len(kind.sample_attachments)} \\(\\w+\\) berkas" if kind.sample_attachments else "-"
    assert re.search(rf"Lampiran\s*:\s*{lampiran}", content)
    assert re.search(rf"Hal\s*:\s*{re.escape(letter.hal)}", content)
    assert f"Yth. {kind.sample_addressee.name}" in content or "Yth. Ibu Siti Aminah" in content
    signatory = letter.signatory
    assert signatory.name in content and signatory.post in content
    assert f"NIP. {grouped(signatory.nip)}" in content
    assert letter.number and re.fullmatch(r"000\.9\.\d/\d{3}/.+/\d{4}", letter.number)
    assert f"/verifikasi/{letter.token}/" in content
    assert kind.heading(kind.sample()) in content

    # the PAdES signature, validated by pyHanko against the demo CA
    [check] = check_pdf(pdf, trust_roots)
    assert check.ok, check.summary
    assert check.subfilter == "/ETSI.CAdES.detached"
    assert check.signer == signatory.name

    # tagged PDF, language id-ID, a displayed title, fonts shipped with the project and embedded
    root = catalog(pdf)
    assert root["/Lang"] == "id-ID"
    assert bool(root["/MarkInfo"]["/Marked"])
    assert bool(root["/ViewerPreferences"]["/DisplayDocTitle"])
    assert reader(pdf).metadata.title == f"{kind.label} {letter.number}"
    tags = set(structure_tags(pdf))
    assert {"/H1", "/P", "/Table", "/TR", "/TH", "/TD"} <= tags, tags
    used = fonts(pdf)
    assert used and all(embedded for _name, embedded in used), used
    # only the shipped Liberation Sans, declared as the family "Surat" (no system font fallback)
    assert all(re.fullmatch(r"/[A-Z]{6}\+Surat(-Bold|-Italic)?", name) for name, _embedded in used), used


def test_the_notice_shows_the_statutory_rows_and_the_right_to_object(signed_sample):
    content = text(bytes(signed_sample("pemberitahuan_tertulis").pdf))
    for label in ("Penguasaan informasi", "Keputusan", "Alasan pengecualian", "Uji konsekuensi",
                  "Materi informasi yang diberikan", "Bentuk informasi", "Cara penyampaian", "Biaya",
                  "Cara pembayaran", "Waktu penyediaan", "Bagian yang dihitamkan dan alasannya"):  # fmt: skip
        assert label in content, label
    # (a cell may break the line after a slash: compare without spaces)
    assert "DaftarInformasiyangDikecualikannomorDIK-PUPR/2026/004" in content.replace(" ", "")
    assert "Tidak ada biaya yang harus dibayar" in content
    assert "30 (tiga puluh) hari kerja" in content
    assert "Ibu berhak mengajukan keberatan" in content  # the salutation from the addressee's data


def test_a_notice_that_the_information_is_not_yet_documented_says_when(signed_sample):
    letter = signed_sample(
        "pemberitahuan_tertulis",
        data={
            "request_number": "PPID/2026/000130", "request_date": "2026-03-05",
            "information": "Notulen rapat koordinasi banjir Maret 2026", "holding": "belum_didokumentasikan",
            "documented_by": "2026-04-10", "documented_note": "notulen sedang disusun",
        },
        addressee={"name": "Rahmat Hidayat"},
    )  # fmt: skip
    content = text(bytes(letter.pdf))
    assert "belum didokumentasikan; akan didokumentasikan paling lambat 10 April 2026" in content
    assert "Yth. Rahmat Hidayat" in content  # no salutation known: the name only
    assert "Bapak/Ibu berhak mengajukan keberatan" in content  # and the neutral form in the body


def test_the_dik_determination_carries_its_berita_acara(signed_sample):
    letter = signed_sample("penetapan_dik")
    content = text(bytes(letter.pdf))
    assert "BERITA ACARA UJI KONSEKUENSI" in content
    assert "Hendra Saputra, S.H." in content and "Kesimpulan" in content
    assert "/H2" in structure_tags(bytes(letter.pdf))


def test_the_objection_answer_is_signed_by_the_atasan_ppid(signed_sample):
    letter = signed_sample("tanggapan_keberatan")
    assert letter.signatory.role == "atasan_ppid"
    content = text(bytes(letter.pdf))
    assert "Sekretaris Daerah selaku Atasan PPID" in content
    assert "Komisi Informasi Provinsi Sumatera Selatan" in content and "14 (empat belas) hari kerja" in content
    assert "/KEB/" in letter.number
