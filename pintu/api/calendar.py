"""The working-day calendar on the API: the web's workday calculator (web:workday_calculator) and a year's
closed days (web:calendar_year), so an outside system can compute the same deadlines as Pintu.

Both read pintu.workdays (calculator.working_days_from, closed_days_visible_to, years_visible_to) as the
pages do, and the calculator validates with the page's own form (WorkdayCalculatorForm): the same limits
and messages.
The arguments are in the path so that every call names a complete question.
"""

from django.http import Http404
from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework import exceptions, serializers
from rest_framework.response import Response
from rest_framework.views import APIView

from pintu.apikit.schema import READ_PUBLIC, errors
from pintu.web.forms import WorkdayCalculatorForm
from pintu.workdays.calculator import working_days_from
from pintu.workdays.selectors import closed_days_visible_to, years_visible_to

TAG = ["kalender hari kerja"]
MIN_YEAR, MAX_YEAR = 2000, 2100  # as the web page


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
        form = WorkdayCalculatorForm({"received_date": received_date[:40], "working_days": working_days,
                                      "received_time": request.query_params.get("time", "")[:20]})  # fmt: skip
        if not form.is_valid():
            raise exceptions.ValidationError(form.errors)
        data = form.cleaned_data
        day, at, n = data["received_date"], data["received_time"], data["working_days"]
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
