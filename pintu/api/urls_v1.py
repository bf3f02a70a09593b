"""/api/v1/: one path per operation. Other apps add their own v1 routes in their own urls (statistik, webhooks)."""

from django.urls import include, path

from pintu.api import directory
from pintu.api.account.urls import urlpatterns as account_patterns
from pintu.api.operations.urls import urlpatterns as operations_patterns
from pintu.api.ppid.urls import urlpatterns as ppid_patterns
from pintu.api.ppid.urls_files import urlpatterns as ppid_file_patterns

urlpatterns = [
    path("categories/", directory.CategoryList.as_view(), name="categories"),
    path("agencies/", directory.AgencyList.as_view(), name="agencies"),
    path("areas/", directory.AreaList.as_view(), name="areas"),
    path("", include("pintu.complaints.api.urls")),  # complaints: public, reporter, staff
    *ppid_patterns,
    *ppid_file_patterns,
    *account_patterns,
    *operations_patterns,
]
