"""Run inside the crash test's own database (not the test database): report every report's wholeness as JSON.

Usage: DJANGO_SETTINGS_MODULE=pintu.settings PINTU_VAR_DIR=... [DATABASE_URL=...] python -m tests.ops.crash_probe
"""

import json


def check() -> dict:
    """code -> what each stored report has; plus attachment rows whose report or file is missing."""
    from pintu.complaints.models import Attachment, Report, ReporterContact
    from pintu.history.models import Event

    reports = {}
    contacts = set(ReporterContact.objects.values_list("report_id", flat=True))
    submitted: dict[int, int] = {}
    for case_id in Event.objects.filter(case_type="report", kind="submitted").values_list("case_id", flat=True):
        submitted[case_id] = submitted.get(case_id, 0) + 1
    for report in Report.objects.all():
        attachments = list(report.attachments.all())
        reports[report.code] = {
            "submitted_events": submitted.get(report.pk, 0),
            "contact": report.pk in contacts,
            "verify_due": report.verify_due is not None,
            "search_text": bool(report.search_text.strip()),
            "attachments": len(attachments),
            "attachment_files_ok": all(
                a.file.storage.exists(a.file.name) and a.file.storage.size(a.file.name) == a.size for a in attachments
            ),
        }
    orphan_rows = Attachment.objects.exclude(report__in=Report.objects.all()).count()
    orphan_events = Event.objects.filter(case_type="report").exclude(
        case_id__in=Report.objects.values("pk")
    ).count()
    return {"reports": reports, "orphan_attachment_rows": orphan_rows, "orphan_report_events": orphan_events}


if __name__ == "__main__":
    import django

    django.setup()
    print(json.dumps(check()))
