"""URLs of the public and reporter side of the complaint service (namespace "complaints")."""

from django.urls import path

from pintu.complaints.views import public, public_follow, public_locate, public_pages, public_receipt, public_track

urlpatterns = [
    # the intake wizard
    path("lapor/", public.intake, name="intake"),
    path("lapor/baru/", public.intake_reset, name="intake_reset"),
    path("lapor/apa/", public.intake_what, name="intake_what"),
    path("lapor/lokasi/", public.intake_where, name="intake_where"),
    path("lapor/lokasi/titik/", public_locate.intake_locate, name="intake_locate"),  # "Gunakan lokasi saya"
    path("lapor/serupa/", public.intake_similar, name="intake_similar"),
    path("lapor/kirim/", public.intake_finish, name="intake_finish"),
    path("lapor/terkirim/<str:code>/", public.intake_done, name="intake_done"),
    path("lapor/terkirim/<str:code>/tanda-terima.pdf", public_receipt.intake_receipt, name="intake_receipt"),
    path(
        "lapor/terkirim/<str:code>/kirim-tanda-terima/", public_receipt.intake_receipt_send, name="intake_receipt_send"
    ),
    # tracking and the reporter's actions (track_detail is linked from e-mails: keep its name and argument)
    path("lapor/lacak/", public_track.track, name="track"),
    path("lapor/lacak/<str:code>/", public_track.track_detail, name="track_detail"),
    path("lapor/lacak/<str:code>/balas/", public_track.track_reply, name="track_reply"),
    path("lapor/lacak/<str:code>/nilai/", public_track.track_rate, name="track_rate"),
    path("lapor/lacak/<str:code>/buka-kembali/", public_track.track_reopen, name="track_reopen"),
    path("lapor/lacak/<str:code>/berhenti-kabar/", public_track.track_stop_phone, name="track_stop_phone"),
    path("lapor/lampiran/<int:pk>/", public_track.attachment, name="attachment"),
    path("lapor/lampiran/<int:pk>/kecil/", public_track.attachment_thumbnail, name="attachment_thumbnail"),
    # the public register and the citizen's own list
    path("laporan/", public_pages.public_list, name="public_list"),
    path("laporan/<str:code>/", public_pages.public_detail, name="public_detail"),
    # "Saya juga mengalami ini": follow a public report (pintu.complaints.watchers)
    path("laporan/<str:code>/ikuti/", public_follow.follow, name="follow"),
    path("laporan/<str:code>/ikuti/kode/", public_follow.follow_confirm, name="follow_confirm"),
    path("laporan-diikuti/berhenti/<str:token>/", public_follow.unfollow, name="unfollow"),
    path("akun/laporan/", public_pages.my_reports, name="my_reports"),
]
