"""The public version of what a report says (issue #15 item 2; docs/privacy.md, "Free text").

A report's title and text are stored as the reporter wrote them (for the reporter and the handlers) and,
in `public_title` / `public_text`, with NIKs, phone numbers, e-mail addresses and the reporter's own name
replaced by markers (pintu.textnorm.redaction). The public version is computed at intake; the admin
instansi reviews it at verification (a preview beside the original) and may edit it, e.g. to take out
other people's names or an address; what it publishes is redacted once more. Event reasons and file
names shown to the public are redacted when they are shown (`public_events`, `public_attachments`).
Every public face (pages, API, Open311, feeds, sitemaps, search index) reads only these.
"""

from pintu.complaints.identity import reporter_names
from pintu.textnorm.redaction import redact

TITLE_MAX = 200


def public_version(report, *, names: list[str] | None = None) -> tuple[str, str]:
    """(title, text) of `report` as the public may read them: the reporter's words, redacted."""
    names = reporter_names(report) if names is None and report.pk else (names or [])
    return redact(report.title, names=names)[:TITLE_MAX], redact(report.text, names=names)


def set_public_text(report, *, name: str = "") -> None:
    """Compute the public title and text from the original (at intake; the report is not saved here)."""
    report.public_title, report.public_text = public_version(report, names=[name] if name else [])


def edited_public_text(report, *, title: str, text: str) -> tuple[str, str]:
    """The admin instansi's edited public version, redacted once more (a NIK left in by mistake stays out)."""
    names = reporter_names(report)
    title = " ".join(redact(title, names=names).split())[:TITLE_MAX]
    return title, redact(text.strip(), names=names)


def public_events(report, events, *, names: list[str] | None = None) -> list:
    """`events` (public ones) with their reason text redacted, as the public reads them (not saved).
    `names`: `reporter_names(report)` when the caller has read them already (one read per page)."""
    names = reporter_names(report) if names is None else names
    events = list(events)
    for event in events:
        if event.reason:
            event.reason = redact(event.reason, names=names)
    return events


def public_attachments(report, attachments, *, names: list[str] | None = None) -> list:
    """`attachments` (public ones) with their file names redacted for display (not saved); `names` as above."""
    names = reporter_names(report) if names is None else names
    attachments = list(attachments)
    for attachment in attachments:
        attachment.original_name = redact(attachment.original_name, names=names)
    return attachments
