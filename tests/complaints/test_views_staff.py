"""The staff side of the complaint service through its views: who sees what, and every action form."""

import datetime
import io

import pytest
from django.contrib.messages import get_messages
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone
from PIL import Image

from pintu.complaints.models import Attachment, Forwarding, Report
from pintu.complaints.services import admin, handling, reporter
from pintu.complaints.workflow import Status
from pintu.history.models import Event
from pintu.notifications.models import Preference, Topic
from tests.factories.complaints import ADMIN, BUPATI, DINKES, PUPR

pytestmark = pytest.mark.django_db


@pytest.fixture
def as_user(client, user_named):
    def sign_in(username):
        client.force_login(user_named(username))
        return client

    return sign_in


@pytest.fixture
def at_pupr(report, user_named, agency):
    """The fixture report, verified and dispositioned to Dinas PUPR."""
    boss = user_named(ADMIN)
    admin.verify(report, user=boss)
    return admin.disposition(report, user=boss, agency=agency("PUPR"))


def detail_url(report):
    return reverse("complaints:staff_detail", args=[report.code])


def action_url(report, action):
    return reverse("complaints:staff_action", args=[report.code, action])


def offered(html: str, report) -> set[str]:
    """The actions whose forms the page offers."""
    prefix = f"/staf/laporan/{report.code}/"
    names = set()
    for chunk in html.split(f'action="{prefix}')[1:]:
        names.add(chunk.split("/", 1)[0])
    return names


def fresh(report) -> Report:
    return Report.objects.get(pk=report.pk)


def png(name="foto.png") -> SimpleUploadedFile:
    buffer = io.BytesIO()
    Image.new("RGB", (32, 24), (200, 30, 30)).save(buffer, format="PNG")
    return SimpleUploadedFile(name, buffer.getvalue(), content_type="image/png")


def flashed(response) -> list[str]:
    return [str(m) for m in get_messages(response.wsgi_request)]


# --- who may enter ---------------------------------------------------------------------------------


def test_staff_pages_need_a_login(client, report):
    for url in (reverse("complaints:staff_inbox"), detail_url(report), reverse("complaints:staff_new")):
        response = client.get(url)
        assert response.status_code == 302 and "/masuk/" in response["Location"]


@pytest.mark.parametrize("username", ["warga", "ppid.utama"])
def test_people_without_a_complaint_role_get_403(as_user, report, username):
    client = as_user(username)
    assert client.get(reverse("complaints:staff_inbox")).status_code == 403
    assert client.get(detail_url(report)).status_code == 403
    assert client.get(reverse("complaints:staff_new")).status_code == 403
    assert client.post(action_url(report, "verify")).status_code == 403
    assert fresh(report).status == Status.DITERIMA


def test_only_the_admin_and_liaison_officers_register_reports(as_user):
    assert as_user(BUPATI).get(reverse("complaints:staff_new")).status_code == 403
    assert as_user("kepala.pupr").get(reverse("complaints:staff_new")).status_code == 403
    assert as_user(PUPR).get(reverse("complaints:staff_new")).status_code == 200


# --- each role sees only the actions allowed now ---------------------------------------------------------


def test_admin_sees_the_coordinator_actions_of_a_new_report(as_user, report):
    response = as_user(ADMIN).get(detail_url(report))
    assert response.status_code == 200
    assert offered(response.content.decode(), report) == {
        "verify",
        "disposition",
        "hold",
        "archive",
        "forward_out",
        "edit",
        "privacy",
        "public_text",
        "pengawasan",
        "merge",
        "split",
    }
    assert response["Cache-Control"].count("no-store")


def test_liaison_officer_sees_the_opd_actions_of_a_dispositioned_report(as_user, at_pupr):
    html = as_user(PUPR).get(detail_url(at_pupr)).content.decode()
    assert offered(html, at_pupr) == {"accept", "request_info", "post_follow_up", "send_back", "forward_out"}
    assert "Siti Aminah" in html  # a biasa report: the handler sees who sent it


def test_admin_while_the_opd_works_can_forward_out_and_correct_data_only(as_user, at_pupr):
    html = as_user(ADMIN).get(detail_url(at_pupr)).content.decode()
    assert offered(html, at_pupr) == {"forward_out", "edit", "privacy", "public_text"}


def test_another_opd_gets_404_on_the_report_and_its_actions(as_user, at_pupr):
    client = as_user(DINKES)
    assert client.get(detail_url(at_pupr)).status_code == 404
    assert client.post(action_url(at_pupr, "accept")).status_code == 404
    html = client.get(reverse("complaints:staff_inbox") + "?tab=baru").content.decode()
    assert at_pupr.code not in html


def test_bupati_reads_everything_and_can_do_nothing(as_user, at_pupr):
    client = as_user(BUPATI)
    response = client.get(detail_url(at_pupr))
    html = response.content.decode()
    assert response.status_code == 200 and offered(html, at_pupr) == set()
    assert "Anda hanya dapat melihat laporan ini." in html
    assert "Siti Aminah" not in html and "siti.aminah@example.com" not in html
    inbox = client.get(reverse("complaints:staff_inbox") + "?tab=semua").content.decode()
    assert at_pupr.code in inbox and 'name="codes"' not in inbox
    assert client.post(action_url(at_pupr, "accept")).status_code == 403
    assert client.post(action_url(at_pupr, "forward_out")).status_code == 403
    assert fresh(at_pupr).status == Status.DIDISPOSISIKAN


def test_head_of_the_opd_reads_its_reports_only(as_user, at_pupr, submit):
    elsewhere = submit(title="Obat kosong di puskesmas").report
    client = as_user("kepala.pupr")
    html = client.get(detail_url(at_pupr)).content.decode()
    assert offered(html, at_pupr) == set() and "Anda hanya dapat melihat laporan ini." in html
    assert client.get(detail_url(elsewhere)).status_code == 404
    assert at_pupr.code in client.get(reverse("complaints:staff_inbox")).content.decode()


def test_opd_cannot_post_an_admin_action(as_user, at_pupr, agency):
    response = as_user(PUPR).post(action_url(at_pupr, "edit"), {"title": "Judul lain", "kind": "pengaduan"})
    assert response.status_code == 403
    assert fresh(at_pupr).title == "Jalan berlubang di depan pasar"


def test_an_action_no_longer_allowed_is_refused_with_a_message(as_user, report):
    client = as_user(ADMIN)
    assert client.post(action_url(report, "verify")).status_code == 302
    response = client.post(action_url(report, "verify"), follow=True)
    assert "Tindakan ini tidak tersedia untuk laporan berstatus Terverifikasi." in response.content.decode()


# --- the inbox ----------------------------------------------------------------------------------------


def test_admin_inbox_opens_on_the_verification_queue_with_clocks(as_user, report):
    html = as_user(ADMIN).get(reverse("complaints:staff_inbox")).content.decode()
    assert 'aria-current="page">Perlu verifikasi' in html
    assert report.code in html and f'value="{report.code}"' in html  # a checkbox for bulk verification
    assert "hari kerja ke-" in html or "Belum dimulai" in html
    assert "Indralaya" in html and "Diterima" in html


def test_opd_inbox_groups_by_status(as_user, at_pupr, user_named):
    client = as_user(PUPR)
    assert at_pupr.code in client.get(reverse("complaints:staff_inbox")).content.decode()  # opens on "Baru"
    handling.accept(at_pupr, user=user_named(PUPR))
    assert at_pupr.code not in client.get(reverse("complaints:staff_inbox")).content.decode()
    assert at_pupr.code in client.get(reverse("complaints:staff_inbox") + "?tab=diproses").content.decode()


def test_overdue_and_flagged_sections(as_user, report, submit, user_named):
    late = submit(title="Lampu jalan padam sejak lama").report
    Report.objects.filter(pk=late.pk).update(verify_due=timezone.localdate() - datetime.timedelta(days=3))
    admin.flag_pengawasan(report, user=user_named(ADMIN), reason="Dugaan pungli")
    client = as_user(ADMIN)
    overdue = client.get(reverse("complaints:staff_inbox") + "?tab=lewat").content.decode()
    assert late.code in overdue and report.code not in overdue
    flagged = client.get(reverse("complaints:staff_inbox") + "?tab=ditandai").content.decode()
    assert report.code in flagged and late.code not in flagged and "Berkadar pengawasan" in flagged


def test_all_section_filters_and_searches(as_user, report, submit, area):
    other = submit(title="Puskesmas tutup pada jam layanan", text="Puskesmas tutup padahal jam layanan.").report
    client = as_user(ADMIN)
    html = client.get(reverse("complaints:staff_inbox"), {"tab": "semua", "q": "puskesmas"}).content.decode()
    assert other.code in html and report.code not in html
    html = client.get(reverse("complaints:staff_inbox"), {"tab": "semua", "status": "terverifikasi"}).content.decode()
    assert other.code not in html and report.code not in html
    html = client.get(reverse("complaints:staff_inbox"), {"tab": "semua", "kecamatan": area[0].pk}).content.decode()
    assert other.code in html and report.code in html


def test_bulk_verification_reports_each_item(as_user, report, submit, user_named):
    second = submit(title="Drainase tersumbat di pasar").report
    third = submit(title="Sampah menumpuk di jalan").report
    admin.verify(third, user=user_named(ADMIN))
    response = as_user(ADMIN).post(
        reverse("complaints:staff_bulk_verify"), {"codes": [report.code, second.code, third.code]}
    )
    assert response.status_code == 302
    assert fresh(report).status == fresh(second).status == Status.TERVERIFIKASI
    notes = flashed(response)
    assert any("2 laporan diverifikasi" in n for n in notes)
    assert any(n.startswith(third.code) for n in notes)


def test_bulk_verification_is_for_the_admin_only(as_user, report):
    assert as_user(BUPATI).post(reverse("complaints:staff_bulk_verify"), {"codes": [report.code]}).status_code == 403
    assert fresh(report).status == Status.DITERIMA


# --- every action, end to end ----------------------------------------------------------------------------


def test_verify_and_disposition_through_the_views(as_user, report, agency):
    client = as_user(ADMIN)
    assert client.post(action_url(report, "verify")).status_code == 302
    assert fresh(report).status == Status.TERVERIFIKASI
    response = client.post(action_url(report, "disposition"), {"agency": agency("PUPR").pk, "note": "Mohon dicek"})
    assert response.status_code == 302 and response["Location"] == detail_url(report)
    report = fresh(report)
    assert report.status == Status.DIDISPOSISIKAN and report.assigned_agency.code == "PUPR"
    assert "Laporan didisposisikan ke Dinas Pekerjaan Umum dan Penataan Ruang." in flashed(response)


def test_disposition_of_a_pengawasan_report_preselects_the_inspektorat(as_user, report, user_named, agency):
    admin.flag_pengawasan(report, user=user_named(ADMIN), reason="Dugaan pungli")
    html = as_user(ADMIN).get(detail_url(report)).content.decode()
    assert f'<option value="{agency("INSPEKTORAT").pk}" selected>' in html


def test_disposition_without_an_agency_shows_the_error(as_user, report):
    response = as_user(ADMIN).post(action_url(report, "disposition"), {"agency": ""})
    html = response.content.decode()
    assert response.status_code == 200 and "Ada yang perlu diperbaiki" in html and "Pilih instansi tujuan." in html
    assert 'href="#id_disposition_agency"' in html
    assert fresh(report).status == Status.DITERIMA


def test_accept_request_info_and_follow_up_with_a_photo(as_user, at_pupr):
    client = as_user(PUPR)
    assert client.post(action_url(at_pupr, "accept")).status_code == 302
    assert fresh(at_pupr).status == Status.DIPROSES
    response = client.post(action_url(at_pupr, "request_info"), {"question": "Di sebelah mana tepatnya?"})
    assert response.status_code == 302
    report = fresh(at_pupr)
    assert report.status == Status.PERLU_INFO and report.paused_since is not None
    reporter.reply(report, text="Di depan toko emas, sisi utara.")
    response = client.post(
        action_url(report, "post_follow_up"),
        {"text": "Sudah ditambal pada 2 Desember.", "visibility": "public", "files": [png()]},
    )
    assert response.status_code == 302
    report = fresh(report)
    assert report.status == Status.DITINDAKLANJUTI
    attachment = Attachment.objects.get(report=report, uploaded_by_reporter=False)
    assert attachment.content_type == "image/png" and attachment.visibility == "public"
    assert attachment.event.kind == "follow_up"
    link = reverse("complaints:attachment", args=[attachment.pk])
    assert f'href="{link}"' in client.get(detail_url(report)).content.decode()
    assert client.get(link)["Content-Type"] == "image/png"


def test_request_info_needs_a_question(as_user, at_pupr):
    response = as_user(PUPR).post(action_url(at_pupr, "request_info"), {"question": "  "})
    assert "Tuliskan pertanyaan untuk pelapor." in response.content.decode()
    assert fresh(at_pupr).status == Status.DIDISPOSISIKAN


def test_follow_up_rejects_a_file_that_is_not_an_image(as_user, at_pupr):
    fake = SimpleUploadedFile("foto.png", b"this is not a picture at all", content_type="image/png")
    response = as_user(PUPR).post(
        action_url(at_pupr, "post_follow_up"), {"text": "Sudah ditambal.", "visibility": "public", "files": [fake]}
    )
    assert response.status_code == 200 and "Ada yang perlu diperbaiki" in response.content.decode()
    assert fresh(at_pupr).status == Status.DIDISPOSISIKAN
    assert not Event.objects.filter(case_id=at_pupr.pk, kind="follow_up").exists()


def test_send_back_requires_a_suggested_agency(as_user, at_pupr, agency):
    client = as_user(PUPR)
    response = client.post(action_url(at_pupr, "send_back"), {"reason": "Ini jalan provinsi."})
    html = response.content.decode()
    assert "Sebutkan instansi yang seharusnya menangani laporan ini." in html
    assert "Tidak ada penolakan tanpa tujuan" in html
    assert fresh(at_pupr).status == Status.DIDISPOSISIKAN
    response = client.post(
        action_url(at_pupr, "send_back"), {"reason": "Urusan perumahan.", "suggested_agency": agency("PERKIM").pk}
    )
    assert response.status_code == 302 and response["Location"] == reverse("complaints:staff_inbox")
    report = fresh(at_pupr)
    assert report.status == Status.TERVERIFIKASI and report.assigned_agency is None and report.bounce_count == 1
    # The admin sees the suggestion preselected for the next disposition.
    html = as_user(ADMIN).get(detail_url(report)).content.decode()
    assert f'<option value="{agency("PERKIM").pk}" selected>' in html


def test_close_after_a_follow_up_needs_a_reason(as_user, at_pupr, user_named):
    opd = user_named(PUPR)
    handling.accept(at_pupr, user=opd)
    handling.post_follow_up(at_pupr, user=opd, text="Sudah diaspal ulang.")
    client = as_user(PUPR)
    response = client.post(action_url(at_pupr, "close"), {"reason": ""})
    assert "Tuliskan alasannya." in response.content.decode()
    assert fresh(at_pupr).status == Status.DITINDAKLANJUTI
    assert client.post(action_url(at_pupr, "close"), {"reason": "Selesai diaspal"}).status_code == 302
    assert fresh(at_pupr).status == Status.SELESAI
    response = as_user(ADMIN).post(action_url(at_pupr, "reopen"), {"reason": "Aspal rusak lagi"})
    assert response.status_code == 302 and fresh(at_pupr).status == Status.DIBUKA_KEMBALI


def test_forward_out_to_pln_records_channel_reference_and_date(as_user, report, agency):
    follow_up = timezone.localdate() + datetime.timedelta(days=14)
    response = as_user(ADMIN).post(
        action_url(report, "forward_out"),
        {
            "agency": agency("PLN_UP3_OI").pk,
            "channel": "surat",
            "reference": "005/123/DISKOMINFO/2026",
            "follow_up_date": follow_up.isoformat(),
            "reason": "Gangguan listrik adalah wewenang PLN.",
        },
    )
    assert response.status_code == 302
    report = fresh(report)
    assert report.status == Status.DILIMPAHKAN and report.forwarded_to.code == "PLN_UP3_OI"
    forwarding = Forwarding.objects.get(report=report)
    assert (forwarding.channel, forwarding.reference, forwarding.follow_up_date) == (
        "surat",
        "005/123/DISKOMINFO/2026",
        follow_up,
    )
    html = as_user(ADMIN).get(detail_url(report)).content.decode()
    assert "005/123/DISKOMINFO/2026" in html and "Surat resmi" in html
    assert offered(html, report) == {"record_external_answer", "edit", "privacy", "public_text"}
    response = as_user(ADMIN).post(action_url(report, "record_external_answer"), {"text": "PLN sudah memperbaiki."})
    assert response.status_code == 302 and fresh(report).status == Status.DITINDAKLANJUTI


def test_forward_out_refuses_an_inside_agency_and_a_past_date(as_user, report, agency):
    response = as_user(ADMIN).post(
        action_url(report, "forward_out"),
        {
            "agency": agency("PUPR").pk,
            "channel": "surat",
            "follow_up_date": "2020-01-01",
            "reason": "x",
        },
    )
    html = response.content.decode()
    assert "Pilih instansi dari daftar." in html
    response = as_user(ADMIN).post(
        action_url(report, "forward_out"),
        {
            "agency": agency("PLN_UP3_OI").pk,
            "channel": "surat",
            "follow_up_date": "2020-01-01",
            "reason": "x",
        },
    )
    assert "Tanggal tindak lanjut tidak boleh di masa lalu." in response.content.decode()
    assert fresh(report).status == Status.DITERIMA and not Forwarding.objects.exists()


def test_archive_needs_a_reason(as_user, report):
    client = as_user(ADMIN)
    before = Event.objects.count()
    response = client.post(action_url(report, "archive"), {"archive_kind": "spam", "reason": ""})
    html = response.content.decode()
    assert response.status_code == 200 and "Tuliskan alasannya." in html and 'href="#id_archive_reason"' in html
    assert fresh(report).status == Status.DITERIMA and Event.objects.count() == before
    assert client.post(action_url(report, "archive"), {"archive_kind": "spam", "reason": "Iklan"}).status_code == 302
    report = fresh(report)
    assert report.status == Status.DIARSIPKAN and report.archive_kind == "spam"


def test_hold_and_resume(as_user, report):
    client = as_user(ADMIN)
    assert client.post(action_url(report, "hold"), {"reason": "Menunggu data dari kecamatan"}).status_code == 302
    assert fresh(report).status == Status.DITUNDA
    assert client.post(action_url(report, "resume"), {"reason": ""}).status_code == 302
    assert fresh(report).status == Status.TERVERIFIKASI


def test_edit_privacy_and_pengawasan(as_user, report):
    client = as_user(ADMIN)
    client.post(action_url(report, "edit"), {"title": "Jalan berlubang di Pasar Indralaya", "kind": "pengaduan"})
    client.post(action_url(report, "privacy"), {"rahasia": "on", "reason": "Menyangkut pejabat"})
    client.post(action_url(report, "pengawasan"), {"flagged": "1", "reason": "Dugaan pungli"})
    report = fresh(report)
    assert report.title == "Jalan berlubang di Pasar Indralaya"
    assert report.rahasia and not report.anonim and report.berkadar_pengawasan
    response = client.post(action_url(report, "edit"), {"title": "", "kind": "pengaduan"})
    assert "Judul wajib diisi, paling banyak 150 karakter." in response.content.decode()


def test_merge_into_another_report_by_code(as_user, report, submit):
    master = submit(title="Jalan pasar Indralaya rusak").report
    client = as_user(ADMIN)
    response = client.post(action_url(report, "merge"), {"master_code": "LPR-2000-XXXXX"})
    assert "tidak ditemukan" in response.content.decode() and fresh(report).status == Status.DITERIMA
    response = client.post(action_url(report, "merge"), {"master_code": master.code.lower()})
    assert response.status_code == 302
    report = fresh(report)
    assert report.status == Status.DIARSIPKAN and report.master_id == master.pk
    assert report.code in client.get(detail_url(master)).content.decode()


def test_split_into_two_dispositioned_reports(as_user, report, agency):
    client = as_user(ADMIN)
    response = client.post(
        action_url(report, "split"),
        {"title_1": "Jalan berlubang", "text_1": "Jalan berlubang.", "agency_1": agency("PUPR").pk},
    )
    assert "Isi judul bagian 2." in response.content.decode() and fresh(report).status == Status.DITERIMA
    response = client.post(
        action_url(report, "split"),
        {
            "title_1": "Jalan berlubang",
            "text_1": "Jalan di depan pasar berlubang.",
            "agency_1": agency("PUPR").pk,
            "title_2": "Lampu jalan padam",
            "text_2": "Lampu jalan di depan pasar padam.",
            "agency_2": agency("PERKIM").pk,
        },
    )
    assert response.status_code == 302
    children = list(Report.objects.filter(parent=report).order_by("pk"))
    assert [c.assigned_agency.code for c in children] == ["PUPR", "PERKIM"]
    assert all(c.status == Status.DIDISPOSISIKAN for c in children)
    assert fresh(report).status == Status.DIARSIPKAN and fresh(report).archive_kind == "split"


def test_split_children_keep_their_titles(as_user, report, agency):
    as_user(ADMIN).post(
        action_url(report, "split"),
        {
            "title_1": "Jalan berlubang",
            "text_1": "Jalan di depan pasar berlubang.",
            "agency_1": agency("PUPR").pk,
            "title_2": "Lampu jalan padam",
            "text_2": "Lampu jalan di depan pasar padam.",
            "agency_2": agency("PERKIM").pk,
        },
    )
    titles = list(Report.objects.filter(parent=report).order_by("pk").values_list("title", flat=True))
    assert titles == ["Jalan berlubang", "Lampu jalan padam"]


# --- anonim reports ---------------------------------------------------------------------------------------


@pytest.fixture
def anonim_at_pupr(submit, user_named, agency):
    report = submit(
        privacy="anonim", name="Bambang Rahasia", email="bambang.rahasia@example.com", phone="0813-1111-2222"
    ).report
    return admin.disposition(report, user=user_named(ADMIN), agency=agency("PUPR"))


def test_opd_never_sees_who_sent_an_anonim_report(as_user, anonim_at_pupr):
    client = as_user(PUPR)
    pages = [
        client.get(detail_url(anonim_at_pupr)).content.decode(),
        client.get(reverse("complaints:staff_inbox")).content.decode(),
    ]
    assert anonim_at_pupr.code in pages[1]
    for html in pages:
        # the phone in any rendering; shorter fragments ("1111") can occur by chance in a CSRF token
        for secret in ("Bambang", "bambang.rahasia@example.com", "11112222", "1111-2222", "1111 2222"):
            assert secret not in html
    assert "Anonim" in pages[0] and "Buka identitas" not in pages[0]
    assert client.post(action_url(anonim_at_pupr, "reveal"), {"reason": "Ingin tahu"}).status_code == 403
    assert not Event.objects.filter(kind="identity_revealed").exists()


def test_admin_reveals_an_anonim_identity_once_and_it_is_logged(as_user, anonim_at_pupr, user_named):
    client = as_user(ADMIN)
    html = client.get(detail_url(anonim_at_pupr)).content.decode()
    assert "Anonim" in html and "Buka identitas" in html and "Bambang" not in html
    response = client.post(action_url(anonim_at_pupr, "reveal"), {"reason": ""})
    assert "Tuliskan alasan membuka identitas pelapor." in response.content.decode()
    assert not Event.objects.filter(kind="identity_revealed").exists()
    response = client.post(action_url(anonim_at_pupr, "reveal"), {"reason": "Pemeriksaan Inspektorat"})
    html = response.content.decode()
    assert response.status_code == 200 and "Bambang Rahasia" in html and "bambang.rahasia@example.com" in html
    assert "no-store" in response["Cache-Control"]
    event = Event.objects.get(kind="identity_revealed", case_id=anonim_at_pupr.pk)
    assert event.visibility == "internal" and event.actor == user_named(ADMIN)
    assert event.reason == "Pemeriksaan Inspektorat"
    assert "Bambang" not in client.get(detail_url(anonim_at_pupr)).content.decode()  # once, not kept


# --- staff entry ------------------------------------------------------------------------------------------


def staff_entry(area, **overrides):
    kecamatan, desa = area
    data = {
        "channel": "walk_in",
        "kind": "pengaduan",
        "title": "Jembatan kayu lapuk",
        "text": "Jembatan kayu di dusun 2 lapuk dan berbahaya bagi anak sekolah.",
        "kecamatan": kecamatan.pk,
        "desa": desa.pk,
        "privacy": "biasa",
        "name": "Pak Darto",
        "phone": "0812-7777-8888",
        "consent": "on",
        "idempotency_key": "k-" + "1" * 30,
    }
    data.update(overrides)
    return data


def test_officer_registers_a_walk_in_report_and_sees_code_and_secret(as_user, area, user_named):
    response = as_user(PUPR).post(reverse("complaints:staff_new"), staff_entry(area, files=[png("surat.png")]))
    html = response.content.decode()
    assert response.status_code == 200 and "Laporan tercatat" in html
    report = Report.objects.get(title="Jembatan kayu lapuk")
    assert report.code in html and 'id="tracking-secret"' in html and "no-store" in response["Cache-Control"]
    assert report.channel == "walk_in" and report.created_by == user_named(PUPR)
    assert report.attachments.count() == 1
    submitted = Event.objects.get(case_id=report.pk, kind="submitted")
    assert submitted.actor == user_named(PUPR) and submitted.actor_role == "staff"
    # The same form sent twice does not create a twin, and the secret is not shown again.
    again = as_user(PUPR).post(reverse("complaints:staff_new"), staff_entry(area)).content.decode()
    assert Report.objects.filter(title="Jembatan kayu lapuk").count() == 1
    assert "sudah tercatat" in again and 'id="tracking-secret"' not in again


def test_staff_entry_shows_the_errors_and_creates_nothing(as_user, area):
    data = staff_entry(area, consent="", channel="web", nik="1234")
    html = as_user(ADMIN).post(reverse("complaints:staff_new"), data).content.decode()
    assert "Ada yang perlu diperbaiki" in html
    assert "Centang persetujuan" not in html  # issue #18: no consent is asked; the notice informs
    assert 'href="#id_channel"' in html
    assert not Report.objects.exists()
    html = as_user(ADMIN).post(reverse("complaints:staff_new"), staff_entry(area, name="")).content.decode()
    assert "Tuliskan nama Anda, atau pilih laporan anonim." in html and not Report.objects.exists()


# --- notification preferences --------------------------------------------------------------------------


def test_notification_preferences_one_checkbox_per_topic(as_user, user_named):
    client = as_user(PUPR)
    html = client.get("/akun/notifikasi/").content.decode()
    for topic in Topic:
        assert f'name="{topic.value}"' in html
    response = client.post("/akun/notifikasi/", {"own_cases": "on", "case_activity": "on"})
    assert response.status_code == 302
    prefs = dict(Preference.objects.filter(user=user_named(PUPR)).values_list("topic", "email"))
    assert prefs == {"own_cases": True, "assignments": False, "case_activity": True, "system": False}
    html = client.get("/akun/notifikasi/").content.decode()
    assert 'name="assignments" id="id_assignments"' in html and "checked" in html


def test_notification_preferences_need_a_login(client):
    assert client.get("/akun/notifikasi/").status_code == 302


def test_the_location_point_is_written_with_decimal_points_in_indonesian(as_user, report):
    """The id locale writes decimals with a comma; a point "-3,2417, 104,6481" would be unreadable."""
    Report.objects.filter(pk=report.pk).update(latitude=-3.2417, longitude=104.6481)
    page = as_user(ADMIN).get(detail_url(report), HTTP_ACCEPT_LANGUAGE="id").content.decode()
    assert "-3.2417" in page and "104.6481" in page
    assert "-3,2417" not in page
