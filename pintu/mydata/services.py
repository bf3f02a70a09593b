"""The citizen's data-subject rights as use cases: see what is held (export) and erase it.

Both are audited ("mydata.export", "mydata.erase"), with counts only in the details.

Erasure decisions (docs/privacy.md explains them to the citizen on the page):
* a case the law still needs (an open information request, an objection, a dispute, or a case within
  the archive schedule when the person's data is part of that archive) is RESTRICTED instead of erased:
  hidden from every list, page, export and search, not used, and erased by the retention sweep when
  the duty ends (pintu.mydata.restriction); the person is told which cases and until when;
* other cases are anonymised now, including open complaints: they continue anonymously (the officers
  keep working on the text; the citizen gets no more messages, and can still follow a report with its
  tracking code and secret). Waiting would keep the data for months against the person's wish;
* texts the citizen wrote stay, with their name, e-mail, phone, NIK and address cut out;
* officers cannot erase their own account here: their actions are official records, handled by the
  system administrator;
* the password must be given again, and a confirmation e-mail goes to the address on file (captured
  before it is erased, queued in the same transaction).
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from django.apps import apps
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from pintu.accounts.access import scope_of
from pintu.audit.services import audit
from pintu.complaints.models import Follower, Report, ReporterContact
from pintu.complaints.selectors import report_ids_of_reporter
from pintu.mydata import anonymise, export, restriction
from pintu.mydata.export_summary import render_summary
from pintu.mydata.models import RecordKind, RestrictionReason
from pintu.notifications.models import Preference
from pintu.notifications.services import Recipient, notify
from pintu.ppid.objections.selectors import objections_of_requester
from pintu.ppid.requests.models import InformationRequest
from pintu.ppid.requests.selectors import request_ids_of_requester
from pintu.privacy.redact import Needles


@dataclass(frozen=True)
class RestrictedCase:
    """A case kept (restricted) instead of erased, as the person is told: which one, and until when."""

    reference: str
    kind: str  # the record type's label ("Permohonan informasi publik")
    until: datetime.date
    reason: str  # RestrictionReason label

    def as_context(self) -> dict:
        return {"reference": self.reference, "kind": self.kind, "until": self.until, "reason": self.reason}


def _restricted(outcome: restriction.Outcome) -> RestrictedCase:
    row = outcome.restriction
    return RestrictedCase(row.reference, str(RecordKind(row.record_type.kind).label), row.until,
                          str(row.get_reason_display()))  # fmt: skip


def restricted_message(until: datetime.date) -> str:
    """What the reporter is told when their report is kept as an archive instead of erased (page and API)."""
    return _(
        "Laporan ini masih harus disimpan sebagai arsip sampai %(until)s. Sampai saat itu data Anda dibatasi: "
        "laporan disembunyikan dan tidak dipakai lagi; sesudahnya data pribadi Anda dihapus otomatis."
    ) % {"until": date_format(until, "j F Y")}


@transaction.atomic
def erase_report_contact(report: Report, *, confirmed: bool, actor=None, request=None) -> restriction.Outcome:
    """A reporter (proved by tracking code + secret, or own account) erases their data from ONE report.

    For guests without an account. The report goes on anonymously, or is restricted when the region's
    archive schedule keeps reporters' identities (pintu.mydata.restriction); a confirmation e-mail goes
    to the contact address before anything is erased.
    """
    if not confirmed:
        raise ValidationError({"confirm": _("Centang pernyataan bahwa Anda memahami akibat penghapusan.")})
    contact = ReporterContact.objects.filter(report=report).first()
    email = contact.email if contact is not None else ""
    outcome = restriction.erase_or_restrict(report, actor=actor, request=request)
    if email:
        until = outcome.restriction.until if outcome.restricted else None
        notify([Recipient(email, report.language or "id")], "account", "mydata_case_erased",
               {"code": report.code, "restricted_until": until})  # fmt: skip
    details = {"events": outcome.events, "restricted": outcome.restricted}
    audit("mydata.erase_case", actor=actor, target=report, details=details, request=request)
    return outcome


def may_erase_self(user) -> bool:
    return bool(user and user.is_authenticated and not user.is_staff and not scope_of(user).is_staff_member)


def export_account(user, *, request=None) -> bytes:
    """The ZIP of everything held about `user` (immediate; audited)."""
    content, summary = export.build_zip(user)
    audit("mydata.export", actor=user, target=user, details=summary, request=request)
    return content


def summary_of_account(user, *, request=None) -> str:
    """The readable summary of the export (the ZIP's ringkasan.html) as one page, to read on a phone without
    opening a ZIP; audited like the export (with "format": "summary")."""
    data, _files = export.collect(user)
    counts = {
        "format": "summary",
        "reports": len(data["reports"]),
        "information_requests": len(data["information_requests"]),
        "objections": len(data["objections"]),
    }
    audit("mydata.export", actor=user, target=user, details=counts, request=request)
    return render_summary(data)


@dataclass(frozen=True)
class Erased:
    reports: int
    requests: int
    objections: int
    restricted: tuple[RestrictedCase, ...] = ()


def _all_needles(user, reports, requests, objections) -> Needles:
    """Every detail of the person across all their cases, so a phone given in one is cut from all."""
    needles = anonymise.needles_for_user(user)
    for report in reports:
        needles.update(anonymise.needles_for_report(report))
    for info in requests:
        needles.update(anonymise.needles_for_request(info))
    for objection in objections:
        needles.add_person(names=(objection.requester_name,), details=(objection.contact,), phone=objection.contact)
    return needles


def _scrub_account(user) -> None:
    old_username = user.get_username()
    user.username = f"dihapus-{user.pk}"
    user.email = user.first_name = user.last_name = user.full_name = user.phone = ""
    user.is_active = False
    user.set_unusable_password()
    user.save()
    Preference.objects.filter(user=user).delete()
    Follower.objects.filter(user=user).delete()
    if hasattr(user, "api_tokens"):
        user.api_tokens.filter(revoked_at__isnull=True).update(revoked_at=timezone.now())
    if apps.is_installed("axes"):  # lockout records keep the typed username
        for name in ("AccessAttempt", "AccessLog", "AccessFailureLog"):
            try:
                apps.get_model("axes", name).objects.filter(username=old_username).delete()
            except LookupError:
                continue


@transaction.atomic
def erase_account(user, *, password: str, confirmed: bool, request=None) -> Erased:
    """Anonymise every case of `user`, scrub and deactivate the account. Raises ValidationError."""
    if not may_erase_self(user):
        raise ValidationError(_("Akun petugas tidak dapat dihapus di sini. Hubungi admin sistem."))
    errors = {}
    if not confirmed:
        errors["confirm"] = _("Centang pernyataan bahwa Anda memahami akibat penghapusan.")
    if not password or not user.check_password(password):
        errors["password"] = _("Kata sandi salah.")
    if errors:
        raise ValidationError(errors)
    reports = list(Report.objects.filter(pk__in=report_ids_of_reporter(user)).order_by("pk"))
    requests = list(InformationRequest.objects.filter(pk__in=request_ids_of_requester(user)).order_by("pk"))
    request_pks = {info.pk for info in requests}
    objections = [o for o in objections_of_requester(user).order_by("pk") if o.request_id not in request_pks]
    needles = _all_needles(user, reports, requests, objections)
    outcomes = [
        restriction.erase_or_restrict(case, actor=user, extra=needles, request=request)
        for case in (*reports, *requests, *objections)
    ]
    restricted = tuple(_restricted(outcome) for outcome in outcomes if outcome.restricted)
    if user.email:
        recipient = Recipient(user.email, getattr(user, "language", "id") or "id")
        context = {"when": timezone.now(), "restricted": [case.as_context() for case in restricted]}
        notify([recipient], "account", "mydata_erased", context)
    result = Erased(len(reports), len(requests), len(objections), restricted)
    details = {"reports": result.reports, "requests": result.requests, "objections": result.objections,
               "restricted": len(restricted)}  # fmt: skip
    audit("mydata.erase", actor=user, target=user, details=details, request=request)
    _scrub_account(user)
    return result


def erasure_preview(user) -> list[RestrictedCase]:
    """The person's cases that an erasure now would restrict rather than erase, and until when."""
    reports = Report.objects.filter(pk__in=report_ids_of_reporter(user)).order_by("pk")
    requests = InformationRequest.objects.filter(pk__in=request_ids_of_requester(user)).order_by("pk")
    request_pks = set(requests.values_list("pk", flat=True))
    objections = [o for o in objections_of_requester(user).order_by("pk") if o.request_id not in request_pks]
    preview = []
    for case in (*reports, *requests, *objections):
        existing = restriction.active(case)
        if existing is not None:
            preview.append(RestrictedCase(existing.reference, str(RecordKind(existing.record_type.kind).label),
                                          existing.until, str(existing.get_reason_display())))  # fmt: skip
            continue
        duty, record_type, decision = restriction.decision_for(case)
        if decision.restrict:
            preview.append(RestrictedCase(duty.reference, str(record_type.get_kind_display()), decision.until,
                                          str(RestrictionReason(decision.reason).label)))  # fmt: skip
    return preview
