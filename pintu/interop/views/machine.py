"""Endpoints other systems call: the SMS/WhatsApp gateway webhook and the instansi answer callback.

Both are CSRF-exempt (no browser session is involved) and authenticated by an HMAC signature over the raw
body (pintu.interop.signing; a gateway in the scheme of its kind). Answers are small JSON objects.
"""

import hmac
import json

from django.core.exceptions import ValidationError
from django.http import HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods, require_POST

from pintu.interop import conf, signing
from pintu.interop.inbound import gateway_formats
from pintu.interop.inbound.answers import forwarded_report, record_answer
from pintu.interop.inbound.gateway import BadMessage, answer_unusable, receive_gateway_message
from pintu.interop.inbound.receipts import apply_receipt
from pintu.interop.models import ForwardingEndpoint, Gateway, GatewayKind
from pintu.security import jsoninput


def _headers(request) -> tuple[str | None, str | None]:
    return request.headers.get(signing.TIMESTAMP_HEADER), request.headers.get(signing.SIGNATURE_HEADER)


def _refused(exc: signing.SignatureError) -> JsonResponse:
    return JsonResponse({"ok": False, "error": exc.reason}, status=401)


@csrf_exempt
@require_http_methods(["GET", "POST"])
def gateway(request, slug: str):
    """POST: messages and receipts from the gateway (its kind decides the body and the signature). GET: the
    WhatsApp Cloud API's subscription check (hub.mode=subscribe, hub.verify_token, hub.challenge)."""
    gw = get_object_or_404(Gateway, slug=slug, active=True)
    if request.method == "GET":
        return _verify_subscription(request, gw)
    body = request.body
    try:
        gateway_formats.verify(gw, request.headers, body)
    except signing.SignatureError as exc:
        return _refused(exc)
    try:
        batch = gateway_formats.parse(gw, body)
    except BadMessage as exc:
        return JsonResponse({"ok": False, "error": str(exc)}, status=400)
    for receipt in batch.receipts:
        apply_receipt(receipt)
    if gw.kind == GatewayKind.PINTU:  # one message, answered as before
        try:
            received = receive_gateway_message(gw, batch.messages[0])
        except ValidationError as exc:
            return JsonResponse({"ok": False, "error": "invalid", "messages": exc.messages}, status=422)
        return JsonResponse(_outcome(received))
    # WhatsApp and SMS Gateway for Android retry anything but a 2xx: every message is answered here
    results = [_receive_or_explain(gw, message) for message in batch.messages]
    return JsonResponse({"ok": True, "messages": results, "receipts": len(batch.receipts), "skipped": batch.skipped})


def _outcome(received) -> dict:
    return {
        "ok": True,
        "report": received.report.code if received.report else None,
        "kind": received.message.kind,
        "duplicate": not received.created,
    }


def _receive_or_explain(gw: Gateway, message) -> dict:
    try:
        return _outcome(receive_gateway_message(gw, message))
    except ValidationError as exc:
        answer_unusable(message)
        return {"ok": False, "error": "invalid", "messages": exc.messages}


def _verify_subscription(request, gw: Gateway) -> HttpResponse:
    token = request.GET.get("hub.verify_token", "")
    expected = gw.verify_token or ""
    if gw.kind != GatewayKind.WHATSAPP_CLOUD or request.GET.get("hub.mode") != "subscribe" or not expected:
        return HttpResponse(status=403)
    if not hmac.compare_digest(token.encode(), expected.encode()):
        return HttpResponse(status=403)
    return HttpResponse(request.GET.get("hub.challenge", ""), content_type="text/plain")


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
