"""What the complaint endpoints' schema shares: their tags and the tracking secret's header."""

from drf_spectacular.utils import OpenApiParameter

PUBLIC_TAG = ["laporan (publik)"]
STAFF_TAG = ["laporan (petugas)"]
SECRET_HEADER = OpenApiParameter(
    "X-Tracking-Secret", str, OpenApiParameter.HEADER, required=False,
    description="Kode rahasia laporan (XXXX-XXXX). Tidak perlu bila masuk sebagai akun pelapor.",
)  # fmt: skip
#: What every report body selects with it (public, tracking and "mine" lists and details).
REPORT_RELATED = ("category", "kecamatan", "desa", "assigned_agency")
