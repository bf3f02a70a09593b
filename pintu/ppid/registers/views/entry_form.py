"""The entry form of both registers (a DIP item, a DIK entry): a new draft in one of the user's units, or
the entry changed. Each register says what differs in an EntryForm; entry_views makes its two pages."""

from collections.abc import Callable
from dataclasses import dataclass

from django.shortcuts import redirect
from django.utils.translation import gettext as _

from pintu.ppid.permissions import is_utama
from pintu.ppid.registers.selectors import register_agencies_for
from pintu.ppid.web import staff_view
from pintu.web.viewkit import form_page


@dataclass(frozen=True)
class EntryForm:
    form: type  # the Django form, taking `agencies` for a new entry
    fields: tuple[str, ...]  # the entry's fields the form edits
    draft: Callable  # services.draft_*_item(user, agency, **fields)
    update: Callable  # services.update_*_item(user, item, **fields)
    may_edit: Callable  # (user, item) -> bool
    register: str  # URL name of the register (no unit to draft in: back there)
    detail: str  # URL name of one entry
    template: str
    drafted: str  # the message after a new draft by a PPID Pembantu: the PPID Utama takes it from there
    drafted_by_utama: str  # ... by the PPID Utama, who takes the next step himself
    context: Callable = lambda item: {"item": item}  # the template's context besides the form
    changed: Callable = lambda item: _("Perubahan disimpan.")  # the message after an edit of `item`


def _page(request, entry: EntryForm, form, save, message: str, item):
    context = {"is_utama": is_utama(request.user), **entry.context(item)}
    return form_page(request, form, save, message=message, detail=entry.detail, template=entry.template,
                     context=context)  # fmt: skip


def create_page(request, entry: EntryForm):
    agencies = register_agencies_for(request.user).order_by("name")
    if not agencies.exists():
        return redirect(entry.register)
    form = entry.form(request.POST or None, agencies=agencies)

    def save(data):
        return entry.draft(request.user, data["agency"], **{n: data.get(n) for n in entry.fields})

    drafted = entry.drafted_by_utama if is_utama(request.user) else entry.drafted
    return _page(request, entry, form, save, drafted, None)


def edit_page(request, entry: EntryForm, item):
    if not entry.may_edit(request.user, item):
        return redirect(entry.detail, item.pk)
    form = entry.form(request.POST or None, initial={name: getattr(item, name) for name in entry.fields})

    def save(data):
        entry.update(request.user, item, **{n: data.get(n) for n in entry.fields})
        return item

    return _page(request, entry, form, save, entry.changed(item), item)


def entry_views(entry: EntryForm, item_of: Callable):
    """The staff pages "new entry" and "change entry" of a register; `item_of(request, pk)`: a visible entry."""

    @staff_view
    def create(request):
        return create_page(request, entry)

    @staff_view
    def edit(request, pk: int):
        return edit_page(request, entry, item_of(request, pk))

    return create, edit
