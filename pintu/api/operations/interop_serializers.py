"""Output shapes of the interop endpoints: deliveries, dead letters, subscribers, forwarding endpoints.

They show what the web pages show and nothing more: a delivery's payload (which may hold a reporter's
contact) and every signing secret stay out. Status fields are plain strings with a `*_label` next to
them (the values are listed in the parameter enums), so no enum name collides in the schema.
"""

from django.utils.translation import gettext as _
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from pintu.apikit.refs import AgencyRefSerializer
from pintu.interop.models import DeliveryStatus

RESENDABLE = (DeliveryStatus.DEAD, DeliveryStatus.FAILED)


def destination(delivery) -> str:
    """Where a delivery goes, in words (the web's "Tujuan" column; a citizen's number masked)."""
    return delivery.destination


class InteropDeliverySerializer(serializers.Serializer):
    id = serializers.IntegerField(source="pk")
    purpose = serializers.CharField(help_text="forwarding, subscriber, lapor_follow_up, notification (WhatsApp/SMS)")
    purpose_label = serializers.CharField(source="get_purpose_display")
    adapter = serializers.CharField()
    destination = serializers.SerializerMethodField()
    report_code = serializers.SerializerMethodField(help_text="Kode laporan; kosong bila tidak terkait laporan")
    status = serializers.CharField(help_text="pending, sending, failed, sent atau dead")
    status_label = serializers.CharField(source="get_status_display")
    attempts = serializers.IntegerField()
    last_status_code = serializers.IntegerField(allow_null=True)
    last_error = serializers.CharField()
    created_at = serializers.DateTimeField()
    next_attempt_at = serializers.DateTimeField()
    sent_at = serializers.DateTimeField(allow_null=True)

    def get_destination(self, delivery) -> str:
        return destination(delivery)

    def get_report_code(self, delivery) -> str:
        return delivery.report.code if delivery.report_id else ""


class DeliveryAttemptSerializer(serializers.Serializer):
    at = serializers.DateTimeField()
    ok = serializers.BooleanField()
    status_code = serializers.IntegerField(allow_null=True)
    duration_ms = serializers.IntegerField()
    error = serializers.CharField()
    by_resend = serializers.BooleanField(help_text="Percobaan dari kirim ulang oleh admin instansi")


class DeliveryDetailSerializer(InteropDeliverySerializer):
    external_ref = serializers.CharField()
    receipt = serializers.CharField(help_text="WhatsApp/SMS: sent, delivered, read atau failed menurut penyedia")
    receipt_at = serializers.DateTimeField(allow_null=True)
    may_resend = serializers.SerializerMethodField()
    log = serializers.SerializerMethodField(help_text="100 percobaan terbaru, terbaru lebih dulu")

    def get_may_resend(self, delivery) -> bool:
        return delivery.status in RESENDABLE

    @extend_schema_field(DeliveryAttemptSerializer(many=True))
    def get_log(self, delivery) -> list[dict]:
        return DeliveryAttemptSerializer(delivery.log.all()[:100], many=True).data


class ResendResultSerializer(serializers.Serializer):
    detail = serializers.CharField()
    delivery = DeliveryDetailSerializer()


def resend_message(delivery) -> str:
    """The web's flash message after a resend, in the same words."""
    if delivery.status == DeliveryStatus.SENT:
        return _("Pengiriman #%(pk)s berhasil dikirim ulang.") % {"pk": delivery.pk}
    return _("Pengiriman #%(pk)s masih gagal dan akan dicoba lagi otomatis.") % {"pk": delivery.pk}


class WebhookSubscriptionSerializer(serializers.Serializer):
    id = serializers.IntegerField(source="pk")
    name = serializers.CharField()
    url = serializers.CharField()
    event_kinds = serializers.SerializerMethodField(help_text="Kosong: semua peristiwa publik")
    active = serializers.BooleanField()
    cursor = serializers.IntegerField(help_text="Nomor peristiwa terakhir yang diperiksa")
    created_at = serializers.DateTimeField()

    def get_event_kinds(self, subscription) -> list[str]:
        return sorted(subscription.kinds)


class SubscriberDeliverySerializer(serializers.Serializer):
    """One row of a subscriber's delivery log: the event and report it carried, never the payload itself."""

    id = serializers.IntegerField(source="pk")
    event = serializers.SerializerMethodField()
    report_code = serializers.SerializerMethodField()
    status = serializers.CharField()
    status_label = serializers.CharField(source="get_status_display")
    attempts = serializers.IntegerField()
    last_status_code = serializers.IntegerField(allow_null=True)
    sent_at = serializers.DateTimeField(allow_null=True)

    def get_event(self, delivery) -> str:
        return str((delivery.payload or {}).get("event") or "")

    def get_report_code(self, delivery) -> str:
        report = (delivery.payload or {}).get("report")
        return str(report.get("code") or "") if isinstance(report, dict) else ""


class WebhookSubscriptionDetailSerializer(WebhookSubscriptionSerializer):
    """`context["deliveries"]`: the log rows, read by the view through deliveries_visible_to."""

    deliveries = serializers.SerializerMethodField(help_text="50 pengiriman terbaru, terbaru lebih dulu")

    @extend_schema_field(SubscriberDeliverySerializer(many=True))
    def get_deliveries(self, subscription) -> list[dict]:
        return SubscriberDeliverySerializer(self.context["deliveries"], many=True).data


class ForwardingEndpointSerializer(serializers.Serializer):
    id = serializers.IntegerField(source="pk")
    slug = serializers.CharField()
    agency = AgencyRefSerializer()
    adapter = serializers.CharField(help_text="email, webhook atau lapor")
    adapter_label = serializers.CharField(source="get_adapter_display")
    active = serializers.BooleanField()
