"""Who sees which dashboard, downloads, PDF and drill-down lists; and that a drill-down list holds
exactly the cases behind its figure."""

import csv
import io

import pytest
from django.urls import reverse
from pypdf import PdfReader

from pintu.accounts.models import User
from pintu.insights.facts import rebuild_all
from pintu.insights.models import ReportFact
from tests.insights.conftest import PERIOD

QUERY = PERIOD.query()


@pytest.fixture
def data(generated):
    return generated


def get(client, user, url):
    if user is not None:
        client.force_login(user)
    return client.get(url)


def table_of(response, key, section="complaint_tables"):
    return next(item for item in response.context[section] if item["table"].key == key)


def test_anonymous_is_sent_to_sign_in_and_a_citizen_is_refused(client, data):
    response = client.get(reverse("insights:dashboard"))
    assert response.status_code == 302 and response["Location"].startswith(reverse("web:login"))
    citizen = User.objects.create_user("warga.biasa", password="x-Very-long-pass-123")
    assert get(client, citizen, reverse("insights:dashboard")).status_code == 403
    assert client.get(reverse("insights:cases")).status_code == 403
    assert client.get(reverse("insights:download", args=["volume_month", "csv"])).status_code == 403


def test_the_bupati_sees_the_whole_pemkab_with_drill_down(client, user_named, data):
    response = get(client, user_named("bupati"), f"{reverse('insights:dashboard')}?{QUERY}")
    assert response.status_code == 200
    scope = response.context["scope"]
    assert scope.complaints and scope.ppid and scope.whole_pemkab and scope.report_drilldown
    total = response.context["complaint_figures"][0]["value"]
    counted = ReportFact.objects.filter(counted=True, submitted_on__range=(PERIOD.start, PERIOD.end))
    assert total.replace(".", "") == str(counted.count())
    content = response.content.decode()
    assert "<svg" in content and reverse("insights:cases") in content


def test_kepala_opd_sees_only_own_agency(client, user_named, data):
    response = get(client, user_named("kepala.pupr"), f"{reverse('insights:dashboard')}?{QUERY}")
    assert response.status_code == 200
    agencies = [cells[0][1] for cells, _link in table_of(response, "volume_agency")["rows"]]
    assert agencies == ["Dinas PUPR"]
    download = get(client, None, reverse("insights:download", args=["compliance_agency", "csv"]) + f"?{QUERY}")
    rows = list(csv.reader(io.StringIO(download.content.decode("utf-8-sig"))))
    assert [row[0] for row in rows[1:]] == ["Dinas PUPR"]  # one header row


def test_ppid_pembantu_sees_only_ppid_figures_of_own_agency(client, user_named, data):
    response = get(client, user_named("ppid.pupr"), f"{reverse('insights:dashboard')}?{QUERY}")
    assert response.status_code == 200
    assert not response.context["scope"].complaints and response.context["complaint_tables"] == []
    _reports, requests = data
    own = [r for r in requests if r.assigned_agency.code == "PUPR"]
    assert response.context["ppid_figures"][0]["value"] == str(len(own))
    # its drill-down list of requests shows PUPR requests only
    cases = get(client, None, f"{reverse('insights:cases')}?{QUERY}&sumber=ppid")
    assert {r.assigned_agency.code for r in cases.context["page"].object_list} == {"PUPR"}
    assert get(client, None, f"{reverse('insights:cases')}?{QUERY}&sumber=laporan").status_code == 404


def test_admin_instansi_sees_complaints_but_not_ppid(client, user_named, data):
    response = get(client, user_named("admin.kominfo"), reverse("insights:dashboard"))
    assert response.context["scope"].complaints and not response.context["scope"].ppid


def test_inspektorat_sees_reports_flagged_berkadar_pengawasan(client, user_named, data):
    response = get(client, user_named("inspektorat"), f"{reverse('insights:dashboard')}?{QUERY}")
    expected = ReportFact.objects.filter(counted=True, berkadar_pengawasan=True,
                                         submitted_on__range=(PERIOD.start, PERIOD.end)).count()  # fmt: skip
    assert expected and response.context["complaint_figures"][0]["value"] == str(expected)


@pytest.mark.parametrize("key", ["volume_month", "volume_category", "compliance_agency", "map_kecamatan"])
def test_every_drill_down_lists_exactly_the_cases_of_its_figure(client, user_named, data, key):
    response = get(client, user_named("admin.kominfo"), f"{reverse('insights:dashboard')}?{QUERY}")
    item = table_of(response, key)
    for cells, link in item["rows"][:6]:
        listed = client.get(link).context["page"].paginator.count
        assert str(listed) == cells[1][1].replace(".", ""), (key, cells[0])  # cells: (column name, text)


@pytest.mark.parametrize("key", ["volume_month", "compliance_agency"])
def test_pimpinan_count_rahasia_reports_but_do_not_open_them(client, user_named, data, key):
    """Issue #15: the figures count every report; the drill-down lists of pimpinan leave rahasia ones out."""
    response = get(client, user_named("bupati"), f"{reverse('insights:dashboard')}?{QUERY}")
    item, short = table_of(response, key), 0
    for cells, link in item["rows"][:6]:
        page = client.get(link).context["page"]
        assert not any(report.rahasia for report in page.object_list), (key, cells[0])
        short += int(cells[1][1].replace(".", "")) - page.paginator.count
    assert short > 0  # the world has rahasia reports: counted in the figure, not listed


def test_drill_down_never_shows_other_agencies_cases(client, user_named, data):
    client.force_login(user_named("penghubung.dinkes"))
    other = client.get(f"{reverse('insights:cases')}?{QUERY}&sumber=laporan&dim=agency&val=PUPR")
    assert other.context["page"].paginator.count == 0
    own = client.get(f"{reverse('insights:cases')}?{QUERY}&sumber=laporan&dim=agency&val=DINKES")
    assert own.context["page"].paginator.count > 0
    assert {r.assigned_agency.code for r in own.context["page"].object_list} == {"DINKES"}


def test_clock_drill_down_matches_the_missed_count(client, user_named, data):
    from pintu.insights import queries
    from pintu.insights.scope import insight_scope

    user = user_named("admin.kominfo")
    client.force_login(user)
    figures = queries.key_figures(insight_scope(user), PERIOD)
    listed = client.get(f"{reverse('insights:cases')}?{QUERY}&dim=clock&val=resolve:missed").context["page"]
    assert listed.paginator.count == figures["resolve_missed"] > 0


def test_xlsx_and_pdf_downloads(client, user_named, data):
    client.force_login(user_named("bupati"))
    xlsx = client.get(reverse("insights:download", args=["volume_kind", "xlsx"]) + f"?{QUERY}")
    assert xlsx.status_code == 200 and xlsx.content[:2] == b"PK"
    monthly = client.get(reverse("insights:report_pdf", args=["bulanan", "2026-03"]))
    assert monthly.status_code == 200 and monthly["Content-Type"] == "application/pdf"
    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(monthly.content)).pages)
    assert "Laporan bulanan" in text and "Masalah teratas per OPD" in text and "Dinas PUPR" in text
    quarterly = client.get(reverse("insights:report_pdf", args=["triwulanan", "2026-Q1"]))
    assert quarterly.status_code == 200 and quarterly.content.startswith(b"%PDF")
    assert client.get(reverse("insights:report_pdf", args=["triwulanan", "2026-Q7"])).status_code == 404


def test_facts_rebuild_command_is_idempotent(data, capsys):
    from django.core.management import call_command

    before = ReportFact.objects.count()
    call_command("insights_rebuild", batch_size=17)
    assert ReportFact.objects.count() == before and "ReportFact: " in capsys.readouterr().out
    assert rebuild_all()["reports"] == before
