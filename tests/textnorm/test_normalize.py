"""Table-driven tests for pintu.textnorm.normalize."""

from __future__ import annotations

import pytest

from pintu.textnorm import normalize


def check(cases: list[tuple[str, str]]) -> None:
    failures = [(text, normalize(text), want) for text, want in cases if normalize(text) != want]
    assert not failures, "\n".join(f"{t!r}: got {g!r}, want {w!r}" for t, g, w in failures)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Jalan RUSAK", "jalan rusak"),
        ("  banyak   spasi\t\nbaris  ", "banyak spasi baris"),
        ("café ÉCOLE naïve", "cafe ecole naive"),
        ("Straße", "strasse"),
        ("İstanbul", "istanbul"),
        ("ﬁle １２３", "file 123"),  # NFKC: ligature and full-width digits
        ("jalan\u00a0rusak", "jalan rusak"),  # non-breaking space
        ("Jum'at", "jumat"),
        ("ma\u2019af", "maaf"),
        ("rusak!!! parah??? (sekali)", "rusak parah sekali"),
        ("dan/atau", "dan atau"),
        ("50% rusak", "50 persen rusak"),
        ("PLN & PDAM", "pln dan pdam"),
        ("jalan 😡😡 rusak", "jalan rusak"),
        ("طريق jalan", "jalan"),
        ("", ""),
        ("!!!", ""),
    ],
)
def test_basic_cleaning(text: str, want: str) -> None:
    assert normalize(text) == want


def test_slang_and_abbreviations() -> None:
    check(
        [
            ("gak ga gk nggak ngga enggak tdk tak", "tidak tidak tidak tidak tidak tidak tidak tidak"),
            ("yg", "yang"),
            ("jl jln", "jalan jalan"),
            ("sdh udh udah dah", "sudah sudah sudah sudah"),
            ("blm belom", "belum belum"),
            ("krn karna", "karena karena"),
            ("dgn dg", "dengan dengan"),
            ("utk untk", "untuk untuk"),
            ("tp tpi", "tapi tapi"),
            ("sy aku gw gue", "saya saya saya saya"),
            ("kmi", "kami"),
            ("bpk pak bu", "bapak bapak ibu"),
            ("mhn tlg", "mohon tolong"),
            ("bgt banget", "sangat sangat"),
            ("skrg skrng", "sekarang sekarang"),
            ("kpn gmn gimana knp", "kapan bagaimana bagaimana kenapa"),
            ("jg jga lg lgi", "juga juga lagi lagi"),
            ("sm ama bs bsa", "sama sama bisa bisa"),
            ("dr dri", "dari dari"),
            ("kl kalo klo", "kalau kalau kalau"),
            ("org tsb", "orang tersebut"),
            ("dll", "dan lain lain"),
            ("dsb", "dan sebagainya"),
            ("hrs sbg pd sprt", "harus sebagai pada seperti"),
            ("thn bln hr", "tahun bulan hari"),
            ("mnt rmh sklh", "minta rumah sekolah"),
            ("rs", "rumah sakit"),
            ("tgl no telp", "tanggal nomor telepon"),
            ("lobang", "lubang"),
            ("ijin", "izin"),
        ]
    )


def test_whole_tokens_only() -> None:
    check(
        [
            ("rsud", "rsud"),  # "rs" is only replaced as a whole word
            ("pers", "pers"),
            ("tapak", "tapak"),  # contains "tak"
            ("gajah", "gajah"),  # starts with "ga"
            ("bangunan", "bangunan"),
            ("yang", "yang"),
            ("sdm", "sdm"),
        ]
    )


def test_domain_words_are_kept() -> None:
    check(
        [
            ("puskesmas pln pdam ktp kk dishub", "puskesmas pln pdam ktp kk dishub"),
            ("jalan berlubang", "jalan berlubang"),
            ("error", "error"),
            ("rusak", "rusak"),
            ("kabut asap", "kabut asap"),  # "asap" is smoke, not "as soon as possible"
            ("petugasnya galak", "petugasnya galak"),
            ("2 km", "2 km"),
            # abbreviations that are also agency / document acronyms in this project's data
            ("lapor spt tahunan", "lapor spt tahunan"),
            ("dpt pemilu", "dpt pemilu"),
            ("skt ormas", "skt ormas"),
            ("seleksi pppk", "seleksi pppk"),  # a known acronym is not an elongation
        ]
    )


def test_regional_languages() -> None:
    check(
        [
            # Javanese
            ("ora opo piye", "tidak apa bagaimana"),
            ("wis uwis durung sampun", "sudah sudah belum sudah"),
            ("mboten ndak nda ndk", "tidak tidak tidak tidak"),
            ("kulo", "saya"),
            ("ora ono banyu", "tidak ada air"),
            ("matur nuwun", "matur terimakasih"),
            # Sundanese
            ("teu naon", "tidak apa"),
            ("kumaha", "bagaimana"),
            ("hatur nuhun", "hatur terimakasih"),
            # Palembang
            ("nian", "sangat"),
            ("dak idak", "tidak tidak"),
            ("cakmano", "bagaimana"),
            ("kagek", "nanti"),
            ("galo", "semua"),
            ("wong", "orang"),
        ]
    )


def test_english_fragments() -> None:
    check(
        [
            ("please pls plis", "tolong tolong tolong"),
            ("thanks thx makasih mksh", "terimakasih terimakasih terimakasih terimakasih"),
            ("terima kasih", "terimakasih"),
            ("sorry", "maaf"),
            ("error", "error"),
        ]
    )


def test_terima_alone_keeps_its_meaning() -> None:
    assert normalize("belum terima bantuan") == "belum terima bantuan"


def test_repeated_letters() -> None:
    check(
        [
            ("bangeeet", "sangat"),
            ("tolooong", "tolong"),
            ("gaaaak", "tidak"),
            ("lamaaaa", "lama"),
            ("kecewaaaa", "kecewa"),
            ("sampahhhh", "sampah"),
            ("pleeease", "tolong"),
            ("bangggeettt", "sangat"),  # the double "ee" of an elongated word goes too
            ("yaaaa", "ya"),
            # legitimate doubles come back as doubles
            ("maaaf", "maaf"),
            ("maaaaaaf", "maaf"),
            ("saaaat", "saat"),
            ("taaat", "taat"),
            ("manfaaaat", "manfaat"),
            ("tungguuuu", "tunggu"),
            ("bbbm", "bbm"),
            ("errorrr", "error"),
            # words that are not elongated are left alone
            ("saat maaf taat", "saat maaf taat"),
            ("tunggu", "tunggu"),
            ("xxxx", "xxxx"),  # masking, not elongation
        ]
    )


def test_masked_markers() -> None:
    check(
        [
            ("NIK [NIK]", "nik nomortoken"),
            ("[NOMOR]", "nomortoken"),
            ("[TELP]", "telptoken"),
            ("[EMAIL]", "emailtoken"),
            ("[ nik ]", "nomortoken"),
            ("[no. kk]", "nomortoken"),
            ("<NO_HP>", "telptoken"),
            ("{URL}", "urltoken"),
            ("[nama]", "nama"),
        ]
    )


def test_numbers() -> None:
    check(
        [
            ("NIK 1671012345670001", "nik nomortoken"),
            ("rek 123456", "rek nomortoken"),
            ("12345", "12345"),
            ("1671 0123 4567 0001", "nomortoken"),
            ("1671-0123-4567-0001", "nomortoken"),
            ("1671xxxxxxxx0001", "nomortoken"),
            ("Rp 1.500.000,00", "rupiah nomortoken"),
            ("Rp.200.000,-", "rupiah nomortoken"),
            ("rp 50.000", "rupiah 50000"),
            ("2020 2021 2022 2023", "2020 2021 2022 2023"),  # years, not an identifier
            ("tahun 2023", "tahun 2023"),
            ("tgl 17.08.1945", "tanggal 17 08 1945"),
            ("jam 10.30 wib", "jam 10 30 wib"),
            ("08 08 2023 10 30", "08 08 2023 10 30"),  # a date, not a phone number
            ("RT.05/RW.02", "rt 05 rw 02"),
            ("rt05 rw2", "rt 05 rw 2"),
            ("sdn2 indralaya", "sdn 2 indralaya"),
            ("10rb 2jt", "10 ribu 2 juta"),
            ("udah 2x lapor", "sudah 2 kali lapor"),
            ("nunggu 30 mnt", "tunggu 30 menit"),
            ("mnt tolong", "minta tolong"),
            ("covid19 sp2d b2sa", "covid19 sp2d b2sa"),
        ]
    )


def test_phone_numbers() -> None:
    check(
        [
            ("hp 081234567890", "hp telptoken"),
            ("0812-3456-7890", "telptoken"),
            ("0812 3456 7890", "telptoken"),
            ("0812.3456.789", "telptoken"),
            ("+62 812-3456-7890", "telptoken"),
            ("+6281234567890", "telptoken"),
            ("62812345678", "telptoken"),
            ("wa 0812345678", "whatsapp telptoken"),
            ("hp0812345678", "hp telptoken"),
            ("(0711) 580123", "telptoken"),
            ("021-5551234", "telptoken"),
            ("0812xxxx5678", "telptoken"),
            ("0812-xxxx-xxxx", "telptoken"),
            ("0812 3456 7890 1234", "telptoken 1234"),
            ("hubungi 112", "hubungi 112"),
            ("call center 123", "call center 123"),
        ]
    )


def test_urls_and_emails() -> None:
    check(
        [
            ("cek https://lapor.go.id/laporan?id=1 ya", "cek urltoken ya"),
            ("http://bit.ly/abc123", "urltoken"),
            ("www.ogan-ilir.go.id", "urltoken"),
            ("lihat lapor.go.id", "lihat urltoken"),
            ("bit.ly/xyz", "urltoken"),
            ("kirim ke budi.santoso@gmail.com", "kirim ke emailtoken"),
            ("budi@mail.co.id.", "emailtoken"),
            ("jl.merdeka", "jalan merdeka"),
            ("rusak.parah", "rusak parah"),
        ]
    )


def test_reduplication() -> None:
    check(
        [
            ("jalan2", "jalan jalan"),
            ("anak-anak", "anak anak"),
            ("anak2", "anak anak"),
            ("anak2nya", "anak anaknya"),
            ("obat-obatan", "obat obatan"),
            ("obat2an", "obat obatan"),
            ("ibu2", "ibu ibu"),
            ("bpk2", "bapak bapak"),
            ("lubang2 besar", "lubang lubang besar"),
            ("dimana2", "dimana dimana"),
            ("smpn2", "smpn 2"),  # acronym + number, not reduplication
        ]
    )


EKTP_VARIANTS = ["e-ktp", "e ktp", "ektp", "E-KTP", "e - ktp", "e\u2013ktp", "KTP-el", "ktp el", "ktpel"]


@pytest.mark.parametrize("text", EKTP_VARIANTS)
def test_ektp_variants(text: str) -> None:
    assert normalize(text) == "ektp"


def test_e_prefix_only_for_known_words() -> None:
    check(
        [
            ("e-mail", "email"),
            ("e-katalog", "ekatalog"),
            ("e samsat", "esamsat"),
            ("vitamin e dan c", "vitamin e dan c"),
            ("e-whatever", "ewhatever"),  # a hyphenated "e-" is always a prefix
        ]
    )


def test_dr_title_and_dotted_abbreviations() -> None:
    check(
        [
            ("dr. Andi tidak ada", "dokter andi tidak ada"),
            ("drg. Siti", "dokter gigi siti"),
            ("dr Jakarta", "dari jakarta"),
            ("dr. jakarta", "dari jakarta"),
            ("a.n. Budi", "atas nama budi"),
            ("a/n Budi", "atas nama budi"),
            ("Januari s.d. Maret", "januari sampai dengan maret"),
            ("1 s/d 5", "1 sampai dengan 5"),
        ]
    )


def test_docstring_example() -> None:
    assert normalize("Jln2 di RT05 rusak bangeeet, tlg hub 0812-3456-7890!!") == (
        "jalan jalan di rt 05 rusak sangat tolong hubungi telptoken"
    )


def test_realistic_complaint() -> None:
    text = (
        "Assalamualaikum wr wb. Yth Bapak Bupati, sy mau lapor jln di Desa Tanjung Seteko RT.05 rusak parah bgt, "
        "banyak lobang2, kalo hujan jadi kayak kolam!!! Udh 2thn gak diperbaiki. Hub 0812-7788-9900. Makasih"
    )
    assert normalize(text) == (
        "assalamualaikum wr wb yang terhormat bapak bupati saya mau lapor jalan di desa tanjung seteko rt 05 "
        "rusak parah sangat banyak lubang lubang kalau hujan jadi seperti kolam sudah 2 tahun tidak diperbaiki "
        "hubungi telptoken terimakasih"
    )
