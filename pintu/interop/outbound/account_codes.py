"""Citizens' account codes by WhatsApp or SMS: the phone sender this app lends to pintu.security.

pintu.security (registration, sign-in by code) sends a code to a phone number through ONE registered
sender (security.code_delivery). This is it, registered in AppConfig.ready(): the code becomes a
notifications one-time-code message (the approved WhatsApp authentication template with its copy-code
button, else the SMS text), stored encrypted in the outbox and sent as an interop delivery, retried and
logged like every other. No consent is asked: the person asked for the code. "You already have an account"
carries no code and has no WhatsApp template, so it goes by SMS only, where the region has SMS.
"""

from pintu.interop.outbound.phone import queue_phone
from pintu.notifications.channels import PhoneMessage, available_channels
from pintu.notifications.services import send_code
from pintu.privacy.contact import normalize_phone
from pintu.security.code_delivery import ACCOUNT_EXISTS, PhoneCode
from pintu.security.models import CodePurpose

#: security's purposes -> the one-time-code message's (pintu.notifications.phone.PURPOSES)
PURPOSES = {CodePurpose.SIGNUP: "register", CodePurpose.LOGIN: "login"}


class AccountCodeSender:
    """Callable with a security PhoneCode; `available()` says whether this region can send by phone now."""

    def available(self) -> bool:
        return bool(available_channels())

    def __call__(self, message: PhoneCode) -> None:
        if message.purpose == ACCOUNT_EXISTS:
            if "sms" in available_channels():
                queue_phone(PhoneMessage(channel="sms", to=normalize_phone(message.phone), language=message.language,
                                         text=message.text, kind="account_exists"))  # fmt: skip
            return
        send_code(message.phone, message.code, PURPOSES.get(message.purpose, "verify"), message.language)
