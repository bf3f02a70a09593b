"""/api/v1/ routes of the registers (DIP, DIK). Fixed segments (`draft/`, `import/`, `export/`, `files/`)
are never taken by `<int:pk>`, so the order of this list does not matter."""

from django.urls import path

from pintu.ppid.registers.api import dik, dip, files, public

D = "staff/ppid/dip/<int:pk>/"
K = "staff/ppid/dik/<int:pk>/"
urlpatterns = [
    # public
    path("ppid/dip/", public.DipList.as_view(), name="ppid_dip"),
    path("ppid/dip/<int:pk>/", public.DipDetail.as_view(), name="ppid_dip_detail"),
    path("ppid/dip/files/<int:pk>/", public.DipFile.as_view(), name="ppid_dip_file"),
    *[path(f"ppid/dip/export/{fmt}/", view.as_view(), name=f"ppid_dip_export_{fmt}")
      for fmt, view in public.DIP_EXPORT.items()],
    path("ppid/dik/", public.PublicDikList.as_view(), name="ppid_dik"),
    # staff: DIP
    path("staff/ppid/dip/", dip.StaffDipList.as_view(), name="staff_ppid_dip"),
    path("staff/ppid/berkala/overdue/", dip.StaffBerkalaOverdue.as_view(), name="staff_ppid_berkala_overdue"),
    path("staff/ppid/dip/draft/", dip.StaffDipDraft.as_view(), name="staff_ppid_dip_draft"),
    path("staff/ppid/dip/import/", files.DipImport.as_view(), name="staff_ppid_dip_import"),
    path(D, dip.StaffDipDetail.as_view(), name="staff_ppid_dip_detail"),
    path(D + "update/", dip.StaffDipUpdate.as_view(), name="staff_ppid_dip_update"),
    path(D + "publish/", dip.StaffDipPublish.as_view(), name="staff_ppid_dip_publish"),
    path(D + "withdraw/", dip.StaffDipWithdraw.as_view(), name="staff_ppid_dip_withdraw"),
    path(D + "refresh/", dip.StaffDipRefresh.as_view(), name="staff_ppid_dip_refresh"),
    path(D + "files/", dip.StaffDipAddFiles.as_view(), name="staff_ppid_dip_add_files"),
    path(D + "files/<int:file_pk>/remove/", dip.StaffDipRemoveFile.as_view(), name="staff_ppid_dip_remove_file"),
    # staff: DIK
    path("staff/ppid/dik/", dik.StaffDikList.as_view(), name="staff_ppid_dik"),
    path("staff/ppid/dik/draft/", dik.StaffDikDraft.as_view(), name="staff_ppid_dik_draft"),
    path(K, dik.StaffDikDetail.as_view(), name="staff_ppid_dik_detail"),
    path(K + "update/", dik.StaffDikUpdate.as_view(), name="staff_ppid_dik_update"),
    path(K + "decide/", dik.StaffDikDecide.as_view(), name="staff_ppid_dik_decide"),
    path(K + "lift/", dik.StaffDikLift.as_view(), name="staff_ppid_dik_lift"),
    path(K + "sign-letter/", dik.StaffDikSignLetter.as_view(), name="staff_ppid_dik_sign_letter"),
    path(K + "discard-letter/", dik.StaffDikDiscardLetter.as_view(), name="staff_ppid_dik_discard_letter"),
    path(K + "letter-draft/", dik.StaffDikLetterDraft.as_view(), name="staff_ppid_dik_letter_draft"),
]  # fmt: skip
