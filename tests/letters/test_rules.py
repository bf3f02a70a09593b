"""What a letter kind accepts: the statutory rules, the NIP, the forms of address, the data format."""

import dataclasses

import pytest
from django.core.exceptions import ValidationError

from pintu.letters import nip, wording
from pintu.letters.datacodec import from_json, to_json
from pintu.letters.kinds import Addressee, all_kinds, check_addressee, get_kind
from pintu.letters.kinds.requests import FREE_TEXT_REFUSAL, NoticeData


def notice(**changes) -> NoticeData:
    return dataclasses.replace(get_kind("pemberitahuan_tertulis").sample(), **changes)


def errors(kind_key: str, data) -> dict:
    with pytest.raises(ValidationError) as raised:
        get_kind(kind_key).check(data)
    return raised.value.message_dict


@pytest.mark.parametrize("kind", all_kinds(), ids=lambda kind: kind.key)
def test_every_sample_passes_its_own_rules_and_survives_json(kind):
    data = kind.sample()
    kind.check(data)
    assert from_json(kind.Data, to_json(data)) == data


def test_a_refusal_must_cite_a_dik_entry_not_free_text():
    assert errors("pemberitahuan_tertulis", notice(decision="ditolak", dik_number="")) == {
        "dik_number": [FREE_TEXT_REFUSAL]
    }
    assert "dik_number" in errors("pemberitahuan_tertulis", notice(decision="ditolak", legal_basis=[]))
    refusal = get_kind("keputusan_penolakan")
    assert "dik_number" in errors("keputusan_penolakan", dataclasses.replace(refusal.sample(), dik_number=" "))
    assert "consequence" in errors("pemberitahuan_tertulis", notice(consequence=""))


def test_the_notice_rules_of_article_22():
    assert "payment_method" in errors("pemberitahuan_tertulis", notice(cost=5000, payment_method=""))
    assert "blacked_out" in errors("pemberitahuan_tertulis", notice(blacked_out=""))
    assert "holder" in errors("pemberitahuan_tertulis", notice(holding="tidak_dikuasai", decision="", holder=""))
    assert "documented_by" in errors("pemberitahuan_tertulis", notice(holding="belum_didokumentasikan"))
    assert "decision" in errors("pemberitahuan_tertulis", notice(decision=""))
    assert "delivery" in errors("pemberitahuan_tertulis", notice(decision="diterima_seluruhnya", delivery=""))
    get_kind("pemberitahuan_tertulis").check(notice(cost=5000, payment_method="Transfer ke rekening kas daerah"))


def test_the_extension_is_at_most_seven_working_days_with_a_reason():
    extension = get_kind("pemberitahuan_perpanjangan").sample()
    assert "extension_days" in errors("pemberitahuan_perpanjangan", dataclasses.replace(extension, extension_days=8))
    assert "reason" in errors("pemberitahuan_perpanjangan", dataclasses.replace(extension, reason=""))
    assert "new_due" in errors(
        "pemberitahuan_perpanjangan", dataclasses.replace(extension, new_due=extension.first_due)
    )


def test_an_accepted_objection_orders_the_ppid():
    answer = get_kind("tanggapan_keberatan").sample()
    assert "orders" in errors("tanggapan_keberatan", dataclasses.replace(answer, orders=""))
    get_kind("tanggapan_keberatan").check(dataclasses.replace(answer, decision="ditolak", orders=""))


def test_the_dik_determination_needs_its_consequence_test_and_a_period():
    dik = get_kind("penetapan_dik").sample()
    assert "participants" in errors("penetapan_dik", dataclasses.replace(dik, participants=[]))
    assert "exempt_until" in errors("penetapan_dik", dataclasses.replace(dik, exempt_until=dik.test_date))


def test_data_errors_are_keyed_by_field():
    with pytest.raises(ValidationError) as raised:
        from_json(NoticeData, {"request_number": "X", "request_date": "kemarin", "surplus": 1})
    keys = set(raised.value.message_dict)
    assert {"request_date", "information", "holding", "surplus"} <= keys


@pytest.mark.parametrize(
    ("value", "ok"),
    [
        ("197503122000031002", True),
        ("19750312 200003 1 002", True),
        ("1975031220000310", False),  # 16 digits (a NIK's length)
        ("197513122000031002", False),  # month 13
        ("197503122000131002", False),  # appointment month 13
        ("197503122000033002", False),  # sex digit 3
        ("197503122000031000", False),  # serial 000
        ("197503121980031002", False),  # appointed at five
    ],
)
def test_nip_structure(value, ok):
    assert (nip.problems(value) == []) is ok


def test_nip_is_printed_grouped():
    assert nip.grouped("197503122000031002") == "19750312 200003 1 002"


def test_forms_of_address():
    assert Addressee("Siti Aminah", "ibu").courtesy_line() == "Yth. Ibu Siti Aminah"
    assert Addressee("Siti Aminah", "ibu").pronoun == "Ibu"
    assert Addressee("Rahmat Hidayat").courtesy_line() == "Yth. Rahmat Hidayat"  # nothing guessed
    assert Addressee("Rahmat Hidayat").pronoun == "Bapak/Ibu"
    office = Addressee("Ketua Komisi Informasi Provinsi Sumatera Selatan", "jabatan")
    assert office.courtesy_line() == "Yth. Ketua Komisi Informasi Provinsi Sumatera Selatan"
    with pytest.raises(ValidationError):
        check_addressee(Addressee("Siti", "nyonya"))
    with pytest.raises(ValidationError):
        check_addressee(Addressee(" "))


def test_indonesian_numbers_dates_and_amounts():
    assert [wording.spelled(n) for n in (1, 7, 11, 14, 30, 100, 127)] == [
        "satu", "tujuh", "sebelas", "empat belas", "tiga puluh", "seratus", "seratus dua puluh tujuh",
    ]  # fmt: skip
    assert wording.attachment_count(["a", "b"]) == "2 (dua) berkas" and wording.attachment_count([]) == "-"
    assert wording.rupiah(1500000) == "Rp 1.500.000" and wording.rupiah("2500.50") == "Rp 2.500,50"
