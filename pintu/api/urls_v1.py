"""/api/v1/: one include per area. No route of one area can match a path of another, so the order of these
lines does not matter (tests/api/test_url_order.py checks it). Each area keeps its routes in its own module;
an area edits only its own line here.

The public statistics (/api/v1/statistik/) keep their own namespace, insights_api, so pintu/urls.py
includes them beside this module.
"""

from django.urls import include, path

urlpatterns = [
    path("", include("pintu.api.directory")),  # categories, agencies, areas
    path("", include("pintu.api.calendar")),  # working days and closed days
    path("", include("pintu.api.account.urls")),  # me/, a reporter's or requester's own data
    path("", include("pintu.api.operations.urls")),  # interop, routing accuracy, leaders' dashboard
    path("", include("pintu.complaints.api.urls")),  # complaints: public, reporter, staff
    path("", include("pintu.ppid.api.urls")),  # PPID: registers, requests, objections, annual report (each slice)
]
