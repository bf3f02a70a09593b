"""Cold-start suggestions, the "Saran instansi" panel, recording what staff took, related reports and
the accuracy page."""

import datetime
import re

import pytest
from django.urls import reverse
from django.utils import timezone

from pintu.agencies.models import Area
from pintu.complaints.models import Report
from pintu.complaints.related import related_reports
from pintu.complaints.services import admin
from pintu.history.models import Event
from pintu.routing import services, training
from pintu.routing.models import Suggestion
from tests.routing.conftest import ADMIN, BUPATI, PUPR_USER

pytestmark = pytest.mark.django_db


def detail_url(report):
    return reverse("complaints:staff_detail", args=[report.code])


def action_url(report, action):
    return reverse("complaints:staff_action", args=[report.code, action])


# --- cold start --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("jalan rusak berlubang", "PUPR"),
        ("listrik padam", "PLN_UP3_OI"),
        ("Listrik di desa kami padam sejak kemarin malam", "PLN_UP3_OI"),
        ("air pdam tidak mengalir tiga hari", "PERUMDA_AM"),
        ("blangko e-ktp habis", "DISDUKCAPIL"),
    ],
)
def test_cold_start_suggestions_come_from_agency_profiles(demo, text, expected):
    answer = services.predict(text)
    assert answer.version == "profil"
    assert answer.prediction.source == "profil"
    assert answer.prediction.top.label == expected
    assert sum(c.probability for c in answer.prediction.choices) <= 1


def test_profile_cache_follows_agency_changes(demo, agency):
    assert services.predict("antrean samsat lama sekali").prediction.top.label == "PEMPROV_SUMSEL"
    pemprov = agency("PEMPROV_SUMSEL")
    pemprov.active = False
    pemprov.save()
    assert "PEMPROV_SUMSEL" not in services.predict("antrean samsat lama sekali").prediction.labels()


# --- the panel and recording the decision ----------------------------------------------------------------


def test_panel_shows_top_three_and_one_click_disposition_records_the_rank(client, user_named, report, agency):
    client.force_login(user_named(ADMIN))
    html = client.get(detail_url(report)).content.decode()
    assert "Saran instansi" in html
    suggestion = Suggestion.objects.get(report=report)
    assert suggestion.model_version == "profil" and len(suggestion.ranked) == 3
    assert suggestion.ranked[0]["agency"] == "PUPR"
    assert f"Disposisikan ke {agency('PUPR')}" in html
    assert f"{round(suggestion.ranked[0]['probability'] * 100)}%" in html
    field = re.search(r'name="suggestion" value="([^"]+)"', html).group(1)
    assert field == services.suggestion_field(suggestion, 1)

    client.get(detail_url(report))  # a reload reuses the undecided suggestion
    assert Suggestion.objects.filter(report=report).count() == 1

    response = client.post(
        action_url(report, "disposition"), {"agency": agency("PUPR").pk, "note": "", "suggestion": field}
    )
    assert response.status_code == 302
    suggestion.refresh_from_db()
    assert (suggestion.taken, suggestion.final_agency.code) == (1, "PUPR")
    assert suggestion.decided_at is not None
    event = Event.objects.filter(case_type="report", case_id=report.pk, kind="disposition").get()
    assert event.payload["agency"] == "PUPR"
    assert event.payload["suggestion"] == {
        "id": suggestion.pk,
        "model": "profil",
        "rank": 1,
        "confidence": suggestion.ranked[0]["probability"],
    }
    assert "Saran instansi" not in client.get(detail_url(report)).content.decode()  # at an OPD now


def test_choosing_another_agency_records_taken_none(client, user_named, report, agency):
    client.force_login(user_named(ADMIN))
    client.get(detail_url(report))
    suggestion = Suggestion.objects.get(report=report)
    assert "DISDUKCAPIL" not in suggestion.codes()
    client.post(action_url(report, "disposition"), {"agency": agency("DISDUKCAPIL").pk, "note": ""})
    suggestion.refresh_from_db()
    assert suggestion.taken is None
    assert suggestion.final_agency.code == "DISDUKCAPIL"


def test_taken_is_computed_from_the_stored_ranking_not_the_form(client, user_named, report, agency):
    client.force_login(user_named(ADMIN))
    client.get(detail_url(report))
    suggestion = Suggestion.objects.get(report=report)
    second = suggestion.ranked[1]["agency"]
    forged = f"{suggestion.pk}:profil:1:0.9000"  # claims rank 1, but posts the second agency
    client.post(action_url(report, "disposition"), {"agency": agency(second).pk, "note": "", "suggestion": forged})
    suggestion.refresh_from_db()
    assert suggestion.taken == 2


def test_panel_only_for_the_admin_before_disposition(client, user_named, report, agency):
    admin.disposition(report, user=user_named(ADMIN), agency=agency("PUPR"))
    client.force_login(user_named(PUPR_USER))
    assert "Saran instansi" not in client.get(detail_url(report)).content.decode()
    assert not Suggestion.objects.exists()


def test_suggestion_field_parsing():
    assert services.parse_suggestion_field("7:model-v2:2:0.4100") == {
        "id": 7,
        "model": "model-v2",
        "rank": 2,
        "confidence": 0.41,
    }
    for bad in ("", None, "x", "1:v:0:0.5", "1:v:1:1.5", "a:v:1:0.5", "1::1:0.5"):
        assert services.parse_suggestion_field(bad) is None


def test_panel_uses_the_trained_model_once_there_is_one(client, user_named, confirmed_history, submit):
    training.train_model(min_examples=4)
    report = submit(title="Jalan kabupaten berlubang", text="Jalan berlubang dan aspal mengelupas").report
    client.force_login(user_named(ADMIN))
    html = client.get(detail_url(report)).content.decode()
    suggestion = Suggestion.objects.get(report=report)
    assert suggestion.model_version == "model-v1" and suggestion.source == "model"
    assert "model-v1" in html


# --- related reports ----------------------------------------------------------------------------------


def test_related_reports_finds_the_near_duplicate_only_among_open_nearby_recent(submit, user_named, area):
    boss = user_named(ADMIN)
    original = submit(title="Jalan berlubang di depan pasar", text="Jalan di depan pasar Indralaya berlubang besar.")
    other_topic = submit(title="Sampah pasar", text="Sampah di pasar menumpuk dan bau.").report
    closed = submit(title="Jalan berlubang depan pasar", text="Jalan depan pasar Indralaya berlubang besar.").report
    admin.archive(closed, user=boss, reason="Duplikat lama")
    elsewhere_kecamatan = Area.objects.get(level="kecamatan", bps_code="1610050")
    elsewhere = submit(
        title="Jalan berlubang di depan pasar",
        text="Jalan di depan pasar berlubang besar.",
        kecamatan=elsewhere_kecamatan,
        desa=elsewhere_kecamatan.children.first(),
    ).report
    old = submit(title="Jalan berlubang di depan pasar", text="Jalan di depan pasar Indralaya berlubang.").report
    Report.objects.filter(pk=old.pk).update(submitted_at=timezone.now() - datetime.timedelta(days=400))

    kecamatan, _ = area
    found = related_reports(text="jalan depan pasar indralaya berlubang besar sekali", kecamatan=kecamatan)
    assert [r.pk for r in found][:1] == [original.report.pk]
    assert found[0].score > 0.5
    codes = {r.pk for r in found}
    assert not codes & {closed.pk, elsewhere.pk, old.pk}
    assert other_topic.pk not in codes or next(r for r in found if r.pk == other_topic.pk).score < found[0].score

    new = submit(title="Jalan rusak depan pasar Indralaya", text="Jalan depan pasar Indralaya berlubang besar.")
    by_report = related_reports(new.report)
    assert by_report[0].pk == original.report.pk
    assert new.report.pk not in {r.pk for r in by_report}
    assert related_reports(text="", kecamatan=kecamatan) == []


def test_panel_lists_similar_open_reports(client, user_named, submit):
    first = submit().report
    second = submit(title="Jalan depan pasar berlubang", text="Jalan di depan pasar Indralaya berlubang besar.").report
    client.force_login(user_named(ADMIN))
    html = client.get(detail_url(second)).content.decode()
    assert first.code in html and "kemiripan" in html


# --- the accuracy page -------------------------------------------------------------------------------


def _make_suggestion(report, version, ranked_codes, final=None, taken=None):
    return Suggestion.objects.create(
        report=report,
        model_version=version,
        source="profil" if version == "profil" else "model",
        ranked=[{"agency": c, "probability": 0.3} for c in ranked_codes],
        final_agency=final,
        taken=taken,
        decided_at=timezone.now() if final else None,
    )


def test_accuracy_page_matches_an_independent_count(client, user_named, submit, agency):
    pupr, dinkes, dlh = agency("PUPR"), agency("DINKES"), agency("DLH")
    reports = [submit(title=f"Laporan {i}").report for i in range(7)]
    _make_suggestion(reports[0], "model-v1", ["PUPR", "DLH", "DINKES"], pupr, 1)
    _make_suggestion(reports[1], "model-v1", ["DLH", "PUPR", "DINKES"], pupr, 2)
    _make_suggestion(reports[2], "model-v1", ["DLH", "DINKES", "BPBD"], pupr, None)
    _make_suggestion(reports[3], "model-v1", ["DINKES", "DLH", "PUPR"])  # not decided yet
    _make_suggestion(reports[4], "profil", ["DINKES", "PUPR", "DLH"], dinkes, 1)
    _make_suggestion(reports[5], "profil", ["PUPR", "DLH", "DINKES"], dlh, None)  # chose DLH by hand
    _make_suggestion(reports[6], "profil", ["BPBD", "DLH", "DINKES"], pupr, None)

    independent = {}
    for s in Suggestion.objects.all():
        row = independent.setdefault(s.model_version, {"made": 0, "decided": 0, "top1": 0, "top3": 0, "taken": 0})
        row["made"] += 1
        if s.final_agency_id:
            row["decided"] += 1
            row["top1"] += s.ranked[0]["agency"] == s.final_agency.code
            row["top3"] += s.final_agency.code in [r["agency"] for r in s.ranked[:3]]
            row["taken"] += s.taken is not None

    client.force_login(user_named(BUPATI))
    response = client.get(reverse("routing:accuracy"))
    assert response.status_code == 200
    html = response.content.decode()
    for version, row in independent.items():
        block = html.split(f'data-version="{version}"')[1].split("</tr>")[0]
        assert f'class="made">{row["made"]}<' in block
        assert f'class="decided">{row["decided"]}<' in block
        for key in ("top1", "top3", "taken"):
            percent = round(row[key] * 100 / row["decided"])
            assert re.search(rf'class="{key}">{percent}% \({row[key]}\)<', block), (version, key, block)
    assert independent["model-v1"] == {"made": 4, "decided": 3, "top1": 1, "top3": 2, "taken": 2}

    client.force_login(user_named(ADMIN))
    assert client.get(reverse("routing:accuracy")).status_code == 200
    client.force_login(user_named(PUPR_USER))
    assert client.get(reverse("routing:accuracy")).status_code == 403
