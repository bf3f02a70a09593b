"""Information requests made directly through the models (the request services are another module's),
in the state an objection needs: received, decided, with a tracking secret."""

import datetime
from decimal import Decimal
from itertools import count
from zoneinfo import ZoneInfo

from django.utils import timezone

from pintu.cases.tracking import hash_secret
from pintu.ppid.models_requests import InformationRequest, RequesterIdentity

WIB = ZoneInfo("Asia/Jakarta")
SECRET = "ABCD-EFGH"
_numbers = count(1)


def at(day: datetime.date, hour: int = 10) -> datetime.datetime:
    return datetime.datetime.combine(day, datetime.time(hour, 0), tzinfo=WIB)


def make_request(agency=None, *, received: datetime.datetime | None = None, decided: datetime.datetime | None = None,
                 decision: str = "", due: datetime.date | None = None, fee: str = "0", refusal_article: str = "",
                 user=None, name: str = "Siti Pemohon", email: str = "siti@contoh.invalid", complete=None,
                 status: str | None = None) -> InformationRequest:  # fmt: skip
    received = received or timezone.now() - datetime.timedelta(days=30)
    year = timezone.localdate(received).year
    request = InformationRequest.objects.create(
        number=f"PPID/{year}/{900000 + next(_numbers):06d}", secret_hash=hash_secret(SECRET),
        information="Daftar paket pekerjaan jalan tahun 2026 beserta nilai kontraknya",
        purpose="Pemantauan anggaran oleh kelompok warga", obtain_method="soft", delivery_method="email",
        status=status or ("diputuskan" if decided else "diproses"), status_changed_at=decided or received,
        assigned_agency=agency, received_at=received, complete_at=complete or received, due_date=due,
        decision=decision, decided_at=decided, fee=Decimal(fee), refusal_article=refusal_article,
        requester_user=user,
    )  # fmt: skip
    RequesterIdentity.objects.create(request=request, name=name, email=email, consent_at=received)
    return request
