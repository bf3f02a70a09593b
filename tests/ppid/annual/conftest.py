"""A generated year (2025) of requests, objections and disputes, made through the models directly."""

import datetime
import random
from dataclasses import dataclass, field

import pytest

from pintu.agencies.models import Agency
from pintu.ppid.objections.models import Dispute
from tests.factories.ppid import WIB, make_objection, make_request

YEAR = 2025
DECISIONS = ["granted_whole", "granted_part", "refused", "not_held", "forwarded", ""]
ARTICLES = ["a", "b", "h", "i", ""]


@dataclass
class GeneratedYear:
    requests: list = field(default_factory=list)
    objections: list = field(default_factory=list)
    disputes: list = field(default_factory=list)


def _moment(rng: random.Random, year: int) -> datetime.datetime:
    day = datetime.date(year, 1, 1) + datetime.timedelta(days=rng.randrange(0, 330))
    return datetime.datetime.combine(day, datetime.time(rng.choice([7, 9, 11, 14, 15, 17, 20]), 30), tzinfo=WIB)


@pytest.fixture
def generated_year(demo):
    rng = random.Random(20250331)
    agencies = [Agency.objects.get(code=code) for code in ("PUPR", "DINKES", "RSUD", "DISKOMINFO")] + [None]
    data = GeneratedYear()
    for index in range(44):
        year = YEAR if index < 40 else rng.choice([YEAR - 1, YEAR + 1])  # four outside the year
        received = _moment(rng, year)
        complete = received + datetime.timedelta(days=rng.choice([0, 0, 0, 2, 5]))
        decision = rng.choice(DECISIONS)
        took = datetime.timedelta(days=rng.randrange(1, 25), hours=rng.choice([0, 3]))
        decided = complete + took if decision else None
        request = make_request(
            rng.choice(agencies), received=received, complete=complete, decided=decided, decision=decision,
            refusal_article=rng.choice(ARTICLES) if decision == "refused" else "", fee=rng.choice(["0", "50000"]),
        )  # fmt: skip
        data.requests.append(request)
        if decision and rng.random() < 0.5:
            filed = decided + datetime.timedelta(days=rng.randrange(1, 20))
            answered = rng.random() < 0.7
            objection = make_objection(
                request, number=f"KEB/{filed.year}/{index:06d}", year=filed.year, sequence=index, filed_at=filed,
                grounds="".join(sorted(set(rng.sample("abcdefg", rng.randrange(1, 3))))), description="x",
                ground_arose_on=decided.date(), answer_due=filed.date() + datetime.timedelta(days=40),
                status="answered" if answered else "registered",
                decision=rng.choice(["accepted", "partial", "refused"]) if answered else "",
                decided_at=filed + datetime.timedelta(days=10) if answered else None,
                response="goes_to_ki" if answered and rng.random() < 0.5 else "",
            )  # fmt: skip
            data.objections.append(objection)
            if objection.response:
                status = rng.choice(["filed", "mediation", "adjudication", "decided", "court", "closed"])
                outcome = rng.choice(["mediation_agreement", "adjudication", "court", "dismissed", "withdrawn"])
                on = filed.date() + datetime.timedelta(days=30)
                data.disputes.append(Dispute.objects.create(
                    objection=objection, commission=Agency.objects.get(code="KI_SUMSEL"), filed_on=on,
                    filing_deadline=on, filed_late=rng.random() < 0.2, start_due=on, finish_due=on, status=status,
                    outcome=outcome if status == "closed" else "",
                ))  # fmt: skip
    return data
