"""Interoperability records, split per area: inbound messages, outbound endpoints and deliveries, subscribers."""

from pintu.interop.models.inbound import ExchangeCursor, Gateway, InboundMessage
from pintu.interop.models.outbound import Delivery, DeliveryAttempt, DeliveryStatus, ForwardingEndpoint
from pintu.interop.models.subscribers import WebhookSubscription

__all__ = [
    "Delivery",
    "DeliveryAttempt",
    "DeliveryStatus",
    "ExchangeCursor",
    "ForwardingEndpoint",
    "Gateway",
    "InboundMessage",
    "WebhookSubscription",
]
