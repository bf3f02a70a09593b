"""The berkala checklist every region must publish (PerKI 1/2021; UU 14/2008 art. 9; DOMAIN.md section 5).

A new region (and the demo) starts with it as DIP entries, each with its owning unit and the date it is
due, so the public DIP is never empty and each PPID Pembantu knows what to publish by when:

- `EVERY_UNIT`: items each perangkat daerah publishes about itself (profile, programmes, performance,
  financial report, services);
- `PEMKAB_WIDE`: items one unit publishes for the whole Pemkab (the APBD, regulations, procurement,
  emergency procedures, the information-access summary, the PPID profile), by agency code; a region
  without that unit gives it to the PPID Utama's agency.

`seed_checklist` is idempotent (matched by unit, category and title). Drafts (a real region) keep the due
date of the checklist (registers.services.dip keeps a berkala draft's due date); `publish=True` (the demo)
announces them at once, and they are then due again after the berkala period. Used by `manage.py
berkala_checklist` and by the demo's `manage.py load_demo`.
"""

import datetime
from dataclasses import dataclass

from django.db import transaction
from django.utils import timezone

from pintu.accounts.models import RoleAssignment
from pintu.accounts.roles import Role
from pintu.agencies.models import Agency, AgencyKind
from pintu.ppid import domain
from pintu.ppid.permissions import SYSTEM
from pintu.ppid.registers.models import DipCategory, DipItem, FormKind
from pintu.ppid.registers.services.dip import draft_dip_item, publish_dip_item
from pintu.workdays.calendar import get_calendar

#: Units that keep their own berkala list: the perangkat daerah (not the Bagian under the Setda, BUMD or
#: kecamatan, whose information the Setda or the Pemkab publishes).
UNIT_KINDS = (AgencyKind.SEKRETARIAT, AgencyKind.DINAS, AgencyKind.BADAN, AgencyKind.INSPEKTORAT,
              AgencyKind.SATPOL, AgencyKind.RSUD)  # fmt: skip
#: A draft with no statutory date is due this many calendar days after the checklist is seeded.
FIRST_DUE_DAYS = 30


@dataclass(frozen=True)
class Entry:
    section: str
    title: str
    summary: str
    due: tuple[int, int] | None = None  # (month, day) of a yearly statutory date; None: FIRST_DUE_DAYS
    owner: str = ""  # PEMKAB_WIDE: the agency code of the unit that publishes it


EVERY_UNIT = (
    Entry("Profil", "Profil {unit}",
          "Alamat dan kontak, struktur organisasi, tugas dan fungsi, profil pejabat struktural, dan ringkasan "
          "LHKPN pejabat."),
    Entry("Program dan kegiatan", "Ringkasan program dan kegiatan {unit}",
          "Nama program dan kegiatan, penanggung jawab, target dan capaian, jadwal pelaksanaan, anggaran dan "
          "sumbernya."),
    Entry("Kinerja", "Laporan Kinerja Instansi Pemerintah (LKjIP) {unit}",
          "Ringkasan laporan kinerja tahun sebelumnya: sasaran, indikator, target dan realisasinya.", due=(3, 31)),
    Entry("Keuangan", "Laporan keuangan {unit}",
          "Laporan realisasi anggaran, neraca, laporan operasional dan catatan atas laporan keuangan perangkat "
          "daerah.", due=(6, 30)),
    Entry("Layanan", "Standar pelayanan dan maklumat pelayanan {unit}",
          "Prosedur, persyaratan, jangka waktu, biaya dan maklumat pelayanan setiap jenis layanan."),
)  # fmt: skip

PEMKAB_WIDE = (
    Entry("Keuangan", "APBD dan realisasinya, neraca, laporan arus kas dan catatan atas laporan keuangan",
          "Laporan keuangan Pemerintah Daerah: APBD, laporan realisasi anggaran, neraca, laporan arus kas, "
          "catatan atas laporan keuangan.", due=(6, 30), owner="BPKAD"),
    Entry("Layanan informasi", "Ringkasan laporan layanan akses informasi publik",
          "Jumlah permohonan, waktu pemenuhan, permohonan yang dikabulkan dan ditolak beserta alasannya.",
          due=(3, 31), owner="DISKOMINFO"),
    Entry("Regulasi", "Peraturan dan keputusan yang berdampak bagi publik",
          "Peraturan daerah, peraturan kepala daerah dan keputusan yang berdampak bagi publik, termasuk rancangan "
          "dan tahap penyusunannya.", owner="BAG_HUKUM"),
    Entry("Pengadaan", "Rencana umum dan pengumuman pengadaan barang/jasa",
          "Rencana umum pengadaan, pengumuman tender dan hasilnya.", owner="BAG_PBJ"),
    Entry("Keadaan darurat", "Prosedur peringatan dini dan evakuasi keadaan darurat",
          "Tata cara peringatan dini, jalur dan titik kumpul evakuasi, nomor darurat.", owner="BPBD"),
    Entry("Layanan informasi", "Profil PPID dan prosedur layanan informasi publik",
          "Struktur dan pejabat PPID, maklumat dan standar layanan informasi, prosedur permohonan, keberatan dan "
          "sengketa informasi.", owner="DISKOMINFO"),
)  # fmt: skip


def due_date(entry: Entry, today: datetime.date) -> datetime.date:
    """The entry's first due date: its yearly date (this year, or next year once passed), else
    FIRST_DUE_DAYS from today; moved back to a working day as every berkala due date is."""
    if entry.due is None:
        due = today + datetime.timedelta(days=FIRST_DUE_DAYS)
    else:
        month, day = entry.due
        due = datetime.date(today.year, month, day)
        if due < today:
            due = datetime.date(today.year + 1, month, day)
    is_working_day = get_calendar().is_working_day
    for _step in range(31):
        if is_working_day(due) or due <= today:
            break
        due -= datetime.timedelta(days=1)
    return due


def units() -> list[Agency]:
    return list(Agency.objects.filter(active=True, kind__in=UNIT_KINDS).order_by("name"))


def utama_agency() -> Agency | None:
    row = RoleAssignment.objects.filter(role=Role.PPID_UTAMA, active=True, agency__isnull=False).first()
    if row is not None:
        return row.agency
    return Agency.objects.filter(kind=AgencyKind.PEMDA, parent__isnull=True).order_by("pk").first()


def planned(today: datetime.date) -> list[tuple[Agency, Entry, str]]:
    """(owning unit, entry, title) for every checklist row of this region."""
    rows = [(unit, entry, entry.title.format(unit=unit.name)) for unit in units() for entry in EVERY_UNIT]
    fallback, by_code = utama_agency(), {a.code: a for a in Agency.objects.filter(active=True)}
    for entry in PEMKAB_WIDE:
        owner = by_code.get(entry.owner) or fallback
        if owner is not None:
            rows.append((owner, entry, entry.title))
    return rows


def _fields(unit: Agency, entry: Entry, title: str) -> dict:
    return {
        "category": DipCategory.BERKALA, "section": entry.section, "title": title, "summary": entry.summary,
        "holder": unit.name, "responsible": f"PPID Pembantu {unit.short_name or unit.name}",
        "made_when_where": f"{unit.short_name or unit.name}, diperbarui paling singkat setiap "
                           f"{domain.DEFAULT_BERKALA_MONTHS} bulan",
        "form_kind": FormKind.SOFT, "retention": "Sesuai jadwal retensi arsip (JRA) Pemerintah Daerah",
    }  # fmt: skip


@dataclass(frozen=True)
class Seeded:
    created: int
    published: int
    existing: int


@transaction.atomic
def seed_checklist(*, publish: bool = False, today: datetime.date | None = None) -> Seeded:
    """Add the missing checklist rows as berkala DIP entries per unit, with their due dates."""
    today = today or timezone.localdate()
    existing = set(DipItem.objects.filter(category=DipCategory.BERKALA).values_list("agency_id", "title"))
    created = published = 0
    for unit, entry, title in planned(today):
        if (unit.pk, title) in existing:
            continue
        item = draft_dip_item(SYSTEM, unit, **_fields(unit, entry, title))
        DipItem.objects.filter(pk=item.pk).update(next_due_date=due_date(entry, today))
        created += 1
        if publish:
            publish_dip_item(SYSTEM, item)
            published += 1
    return Seeded(created, published, len(existing))
