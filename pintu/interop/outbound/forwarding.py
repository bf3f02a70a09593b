"""Forwarding out through the instansi's configured endpoint (its answers come back through inbound.answers)."""

from pintu.interop.models.outbound import Delivery, DeliveryPurpose, ForwardingEndpoint
from pintu.interop.outbound.deliveries import queue
from pintu.interop.outbound.payload import forwarding_payload


def queue_forwarding(forwarding) -> Delivery | None:
    """Called by complaints.services.admin.forward_out in its transaction: when the instansi has an
    active endpoint, queue the report for it (sent right after commit, retried by the sweep)."""
    endpoint = ForwardingEndpoint.objects.filter(agency_id=forwarding.agency_id, active=True).first()
    if endpoint is None:
        return None
    report = forwarding.report
    return queue(
        DeliveryPurpose.FORWARDING,
        endpoint.adapter,
        forwarding_payload(report, forwarding, endpoint),
        endpoint=endpoint,
        report=report,
        forwarding=forwarding,
    )
