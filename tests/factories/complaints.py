"""Reports for tests, through the real intake service, and the demo officers who handle them.

Needs the demo data (the `demo` fixture): the kecamatan Indralaya, its first desa, the category
INFRASTRUKTUR and one account per role. Every report is made by `submit_report`, as a citizen's would
be: history, contact record, clocks, search text and statistics are all there.

    report = make_report()                                  # diterima, at nobody yet
    report = make_report(privacy="anonim", name="")         # any ReportDraft field
    report = make_report(at="PUPR")                         # dispositioned to PUPR (public from then on)
    report = make_report(at="PUPR", follow_up="Sudah.")     # ... and followed up by PUPR
    submitted = submit(name="")                              # Submitted: the secret too; mails kept
"""

from decimal import Decimal

from django.core import mail

from pintu.accounts.models import User
from pintu.agencies.models import Agency, Area
from pintu.categories.models import Category
from pintu.complaints.models import Report
from pintu.complaints.services import admin, handling
from pintu.complaints.services.intake import ReportDraft, Submitted, submit_report

#: Demo accounts (pintu/demo): the coordinator, two OPD liaison officers, a head of OPD, the regent, a citizen.
ADMIN, PUPR, DINKES, KEPALA_PUPR, BUPATI, WARGA = (
    "admin.kominfo", "penghubung.pupr", "penghubung.dinkes", "kepala.pupr", "bupati", "warga",
)  # fmt: skip
#: The liaison officer of each agency code above.
OFFICER_OF = {"PUPR": PUPR, "DINKES": DINKES}

TITLE = "Jalan berlubang di depan pasar"
TEXT = "Jalan di depan pasar Indralaya berlubang besar sejak sebulan, sudah ada pengendara jatuh."
NAME, EMAIL, PHONE = "Siti Aminah", "siti.aminah@example.com", "0812-3456-7890"


def user(username: str) -> User:
    return User.objects.get(username=username)


def kecamatan() -> Area:
    return Area.objects.get(level="kecamatan", bps_code="1610060")  # Indralaya


def desa(of: Area | None = None) -> Area:
    return (of or kecamatan()).children.order_by("code").first()


def report_draft(**overrides) -> ReportDraft:
    """A complete draft of a citizen's report; `overrides` are ReportDraft fields (`category` may be a code)."""
    where = overrides.pop("kecamatan", None) or kecamatan()
    values = {
        "title": TITLE,
        "text": TEXT,
        "kecamatan": where,
        "desa": desa(where),
        "category": "INFRASTRUKTUR",
        "name": NAME,
        "email": EMAIL,
        "phone": PHONE,
        "consent": True,
    }
    values.update(overrides)
    if isinstance(values["category"], str):
        values["category"] = Category.objects.get(code=values["category"])
    for field in ("latitude", "longitude"):
        if isinstance(values.get(field), str | float):
            values[field] = Decimal(str(values[field]))
    return ReportDraft(**values)


def submit(**overrides) -> Submitted:
    """Submit a report: its code, the secret (once) and whether it was created. Its mails stay in the outbox."""
    return submit_report(report_draft(**overrides))


def make_report(*, at: str | None = None, follow_up: str = "", **overrides) -> Report:
    """A submitted report, the mails of its making dropped; `at` an agency code: dispositioned there by the
    admin instansi; `follow_up`: and followed up (public) by that agency's officer."""
    report = submit(**overrides).report
    if at:
        report = admin.disposition(report, user=user(ADMIN), agency=Agency.objects.get(code=at))
        if follow_up:
            report = handling.post_follow_up(report, user=user(OFFICER_OF.get(at, PUPR)), text=follow_up)
    mail.outbox.clear()
    return report
