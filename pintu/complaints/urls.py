"""URLs of the complaint service: the public and reporter side, and the staff side."""

from pintu.complaints.views import public_urls, staff_urls

app_name = "complaints"
urlpatterns = public_urls.urlpatterns + staff_urls.urlpatterns
