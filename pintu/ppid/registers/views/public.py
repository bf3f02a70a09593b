"""The public registers: the DIP (browse, search, detail, files, export) and the DIK in force.

Every page works without JavaScript. Lists start from the selectors and show only what the public
may see (published DIP, exemptions in force), whoever is signed in; staff see the rest on /ppid/staf/.
"""

from django.http import Http404
from django.shortcuts import render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET

from pintu import pagecache
from pintu.ppid.registers import downloads
from pintu.ppid.registers.forms import DipFilterForm
from pintu.ppid.registers.models import DikStatus, DipCategory, DipStatus
from pintu.ppid.registers.selectors import dik_items_visible_to, dip_agencies_with_items, dip_items_visible_to
from pintu.ppid.web import paginate, querystring_without_page


def _published(request, form: DipFilterForm):
    form.is_valid()
    data = getattr(form, "cleaned_data", {})  # unbound: no filter; otherwise the valid fields still filter
    qs = downloads.published_dip(request.user, q=data.get("q", ""), category=data.get("kategori", ""),
                                 agency_code=data.get("instansi", ""))  # fmt: skip
    return qs, data


@require_GET
def dip_list(request):
    """The DIP register. The anonymous public's body is cached per query string (pintu.pagecache) until
    an item is published, changed or withdrawn (or the directory changes)."""
    scopes = (pagecache.PPID, pagecache.DIRECTORY)
    body = pagecache.for_public(request, "dip_list", lambda: _dip_list_body(request), scopes=scopes,
                                vary=[pagecache.query_vary(request)])  # fmt: skip
    return render(request, "ppid/public/dip_list.html", {"body": body})


def _dip_list_body(request) -> str:
    form = DipFilterForm(request.GET or None, agencies=dip_agencies_with_items())
    qs, data = _published(request, form)
    page_obj = paginate(request, qs.order_by("category", "agency__name", "section", "number", "pk"))
    context = {
        "form": form,
        "page": page_obj,
        "filtered": any(data.values()),
        "querystring": querystring_without_page(request),  # also the export links' filter
        "category_label": dict(DipCategory.choices).get(data.get("kategori", "")),
    }
    return pagecache.render_fragment("ppid/public/dip_list_body.html", context)


@require_GET
def dip_detail(request, pk: int):
    item = dip_items_visible_to(request.user).filter(status=DipStatus.PUBLISHED, pk=pk).first()
    if item is None:
        raise Http404
    return render(request, "ppid/public/dip_detail.html", {"item": item, "files": item.files.all()})


@require_GET
def dip_file(request, pk: int):
    """Serve a DIP document when its item is visible to the requester (the public: published only)."""
    row = downloads.visible_dip_file(request.user, pk)
    if row is None:
        raise Http404
    return downloads.dip_file_response(row)


@require_GET
def dip_export(request, fmt: str):
    form = DipFilterForm(request.GET or None, agencies=dip_agencies_with_items())
    qs, data = _published(request, form)
    return downloads.dip_export(qs, fmt, data.get("instansi", "")).response()


@require_GET
def dik_list(request):
    items = dik_items_visible_to(request.user).filter(status=DikStatus.IN_FORCE).select_related("agency", "letter")
    items = items.order_by("agency__name", "pk")
    context = {"items": items, "page_title": _("Daftar Informasi yang Dikecualikan"), "nav": "dik"}
    return render(request, "ppid/public/dik_list.html", context)
