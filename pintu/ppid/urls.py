"""PPID: the public site and registers under /ppid/, the officers' pages under /ppid/staf/.

One include per slice; each slice's patterns match only their own paths (fixed words, `<int:pk>`, and
converters that cannot match a fixed segment), so the order of this list does not matter.
"""

from django.urls import include, path

from pintu.ppid import (
    converters,  # noqa: F401 (registers the ppid_* converters)
    views,
)

app_name = "ppid"

urlpatterns = [
    path("", views.landing, name="landing"),
    path("<ppid_page:slug>/", views.page, name="page"),
    path("", include("pintu.ppid.registers.urls")),
    path("", include("pintu.ppid.requests.urls")),
    path("", include("pintu.ppid.objections.urls")),
    path("", include("pintu.ppid.annual.urls")),
]
