"""Assign, decide, deliver, close: who may, what the statute demands of the notice, fees, sweeps."""

import datetime
import io
from decimal import Decimal

import pytest
from django.core import mail
from django.core.exceptions import PermissionDenied, ValidationError
from django.utils import timezone
from pypdf import PdfReader

from pintu.history.models import Event
from pintu.jobs.sweeps import run_sweeps
from pintu.ppid import letter_drafts
from pintu.ppid.requests import decisions, services
from pintu.ppid.requests import objection_grounds as grounds_rule
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
def test_who_may_decide(letters_ready, assigned, user_named, username, allowed):
    request = assigned("PUPR")

    def call():
        return decisions.decide(
            user_named(username), request, "granted_whole", held_form="soft",
            provide_within="Bersamaan dengan pemberitahuan ini",
        )  # fmt: skip

    if allowed:
        assert call().status == "draft"
    else:
        with pytest.raises(PermissionDenied):
            call()


def test_pembantu_cannot_act_before_assignment(letters_ready, filed, user_named):
    with pytest.raises(PermissionDenied):
        decisions.extend(user_named("ppid.pupr"), filed(), "Alasan.")


# --- the decision: a draft letter, in force for the requester only when signed ------------------------------


def test_a_pembantus_draft_is_not_delivered_before_approval(letters_ready, assigned, user_named, client):
    """The PPID Pembantu decides: a draft waits for the PPID Utama; the requester sees nothing of it (status,
    tracking, e-mail, notice PDF, objection window) until it is approved and signed."""
    pembantu, utama = user_named("ppid.pupr"), user_named("ppid.utama")
    request = assigned("PUPR")
    mail.outbox.clear()
    letter = decisions.decide(pembantu, request, "granted_whole", held_form="hard", provide_within="segera")
    request.refresh_from_db()
    assert letter.status == "draft" and request.pending_letter == letter
    assert request.status == "diproses" and not request.decision and request.decided_at is None
    assert not request.documents.exists() and request.notice_received_on is None
    assert not [m for m in mail.outbox if "Pemberitahuan" in m.subject]
    assert not grounds_rule.may_object(request)
    events = Event.objects.for_case("info_request", request.pk)
    assert events.filter(kind="letter_drafted", visibility="internal").exists()
    assert not events.filter(visibility="reporter", kind__in=["issue_notice", "letter_drafted"]).exists()
    for not_signer in (pembantu, user_named("atasan.ppid"), user_named("ppid.dinkes")):
        assert not letter_drafts.may_sign(not_signer, request)
        with pytest.raises(PermissionDenied):
            decisions.sign(not_signer, request)
    request.refresh_from_db()
    assert request.status == "diproses" and request.pending_letter_id == letter.pk
    with pytest.raises(ValidationError):  # one draft at a time
        decisions.decide(pembantu, request, "granted_whole", held_form="hard", provide_within="segera")

    assert letter_drafts.may_sign(utama, request)
    signed = decisions.sign(utama, request)
    request.refresh_from_db()
    assert signed.status == "issued" and request.notice_letter == signed and request.pending_letter is None
    assert request.status == "diputuskan" and request.decision == "granted_whole"
    assert request.notice_number == signed.number and request.decided_by == pembantu
    assert request.notice_received_on == timezone.localdate() and request.held_form == "hard"
    notice = request.documents.get(is_notice=True)
    assert notice.sha256 == signed.sha256  # the requester receives exactly the signed file
    assert any("Pemberitahuan tertulis" in m.subject for m in mail.outbox)


def test_a_delegated_pembantu_signs_its_own_decision(letters_ready, assigned, user_named):
    """A region may make the PPID Pembantu the signatory of a kind (KindSetting.signer_role)."""
    from pintu.letters.models import KindSetting

    KindSetting.objects.filter(kind="pemberitahuan_tertulis").update(signer_role="ppid_pembantu")
    request = assigned("PUPR")
    decisions.decide(user_named("ppid.pupr"), request, "granted_whole", held_form="soft", provide_within="segera")
    request.refresh_from_db()
    assert not letter_drafts.may_sign(user_named("ppid.utama"), request)
    letter = decisions.sign(user_named("ppid.pupr"), request)
    assert letter.signer_name == "Dewi Kartika, S.T., M.T."


def test_a_draft_can_be_discarded_and_redone(letters_ready, assigned, user_named):
    pembantu = user_named("ppid.pupr")
    request = assigned("PUPR")
    decisions.decide(pembantu, request, "granted_whole", held_form="soft", provide_within="segera")
    request.refresh_from_db()
    decisions.discard(pembantu, request)
    request.refresh_from_db()
    assert request.pending_letter is None and request.status == "diproses"
    with pytest.raises(ValidationError):
        decisions.sign(user_named("ppid.utama"), request)
    decisions.decide(pembantu, request, "granted_whole", held_form="soft", provide_within="besok")


def test_notice_granted_in_part_pdf_content(decide, assigned, user_named, dik_item):
    request = assigned("PUPR", received_at=local(2026, 3, 16, 10, 0), obtain_method="hard", delivery_method="pick_up")
    request = decide("ppid.pupr", request, "granted_part", held_form="hard", fee=Decimal("5000"),
                     fee_note="fotokopi 25 lembar", payment_method="Tunai di loket PPID Diskominfo",
                     refusal_dik=dik_item(decide=True, legal_basis="h"),
                     blacked_out_note="NIK dan nomor rekening penyedia dihitamkan (Pasal 17 huruf h).",
                     provide_within="Dapat diambil 2 hari kerja sesudah pembayaran")  # fmt: skip
    assert request.status == "diputuskan" and request.decision == "granted_part"
    assert request.refusal_article == "h" and request.payment_method == "Tunai di loket PPID Diskominfo"
    flat = " ".join(pdf_text(request.documents.get(is_notice=True)).split())
    for expected in (request.notice_number, "Nomor", "Sifat", "Lampiran", "Hal", "diterima sebagian", "Rp 5.000",
                     "Tunai di loket PPID Diskominfo", "Cara pembayaran", "Hardcopy", "30 (tiga puluh) hari kerja",
                     "Pasal 17 huruf h", "NIK dan nomor rekening", "PEMBERITAHUAN TERTULIS", "Drs. Ahmad Fauzi",
                     "NIP. 19750312 200003 1 002"):  # fmt: skip
        assert expected.lower() in flat.lower(), expected


def test_notice_refused_from_dik_item(decide, assigned, dik_item):
    exemption = dik_item(decide=True)
    request = decide("ppid.pupr", assigned("PUPR"), "refused", refusal_dik=exemption)
    assert request.refusal_article == "b" and exemption.consequence in request.consequence_test
    assert request.notice_letter.kind == "keputusan_penolakan"
    flat = " ".join(pdf_text(request.documents.get(is_notice=True)).split())
    assert "Pasal 17 huruf b" in flat and "DIK/PUPR/" in flat


def test_refusal_cites_a_dik_entry_in_force_no_free_text(letters_ready, assigned, user_named, dik_item):
    pembantu = user_named("ppid.pupr")
    with pytest.raises(ValidationError) as exc:
        decisions.decide(pembantu, assigned(), "refused", refusal_article="h", consequence_test="Rahasia pribadi.")
    assert "Daftar Informasi yang Dikecualikan" in exc.value.message_dict["refusal_dik"][0]
    with pytest.raises(ValidationError) as exc:  # a draft DIK entry is not in force
        decisions.decide(pembantu, assigned(), "refused", refusal_dik=dik_item())
    assert "refusal_dik" in exc.value.message_dict


def test_part_grant_needs_blacked_out_parts_and_a_dik_entry(letters_ready, assigned, user_named):
    with pytest.raises(ValidationError) as exc:
        decisions.decide(user_named("ppid.pupr"), assigned(), "granted_part", held_form="soft",
                         provide_within="segera")  # fmt: skip
    assert {"blacked_out_note", "refusal_dik"} <= set(exc.value.message_dict)


def test_delivering_needs_the_form_the_information_is_held_in(letters_ready, assigned, user_named):
    with pytest.raises(ValidationError) as exc:
        decisions.decide(user_named("ppid.pupr"), assigned(), "granted_whole", provide_within="segera")
    assert "held_form" in exc.value.message_dict


def test_forwarding_names_the_holder(decide, filed, user_named, letters_ready):
    with pytest.raises(ValidationError) as exc:
        decisions.decide(user_named("ppid.utama"), filed(), "forwarded")
    assert "holder_name" in exc.value.message_dict
    request = decide("ppid.utama", filed(), "forwarded", holder_name="Kantor Pertanahan Kabupaten Ogan Ilir")
    assert request.status == "dialihkan" and request.decision == "forwarded"
    assert request.notice_letter.kind == "pemberitahuan_penguasaan"
    assert "Kantor Pertanahan" in " ".join(pdf_text(request.documents.get(is_notice=True)).split())


def test_not_yet_documented_says_when(decide, assigned, user_named, letters_ready):
    with pytest.raises(ValidationError) as exc:
        decisions.decide(user_named("ppid.pupr"), assigned(), "not_documented")
    assert "documented_by" in exc.value.message_dict
    when = timezone.localdate() + datetime.timedelta(days=20)
    request = decide("ppid.pupr", assigned(), "not_documented", documented_by=when)
    assert request.status == "diputuskan" and request.documented_by == when
    flat = " ".join(pdf_text(request.documents.get(is_notice=True)).split())
    assert "BELUM DIDOKUMENTASIKAN" in flat and str(when.year) in flat


@pytest.mark.parametrize(
    ("obtain", "delivery", "fee", "method", "error"),
    [
        ("soft", "email", "0", "", None),
        ("soft", "email", "5000", "Transfer", "fee"),
        ("soft", "pick_up", "1000", "Tunai", "fee"),
        ("view", "", "1000", "Tunai", "fee"),
        ("hard", "pick_up", "5000", "Tunai di loket", None),
        ("hard", "pick_up", "5000", "", "payment_method"),
        ("soft", "post", "12000", "Transfer ke rekening kas daerah", None),
        ("hard", "email", "5000", "Tunai", "fee"),
        ("hard", "pick_up", "-1", "", "fee"),
    ],
)
def test_fee_rules(letters_ready, filed, user_named, obtain, delivery, fee, method, error):
    request = filed(obtain_method=obtain, delivery_method=delivery, address="Jl. Lintas Timur")

    def call():
        return decisions.decide(user_named("ppid.utama"), request, "granted_whole", held_form="hard", fee=fee,
                                fee_note="penggandaan/ongkos kirim", payment_method=method,
                                provide_within="segera")  # fmt: skip

    if error is None:
        call()
    else:
        with pytest.raises(ValidationError) as exc:
            call()
        assert error in exc.value.message_dict


def test_no_fee_without_delivery(letters_ready, assigned, user_named, dik_item):
    with pytest.raises(ValidationError) as exc:
        decisions.decide(user_named("ppid.pupr"), assigned(), "refused", refusal_dik=dik_item(decide=True),
                         fee="5000", fee_note="x")  # fmt: skip
    assert "fee" in exc.value.message_dict


# --- after the notice ----------------------------------------------------------------------------


def test_deliver_close_and_payment(decide, assigned, user_named, ktp):
    pembantu = user_named("ppid.pupr")
    request = assigned(obtain_method="hard", delivery_method="pick_up")
    request = decide("ppid.pupr", request, "granted_whole", fee="5000", fee_note="fotokopi", payment_method="Tunai",
                     provide_within="segera")  # fmt: skip
    services.record_payment(pembantu, request)
    documents = services.deliver_information(pembantu, request, [ktp], "Diserahkan di loket.")
    request.refresh_from_db()
    assert request.status == "selesai" and request.delivered_at and request.fee_paid
    assert len(documents) == 1 and not documents[0].is_notice
    with pytest.raises(ValidationError):
        services.close_request(pembantu, request, "Tutup lagi.")


def test_nothing_delivered_after_refusal_and_close_needs_reason(decide, assigned, user_named, ktp, dik_item):
    pembantu = user_named("ppid.pupr")
    request = decide("ppid.pupr", assigned(), "refused", refusal_dik=dik_item(decide=True))
    with pytest.raises(ValidationError):
        services.deliver_information(pembantu, request, [ktp])
    with pytest.raises(ValidationError) as exc:
        services.close_request(pembantu, request, "")
    assert "reason" in exc.value.message_dict
    request = services.close_request(pembantu, request, "Pemberitahuan penolakan sudah disampaikan.")
    assert request.status == "selesai"


# --- sweep ---------------------------------------------------------------------------------------


def test_overdue_escalated_once_per_due_date(decide, assigned, user_named):
    for username in ("ppid.pupr", "ppid.utama"):
        u = user_named(username)
        u.email = f"{username}@example.org"
        u.save()
    request = assigned(received_at=local(2026, 3, 16, 10, 0))
    other = assigned(received_at=local(2026, 3, 16, 10, 0))
    decide("ppid.pupr", other, "granted_whole", provide_within="segera")
    mail.outbox.clear()
    assert request_deadlines(local(2026, 4, 7, 20, 0)) == 0  # still the due day
    assert request_deadlines(local(2026, 4, 8, 9, 0)) == 1
    assert {m.to[0] for m in mail.outbox} == {"ppid.pupr@example.org", "ppid.utama@example.org"}
    assert request_deadlines(local(2026, 4, 9, 9, 0)) == 0  # once
    assert run_sweeps(local(2026, 4, 10, 9, 0), ["ppid.request_deadlines"]) == {"ppid.request_deadlines": 0}
    assert Event.objects.for_case("info_request", request.pk).filter(kind="overdue_escalated").count() == 1


def test_extension_is_a_new_due_date_for_the_sweep(extend, assigned):
    request = assigned(received_at=local(2026, 3, 16, 10, 0))
    extend("ppid.pupr", request, "Alasan.", now=local(2026, 4, 6, 9))
    assert request_deadlines(local(2026, 4, 8, 9, 0)) == 0
    assert request_deadlines(local(2026, 4, 17, 9, 0)) == 1
    assert datetime.date(2026, 4, 16) < datetime.date(2026, 4, 17)
