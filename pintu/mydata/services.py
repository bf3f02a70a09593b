"""The citizen's data-subject rights as use cases: see what is held (export) and erase it.

Both are audited ("mydata.export", "mydata.erase"), with counts only in the details.

Erasure decisions (docs/privacy.md explains them to the citizen on the page):
* cases still open are NOT blocked: they continue anonymously (the officers keep working on the
  text; the citizen gets no more messages, and can still follow a report with its tracking code and
  secret). Waiting would keep the data for months against the person's wish;
* texts the citizen wrote stay, with their name, e-mail, phone, NIK and address cut out;
* officers cannot erase their own account here: their actions are official records, handled by the
  system administrator;
* the password must be given again, and a confirmation e-mail goes to the address on file (captured
  before it is erased, queued in the same transaction).
"""

from __future__ import annotations

from dataclasses import dataclass

from django.apps import apps
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from pintu.accounts.access import scope_of
from pintu.audit.services import audit
from pintu.complaints.models import Follower, Report, ReporterContact
from pintu.complaints.selectors import report_ids_of_reporter
from pintu.mydata import anonymise, export
from pintu.notifications.models import Preference
from pintu.notifications.services import Recipient, notify
from pintu.ppid.objections.selectors import objections_of_requester
from pintu.ppid.requests.models import InformationRequest
from pintu.ppid.requests.selectors import request_ids_of_requester
from pintu.privacy.redact import Needles


@transaction.atomic
def erase_report_contact(report: Report, *, confirmed: bool, actor=None, request=None) -> int:
    """A reporter (proved by tracking code + secret, or own account) erases their data from ONE report.

    For guests without an account. The report goes on anonymously; a confirmation e-mail goes to the
    contact address before it is erased. Returns how many history events had text cut.
    """
    if not confirmed:
        raise ValidationError({"confirm": _("Centang pernyataan bahwa Anda memahami akibat penghapusan.")})
    contact = ReporterContact.objects.filter(report=report).first()
    if contact is not None and contact.email:
        notify([Recipient(contact.email, report.language or "id")], "account", "mydata_case_erased",
               {"code": report.code})  # fmt: skip
    events = anonymise.anonymise_report(report, cause="erasure", actor=actor)
    audit("mydata.erase_case", actor=actor, target=report, details={"events": events}, request=request)
    return events


def may_erase_self(user) -> bool:
    return bool(user and user.is_authenticated and not user.is_staff and not scope_of(user).is_staff_member)


def export_account(user, *, request=None) -> bytes:
    """The ZIP of everything held about `user` (immediate; audited)."""
    content, summary = export.build_zip(user)
    audit("mydata.export", actor=user, target=user, details=summary, request=request)
    return content


@dataclass(frozen=True)
class Erased:
    reports: int
    requests: int
    objections: int


def _all_needles(user, reports, requests, objections) -> Needles:
    """Every detail of the person across all their cases, so a phone given in one is cut from all."""
    needles = anonymise.needles_for_user(user)
    for report in reports:
        needles.update(anonymise.needles_for_report(report))
    for info in requests:
        needles.update(anonymise.needles_for_request(info))
    for objection in objections:
        needles.add_text(objection.requester_name, name=True)
        needles.add_text(objection.contact)
        needles.add_phone(objection.contact)
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
    if user.email:
        recipient = Recipient(user.email, getattr(user, "language", "id") or "id")
        notify([recipient], "account", "mydata_erased", {"when": timezone.now()})
    for report in reports:
        anonymise.anonymise_report(report, cause="erasure", extra=needles, actor=user)
    for info in requests:
        anonymise.anonymise_request(info, cause="erasure", extra=needles, actor=user)
    for objection in objections:
        anonymise.anonymise_objection(objection, cause="erasure", extra=needles, actor=user)
    result = Erased(len(reports), len(requests), len(objections))
    details = {"reports": result.reports, "requests": result.requests, "objections": result.objections}
    audit("mydata.erase", actor=user, target=user, details=details, request=request)
    _scrub_account(user)
    return result
