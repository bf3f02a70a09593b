"""URL converters of the PPID pages: each matches only its own words, so no pattern can take another's
path and the order of the URL lists does not matter."""

from django.urls import register_converter
from django.urls.converters import StringConverter


class Choice(StringConverter):
    """One segment out of a fixed list of words (the value passes as it is, like Django's `str`)."""

    words: tuple[str, ...] = ()

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.regex = "|".join(cls.words)


class ReasonAction(Choice):
    """A request's reason actions on the staff page (requests.views.staff.REASON_ACTIONS)."""

    words = ("belum-lengkap", "lengkap", "tutup")


class PageSlug(Choice):
    """The PPID's procedure pages (views.PAGES)."""

    words = ("layanan", "permohonan", "keberatan", "sengketa", "aksesibilitas")


register_converter(ReasonAction, "ppid_reason")
register_converter(PageSlug, "ppid_page")
