"""Helpers shared by the public and staff views of the complaint service."""

from django.forms import Form

from pintu.complaints.clocks import current_clock
from pintu.files.validation import UploadRejected, clean_uploads, format_rejection
from pintu.web.viewkit import service_errors_to_form  # noqa: F401 (re-exported)
from pintu.workdays.calendar import get_calendar


def cleaned_files(form: Form, field: str, language: str):
    """Validate uploaded files by content; on rejection add a clear error to `field` and return None."""
    uploads = [(f.name, f) for f in form.files.getlist(field)] if form.files else []
    try:
        return clean_uploads(uploads)
    except UploadRejected as exc:
        form.add_error(field, format_rejection(exc, language))
        return None


def clock_of(report):
    """The report's current clock ("hari kerja ke-N dari M") or None."""
    return current_clock(report, get_calendar())
