from django.urls import path

from pintu.interop.views import machine, staff

app_name = "interop"
urlpatterns = [
    path("interop/gateway/<slug:slug>/", machine.gateway, name="gateway"),
    path("interop/callback/<slug:slug>/", machine.callback, name="callback"),
    path("staf/interop/", staff.overview, name="staff_overview"),
    path("staf/interop/pengiriman/<int:pk>/", staff.delivery_detail, name="staff_delivery"),
    path("staf/interop/pengiriman/<int:pk>/kirim-ulang/", staff.resend, name="staff_resend"),
    path("staf/interop/pelanggan/<int:pk>/", staff.subscription_detail, name="staff_subscription"),
]
