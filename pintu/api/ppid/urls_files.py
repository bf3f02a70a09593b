"""/api/v1/ routes for PPID file imports, exports and downloads (registers, DIP files, annual report).

One path per format, as on the web (ppid:dip_export_csv / dip_export_xlsx ...): each has its own schema
operation with its own media type. Views: views_files.py (public), views_files_staff.py (officers).
"""

from django.urls import path

from pintu.api.ppid import views_files as pub
from pintu.api.ppid import views_files_staff as staff
from pintu.api.ppid import views_public_more as pub_more

R = "staff/ppid/requests/<int:pk>/"
urlpatterns = [
    path("ppid/dip/files/<int:pk>/", pub.DipFile.as_view(), name="ppid_dip_file"),
    *[path(f"ppid/dip/export/{fmt}/", view.as_view(), name=f"ppid_dip_export_{fmt}")
      for fmt, view in pub.DIP_EXPORT.items()],
    *[path(f"ppid/annual/<int:pk>/{fmt}/", view.as_view(), name=f"ppid_annual_{fmt}")
      for fmt, view in pub.ANNUAL_FILE.items()],
    path("staff/ppid/dip/import/", staff.DipImport.as_view(), name="staff_ppid_dip_import"),
    *[path(f"staff/ppid/requests/export/{fmt}/", view.as_view(), name=f"staff_ppid_requests_{fmt}")
      for fmt, view in staff.REQUESTS_EXPORT.items()],
    *[path(f"staff/ppid/objections/export/{fmt}/", view.as_view(), name=f"staff_ppid_objections_{fmt}")
      for fmt, view in staff.OBJECTIONS_EXPORT.items()],
    path(R + "documents/<int:doc_pk>/", staff.RequestDocumentFile.as_view(), name="staff_ppid_request_document"),
    path(R + "identity/<slug:kind>/", staff.RequestIdentityFile.as_view(), name="staff_ppid_request_identity_file"),
    *[path(f"staff/ppid/annual/{fmt}/", view.as_view(), name=f"staff_ppid_annual_{fmt}")
      for fmt, view in staff.ANNUAL_DOWNLOAD.items()],
    # the last public pages (h4): the DIK in force, the published annual reports, tracking an objection
    path("ppid/dik/", pub_more.PublicDikList.as_view(), name="ppid_dik"),
    path("ppid/annual/", pub_more.PublicAnnualList.as_view(), name="ppid_annual"),
    path("track/ppid/requests/<str:slug>/objections/", pub_more.TrackObjectionList.as_view(),
         name="ppid_track_objections"),
    path("track/ppid/requests/<str:slug>/objections/<int:pk>/", pub_more.TrackObjection.as_view(),
         name="ppid_track_objection_detail"),
]  # fmt: skip
