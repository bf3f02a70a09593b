"""SMS through an office Android phone running the open-source SMS Gateway for Android, with its client
`android-sms-gateway`.

PINTU_SMSGATE_URL is the phone's local server (`http://<ip>:8080`, the office network) or the app's cloud or
private server (`https://api.sms-gate.app/3rdparty/v1`); basic auth with the user and password the app shows.
POST {url}/messages {"textMessage": {"text"}, "phoneNumbers": [...], "withDeliveryReport": true, ...} answers
202 with the message state {"id", "state": Pending|Processed|Sent|Delivered|Failed, "recipients": [{
"phoneNumber", "state", "error"}]}: the id is kept as the delivery's reference, so the phone's webhooks
(sms:sent, sms:delivered, sms:failed) land on it (pintu.interop.inbound.receipts). A state "Failed" right away
is a failure.

Errors: 400 (a number or body the gateway refuses) is a dead letter at once; 401/403 (credentials changed on
the phone), 429, 5xx and an unreachable phone (switched off, out of the office network) are retried with
backoff.
"""

import httpx
from android_sms_gateway import client as gateway_client
from android_sms_gateway import domain
from android_sms_gateway.enums import ProcessState
from android_sms_gateway.errors import APIError
from android_sms_gateway.http import HttpxHttpClient

from pintu.interop import conf
from pintu.interop.outbound.adapters.base import DeliveryFailed, Sent

TTL_SECONDS = 24 * 3600  # a message the phone could not send within a day is not worth sending any more


class AndroidSmsGatewayAdapter:
    def deliver(self, delivery) -> Sent:
        settings = conf.sms_android()
        if not settings["url"] or not settings["password"]:
            raise DeliveryFailed("SMS Gateway for Android is not configured (PINTU_SMSGATE_URL, _USER, _PASSWORD)")
        payload = delivery.payload
        message = domain.Message(
            phone_numbers=[payload["to"]],
            text_message=domain.TextMessage(text=payload["text"]),
            with_delivery_report=True,
            sim_number=settings["sim"] or None,
            ttl=TTL_SECONDS,
            id=f"pintu-{delivery.pk}-{delivery.attempts + 1}",
        )
        http = HttpxHttpClient(httpx.Client(timeout=conf.http_timeout()))
        api = gateway_client.APIClient(
            settings["user"] or None, settings["password"], base_url=settings["url"], http=http
        )
        try:
            state = api.send(message)
        except APIError as exc:
            raise failure(exc) from None
        except httpx.HTTPError as exc:
            raise DeliveryFailed(f"{type(exc).__name__}: {exc}"[:500]) from None
        finally:
            http.__exit__(None, None, None)
        if state.state == ProcessState.Failed:
            errors = "; ".join(r.error for r in state.recipients if r.error) or "Failed"
            raise DeliveryFailed(f"SMS Gateway: {errors}"[:500])
        return Sent(status_code=202, external_ref=state.id[:120])


def failure(exc: APIError) -> DeliveryFailed:
    status = exc.status_code
    body = exc.response if isinstance(exc.response, dict) else {}
    detail = f"SMS Gateway HTTP {status}: {body.get('message') or exc}"[:500]
    return DeliveryFailed(detail, status, permanent=status == 400)
