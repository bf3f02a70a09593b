"""The schema and its documentation pages, with no inline script and no outside asset.

Swagger UI: drf-spectacular's split view loads its init script as a separate request (`?script=`),
so a CSP without 'unsafe-inline' for scripts holds. Redoc: our template drops the Google Fonts links
of the stock one. Both load swagger-ui / redoc from drf-spectacular-sidecar's static files.
"""

from drf_spectacular.views import SpectacularAPIView, SpectacularRedocView, SpectacularSwaggerSplitView


class SchemaView(SpectacularAPIView):
    pass


class SwaggerView(SpectacularSwaggerSplitView):
    template_name = "api/swagger_ui.html"


class RedocView(SpectacularRedocView):
    template_name = "api/redoc.html"
