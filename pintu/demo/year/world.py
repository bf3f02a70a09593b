"""The world the generator draws from (areas, agencies, categories, users, clocks) and its time curve.

Loaded once per run from the database that `manage.py load_demo` filled; everything after that is pure
Python, so the simulation can run in a worker thread.
"""

from __future__ import annotations

import bisect
import math
import random
from dataclasses import dataclass
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

DESA_TARGET = 241  # desa + kelurahan in Ogan Ilir (Kepmendagri 2025)


@dataclass(frozen=True)
class Place:
    pk: int
    name: str


@dataclass(frozen=True)
class Cat:
    pk: int
    code: str
    default_agency_id: int | None


class FastCalendar:
    """The database's WorkCalendar with a memo for pause-free arithmetic (millions of identical calls)."""

    def __init__(self, calendar):
        self._cal = calendar
        self._memo: dict = {}
        self.rules = calendar.rules

    def __getattr__(self, name):
        return getattr(self._cal, name)

    def add_working_days(self, received, n, pauses=()):
        if pauses:
            return self._cal.add_working_days(received, n, pauses)
        key = (self._cal._local(received), n)
        if key not in self._memo:
            self._memo[key] = self._cal.add_working_days(received, n)
        return self._memo[key]


def zipf(n: int, s: float) -> list[float]:
    return [1 / (rank + 1) ** s for rank in range(n)]


def cumulative(weights: list[float]) -> list[float]:
    out, total = [], 0.0
    for w in weights:
        total += w
        out.append(total)
    return out


def draw(rng: random.Random, items: list, cum: list[float]):
    return items[min(bisect.bisect_right(cum, rng.random() * cum[-1]), len(items) - 1)]


class World:
    """Everything the simulation reads, loaded once: areas, agencies, categories, users, clocks."""

    def __init__(
        self,
        seed: int,
        until: datetime,
        years: int,
        *,
        key_prefix: str,
        secret: str,
        top_up_desa: bool = True,
        favour: tuple[str, ...] = (),
    ):
        """`favour`: agency codes put first in the OPD order (the demo's accounts' agencies get the most work)."""
        from django.conf import settings

        from pintu.accounts.models import RoleAssignment
        from pintu.accounts.roles import Role
        from pintu.agencies.models import OUTSIDE_KINDS, Agency, AgencyKind, Area, AreaLevel
        from pintu.cases.tracking import hash_secret
        from pintu.categories.models import Category
        from pintu.complaints.clocks import policy_for
        from pintu.complaints.models import ComplaintSettings
        from pintu.ppid.models import PpidSettings
        from pintu.workdays.calendar import get_calendar

        self.tz = ZoneInfo(settings.TIME_ZONE)
        self.until, self.key_prefix = until, key_prefix
        #: (rng, category code, desa, kecamatan) -> (title, text); None: the templates of texts.py
        self.compose = None
        #: (user id, full name, e-mail) of a citizen account that files some web reports itself (the demo's
        #: `warga`, so "Laporan saya" shows something); None: every reporter is a guest
        self.citizen: tuple[int, str, str] | None = None
        self.start = until - timedelta(days=round(365.25 * years))
        self.calendar = FastCalendar(get_calendar())
        self.secret_hash = hash_secret(secret)
        layout = random.Random(f"{seed}:layout")

        kecamatan = list(Area.objects.filter(level=AreaLevel.KECAMATAN, active=True).order_by("pk"))
        if not kecamatan:
            raise SystemExit("No kecamatan: run `manage.py migrate` and `manage.py load_demo` first.")
        if top_up_desa:  # the benchmark's scale; the demo uses the real desa it has
            ensure_desa(kecamatan)
        layout.shuffle(kecamatan)
        self.kecamatan = [Place(k.pk, k.name) for k in kecamatan]
        self.kec_cum = cumulative(
            [(k.population or 20_000) * w for k, w in zip(kecamatan, zipf(len(kecamatan), 0.7), strict=True)]
        )
        self.desa: dict[int, tuple[list[Place], list[float]]] = {}
        for k in kecamatan:
            rows = [Place(a.pk, a.name) for a in Area.objects.filter(parent=k, active=True).order_by("pk")]
            layout.shuffle(rows)
            self.desa[k.pk] = (rows, cumulative(zipf(len(rows), 1.0)))

        agencies = list(Agency.objects.filter(active=True).order_by("pk"))
        self.agency_code = {a.pk: a.code for a in agencies}
        outside = [a for a in agencies if a.kind in OUTSIDE_KINDS]
        self.outside_ids = {a.pk for a in outside}
        self.outside = [a.pk for a in outside if a.kind != AgencyKind.KOMISI_INFORMASI]
        inside = [a for a in agencies if a.kind not in OUTSIDE_KINDS and a.kind not in (AgencyKind.PEMDA,)]
        opd = [a.pk for a in inside if a.kind != AgencyKind.KECAMATAN]
        layout.shuffle(opd)
        first = [pk for code in favour for pk in opd if self.agency_code[pk] == code]
        opd = first + [pk for pk in opd if pk not in first]
        self.opd, self.opd_cum = opd, cumulative(zipf(len(opd), 0.9))
        self.inspektorat_id = next((a.pk for a in agencies if a.code == "INSPEKTORAT"), opd[0])
        self.commission_id = next((a.pk for a in agencies if a.kind == AgencyKind.KOMISI_INFORMASI), outside[0].pk)
        self.agency_speed = {pk: min(3.0, max(0.4, math.exp(layout.gauss(0, 0.45)))) for pk in self.agency_code}

        categories = list(Category.objects.filter(active=True).select_related("clock").order_by("sort_order", "pk"))
        self.categories = [Cat(c.pk, c.code, c.default_agency_id) for c in categories]
        self.cat_cum = cumulative(zipf(len(categories), 1.0))
        defaults = ComplaintSettings.load()
        self._policies = {}
        for c in [*categories, None]:
            for berkadar in (False, True):
                stand_in = type(
                    "R", (), {"category_id": c.pk if c else None, "category": c, "berkadar_pengawasan": berkadar}
                )()
                self._policies[(c.pk if c else None, berkadar)] = policy_for(stand_in, defaults)
        self.bounce_flag_after = defaults.bounce_flag_after
        self.waits_for_complete = PpidSettings.load().request_clock_waits_for_complete

        held = RoleAssignment.objects.filter(active=True).values_list("role", "agency_id", "user_id")
        self.admin_user_id = next((u for r, _a, u in held if r == Role.ADMIN_INSTANSI), None)
        self.ppid_utama_user_id = next((u for r, _a, u in held if r == Role.PPID_UTAMA), None)
        self.atasan_user_id = next((u for r, _a, u in held if r == Role.ATASAN_PPID), None)
        self.handler_user_by_agency = {a: u for r, a, u in held if r == Role.PEJABAT_PENGHUBUNG}
        self.ppid_user_by_agency = {a: u for r, a, u in held if r == Role.PPID_PEMBANTU}
        self._objection_ids: list[int] = []
        self._dispute_ids: list[int] = []
        self.objection_numbers: dict[int, int] = {}

    # --- choices --------------------------------------------------------------------------------

    def pick_category(self, rng):
        return draw(rng, self.categories, self.cat_cum)

    def pick_area(self, rng):
        kec = draw(rng, self.kecamatan, self.kec_cum)
        rows, cum = self.desa[kec.pk]
        return kec, (draw(rng, rows, cum) if rows and rng.random() < 0.85 else None)

    def pick_agency(self, rng, category) -> int:
        if category.default_agency_id and category.default_agency_id not in self.outside_ids and rng.random() < 0.8:
            return category.default_agency_id
        return draw(rng, self.opd, self.opd_cum)

    def pick_request_agency(self, rng) -> int:
        return draw(rng, self.opd, self.opd_cum)

    def pick_other_agency(self, rng, not_this: int) -> int:
        while True:
            pk = draw(rng, self.opd, self.opd_cum)
            if pk != not_this:
                return pk

    def pick_outside(self, rng) -> int:
        return rng.choice(self.outside)

    def agency_outside(self, agency_id) -> int | None:
        return agency_id if agency_id in self.outside_ids else None

    def point(self, rng, axis: int):
        from decimal import Decimal

        centre = (-3.25, 104.65)[axis]
        return Decimal(f"{centre + rng.uniform(-0.35, 0.35):.6f}")

    def policy(self, category_id, berkadar: bool):
        return self._policies[(category_id, berkadar)]

    def autoclose_days(self, row) -> int:
        return self.policy(row["category_id"], row["berkadar_pengawasan"]).autoclose_days

    def objection_rate(self, row) -> float:
        return {"refused": 0.25, "granted_part": 0.08, "not_held": 0.06}.get(row["decision"], 0.005)

    def take_objection_number(self, year: int) -> int:
        self.objection_numbers[year] = self.objection_numbers.get(year, 0) + 1
        return self.objection_numbers[year]

    def next_objection_id(self) -> int:
        return self._objection_ids.pop()

    def next_dispute_id(self) -> int:
        return self._dispute_ids.pop()


def ensure_desa(kecamatan) -> int:
    """Top the demo's sample of desa up to Ogan Ilir's 241 with rows flagged as generated (code GEN-...)."""
    from pintu.agencies.models import Area, AreaLevel

    have = Area.objects.filter(level__in=[AreaLevel.DESA, AreaLevel.KELURAHAN]).count()
    missing = DESA_TARGET - have
    if missing <= 0:
        return 0
    total_pop = sum(k.population or 20_000 for k in kecamatan)
    rows = []
    for index, kec in enumerate(kecamatan):
        share = (
            round(missing * (kec.population or 20_000) / total_pop)
            if index < len(kecamatan) - 1
            else (missing - len(rows))
        )
        for n in range(1, share + 1):
            rows.append(
                Area(level=AreaLevel.DESA, name=f"Desa Uji {kec.name} {n}", code=f"GEN-{kec.code}.{n:03d}", parent=kec)
            )
    Area.objects.bulk_create(rows[:missing])
    return len(rows[:missing])


# --- time: case i of N at a monotonic point of a growing, weekly and seasonal volume --------------


class Timeline:
    def __init__(self, world: World, seed: int):
        days = (world.until.date() - world.start.date()).days
        self.first = world.start.date()
        noise = random.Random(f"{seed}:days")
        weights = []
        for i in range(days):
            d = self.first + timedelta(days=i)
            growth = 0.35 + 0.65 * i / max(days - 1, 1)  # adoption grows over the years
            weekly = 0.45 if d.weekday() >= 5 else (1.15 if d.weekday() == 0 else 1.0)
            season = 1.0 + 0.25 * math.cos((d.month - 1) / 12 * 2 * math.pi)  # rainy season peaks in Dec-Jan
            weights.append(growth * weekly * season * (0.8 + 0.4 * noise.random()))
        self.cum = cumulative(weights)
        self.hours = cumulative(
            [0.2, 0.1, 0.1, 0.1, 0.2, 0.5, 1.5, 3, 5, 6, 6, 5.5, 4.5, 5, 5, 4.5, 3.5, 3, 3.5, 4, 4, 3, 1.5, 0.6]
        )
        self.tz = world.tz

    def at(self, q: float) -> datetime:
        """The moment at quantile q (0 <= q < 1) of the volume: monotonic in q."""
        x = q * self.cum[-1]
        day = min(bisect.bisect_right(self.cum, x), len(self.cum) - 1)
        before = self.cum[day - 1] if day else 0.0
        frac = (x - before) / (self.cum[day] - before)
        y = frac * self.hours[-1]
        hour = min(bisect.bisect_right(self.hours, y), 23)
        h_before = self.hours[hour - 1] if hour else 0.0
        minute_frac = (y - h_before) / (self.hours[hour] - h_before)
        d = self.first + timedelta(days=day)
        return datetime(d.year, d.month, d.day, hour, tzinfo=self.tz) + timedelta(seconds=int(minute_frac * 3599))
