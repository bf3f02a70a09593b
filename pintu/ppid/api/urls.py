"""/api/v1/ routes of the PPID: one include per slice (pintu.api composes this module with one include).
Every slice's paths are distinct whatever the order (fixed words are never taken by `<int:pk>`)."""

from django.urls import include, path

urlpatterns = [
    path("", include("pintu.ppid.registers.api.urls")),
    path("", include("pintu.ppid.requests.api.urls")),
    path("", include("pintu.ppid.objections.api.urls")),
    path("", include("pintu.ppid.annual.api.urls")),
]
