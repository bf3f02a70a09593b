"""What bumps the versions of pintu.pagecache (issue #22): every recorded event, and every write of the
rows that public pages show beside the cases.

Events: history's listener registry (one explicit registration, like pintu.audit's), so every state
change of every case type, through any service, moves the register's scope and the case's own.

The rows below are written from many places (the Django admin, imports, services, `load_demo`), with no
event: a post_save/post_delete receiver per model is the one place that sees them all. This is the
project's one deliberate use of model signals (STYLE.md prefers explicit calls); the table says exactly
which models and scopes, and the writes are rare (an administrator's edit). `QuerySet.update()` sends
no signal: the services that change these rows save them.
"""

from django.db.models.signals import post_delete, post_save

from pintu import pagecache

#: (app_label.Model, scopes a write to it bumps)
WATCHED = [
    ("agencies.Agency", (pagecache.DIRECTORY,)),
    ("agencies.Area", (pagecache.DIRECTORY,)),
    ("categories.Category", (pagecache.DIRECTORY,)),
    ("accounts.RoleAssignment", (pagecache.DIRECTORY,)),  # the PPID officers on /ppid/
    ("letters.Signatory", (pagecache.DIRECTORY,)),  # each unit's PPID Pembantu on /instansi/
    ("ppid.PpidSettings", (pagecache.DIRECTORY,)),
    ("workdays.ClosedDay", (pagecache.DIRECTORY,)),  # clocks and deadlines
    ("workdays.CalendarSettings", (pagecache.DIRECTORY,)),
    ("workdays.CalendarYear", (pagecache.DIRECTORY,)),
    ("workdays.WeekdayHours", (pagecache.DIRECTORY,)),  # office hours on /ppid/
    ("workdays.HoursException", (pagecache.DIRECTORY,)),
    ("accounts.User", (pagecache.DIRECTORY,)),  # an officer's name (not a sign-in: see _receiver)
    ("complaints.ComplaintSettings", (pagecache.DIRECTORY,)),
    ("complaints.CategoryClock", (pagecache.DIRECTORY,)),
    ("complaints.Attachment", (pagecache.REPORTS,)),  # an attachment's visibility
    ("mydata.Restriction", (pagecache.REPORTS, pagecache.PPID)),  # a restricted case leaves the registers
    ("ppid.DipItem", (pagecache.PPID,)),
    ("ppid.DipFile", (pagecache.PPID,)),
    ("ppid.DikItem", (pagecache.PPID,)),
    ("ppid.AnnualReport", (pagecache.PPID,)),
    ("ppid.RequestDocument", (pagecache.PPID,)),
]


def _case_scopes(case_type: str) -> tuple[str, ...]:
    return (pagecache.REPORTS,) if case_type == "report" else (pagecache.REPORTS, pagecache.PPID)


def bump_for_event(event, case) -> None:
    """history listener: the case's register (the statistics count every case type) and the case itself."""
    pagecache.bump(*_case_scopes(event.case_type), pagecache.case_scope(event.case_type, event.case_id))


def _receiver(scopes):
    def bump_for_write(sender, instance, **kwargs):
        if kwargs.get("raw"):  # loading fixtures: nothing is cached from a half-loaded database
            return
        if set(kwargs.get("update_fields") or ()) <= {"last_login", "password"} and kwargs.get("update_fields"):
            return  # a sign-in (or a rehashed password) changes nothing a public page shows
        pagecache.bump(*scopes)
        if sender.__name__ == "RequestDocument":
            pagecache.bump(pagecache.case_scope("info_request", instance.request_id))
        if sender.__name__ == "Attachment":
            pagecache.bump(pagecache.case_scope("report", instance.report_id))
        if sender.__name__ == "Restriction":  # the case's own pages (tracking: "is it public?")
            pagecache.bump(pagecache.case_scope(instance.case_type, instance.case_id))

    return bump_for_write


def connect() -> None:
    """Called once from SiteConfig.ready()."""
    from django.apps import apps

    from pintu.history.registry import on_event_recorded

    on_event_recorded(bump_for_event)
    for label, scopes in WATCHED:
        model = apps.get_model(label)
        receiver = _receiver(scopes)
        post_save.connect(receiver, sender=model, weak=False, dispatch_uid=f"pagecache:{label}:save")
        post_delete.connect(receiver, sender=model, weak=False, dispatch_uid=f"pagecache:{label}:delete")
