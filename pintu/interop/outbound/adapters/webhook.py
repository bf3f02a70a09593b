"""HTTP POST of a signed JSON payload (forwarding to an instansi's system, subscriber webhooks)."""

import json
import urllib.error
import urllib.request

from pintu.interop import conf, signing
from pintu.interop.outbound.adapters.base import DeliveryFailed, Sent

USER_AGENT = "Pintu-Interop/1"


def encode(payload: dict) -> bytes:
    return json.dumps(payload, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode("utf-8")


def post_signed(url: str, secret: str, payload: dict, *, delivery_id: int | None = None) -> Sent:
    """POST `payload` to `url`, signed with `secret`; 2xx is success, anything else raises DeliveryFailed."""
    if not url.startswith(("https://", "http://")):
        raise DeliveryFailed("url must be http(s)")
    body = encode(payload)
    headers = {"Content-Type": "application/json", "User-Agent": USER_AGENT, **signing.signed_headers(secret, body)}
    if delivery_id is not None:
        headers["X-Pintu-Delivery"] = str(delivery_id)
    request = urllib.request.Request(url, data=body, headers=headers, method="POST")  # noqa: S310 (checked above)
    try:
        with urllib.request.urlopen(request, timeout=conf.http_timeout()) as response:  # noqa: S310 (http(s) only)
            response.read(65536)
            return Sent(status_code=response.status, external_ref=response.headers.get("X-Reference", "")[:120])
    except urllib.error.HTTPError as exc:
        raise DeliveryFailed(f"HTTP {exc.code}", status_code=exc.code) from None
    except (urllib.error.URLError, TimeoutError, OSError) as exc:
        raise DeliveryFailed(f"{type(exc).__name__}: {getattr(exc, 'reason', exc)}") from None


class WebhookAdapter:
    """Forwarding to an instansi's webhook (ForwardingEndpoint.url, .secret)."""

    def deliver(self, delivery) -> Sent:
        endpoint = delivery.endpoint
        return post_signed(endpoint.url, endpoint.secret or "", delivery.payload, delivery_id=delivery.pk)


class SubscriberAdapter:
    """A public report event to a WebhookSubscription."""

    def deliver(self, delivery) -> Sent:
        subscription = delivery.subscription
        return post_signed(subscription.url, subscription.secret, delivery.payload, delivery_id=delivery.pk)
