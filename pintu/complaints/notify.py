"""Who hears about what happens to a report. Called by the services inside their transaction.

Reporters get every change they can see (in the language they used to report); followers of a master
report (reporters of merged duplicates) and its watchers ("Saya juga mengalami ini", watchers.py) get its
public changes; handlers get assignments, replies and
reopens; the admin instansi gets send-backs and bounce flags; escalations go to the OPD head and the
admin instansi.
"""

import copy

from django.conf import settings
from django.urls import reverse

from pintu.accounts.models import User
from pintu.accounts.roles import Role
from pintu.complaints import watchers
from pintu.complaints.models import Follower, Report, ReporterContact
from pintu.complaints.phone_consent import active_channels
from pintu.complaints.public_text import public_events
from pintu.history.models import Event, Visibility
from pintu.notifications.models import Topic
from pintu.notifications.services import Recipient, notify, recipient_for_user


def tracking_url(report: Report) -> str:
    return settings.BASE_URL + reverse("complaints:track_detail", args=[report.code])


def reporter(report: Report) -> Recipient | None:
    """The reporter: by e-mail when given, and by WhatsApp/SMS while they agree to it (phone_consent)."""
    contact = ReporterContact.objects.filter(report=report).first()
    if contact is None:
        return None
    channels = active_channels(contact)
    if not contact.email and not channels:
        return None
    return Recipient(contact.email, report.language or "id", report.reporter_user,
                     phone=contact.phone if channels else "", phone_channels=channels)  # fmt: skip


def followers(report: Report) -> list[Recipient]:
    found = []
    for follower in Follower.objects.filter(report=report).select_related("from_report"):
        if follower.from_report and (recipient := reporter(follower.from_report)):
            found.append(recipient)
    return found


def staff(role: str, agency_ids=None) -> list[Recipient]:
    users = User.objects.filter(is_active=True, role_assignments__role=role, role_assignments__active=True)
    if agency_ids is not None:
        users = users.filter(role_assignments__agency_id__in=agency_ids)
    return [r for r in (recipient_for_user(u) for u in users.distinct()) if r]


def handlers(report: Report) -> list[Recipient]:
    if not report.assigned_agency_id:
        return []
    role = Role.INSPEKTORAT if report.assigned_agency.code == "INSPEKTORAT" else Role.PEJABAT_PENGHUBUNG
    return staff(role, [report.assigned_agency_id])


def admins() -> list[Recipient]:
    return staff(Role.ADMIN_INSTANSI)


def latest_event(report: Report, visibilities) -> Event | None:
    return (
        Event.objects.for_case("report", report.pk).filter(visibility__in=visibilities).order_by("-at", "-pk").first()
    )


def _context(report: Report, **extra) -> dict:
    return {"report": report, "url": tracking_url(report), **extra}


def _to_reporter_and_followers(report: Report, template: str, **extra) -> None:
    event = latest_event(report, [Visibility.PUBLIC, Visibility.REPORTER])
    notify([reporter(report)], Topic.OWN_CASES, template, _context(report, event=event, **extra))
    public_event = event if event and event.visibility == Visibility.PUBLIC else None
    if public_event and not report.rahasia:
        # a follower is another citizen: the public version of the title and of the step's text only
        redacted = public_events(report, [copy.copy(public_event)])[0]
        context = _context(report, event=public_event, public_reason=redacted.reason)
        notify(followers(report), Topic.OWN_CASES, "follower_update", context)
        to_watchers(report, redacted)


def to_watchers(report: Report, event: Event) -> None:
    """ "Saya juga mengalami ini": each watcher gets the public change (its text redacted) with its own link
    to stop (watchers.py)."""
    public_url = settings.BASE_URL + reverse("complaints:public_detail", args=[report.code])
    for recipient, token in watchers.recipients(report):
        stop_url = settings.BASE_URL + reverse("complaints:unfollow", args=[token])
        notify([recipient], Topic.OWN_CASES, "watcher_update",
               {"report": report, "event": event, "url": public_url, "stop_url": stop_url})  # fmt: skip


def submitted(report: Report, secret: str) -> None:
    notify([reporter(report)], Topic.OWN_CASES, "report_submitted", _context(report, secret=secret))


def status_changed(report: Report) -> None:
    _to_reporter_and_followers(report, "report_update")


def follow_up(report: Report) -> None:
    _to_reporter_and_followers(report, "report_follow_up")


def info_requested(report: Report, question: str) -> None:
    notify([reporter(report)], Topic.OWN_CASES, "report_info_requested", _context(report, question=question))


def assigned(report: Report) -> None:
    notify(handlers(report), Topic.ASSIGNMENTS, "handler_assigned", _context(report))


def sent_back(report: Report, from_agency, suggested, reason: str, flagged_now: bool) -> None:
    notify(
        admins(),
        Topic.CASE_ACTIVITY,
        "admin_sent_back",
        _context(report, from_agency=from_agency, suggested=suggested, reason=reason, flagged=flagged_now),
    )


def reporter_replied(report: Report) -> None:
    notify(handlers(report) or admins(), Topic.CASE_ACTIVITY, "handler_reporter_replied", _context(report))


def reopened(report: Report) -> None:
    notify(handlers(report) + admins(), Topic.CASE_ACTIVITY, "handler_reopened", _context(report))
    _to_reporter_and_followers(report, "report_update")


def merged(duplicate: Report, master: Report) -> None:
    notify(
        [reporter(duplicate)],
        Topic.OWN_CASES,
        "report_merged",
        _context(duplicate, master=master, master_url=tracking_url(master)),
    )


def split(parent: Report, children: list[Report]) -> None:
    notify([reporter(parent)], Topic.OWN_CASES, "report_split", _context(parent, children=children))


def escalation(report: Report, clock_label: str, due) -> list[str]:
    """Overdue: the head of the responsible OPD and the admin instansi. Returns the addresses."""
    heads = staff(Role.KEPALA_OPD, [report.assigned_agency_id]) if report.assigned_agency_id else []
    recipients = heads + admins()
    notify(recipients, Topic.ESCALATIONS, "escalation_overdue", _context(report, clock=clock_label, due=due))
    return sorted({r.email for r in recipients})
