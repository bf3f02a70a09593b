"""The weekly retrain sweep.

Selected by state: it retrains when there is no model yet and enough confirmed reports exist, or when
at least ``min_new_examples`` confirmed reports arrived since the active model was trained. At most once
per ISO week (``claim_once("routing.retrain:YYYY-Www")``, claimed in the same transaction that stores the
model; training itself runs before, outside the transaction, so a slow fit never holds a write lock).
"""

from django.db import transaction

from pintu.jobs.services import claim_once, was_claimed
from pintu.routing import conf, training
from pintu.routing.models import RoutingModel


def week_key(now) -> str:
    year, week, _ = now.isocalendar()
    return f"routing.retrain:{year}-W{week:02d}"


def due(now) -> bool:
    if was_claimed(week_key(now)):
        return False
    active = RoutingModel.objects.filter(active=True).first()
    count = training.count_examples()
    if active is None:
        return count >= conf.min_examples()
    return count - active.trained_on >= conf.min_new_examples()


def retrain(now) -> int:
    if not due(now):
        return 0
    try:
        model = training.train_model(activate=False)
    except training.NotEnoughExamples:
        return 0
    with transaction.atomic():
        if not claim_once(week_key(now)):  # another worker stored this week's model first
            model.delete()
            return 0
        training.activate_model(model)
    return 1
