"""Staff import of a DIP spreadsheet (CSV/XLSX) into drafts; exports are the public download links."""

from django.contrib import messages
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _

from pintu.ppid.registers import io
from pintu.ppid.registers.forms import ImportForm
from pintu.ppid.registers.selectors import register_agencies_for
from pintu.ppid.web import staff_view


@staff_view
def dip_import(request):
    agencies = register_agencies_for(request.user).order_by("name")
    if not agencies.exists():
        return redirect("ppid:staff_register")
    form = ImportForm(request.POST or None, request.FILES or None, agencies=agencies)
    errors: list[str] = []
    if request.method == "POST" and form.is_valid():
        upload = form.cleaned_data["file"]
        try:
            if upload.size > io.MAX_IMPORT_BYTES:
                raise io.DipImportError([_("Berkas terlalu besar (paling besar 5 MB).")])
            result = io.import_dip(request.user, form.cleaned_data["agency"], upload.name, upload.read())
        except io.DipImportError as exc:
            errors = exc.errors
        else:
            messages.success(request, _("%(n)d informasi diimpor sebagai draf.") % {"n": result.count})
            return redirect(f"{reverse('ppid:staff_register')}?status=draft")
    status = 400 if errors else 200
    return render(request, "ppid/staff/dip_import.html", {"form": form, "errors": errors}, status=status)
