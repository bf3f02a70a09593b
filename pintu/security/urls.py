"""The second sign-in step (URL and template namespace "accounts": pages of the account). Sign-in and
sign-out keep their names web:login/web:logout (pintu.site.urls)."""

from django.urls import path

from pintu.security import views_2fa

app_name = "accounts"

urlpatterns = [
    path("masuk/verifikasi/", views_2fa.otp_verify, name="otp_verify"),
    path("akun/dua-langkah/", views_2fa.otp_setup, name="otp_setup"),
    path("akun/dua-langkah/kode-cadangan/", views_2fa.otp_backup_codes, name="otp_backup_codes"),
]
