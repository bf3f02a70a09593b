"""WhatsApp messages through the WhatsApp Business Cloud API, with pywa as the client.

POST {api_url}/v{version}/{phone_number_id}/messages, bearer token. A notification is an approved template
(`template`, language, body parameters; an authentication template also gets its copy-code button); an
answer to someone who just wrote to us is free-form text (allowed inside WhatsApp's 24-hour window).
Answer: {"messages": [{"id": "wamid..."}]}, kept as the delivery's reference so status webhooks find it.

Errors come as {"error": {"code", "message", "error_data": {"details"}, ...}} (pywa raises WhatsAppError
subclasses by code). Rate limits (130429, 131056, 131048, 80007, 4) and server trouble are retried with
backoff; an expired or wrong token (190, 0, 10, HTTP 401/403) too (the operator fixes the token, the next
attempt goes through); what the recipient or the template refuses (131026 not on WhatsApp, 1320xx template
problems, 131047 outside the 24-hour window, 131008/131009 parameters) will not change by trying again and is
a dead letter at once.

PINTU_WHATSAPP_API_URL points the client somewhere else than graph.facebook.com (a forward proxy, a
regional relay; the tests' local server speaking the Cloud API).
"""

import httpx
from pywa import WhatsApp
from pywa.errors import SendMessageError, ThrottlingError, WhatsAppError
from pywa.types.templates import TemplateLanguage

from pintu.interop import conf
from pintu.interop.outbound.adapters.base import DeliveryFailed, Sent

TRANSIENT_SEND_ERRORS = {131000, 131016, 131057, 135000}  # unknown error, service unavailable, maintenance


class BaseURL(httpx.BaseTransport):
    """Sends every request to `base` (scheme, host, port, path prefix) instead of the host pywa names."""

    def __init__(self, base: str):
        self.base = httpx.URL(base)
        self.inner = httpx.HTTPTransport()

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        prefix = self.base.raw_path.rstrip(b"/")
        request.url = request.url.copy_with(
            scheme=self.base.scheme, host=self.base.host, port=self.base.port, raw_path=prefix + request.url.raw_path
        )
        request.headers["Host"] = self.base.netloc.decode("ascii")
        return self.inner.handle_request(request)

    def close(self) -> None:
        self.inner.close()


def client(session: httpx.Client) -> WhatsApp:
    settings = conf.whatsapp()
    if not settings["token"] or not settings["phone_number_id"]:
        raise DeliveryFailed("WhatsApp Cloud API not configured (PINTU_WHATSAPP_TOKEN, PINTU_WHATSAPP_PHONE_NUMBER_ID)")
    return WhatsApp(
        phone_id=settings["phone_number_id"], token=settings["token"], session=session,
        api_version=settings["api_version"],
    )  # fmt: skip


def session() -> httpx.Client:
    """pywa's HTTP client: our timeout, and the configured base URL when it is not Meta's own."""
    api_url = conf.whatsapp()["api_url"]
    transport = BaseURL(api_url) if api_url != "https://graph.facebook.com" else None
    return httpx.Client(timeout=conf.http_timeout(), transport=transport)


def template_language(language: str) -> TemplateLanguage:
    code = conf.whatsapp()["languages"].get(language) or conf.whatsapp()["languages"].get("id", "id")
    try:
        return TemplateLanguage(code)
    except ValueError:
        raise DeliveryFailed(f"WhatsApp has no template language {code!r}", permanent=True) from None


def components(payload: dict) -> list[dict]:
    params = [{"type": "text", "text": value} for value in payload.get("params", [])]
    found = [{"type": "body", "parameters": params}] if params else []
    if payload.get("code_button"):  # authentication templates: the copy-code button repeats the code
        found.append({"type": "button", "sub_type": "url", "index": "0",
                      "parameters": [{"type": "text", "text": payload["code_button"]}]})  # fmt: skip
    return found


def failure(exc: WhatsAppError) -> DeliveryFailed:
    status = exc.status_code
    detail = f"WhatsApp {exc.code}: {exc.message}"[:500]
    if isinstance(exc, ThrottlingError) or status == 429:
        retry_after = None
        if exc.raw_response is not None and exc.raw_response.headers.get("Retry-After", "").isdigit():
            retry_after = float(exc.raw_response.headers["Retry-After"])
        return DeliveryFailed(detail, status, retry_after=retry_after)
    permanent = isinstance(exc, SendMessageError) and exc.code not in TRANSIENT_SEND_ERRORS
    return DeliveryFailed(detail, status, permanent=permanent)


class WhatsAppCloudAdapter:
    def deliver(self, delivery) -> Sent:
        payload = delivery.payload
        with session() as http:
            return self._send(client(http), payload, delivery.pk)

    def _send(self, wa: WhatsApp, payload: dict, delivery_id: int) -> Sent:
        try:
            if payload.get("template"):
                sent = wa.send_template(
                    to=payload["to"], name=payload["template"], language=template_language(payload.get("language")),
                    params=components(payload), tracker=f"pintu-{delivery_id}",
                )  # fmt: skip
            else:
                sent = wa.send_message(to=payload["to"], text=payload["text"], tracker=f"pintu-{delivery_id}")
        except WhatsAppError as exc:
            raise failure(exc) from None
        except httpx.HTTPError as exc:
            raise DeliveryFailed(f"{type(exc).__name__}: {exc}"[:500]) from None
        return Sent(status_code=200, external_ref=str(sent.id)[:120])
