"""Practice mode for a request: the view runs on the practice database (pintu.sandbox).

Runs after sign-in, session and every security check (those use the real database). When the signed-in
user chose "Mode latihan" for one of their active seats, the view and its templates run against the
practice database, in one transaction there. The practice pages themselves, sign-in and sign-out stay on
the real database; every page shows the practice banner (`request.practice_seat`). Nothing of a practice
request is read from or stored in the public pages' cache (`pintu.pagecache.bypassed`).
"""

from django.urls import Resolver404, resolve

from pintu import pagecache
from pintu.accounts.access import forget_scope
from pintu.sandbox import practice_database

#: URL names that always run on the real database.
REAL_ONLY = {"web:login", "web:logout", "set_language"}


def _real_only(path: str) -> bool:
    try:
        match = resolve(path)
    except Resolver404:
        return True
    return match.namespace == "practice" or match.view_name in REAL_ONLY


class PracticeModeMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        from pintu.practice.services import SESSION_KEY, active_seats

        request.practice_seat = None
        seat_id = request.session.get(SESSION_KEY) if hasattr(request, "session") else None
        if seat_id is None or not request.user.is_authenticated:
            return self.get_response(request)
        seat = active_seats(request.user).filter(pk=seat_id).first()
        if seat is None:  # the round was closed or the seat removed
            request.session.pop(SESSION_KEY, None)
            return self.get_response(request)
        request.practice_seat = seat
        if _real_only(request.path_info):
            return self.get_response(request)
        forget_scope(request.user)  # roles are read again, from the practice database: the seat's role
        try:
            with practice_database(), pagecache.bypassed():  # no practice page into the public cache
                response = self.get_response(request)
                if hasattr(response, "render") and callable(response.render) and not response.is_rendered:
                    response.render()
                if response.streaming:  # a download's rows are read now, from the practice database
                    response.streaming_content = [b"".join(response.streaming_content)]
        finally:
            forget_scope(request.user)
        return response
