"""/api/v1/ routes for operators and leaders: interop deliveries and subscribers, routing accuracy, dashboard.

Each mirrors a web page (docs/api.md): staff/interop/* the interop:staff_* pages, staff/routing/accuracy/
routing:accuracy, staff/statistik/* insights:dashboard, :download, :report_pdf and :cases.
"""

from django.urls import path

from pintu.api.operations import dashboard as dash
from pintu.api.operations import interop
from pintu.api.operations.routing import RoutingAccuracy

urlpatterns = [
    path("staff/interop/deliveries/", interop.DeliveryList.as_view(), name="staff_interop_deliveries"),
    path("staff/interop/dead-letters/", interop.DeadLetterList.as_view(), name="staff_interop_dead_letters"),
    path("staff/interop/deliveries/<int:pk>/", interop.DeliveryDetail.as_view(), name="staff_interop_delivery"),
    path("staff/interop/deliveries/<int:pk>/resend/", interop.DeliveryResend.as_view(), name="staff_interop_resend"),
    path("staff/interop/subscriptions/", interop.SubscriptionList.as_view(), name="staff_interop_subscriptions"),
    path(
        "staff/interop/subscriptions/<int:pk>/", interop.SubscriptionDetail.as_view(), name="staff_interop_subscription"
    ),
    path("staff/interop/endpoints/", interop.EndpointList.as_view(), name="staff_interop_endpoints"),
    path("staff/routing/accuracy/", RoutingAccuracy.as_view(), name="staff_routing_accuracy"),
    path("staff/statistik/", dash.Dashboard.as_view(), name="staff_statistics"),
    path(
        "staff/statistik/tables/<slug:key>/<slug:fmt>/", dash.TableDownload.as_view(), name="staff_statistics_download"
    ),
    path(
        "staff/statistik/reports/<slug:kind>/<str:period>/",
        dash.ReportPdf.as_view(),
        name="staff_statistics_report_pdf",
    ),
    path("staff/statistik/cases/reports/", dash.ReportCases.as_view(), name="staff_statistics_report_cases"),
    path("staff/statistik/cases/requests/", dash.RequestCases.as_view(), name="staff_statistics_request_cases"),
]
