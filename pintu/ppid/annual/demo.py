"""The demo's annual report: last year's Pemkab report, published (so /ppid/ links a report from the start).

Idempotent: an already published report is left as it is. Needs the demo's PPID Utama account.
"""

from django.utils import timezone

from pintu.accounts.models import RoleAssignment
from pintu.accounts.roles import Role
from pintu.ppid.annual.services import find_report, publish_report, save_sections

DEMO_POLICY = (
    "Layanan informasi publik diselenggarakan berdasarkan UU 14/2008, Perki 1/2021, dan Peraturan Bupati tentang "
    "pedoman pengelolaan informasi dan dokumentasi. (Teks contoh data demo.)"
)


def publish_demo_report() -> bool:
    """Publish last year's Pemkab report unless it is published already; True when it was published now."""
    year = timezone.localdate().year - 1
    report = find_report(year, None)
    if report is not None and report.is_published:
        return False
    assignment = RoleAssignment.objects.filter(role=Role.PPID_UTAMA).select_related("user").order_by("pk").first()
    if assignment is None:
        return False
    save_sections(assignment.user, year, None, {"policy": DEMO_POLICY})
    publish_report(assignment.user, year, None)
    return True
