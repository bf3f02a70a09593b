"""/api/v1/ routes of the annual report (fixed paths only: the order does not matter)."""

from django.urls import path

from pintu.ppid.annual.api import public, staff

urlpatterns = [
    path("ppid/annual/", public.PublicAnnualList.as_view(), name="ppid_annual"),
    *[path(f"ppid/annual/<int:pk>/{fmt}/", view.as_view(), name=f"ppid_annual_{fmt}")
      for fmt, view in public.ANNUAL_FILE.items()],
    path("ppid/annual/<int:pk>/cover-letter/pdf/", public.ANNUAL_COVER.as_view(), name="ppid_annual_cover_pdf"),
    path("staff/ppid/annual/", staff.StaffAnnualReport.as_view(), name="staff_ppid_annual"),
    path("staff/ppid/annual/narrative/", staff.StaffAnnualNarrative.as_view(), name="staff_ppid_annual_narrative"),
    path("staff/ppid/annual/publish/", staff.StaffAnnualPublish.as_view(), name="staff_ppid_annual_publish"),
    *[path(f"staff/ppid/annual/{fmt}/", view.as_view(), name=f"staff_ppid_annual_{fmt}")
      for fmt, view in staff.ANNUAL_DOWNLOAD.items()],
]  # fmt: skip
