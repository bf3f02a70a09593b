def practice(request):
    """The practice banner's seat (set by the middleware; no query here: the page may run on practice data)."""
    return {"practice_seat": getattr(request, "practice_seat", None)}
