"""Which adapter sends a delivery: `Delivery.adapter` names one row of ADAPTERS.

One table, importing every adapter: adding a way of sending is one module under adapters/ and one row here.
"""

from pintu.interop.outbound.adapters.base import Adapter, DeliveryFailed
from pintu.interop.outbound.adapters.email import EmailAdapter
from pintu.interop.outbound.adapters.lapor import LaporFollowUpAdapter, LaporPushAdapter
from pintu.interop.outbound.adapters.phone_fake import FakeSmsSender
from pintu.interop.outbound.adapters.sms_android import AndroidSmsGatewayAdapter
from pintu.interop.outbound.adapters.sms_http import HttpSmsAdapter
from pintu.interop.outbound.adapters.webhook import SubscriberAdapter, WebhookAdapter
from pintu.interop.outbound.adapters.whatsapp_cloud import WhatsAppCloudAdapter

ADAPTERS: dict[str, type] = {
    "email": EmailAdapter,
    "webhook": WebhookAdapter,
    "subscriber": SubscriberAdapter,
    "lapor": LaporPushAdapter,
    "lapor_follow_up": LaporFollowUpAdapter,
    "whatsapp_cloud": WhatsAppCloudAdapter,
    "sms_android": AndroidSmsGatewayAdapter,
    "sms_http": HttpSmsAdapter,
    "phone_fake": FakeSmsSender,
}


def adapter_for(name: str) -> Adapter:
    try:
        return ADAPTERS[name]()
    except KeyError:
        raise DeliveryFailed(f"unknown adapter {name!r}") from None
