"""/healthz: a tiny answer for load balancers and uptime checks, and the baseline of bench/intake.

It goes through the whole middleware stack and asks the database one trivial question, so "ok"
means this process can serve pages; it reveals nothing else (no version, no counts).
"""

from django.db import DatabaseError, connection
from django.http import HttpResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe


@never_cache
@require_safe
def healthz(request):
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except DatabaseError:
        return HttpResponse("database unavailable\n", status=503, content_type="text/plain")
    return HttpResponse("ok\n", content_type="text/plain")
