import django_q.admin  # noqa: F401 (registers django-q's pages, replaced below)
from django.contrib import admin
from django_q.models import Failure, OrmQ, Schedule, Success

from pintu.adminkit import ReadOnlyAdmin
from pintu.jobs.models import OnceMarker, SweepRun


@admin.register(SweepRun)
class SweepRunAdmin(ReadOnlyAdmin):
    list_display = ["name", "started_at", "finished_at", "processed", "error"]
    list_filter = ["name"]


@admin.register(OnceMarker)
class OnceMarkerAdmin(ReadOnlyAdmin):
    list_display = ["key", "created_at"]
    search_fields = ["key"]


# --- django-q's own pages (queued tasks, successes, failures, schedules): superusers only ---------------
# Their rows are task arguments and results; ours carry ids only (pintu.jobs.services.enqueue), but a
# superuser is the only one who needs to look at the queue at all: not every system admin.


class SuperuserOnly:
    def has_module_permission(self, request):
        return request.user.is_active and request.user.is_superuser

    def has_view_permission(self, request, obj=None):
        return self.has_module_permission(request)

    def has_add_permission(self, request, *args):
        return self.has_module_permission(request) and super().has_add_permission(request, *args)

    def has_change_permission(self, request, obj=None):
        return self.has_module_permission(request) and super().has_change_permission(request, obj)

    def has_delete_permission(self, request, obj=None):
        return self.has_module_permission(request) and super().has_delete_permission(request, obj)


def _superuser_only(model) -> None:
    current = admin.site._registry.get(model)
    if current is None:
        return
    admin.site.unregister(model)
    admin.site.register(model, type(f"SuperuserOnly{type(current).__name__}", (SuperuserOnly, type(current)), {}))


for _model in (Schedule, Success, Failure, OrmQ):
    _superuser_only(_model)
