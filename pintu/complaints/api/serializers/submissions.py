"""A citizen's new report through the API: its input and the answer (code, secret once, processing)."""

import threading

from django.utils.functional import cached_property
from rest_framework import serializers
from rest_framework.utils.serializer_helpers import BindingDict

from pintu.complaints.models import STATUS_CHOICES, Privacy, ReportKind
from pintu.complaints.services.intake import MAX_ATTACHMENTS, TEXT_MAX, TITLE_MAX

#: Accepted and ignored for one release, so clients that still send it do not break.
CONSENT_DEPRECATED = (
    "Usang (issue #18), diabaikan; akan dihapus pada rilis berikutnya. Penanganan adalah tugas pelayanan publik "
    "(UU 27/2022 Pasal 20 ayat (2) huruf c dan e), tidak bergantung pada persetujuan."
)


def _submit_fields() -> dict:
    return {
        "kind": serializers.ChoiceField(choices=ReportKind.choices, default=ReportKind.PENGADUAN),
        "title": serializers.CharField(max_length=TITLE_MAX * 2),
        "text": serializers.CharField(max_length=TEXT_MAX * 2),
        "category": serializers.IntegerField(required=False, allow_null=True, help_text="id dari /categories/"),
        "kecamatan": serializers.IntegerField(help_text="id kecamatan dari /areas/"),
        "desa": serializers.IntegerField(required=False, allow_null=True, help_text="id desa/kelurahan dari /areas/"),
        "latitude": serializers.DecimalField(max_digits=9, decimal_places=6, required=False, allow_null=True),
        "longitude": serializers.DecimalField(max_digits=9, decimal_places=6, required=False, allow_null=True),
        "incident_date": serializers.DateField(required=False, allow_null=True),
        "privacy": serializers.ChoiceField(choices=Privacy.choices, default=Privacy.BIASA),
        "name": serializers.CharField(max_length=300, required=False, allow_blank=True, default=""),
        "email": serializers.CharField(max_length=254, required=False, allow_blank=True, default=""),
        "phone": serializers.CharField(max_length=40, required=False, allow_blank=True, default=""),
        "nik": serializers.CharField(max_length=40, required=False, allow_blank=True, default=""),
        "consent": serializers.BooleanField(required=False, default=False, help_text=CONSENT_DEPRECATED),
        "files": serializers.ListField(
            child=serializers.FileField(), required=False, max_length=MAX_ATTACHMENTS, help_text="multipart saja"
        ),
    }


#: The submission's bound fields, one set per thread (see ReportSubmitSerializer.fields).
_bound = threading.local()


class ReportSubmitSerializer(serializers.Serializer):
    """A new report. Identity fields go to the separate, protected contact record.

    The fields are built once per thread and lent to each new instance, instead of DRF's deep copy of
    declared fields (or a fresh build) per instance, which was a quarter of the CPU of an API submission
    (docs/performance.md, "Asynchronous intake"). A field keeps no state of a validation; its only link to
    the instance is `parent` (for `root`, `context`, `partial`), set here, and a thread validates one
    submission at a time.
    """

    def get_fields(self):
        return _submit_fields()

    @cached_property
    def fields(self):
        fields = getattr(_bound, "fields", None)
        if fields is None:
            fields = _bound.fields = BindingDict(self)
            for name, field in self.get_fields().items():
                fields[name] = field  # binds once: DRF refuses to bind a field twice
        fields.serializer = self
        for field in fields.values():
            field.parent = self
        return fields


class SubmittedSerializer(serializers.Serializer):
    code = serializers.CharField()
    secret = serializers.CharField(
        allow_null=True, help_text="Kode rahasia untuk melacak; null bila kiriman ulang mengembalikan laporan lama."
    )
    created = serializers.BooleanField()
    processing = serializers.BooleanField(
        help_text="true: diterima, sedang dibangun oleh pekerja latar (kode dan kode rahasia sudah berlaku)."
    )
    status = serializers.ChoiceField(choices=STATUS_CHOICES, allow_null=True, help_text="null selama diproses.")
