"""Endpoints other systems call: the SMS/WhatsApp gateway webhook and the instansi answer callback.

Both are CSRF-exempt (no browser session is involved) and authenticated by an HMAC signature over the
timestamp and the raw body (pintu.interop.signing). Answers are small JSON objects.
"""

import json

from django.core.exceptions import ValidationError
from django.http import JsonResponse
from django.shortcuts import get_object_or_404
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from pintu.interop import conf, signing
from pintu.interop.inbound.answers import forwarded_report, record_answer
from pintu.interop.inbound.gateway import BadMessage, parse_body, receive_gateway_message, verify_request
from pintu.interop.models import ForwardingEndpoint, Gateway
from pintu.security import jsoninput


def _headers(request) -> tuple[str | None, str | None]:
    return request.headers.get(signing.TIMESTAMP_HEADER), request.headers.get(signing.SIGNATURE_HEADER)


def _refused(exc: signing.SignatureError) -> JsonResponse:
    return JsonResponse({"ok": False, "error": exc.reason}, status=401)


@csrf_exempt
@require_POST
def gateway(request, slug: str):
    gw = get_object_or_404(Gateway, slug=slug, active=True)
    body = request.body
    try:
        verify_request(gw, *_headers(request), body)
    except signing.SignatureError as exc:
        return _refused(exc)
    try:
        message = parse_body(body)
        received = receive_gateway_message(gw, message)
    except BadMessage as exc:
        return JsonResponse({"ok": False, "error": str(exc)}, status=400)
    except ValidationError as exc:
        return JsonResponse({"ok": False, "error": "invalid", "messages": exc.messages}, status=422)
    return JsonResponse(
        {
            "ok": True,
            "report": received.report.code if received.report else None,
            "kind": received.message.kind,
            "duplicate": not received.created,
        }
    )


@csrf_exempt
@require_POST
def callback(request, slug: str):
    """An instansi answers a report we forwarded: {"update_id", "reference" (our code), "text"}."""
    endpoint = get_object_or_404(ForwardingEndpoint, slug=slug, active=True)
    body = request.body
    try:
        signing.verify(endpoint.secret or "", *_headers(request), body, window=conf.signature_window())
    except signing.SignatureError as exc:
        return _refused(exc)
    try:
        data = jsoninput.loads(body)  # nesting depth limited (a JsonTooDeep is a JSONDecodeError)
        update_id, reference, text = str(data["update_id"]), str(data["reference"]), str(data["text"])
    except (UnicodeDecodeError, json.JSONDecodeError, KeyError, TypeError):
        return JsonResponse({"ok": False, "error": "bad_body"}, status=400)
    report = forwarded_report(endpoint, reference)
    if report is None:
        return JsonResponse({"ok": False, "error": "unknown_reference"}, status=404)
    try:
        _message, created = record_answer(
            source=f"callback:{endpoint.slug}", update_id=update_id, report=report, text=text
        )
    except ValidationError as exc:
        return JsonResponse({"ok": False, "error": "not_waiting", "messages": exc.messages}, status=409)
    report.refresh_from_db(fields=["status"])
    return JsonResponse({"ok": True, "report": report.code, "status": report.status, "duplicate": not created})
