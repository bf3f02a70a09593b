"""The PPID app's models, each in its own module, gathered here (Django finds them here).

One app label, "ppid", for every slice, so the migrations stay one history:
- config.py             PpidSettings (what the Pemkab chooses)
- registers/models.py   DipItem, DipFile, DikItem
- requests/models.py    InformationRequest, RequesterIdentity, RequestDocument, RequestCounter
- objections/models.py  Objection, ObjectionCounter, Dispute, DisputeStep
- annual/models.py      AnnualReport, AnnualReportSection
"""

from pintu.ppid.annual.models import AnnualReport, AnnualReportSection
from pintu.ppid.config import PpidSettings
from pintu.ppid.objections.models import Dispute, DisputeStep, Objection, ObjectionCounter
from pintu.ppid.registers.models import DikItem, DipFile, DipItem, dip_file_path  # dip_file_path: migration 0001
from pintu.ppid.requests.models import (
    InformationRequest,
    RequestCounter,
    RequestDocument,
    RequesterIdentity,
)

__all__ = [
    "AnnualReport", "AnnualReportSection", "DikItem", "DipFile", "DipItem", "Dispute", "DisputeStep",
    "InformationRequest", "Objection", "ObjectionCounter", "PpidSettings", "RequestCounter",
    "RequestDocument", "RequesterIdentity", "dip_file_path",
]  # fmt: skip
