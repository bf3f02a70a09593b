"""Shapes of the leaders' dashboard API. Tables reuse the public statistics' serializers
(pintu.insights.api) and add what the staff page has on top: each row's drill-down, the table's note."""

from rest_framework import serializers

from pintu.apikit.refs import AgencyRefSerializer
from pintu.insights.api import VALUE_HELP, CellField, PeriodSerializer, TableSerializer


class DashboardDrillSerializer(serializers.Serializer):
    row = serializers.IntegerField(help_text="Indeks baris (mulai 0)")
    sumber = serializers.CharField(help_text="laporan atau ppid: endpoint kasus yang dipakai")
    dim = serializers.CharField()
    val = serializers.CharField()


class DashboardTableSerializer(TableSerializer):
    note = serializers.CharField()
    unit = serializers.CharField()
    drill = DashboardDrillSerializer(
        many=True, help_text="Baris yang daftar kasusnya bisa dibuka (dim/val untuk endpoint kasus)"
    )


class DashboardKeyFigureSerializer(serializers.Serializer):
    key = serializers.CharField()
    label = serializers.CharField()
    value = CellField(allow_null=True, help_text=VALUE_HELP)
    kind = serializers.CharField(help_text="count, rate (persen), days (hari kerja) atau number")
    basis = serializers.IntegerField(allow_null=True, help_text="Jumlah kasus yang mendasari angka ini")


class DashboardSectionSerializer(serializers.Serializer):
    key_figures = DashboardKeyFigureSerializer(many=True)
    tables = DashboardTableSerializer(many=True)


class DashboardScopeSerializer(serializers.Serializer):
    complaints = serializers.BooleanField(help_text="Melihat angka pengaduan")
    ppid = serializers.BooleanField(help_text="Melihat angka PPID")
    whole_pemkab = serializers.BooleanField()
    report_drilldown = serializers.BooleanField(help_text="Boleh membuka daftar laporan di balik angka")
    request_drilldown = serializers.BooleanField(help_text="Boleh membuka daftar permohonan di balik angka")


class ReportPeriodChoiceSerializer(serializers.Serializer):
    value = serializers.CharField()
    label = serializers.CharField()


class ReportPeriodsSerializer(serializers.Serializer):
    months = ReportPeriodChoiceSerializer(many=True, help_text="Nilai `period` untuk laporan bulanan")
    quarters = ReportPeriodChoiceSerializer(many=True, help_text="Nilai `period` untuk laporan triwulanan")


class DashboardSerializer(serializers.Serializer):
    period = PeriodSerializer()
    filters = serializers.DictField(child=serializers.CharField())
    scope = DashboardScopeSerializer()
    suppressed = serializers.BooleanField(help_text="Selalu false: petugas melihat angka kecil apa adanya")
    complaints = DashboardSectionSerializer()
    ppid = DashboardSectionSerializer()
    reports = ReportPeriodsSerializer()


class ReportCaseSerializer(serializers.Serializer):
    code = serializers.CharField()
    title = serializers.CharField()
    submitted_at = serializers.DateTimeField()
    agency = AgencyRefSerializer(source="assigned_agency", allow_null=True)
    status = serializers.CharField()
    status_label = serializers.CharField()
    response_workdays = serializers.IntegerField(source="fact.response_workdays", allow_null=True)
    resolve_workdays = serializers.IntegerField(source="fact.resolve_workdays", allow_null=True)


class RequestCaseSerializer(serializers.Serializer):
    id = serializers.IntegerField(source="pk")
    number = serializers.CharField()
    received_at = serializers.DateTimeField()
    agency = AgencyRefSerializer(source="assigned_agency", allow_null=True)
    status = serializers.CharField()
    status_label = serializers.CharField()
    notice_workdays = serializers.IntegerField(source="fact.notice_workdays", allow_null=True)
