"""Forwarding by e-mail to the instansi's address: a readable letter with the payload's fields."""

from django.core.mail import EmailMessage
from django.template.loader import render_to_string

from pintu.interop.outbound.adapters.base import DeliveryFailed, Sent
from pintu.notifications.msgid import case_message_id


class EmailAdapter:
    def deliver(self, delivery) -> Sent:
        address = delivery.endpoint.email
        if not address:
            raise DeliveryFailed("endpoint has no e-mail address")
        payload = delivery.payload
        text = render_to_string("interop/forwarding_email.txt", {"p": payload}).strip()
        subject, _sep, body = text.partition("\n")
        message = EmailMessage(
            subject=subject.strip(),
            body=body.strip() + "\n",
            to=[address],
            headers={"Message-ID": case_message_id(payload["report"]["code"]), "X-Pintu-Delivery": str(delivery.pk)},
        )
        try:
            message.send()
        except Exception as exc:  # SMTP errors, refused recipients, timeouts
            raise DeliveryFailed(f"{type(exc).__name__}: {exc}") from None
        return Sent()
