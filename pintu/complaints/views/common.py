"""Helpers shared by the public and staff views of the complaint service."""

from django.core.exceptions import ValidationError
from django.forms import Form

from pintu.complaints.clocks import current_clock
from pintu.files.validation import UploadRejected, clean_uploads, format_rejection
from pintu.workdays.calendar import get_calendar


def service_errors_to_form(form: Form, exc: ValidationError) -> None:
    """Show a service's ValidationError on the form: field errors on their fields, the rest on top."""
    if hasattr(exc, "error_dict"):
        for field, errors in exc.error_dict.items():
            form.add_error(field if field in form.fields else None, errors)
    else:
        form.add_error(None, exc.messages)


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
