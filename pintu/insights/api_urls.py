"""/api/v1/statistik/: the public statistics as JSON (included from pintu/urls.py)."""

from django.urls import path

from pintu.insights import api

app_name = "insights_api"
urlpatterns = [
    path("", api.StatisticsSummary.as_view(), name="summary"),
    path("<slug:key>/", api.StatisticsTable.as_view(), name="table"),
]
