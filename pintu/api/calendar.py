"""The working-day calendar on the API: the site's workday calculator (web:workday_calculator) and a year's
closed days (web:calendar_year), so an outside system can compute the same deadlines as Pintu.

Both read pintu.workdays as the pages do: calculator.read_question (the same limits and messages as the
page), calculator.working_days_from, closed_days_visible_to and years_visible_to.
The arguments are in the path so that every call names a complete question.
"""

from django.core.exceptions import ValidationError
from django.http import Http404
from django.urls import path
from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework import exceptions, serializers
from rest_framework.response import Response
from rest_framework.views import APIView

from pintu.apikit.schema import READ_PUBLIC, errors
from pintu.workdays.calculator import MAX_YEAR, MIN_YEAR, read_question, working_days_from
from pintu.workdays.selectors import closed_days_visible_to, years_visible_to

TAG = ["kalender hari kerja"]


class ClosedDaySerializer(serializers.Serializer):
    """A national holiday, cuti bersama day or local office closure (weekends are not listed)."""

    date = serializers.DateField()
    name = serializers.CharField()
    name_en = serializers.CharField(help_text="Boleh kosong.")
    kind = serializers.CharField(help_text="national, cuti_bersama atau local")
    kind_label = serializers.CharField(source="get_kind_display")
    active = serializers.BooleanField(help_text="Hanya admin sistem yang melihat baris yang tidak berlaku.")


class WorkdayResultSerializer(serializers.Serializer):
    received_date = serializers.DateField()
    received_time = serializers.TimeField(allow_null=True)
    working_days = serializers.IntegerField()
    day_one = serializers.DateField(help_text="Hari kerja pertama hitungan")
    due = serializers.DateField(help_text="Hari kerja ke-N: batas waktu")
    skipped = ClosedDaySerializer(many=True, help_text="Hari libur/penutupan antara hari pertama dan batas waktu")


class CalendarYearSerializer(serializers.Serializer):
    year = serializers.IntegerField()
    confirmed = serializers.BooleanField(help_text="Dikonfirmasi admin sesuai SKB tahun itu")
    reference = serializers.CharField(help_text="Dasar penetapan; boleh kosong")
    days = ClosedDaySerializer(many=True)
    years = serializers.ListField(child=serializers.IntegerField(), help_text="Tahun lain yang tersedia")


TIME_PARAM = OpenApiParameter("time", str, description="Jam diterima, misalnya 15:30 (kosong: pada jam layanan)")


class WorkdayDue(APIView):
    """N working days from a receipt date, with the closed days that fall in between (the calculator page)."""

    @extend_schema(tags=TAG, summary="Hitung N hari kerja dari tanggal diterima", parameters=[TIME_PARAM],
                   responses={200: WorkdayResultSerializer, **errors(*READ_PUBLIC)})  # fmt: skip
    def get(self, request, received_date: str, working_days: int):
        try:
            question = read_question(received_date[:40], request.query_params.get("time", "")[:20], working_days)
        except ValidationError as exc:
            raise exceptions.ValidationError(exc.message_dict) from None
        day, at, n = question.received_date, question.received_time, question.working_days
        answer = working_days_from(request.user, day, at, n)
        body = {"received_date": day, "received_time": at, "working_days": n, "day_one": answer.day_one,
                "due": answer.due, "skipped": answer.skipped}  # fmt: skip
        return Response(WorkdayResultSerializer(body).data)


class CalendarYearView(APIView):
    """One year's holidays, cuti bersama and local closures, and whether the admin confirmed them."""

    @extend_schema(tags=TAG, summary="Hari libur dan penutupan satu tahun",
                   responses={200: CalendarYearSerializer, **errors(*READ_PUBLIC)})  # fmt: skip
    def get(self, request, year: int):
        if not MIN_YEAR <= year <= MAX_YEAR:
            raise Http404
        info = years_visible_to(request.user).filter(year=year).first()
        body = {
            "year": year, "confirmed": bool(info and info.confirmed), "reference": info.reference if info else "",
            "days": closed_days_visible_to(request.user).filter(date__year=year),
            "years": list(years_visible_to(request.user).values_list("year", flat=True)),
        }  # fmt: skip
        return Response(CalendarYearSerializer(body).data)


urlpatterns = [
    path("workdays/<str:received_date>/plus/<int:working_days>/", WorkdayDue.as_view(), name="workday_due"),
    path("calendar/<int:year>/", CalendarYearView.as_view(), name="calendar_year"),
]
