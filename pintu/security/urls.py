"""The account pages (URL and template namespace "accounts"): the second sign-in step, registration,
sign-in by code, password reset and change. Sign-in and sign-out keep their names web:login/web:logout
(pintu.site.urls)."""

from django.urls import path

from pintu.security import views_2fa, views_code_login, views_password, views_register

app_name = "accounts"

urlpatterns = [
    path("masuk/verifikasi/", views_2fa.otp_verify, name="otp_verify"),
    path("akun/dua-langkah/", views_2fa.otp_setup, name="otp_setup"),
    path("akun/dua-langkah/kode-cadangan/", views_2fa.otp_backup_codes, name="otp_backup_codes"),
    path("daftar/", views_register.register, name="register"),
    path("daftar/kode/", views_register.register_code, name="register_code"),
    path("daftar/kode/kirim-ulang/", views_register.register_resend, name="register_resend"),
    path("masuk/kode/", views_code_login.code_login, name="code_login"),
    path("masuk/kode/masukkan/", views_code_login.code_login_enter, name="code_login_enter"),
    path("masuk/kode/kirim-ulang/", views_code_login.code_login_resend, name="code_login_resend"),
    path("masuk/lupa-sandi/", views_password.password_reset, name="password_reset"),
    path("masuk/lupa-sandi/terkirim/", views_password.password_reset_sent, name="password_reset_sent"),
    path("masuk/sandi-baru/<uidb64>/<token>/", views_password.password_reset_confirm, name="password_reset_confirm"),
    path("masuk/sandi-baru/selesai/", views_password.password_reset_complete, name="password_reset_complete"),
    path("akun/kata-sandi/", views_password.password_change, name="password_change"),
]
