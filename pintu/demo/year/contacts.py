"""Demo contacts for the Pemkab's own agencies, where the region data gives none, so /instansi/ reads like a
directory. Only blank fields are filled: an address, phone or e-mail that the region's package (or an admin)
set is never replaced. The values are marked as demo values: e-mail addresses end in `.invalid` and phone
numbers use the exchange 000, which no office has; the addresses name the Pemkab's office complex.
"""

from __future__ import annotations

from pintu.agencies.models import Agency, AgencyKind

OFFICE_COMPLEX = "Kompleks Perkantoran Terpadu Pemkab Ogan Ilir, Tanjung Senai, Indralaya Utara, Ogan Ilir"
EMAIL_DOMAIN = "demo.pintu.invalid"


def fill_demo_contacts() -> int:
    """Fill blank address, phone and e-mail of the active OPD and kecamatan offices. Returns how many changed."""
    agencies = Agency.objects.filter(active=True, parent__isnull=False).exclude(kind=AgencyKind.PEMDA).order_by("code")
    changed = 0
    for number, agency in enumerate(agencies, start=1):
        if agency.is_outside:
            continue
        area = agency.area.name if agency.kind == AgencyKind.KECAMATAN and agency.area_id else ""
        wanted = {
            "address": f"Kantor Camat {area}, Kecamatan {area}, Ogan Ilir" if area else OFFICE_COMPLEX,
            "phone": f"(0711) 000-{number:03d}",
            "email": f"{agency.code.lower().replace('_', '.')}@{EMAIL_DOMAIN}",
        }
        blank = {name: value for name, value in wanted.items() if not getattr(agency, name)}
        if blank:
            Agency.objects.filter(pk=agency.pk).update(**blank)
            changed += 1
    return changed
