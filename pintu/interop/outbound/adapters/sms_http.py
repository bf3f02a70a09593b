"""SMS through any provider with an HTTP API, described in settings instead of code.

- PINTU_SMS_HTTP_URL, PINTU_SMS_HTTP_METHOD (POST; GET puts the body's fields in the query string)
- PINTU_SMS_HTTP_AUTH: "bearer:<token>", "basic:<user>:<password>", "header:<Name>:<value>" or empty
- PINTU_SMS_HTTP_CONTENT_TYPE: "application/json" (the body template is JSON) or
  "application/x-www-form-urlencoded" (the body template is `to=$to&text=$text`)
- PINTU_SMS_HTTP_BODY: the body with `$to` (+628...), `$to_digits` (628...), `$to_local` (08...) and `$text`;
  each value is escaped for the content type (JSON string, or URL-encoded)
- PINTU_SMS_HTTP_ID_FIELD: where the provider's message id is in a JSON answer ("data.id", "messages.0.id")
- PINTU_SMS_HTTP_SUCCESS: "<field>=<value>|<value>" for providers that answer 200 to a refused message
  (e.g. "status=1|success"); when the field holds anything else the send failed

2xx (and the success check) is sent. 429 and 5xx are retried with backoff (Retry-After respected), so are
401/403 (the operator fixes the credentials) and a provider that cannot be reached; other 4xx (a number or
body the provider refuses) are dead letters at once.
"""

import base64
import json
import string
from urllib.parse import parse_qsl, quote_plus

import httpx

from pintu.interop import conf
from pintu.interop.outbound.adapters.base import DeliveryFailed, Sent

FORM = "application/x-www-form-urlencoded"


def values_for(payload: dict) -> dict[str, str]:
    to = payload["to"]
    return {"to": to, "to_digits": to.lstrip("+"), "to_local": "0" + to[3:] if to.startswith("+62") else to,
            "text": payload["text"]}  # fmt: skip


def render_body(template: str, content_type: str, values: dict[str, str]) -> str:
    if content_type == FORM:
        escaped = {name: quote_plus(value) for name, value in values.items()}
    else:
        escaped = {name: json.dumps(value, ensure_ascii=False)[1:-1] for name, value in values.items()}
    return string.Template(template).safe_substitute(escaped)


def auth_headers(auth: str) -> dict[str, str]:
    kind, _sep, rest = (auth or "").partition(":")
    if kind == "bearer" and rest:
        return {"Authorization": f"Bearer {rest}"}
    if kind == "basic" and ":" in rest:
        user, password = rest.split(":", 1)
        return {"Authorization": "Basic " + base64.b64encode(f"{user}:{password}".encode()).decode("ascii")}
    if kind == "header" and ":" in rest:
        name, value = rest.split(":", 1)
        return {name.strip(): value.strip()}
    return {}


def field(data, path: str):
    for part in [p for p in path.split(".") if p]:
        if isinstance(data, list) and part.isdigit() and int(part) < len(data):
            data = data[int(part)]
        elif isinstance(data, dict):
            data = data.get(part)
        else:
            return None
    return data


def check_success(rule: str, data) -> None:
    if not rule:
        return
    name, _sep, accepted = rule.partition("=")
    found = field(data, name.strip())
    if str(found).strip().lower() not in {value.strip().lower() for value in accepted.split("|")}:
        raise DeliveryFailed(f"SMS provider refused the message ({name.strip()}={found!r})"[:500])


class HttpSmsAdapter:
    def deliver(self, delivery) -> Sent:
        settings = conf.sms_http()
        url = settings["url"]
        if not url.startswith(("https://", "http://")):
            raise DeliveryFailed("PINTU_SMS_HTTP_URL is not an http(s) address")
        body = render_body(settings["body"], settings["content_type"], values_for(delivery.payload))
        headers = {"User-Agent": "Pintu-SMS/1", **auth_headers(settings["auth"])}
        request = {"method": settings["method"], "url": url, "headers": headers}
        if settings["method"] == "GET":
            query = parse_qsl(body) if settings["content_type"] == FORM else json.loads(body).items()
            request["params"] = dict(query)
        else:
            request["content"] = body.encode("utf-8")
            charset = "; charset=utf-8" if "json" in settings["content_type"] else ""
            headers["Content-Type"] = settings["content_type"] + charset
        try:
            with httpx.Client(timeout=conf.http_timeout()) as http:
                response = http.request(**request)
        except httpx.HTTPError as exc:
            raise DeliveryFailed(f"{type(exc).__name__}: {exc}"[:500]) from None
        if response.status_code >= 300:
            raise failure(response)
        try:
            data = response.json()
        except ValueError:
            data = None
        check_success(settings["success"], data)
        reference = field(data, settings["id_field"]) if settings["id_field"] else None
        return Sent(status_code=response.status_code, external_ref=str(reference or "")[:120])


def failure(response: httpx.Response) -> DeliveryFailed:
    status = response.status_code
    detail = f"SMS provider HTTP {status}: {response.text[:300]}"
    retry_after = response.headers.get("Retry-After", "")
    retryable = status in (401, 403, 408, 429) or status >= 500
    return DeliveryFailed(detail, status, permanent=not retryable,
                          retry_after=float(retry_after) if retry_after.isdigit() else None)  # fmt: skip
