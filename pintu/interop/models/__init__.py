"""Interoperability records, split per area: inbound messages, outbound endpoints and deliveries, subscribers."""

from pintu.interop.models.inbound import ExchangeCursor, Gateway, GatewayKind, InboundKind, InboundMessage
from pintu.interop.models.outbound import (
    Delivery,
    DeliveryAttempt,
    DeliveryPurpose,
    DeliveryStatus,
    ForwardingEndpoint,
)
from pintu.interop.models.subscribers import WebhookSubscription

__all__ = [
    "Delivery",
    "DeliveryAttempt",
    "DeliveryPurpose",
    "DeliveryStatus",
    "ExchangeCursor",
    "ForwardingEndpoint",
    "Gateway",
    "GatewayKind",
    "InboundKind",
    "InboundMessage",
    "WebhookSubscription",
]
