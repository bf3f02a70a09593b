"""One error body for the whole API: {"detail": "...", "errors": {"field": ["..."]}}.

Services raise Django's ValidationError and PermissionDenied (the same ones the web shows on its
forms, see pintu.web.viewkit.service_errors_to_form); here they become 400 and 403, Http404 404,
with the services' own Indonesian sentences. Non-field messages go under "non_field_errors".
A reused Idempotency-Key with other content is a 422, a throttled call a 429 saying how long to wait.
"""

import math

from django.core.exceptions import PermissionDenied as DjangoPermissionDenied
from django.core.exceptions import ValidationError as DjangoValidationError
from django.http import Http404
from django.utils.translation import gettext as _
from rest_framework import exceptions, serializers, status
from rest_framework.response import Response
from rest_framework.views import exception_handler as drf_exception_handler

from pintu.idempotency import IdempotencyConflict
from pintu.security.responses import rate_limited_body

NON_FIELD = "non_field_errors"


class ErrorSerializer(serializers.Serializer):
    """Every 4xx answer of the API."""

    detail = serializers.CharField()
    errors = serializers.DictField(child=serializers.ListField(child=serializers.CharField()), required=False)
    code = serializers.CharField(required=False, help_text="Mis. rate_limited (429) atau idempotency_conflict (422)")
    retry_after = serializers.IntegerField(required=False, help_text="429: detik sampai boleh mencoba lagi")


def _flatten(value) -> list[str]:
    if isinstance(value, dict):
        return [m for v in value.values() for m in _flatten(v)]
    if isinstance(value, list | tuple):
        return [m for v in value for m in _flatten(v)]
    return [str(value)]


def _field_errors(detail) -> dict[str, list[str]]:
    if isinstance(detail, dict):
        return {str(field): _flatten(messages) for field, messages in detail.items()}
    return {NON_FIELD: _flatten(detail)}


def django_validation_to_drf(exc: DjangoValidationError) -> exceptions.ValidationError:
    if hasattr(exc, "error_dict"):
        detail = {(NON_FIELD if f in (None, "__all__") else f): list(m) for f, m in exc.message_dict.items()}
    else:
        detail = {NON_FIELD: list(exc.messages)}
    return exceptions.ValidationError(detail)


class IdempotencyConflictError(exceptions.APIException):
    """422: the Idempotency-Key was used before with other content (pintu.idempotency)."""

    status_code = status.HTTP_422_UNPROCESSABLE_ENTITY
    default_code = "idempotency_conflict"


def exception_handler(exc, context):
    if isinstance(exc, IdempotencyConflict):  # before the other ValidationErrors: not a 400
        message = _("Idempotency-Key ini sudah dipakai untuk kiriman dengan isi lain. Pakai kunci baru untuk kiriman "
                    "baru, atau kirim ulang isi yang sama.")  # fmt: skip
        response = drf_exception_handler(IdempotencyConflictError(message), context)
        response.data = {"detail": message, "code": "idempotency_conflict"}
        return response
    if isinstance(exc, DjangoValidationError):
        exc = django_validation_to_drf(exc)
    elif isinstance(exc, DjangoPermissionDenied):
        exc = exceptions.PermissionDenied(str(exc) or None)
    elif isinstance(exc, Http404):
        exc = exceptions.NotFound(_("Tidak ditemukan."))
    response = drf_exception_handler(exc, context)
    if response is None:
        return None
    if isinstance(exc, exceptions.Throttled):  # how long to wait, in words and in seconds (Retry-After too)
        response.data = rate_limited_body(math.ceil(exc.wait) if exc.wait else None)
    elif isinstance(exc, exceptions.ValidationError):
        errors = _field_errors(exc.detail)
        first = next(iter(errors.values()), [""])
        summary = first[0] if len(errors) == 1 and len(first) == 1 else _("Periksa kembali isian Anda.")
        response.data = {"detail": summary, "errors": errors}
    else:
        detail = exc.detail if isinstance(exc, exceptions.APIException) else str(exc)
        response.data = {"detail": " ".join(_flatten(detail))}
    return response


def error(message: str, code: int = status.HTTP_400_BAD_REQUEST, field: str | None = None) -> Response:
    body = {"detail": message}
    if code == status.HTTP_400_BAD_REQUEST:
        body["errors"] = {field or NON_FIELD: [message]}
    return Response(body, status=code)


def page_not_found(request, exception=None):
    """The project's handler404: under /api/ a URL that matches no route (e.g. `/api/v1/ppid/dip/-1/`)
    answers with the API's JSON error body; everywhere else Django's page as before."""
    from django.http import JsonResponse
    from django.views.defaults import page_not_found as html_page_not_found

    if request.path.startswith("/api/"):
        return JsonResponse({"detail": _("Tidak ditemukan.")}, status=404)
    return html_page_not_found(request, exception)
