"""/api/: v1 endpoints, the OpenAPI schema and its self-hosted docs."""
from django.urls import include, path

from pintu.api.docs import RedocView, SchemaView, SwaggerView

app_name = "api"
urlpatterns = [
    path("v1/", include("pintu.api.urls_v1")),
    path("schema/", SchemaView.as_view(), name="schema"),
    path("docs/", SwaggerView.as_view(url_name="api:schema"), name="docs"),
    path("redoc/", RedocView.as_view(url_name="api:schema"), name="redoc"),
]
