"""Generated reports and requests with known timestamps, across holidays and perlu_info pauses.

Rows are written directly (not through the services) so the timestamps can lie anywhere in the
first half of 2026, which holds Nyepi, Idul Fitri with its cuti bersama and several long weekends.
Each report follows a plausible path: submitted -> verified -> dispositioned -> (paused) -> first
follow-up -> resolved -> closed, stopping at a random stage.
"""

import random
from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

from pintu.agencies.models import Agency, Area
from pintu.categories.models import Category
from pintu.complaints.models import ArchiveKind, CategoryClock, Pause, Report
from pintu.complaints.workflow import Status
from pintu.history.services import record_event
from pintu.ppid.requests.models import InformationRequest
from pintu.textnorm import search_text

TZ = ZoneInfo("Asia/Jakarta")
AGENCY_CODES = ("PUPR", "DINKES", "RSUD", "DISDIK", "INSPEKTORAT")
HOURS = (6, 8, 10, 13, 15, 16, 17, 21)  # before, during and after office hours (08:00-16:00)
STAGES = (
    "diterima", "terverifikasi", "didisposisikan", "diproses", "perlu_info", "ditindaklanjuti", "selesai",
    "selesai", "selesai", "dilimpahkan", "diarsipkan", "duplicate", "dibuka_kembali",
)  # fmt: skip


def moment(rng: random.Random, day) -> datetime:
    return datetime.combine(day, time(rng.choice(HOURS), rng.randrange(60)), tzinfo=TZ)


def later(rng: random.Random, start: datetime, max_days: int) -> datetime:
    return moment(rng, (start + timedelta(days=rng.randrange(max_days + 1))).date()) + timedelta(minutes=1)


def after(start: datetime, value: datetime) -> datetime:
    return value if value > start else start + timedelta(hours=1)


def setup_reference_data(rng: random.Random):
    """Populations for the map and one category clock override."""
    kecamatan = list(Area.objects.filter(level="kecamatan").order_by("pk"))
    for area in kecamatan:
        area.population = rng.randrange(8000, 60000)
        area.save(update_fields=["population"])
    categories = list(Category.objects.order_by("pk")[:6])
    CategoryClock.objects.update_or_create(
        category=categories[1], defaults={"resolve_days": 7, "first_response_days": 2}
    )
    return kecamatan, categories


def make_reports(n: int = 240, seed: int = 7, start_day=None) -> list[Report]:
    from datetime import date

    rng = random.Random(seed)
    kecamatan, categories = setup_reference_data(rng)
    desa = {k.pk: list(k.children.order_by("pk")[:4]) for k in kecamatan[:6]}
    agencies = {code: Agency.objects.get(code=code) for code in AGENCY_CODES}
    start_day = start_day or date(2026, 1, 2)
    reports = []
    for i in range(n):
        area = rng.choice(kecamatan[:6])
        submitted = moment(rng, start_day + timedelta(days=rng.randrange(175)))
        stage = rng.choice(STAGES)
        berkadar = rng.random() < 0.06
        agency = agencies["INSPEKTORAT"] if berkadar else agencies[rng.choice(AGENCY_CODES[:4])]
        values = {
            "code": f"LPR-2026-T{i:05d}", "secret_hash": "x", "title": f"Laporan uji {i}", "text": "Isi laporan uji.",
            "kind": rng.choice(["pengaduan", "pengaduan", "aspirasi", "permintaan_informasi"]),
            "category": rng.choice([*categories, None]), "kecamatan": area, "desa": rng.choice([*desa[area.pk], None]),
            **rng.choice([{}] * 5 + [{"anonim": True}, {"rahasia": True}, {"anonim": True, "rahasia": True}]),
            "channel": rng.choice(["web", "web", "walk_in", "phone", "whatsapp"]),
            "status": Status.DITERIMA, "status_changed_at": submitted, "submitted_at": submitted,
            "berkadar_pengawasan": berkadar, "bounce_count": rng.choice([0, 0, 0, 0, 1, 2, 3]),
        }  # fmt: skip
        pauses = []
        reopens = 0
        if stage != "diterima":
            values["verified_at"] = after(submitted, later(rng, submitted, 7))
            values["status"] = Status.TERVERIFIKASI
        if stage in ("dilimpahkan",):
            values.update(status=Status.DILIMPAHKAN, assigned_agency=None)
        elif stage in ("diarsipkan", "duplicate"):
            values.update(status=Status.DIARSIPKAN, closed_at=values["verified_at"],
                          archive_kind=ArchiveKind.DUPLICATE if stage == "duplicate" else ArchiveKind.SPAM)  # fmt: skip
        elif stage not in ("diterima", "terverifikasi"):
            disposition = after(values["verified_at"], later(rng, values["verified_at"], 3))
            values.update(status=Status.DIDISPOSISIKAN, assigned_agency=agency, dispositioned_at=disposition)
            cursor = disposition
            if stage != "didisposisikan" and rng.random() < 0.4:
                pause_start = after(cursor, later(rng, cursor, 4))
                pause_end = None if stage == "perlu_info" else after(pause_start, later(rng, pause_start, 12))
                pauses.append((pause_start, pause_end))
                cursor = pause_end or pause_start
            if stage == "perlu_info":
                values["status"] = Status.PERLU_INFO
                if not pauses:
                    pauses.append((after(cursor, later(rng, cursor, 3)), None))
            elif stage == "diproses":
                values["status"] = Status.DIPROSES
            elif stage in ("ditindaklanjuti", "selesai", "dibuka_kembali"):
                first = after(cursor, later(rng, cursor, 12))
                follow = after(first, later(rng, first, 25)) if rng.random() < 0.5 else first
                values.update(first_response_at=first, last_follow_up_at=follow, status=Status.DITINDAKLANJUTI)
                if stage == "selesai":
                    values.update(status=Status.SELESAI, closed_at=after(follow, later(rng, follow, 12)))
                    if rng.random() < 0.6:
                        values["rating"] = rng.randrange(1, 6)
                if stage == "dibuka_kembali":
                    reopens = rng.choice([1, 2])
                    again = after(follow, later(rng, follow, 5))
                    values.update(status=Status.DIBUKA_KEMBALI, dispositioned_at=again, first_response_at=None)
        report = Report.objects.create(**values)
        for started, ended in pauses:
            Pause.objects.create(report=report, started_at=started, ended_at=ended)
        for _r in range(reopens):
            record_event(report, "reopen", actor_role="reporter", status_to=Status.DIBUKA_KEMBALI, reason="belum")
        reports.append(report)
    return reports


def make_requests(n: int = 40, seed: int = 11) -> list[InformationRequest]:
    from datetime import date

    rng = random.Random(seed)
    agencies = [Agency.objects.get(code=code) for code in ("PUPR", "DINKES", "DISDIK")]
    result = []
    for i in range(n):
        received = moment(rng, date(2026, 1, 5) + timedelta(days=rng.randrange(170)))
        decided = after(received, later(rng, received, 25)) if rng.random() < 0.75 else None
        extended = decided is not None and rng.random() < 0.2
        result.append(InformationRequest.objects.create(
            number=f"PPID/2026/{i:06d}", secret_hash="x", channel="web", requester_kind="perorangan",
            information="Dokumen uji", purpose="Uji", obtain_method="soft", delivery_method="email",
            status="diputuskan" if decided else "diproses", status_changed_at=decided or received,
            assigned_agency=rng.choice(agencies), received_at=received, complete_at=received,
            decision=rng.choice(["granted_whole", "granted_part", "refused"]) if decided else "", decided_at=decided,
            extended=extended, extension_days=rng.randrange(1, 8) if extended else None,
        ))  # fmt: skip
    return result


def make_burst(n: int, day, category, kecamatan, desa, agency_code: str = "PUPR") -> list[Report]:
    """`n` reports about one problem in one desa on one day (a recurring problem to be found)."""
    agency = Agency.objects.get(code=agency_code)
    submitted = datetime.combine(day, time(9, 0), tzinfo=TZ)
    return [
        Report.objects.create(
            code=f"LPR-2026-B{day:%m%d}{i:03d}",
            secret_hash="x",
            title="Banjir lagi",
            text="Banjir di jalan desa.",
            category=category,
            kecamatan=kecamatan,
            desa=desa,
            status=Status.DIDISPOSISIKAN,
            status_changed_at=submitted,
            submitted_at=submitted,
            verified_at=submitted,
            dispositioned_at=submitted,
            assigned_agency=agency,
            search_text=search_text("Banjir lagi\nBanjir di jalan desa."),
        )  # fmt: skip
        for i in range(n)
    ]
