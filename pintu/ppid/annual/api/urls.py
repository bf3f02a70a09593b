"""/api/v1/ routes of the annual report (fixed paths only: the order does not matter)."""

from django.urls import path

from pintu.ppid.annual.api import public, staff
from pintu.ppid.api.files import format_paths

urlpatterns = [
    path("ppid/annual/", public.PublicAnnualList.as_view(), name="ppid_annual"),
    *format_paths("ppid/annual/<int:pk>/{fmt}/", "ppid_annual_{fmt}", public.ANNUAL_FILE),
    path("ppid/annual/<int:pk>/cover-letter/pdf/", public.ANNUAL_COVER.as_view(), name="ppid_annual_cover_pdf"),
    path("staff/ppid/annual/", staff.StaffAnnualReport.as_view(), name="staff_ppid_annual"),
    path("staff/ppid/annual/narrative/", staff.StaffAnnualNarrative.as_view(), name="staff_ppid_annual_narrative"),
    path("staff/ppid/annual/publish/", staff.StaffAnnualPublish.as_view(), name="staff_ppid_annual_publish"),
    *format_paths("staff/ppid/annual/{fmt}/", "staff_ppid_annual_{fmt}", staff.ANNUAL_DOWNLOAD),
]  # fmt: skip
