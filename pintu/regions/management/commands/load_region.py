"""manage.py load_region regions/<name>/: load a region's data package (docs/regions.md)."""

from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

from pintu import pagecache
from pintu.agencies.models import Agency, Area
from pintu.regionfiles import RegionError
from pintu.regions.loader import load_region


class Command(BaseCommand):
    help = _(
        "Muat paket data daerah (region.toml dan berkas CSV) ke basis data, seluruhnya atau tidak sama sekali. "
        "Memuat paket yang sama lagi memperbarui data."
    )

    def add_arguments(self, parser):
        parser.add_argument("path", help=_("direktori paket, misalnya regions/ogan-ilir/"))

    def handle(self, *args, path, **options):
        try:
            region = load_region(path)
        except RegionError as error:
            raise CommandError(str(error)) from error
        pagecache.bump_all()  # a running server's cached public pages show the region's data at once
        self.stdout.write(self.style.SUCCESS(_("Paket daerah %(name)s dimuat.") % {"name": region.name}))
        self.stdout.write(
            _("Wilayah: %(areas)s, instansi: %(agencies)s, kategori: %(categories)s, pejabat: %(officials)s.")
            % {
                "areas": Area.objects.count(),
                "agencies": Agency.objects.count(),
                "categories": len(region.categories),
                "officials": len(region.officials),
            }
        )
