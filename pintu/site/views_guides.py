"""The role guides' pages: /staf/panduan/ (the index, the viewer's own roles first) and /staf/panduan/<peran>/.

Officers only (any staff role: a guide is for training, and every officer may read every role's guide); a
citizen account gets 403. The guide's text is a template per language (pintu.site.guides).
"""

from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import render
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from pintu.accounts.access import scope_of
from pintu.site.guide_examples import examples
from pintu.site.guides import BY_SLUG, GUIDES, guides_for

LANGUAGES = ("id", "en")


def _officer(user) -> None:
    if not scope_of(user).is_staff_member:
        raise PermissionDenied(_("Panduan peran hanya untuk petugas."))


@login_required
def guide_index(request):
    _officer(request.user)
    mine = guides_for(request.user)
    context = {"mine": mine, "others": [g for g in GUIDES if g not in mine], "nav_current": "panduan"}
    return render(request, "site/guides/index.html", context)


@login_required
def guide(request, slug: str):
    _officer(request.user)
    chosen = BY_SLUG.get(slug)
    if chosen is None:
        raise Http404
    lang = (get_language() or "id")[:2]
    context = {
        "guide": chosen,
        "body": f"site/guides/{lang if lang in LANGUAGES else 'id'}/{chosen.slug}.html",
        "ex": examples(),
        "shots": chosen.shots(),
        "guides": GUIDES,
        "nav_current": "panduan",
    }
    return render(request, "site/guides/guide.html", context)
