"""Train a router on the confirmed history, store it as the next version and activate it.

manage.py routing_train [--min-examples N] [--no-activate]
"""

import json

from django.core.management.base import BaseCommand, CommandError

from pintu.routing import training


class Command(BaseCommand):
    help = "Train, version and activate the routing model from reports whose agency was confirmed."

    def add_arguments(self, parser):
        parser.add_argument("--min-examples", type=int, default=None, help="override PINTU_ROUTING_MIN_EXAMPLES")
        parser.add_argument("--no-activate", action="store_true", help="store the model without activating it")

    def handle(self, *args, min_examples, no_activate, **options):
        try:
            model = training.train_model(activate=not no_activate, min_examples=min_examples)
        except training.NotEnoughExamples as exc:
            raise CommandError(str(exc))
        state = "active" if model.active else "stored (not active)"
        self.stdout.write(f"{model.label}: trained on {model.trained_on} reports, {state}")
        self.stdout.write(json.dumps({"version": model.label, "trained_on": model.trained_on, **model.metrics}))
