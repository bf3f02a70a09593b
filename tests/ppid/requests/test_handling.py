"""Assign, decide, deliver, close: who may, what the statute demands of the notice, fees, sweeps."""

import datetime
import io
from decimal import Decimal

import pytest
from django.core import mail
from django.core.exceptions import PermissionDenied, ValidationError
from pypdf import PdfReader

from pintu.history.models import Event
from pintu.jobs.sweeps import run_sweeps
from pintu.ppid.requests import services
from pintu.ppid.requests.selectors import requests_handled_by, requests_visible_to
from pintu.ppid.requests.sweeps import request_deadlines
from tests.factories.ppid import local

pytestmark = pytest.mark.django_db


def pdf_text(document) -> str:
    with document.file.open("rb") as handle:
        data = handle.read()
    assert data.startswith(b"%PDF")
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


# --- visibility and permissions ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("username", "sees_pupr", "sees_dinkes"),
    [
        ("ppid.utama", True, True),
        ("atasan.ppid", True, True),
        ("ppid.pupr", True, False),
        ("ppid.dinkes", False, True),
        ("admin.kominfo", False, False),
        ("penghubung.pupr", False, False),
        ("kepala.pupr", False, False),
        ("bupati", False, False),
        ("warga", False, False),
        ("sysadmin", False, False),
    ],
)
def test_visibility_per_role_and_agency(assigned, user_named, username, sees_pupr, sees_dinkes):
    pupr, dinkes = assigned("PUPR"), assigned("DINKES")
    visible = set(requests_visible_to(user_named(username)).values_list("pk", flat=True))
    assert (pupr.pk in visible, dinkes.pk in visible) == (sees_pupr, sees_dinkes)


def test_requester_account_sees_own_only(filed, user_named):
    warga = user_named("warga")
    own, other = filed(requester_user=warga), filed()
    visible = set(requests_visible_to(warga).values_list("pk", flat=True))
    assert own.pk in visible and other.pk not in visible
    assert not requests_handled_by(warga).exists()


def test_anonymous_sees_nothing(filed):
    from django.contrib.auth.models import AnonymousUser

    filed()
    assert not requests_visible_to(AnonymousUser()).exists()


@pytest.mark.parametrize("username", ["ppid.pupr", "ppid.dinkes", "atasan.ppid", "admin.kominfo", "warga"])
def test_only_ppid_utama_assigns(filed, user_named, agency, username):
    with pytest.raises(PermissionDenied):
        services.assign_request(user_named(username), filed(), agency("PUPR"))


def test_assign_refuses_outside_agency(filed, user_named):
    from pintu.agencies.models import OUTSIDE_KINDS, Agency

    outside = Agency.objects.filter(kind__in=OUTSIDE_KINDS).first()
    with pytest.raises(ValidationError):
        services.assign_request(user_named("ppid.utama"), filed(), outside)


def test_assign_notifies_agency_officers(filed, user_named, agency):
    for username in ("ppid.pupr", "ppid.utama"):
        u = user_named(username)
        u.email = f"{username}@example.org"
        u.save()
    request = filed()
    mail.outbox.clear()
    request = services.assign_request(user_named("ppid.utama"), request, agency("PUPR"), "Data kontrak di PUPR.")
    assert request.status == "diproses" and request.assigned_agency.code == "PUPR"
    assert {m.to[0] for m in mail.outbox} == {"ppid.pupr@example.org", "ppid.utama@example.org"}
    assert Event.objects.for_case("info_request", request.pk).filter(kind="assign", visibility="internal").exists()


@pytest.mark.parametrize(
    ("username", "allowed"),
    [("ppid.utama", True), ("ppid.pupr", True), ("ppid.dinkes", False), ("atasan.ppid", False), ("warga", False)],
)
def test_who_may_issue_the_notice(assigned, user_named, username, allowed):
    request = assigned("PUPR")

    def call():
        return services.issue_notice(
            user_named(username), request, "granted_whole", provide_within="Bersamaan dengan pemberitahuan ini"
        )

    if allowed:
        assert call().is_notice
    else:
        with pytest.raises(PermissionDenied):
            call()


def test_pembantu_cannot_act_before_assignment(filed, user_named):
    with pytest.raises(PermissionDenied):
        services.extend_request(user_named("ppid.pupr"), filed(), "Alasan.")


# --- the notice ----------------------------------------------------------------------------------


def test_notice_granted_in_part_pdf_content(assigned, user_named):
    request = assigned("PUPR", received_at=local(2026, 3, 16, 10, 0))
    document = services.issue_notice(
        user_named("ppid.pupr"),
        request,
        "granted_part",
        fee=Decimal("5000"),
        fee_note="fotokopi 25 lembar",
        refusal_article="h",
        consequence_test="Membuka NIK penyedia melanggar rahasia pribadi.",
        blacked_out_note="NIK dan nomor rekening penyedia dihitamkan (Pasal 17 huruf h).",
        provide_within="Dapat diambil 2 hari kerja sesudah pembayaran",
    )
    request.refresh_from_db()
    assert request.status == "diputuskan" and request.decision == "granted_part"
    assert request.notice_number == f"{request.number}/PT"
    text = pdf_text(document)
    flat = " ".join(text.split())
    for expected in (
        request.notice_number,
        "Diterima sebagian",
        "Rp 5.000",
        "30 hari kerja",
        "Siti Aminah",
        "Pasal 17 huruf h",
        "NIK dan nomor rekening",
        "PEMBERITAHUAN TERTULIS",
        "PPID Utama",
    ):
        assert expected in flat, expected
    assert "Dikuasai" in flat or "dikuasai" in flat
    assert any("Pemberitahuan tertulis" in m.subject for m in mail.outbox)


def test_notice_refused_from_dik_item(assigned, user_named, dik_item):
    exemption = dik_item(decide=True)
    request = assigned("PUPR")
    document = services.issue_notice(user_named("ppid.pupr"), request, "refused", refusal_dik=exemption)
    request.refresh_from_db()
    assert request.refusal_article == "b" and exemption.consequence in request.consequence_test
    flat = " ".join(pdf_text(document).split())
    assert "Ditolak" in flat and "Pasal 17 huruf b" in flat and "30 hari kerja" in flat


def test_refusal_needs_ground_and_consequence_test(assigned, user_named):
    with pytest.raises(ValidationError) as exc:
        services.issue_notice(user_named("ppid.pupr"), assigned(), "refused")
    assert {"refusal_article", "consequence_test"} <= set(exc.value.message_dict)


def test_part_grant_needs_blacked_out_parts(assigned, user_named):
    with pytest.raises(ValidationError) as exc:
        services.issue_notice(
            user_named("ppid.pupr"),
            assigned(),
            "granted_part",
            refusal_article="h",
            consequence_test="x",
            provide_within="segera",
        )
    assert "blacked_out_note" in exc.value.message_dict


def test_forwarding_names_the_holder(filed, user_named):
    utama = user_named("ppid.utama")
    with pytest.raises(ValidationError) as exc:
        services.forward_request(utama, filed())
    assert "holder_name" in exc.value.message_dict
    request = filed()
    document = services.forward_request(utama, request, holder_name="Kantor Pertanahan Kabupaten Ogan Ilir")
    request.refresh_from_db()
    assert request.status == "dialihkan" and request.decision == "forwarded"
    assert "Kantor Pertanahan" in " ".join(pdf_text(document).split())


@pytest.mark.parametrize(
    ("obtain", "delivery", "fee", "ok"),
    [
        ("soft", "email", "0", True),
        ("soft", "email", "5000", False),
        ("soft", "pick_up", "1000", False),
        ("view", "", "1000", False),
        ("hard", "pick_up", "5000", True),
        ("soft", "post", "12000", True),
        ("hard", "email", "5000", False),
        ("hard", "pick_up", "-1", False),
    ],
)
def test_fee_rules(filed, user_named, obtain, delivery, fee, ok):
    request = filed(obtain_method=obtain, delivery_method=delivery, address="Jl. Lintas Timur")

    def call():
        return services.issue_notice(
            user_named("ppid.utama"),
            request,
            "granted_whole",
            fee=fee,
            fee_note="penggandaan/ongkos kirim",
            provide_within="segera",
        )

    if ok:
        call()
    else:
        with pytest.raises(ValidationError) as exc:
            call()
        assert "fee" in exc.value.message_dict


def test_no_fee_without_delivery(assigned, user_named):
    with pytest.raises(ValidationError) as exc:
        services.issue_notice(
            user_named("ppid.pupr"),
            assigned(),
            "refused",
            refusal_article="h",
            consequence_test="x",
            fee="5000",
            fee_note="x",
        )
    assert "fee" in exc.value.message_dict


# --- after the notice ----------------------------------------------------------------------------


def test_deliver_close_and_payment(assigned, user_named, ktp):
    pembantu = user_named("ppid.pupr")
    request = assigned()
    services.issue_notice(pembantu, request, "granted_whole", fee="5000", fee_note="fotokopi", provide_within="segera")
    services.record_payment(pembantu, request)
    documents = services.deliver_information(pembantu, request, [ktp], "Diserahkan di loket.")
    request.refresh_from_db()
    assert request.status == "selesai" and request.delivered_at and request.fee_paid
    assert len(documents) == 1 and not documents[0].is_notice
    with pytest.raises(ValidationError):
        services.close_request(pembantu, request, "Tutup lagi.")


def test_nothing_delivered_after_refusal_and_close_needs_reason(assigned, user_named, ktp):
    pembantu = user_named("ppid.pupr")
    request = assigned()
    services.issue_notice(pembantu, request, "refused", refusal_article="h", consequence_test="x")
    with pytest.raises(ValidationError):
        services.deliver_information(pembantu, request, [ktp])
    with pytest.raises(ValidationError) as exc:
        services.close_request(pembantu, request, "")
    assert "reason" in exc.value.message_dict
    request = services.close_request(pembantu, request, "Pemberitahuan penolakan sudah disampaikan.")
    assert request.status == "selesai"


# --- sweep ---------------------------------------------------------------------------------------


def test_overdue_escalated_once_per_due_date(assigned, user_named):
    for username in ("ppid.pupr", "ppid.utama"):
        u = user_named(username)
        u.email = f"{username}@example.org"
        u.save()
    request = assigned(received_at=local(2026, 3, 16, 10, 0))
    other = assigned(received_at=local(2026, 3, 16, 10, 0))
    services.issue_notice(user_named("ppid.pupr"), other, "granted_whole", provide_within="segera")
    mail.outbox.clear()
    assert request_deadlines(local(2026, 4, 7, 20, 0)) == 0  # still the due day
    assert request_deadlines(local(2026, 4, 8, 9, 0)) == 1
    assert {m.to[0] for m in mail.outbox} == {"ppid.pupr@example.org", "ppid.utama@example.org"}
    assert request_deadlines(local(2026, 4, 9, 9, 0)) == 0  # once
    assert run_sweeps(local(2026, 4, 10, 9, 0), ["ppid.request_deadlines"]) == {"ppid.request_deadlines": 0}
    assert Event.objects.for_case("info_request", request.pk).filter(kind="overdue_escalated").count() == 1


def test_extension_is_a_new_due_date_for_the_sweep(assigned, user_named):
    request = assigned(received_at=local(2026, 3, 16, 10, 0))
    services.extend_request(user_named("ppid.pupr"), request, "Alasan.", now=local(2026, 4, 6, 9))
    assert request_deadlines(local(2026, 4, 8, 9, 0)) == 0
    assert request_deadlines(local(2026, 4, 17, 9, 0)) == 1
    assert datetime.date(2026, 4, 16) < datetime.date(2026, 4, 17)
