"""The API's side of the WhatsApp/SMS consent: one optional list `notify_channels` on every submission that
takes a phone number (reports, information requests), like the web form's checkbox.

Decided for one list rather than a boolean per channel: a region may offer either or both, and a list says
which ones the person agreed to in one field ([] or absent: none). A channel this region does not send on
is refused (400), so an app never believes it asked for something that will not come.
"""

from django.utils.translation import gettext as _
from rest_framework import serializers

from pintu.notifications.consent import channels_label, offered_channels, parse_channels
from pintu.notifications.models import PHONE_CHANNELS


class NotifyChannelsField(serializers.ListField):
    def __init__(self, **kwargs):
        kwargs.setdefault("required", False)
        kwargs.setdefault("default", list)
        kwargs.setdefault("max_length", len(PHONE_CHANNELS))
        kwargs.setdefault(
            "help_text",
            "Persetujuan (pilihan) menerima kode lacak dan kabar perkembangan lewat WhatsApp dan/atau SMS ke nomor "
            '`phone`, misalnya ["whatsapp"]. Hanya saluran yang disediakan daerah ini; berhenti dengan membalas STOP.',
        )
        super().__init__(child=serializers.ChoiceField(choices=PHONE_CHANNELS), **kwargs)

    def to_internal_value(self, data):
        channels = parse_channels(super().to_internal_value(data))
        refused = [channel for channel in channels if channel not in offered_channels()]
        if refused:
            raise serializers.ValidationError(
                _("Kabar lewat %(channels)s tidak tersedia di daerah ini.") % {"channels": channels_label(refused)}
            )
        return channels


class PhoneConsentSerializer(serializers.Serializer):
    """The WhatsApp/SMS consent of a case, as its reporter or requester sees it."""

    channels = serializers.ListField(child=serializers.ChoiceField(choices=PHONE_CHANNELS))
    active = serializers.BooleanField()
    given_at = serializers.DateTimeField(allow_null=True)
    withdrawn_at = serializers.DateTimeField(allow_null=True)
