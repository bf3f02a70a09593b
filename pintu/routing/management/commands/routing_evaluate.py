"""Measure the router against the plain TF-IDF + LogisticRegression baseline on labelled CSV files.

    manage.py routing_evaluate --train TRAIN.csv --test TEST.csv
    manage.py routing_evaluate --cv 5 FILE.csv

CSV columns: text, label; optional date (ISO date or date-time, DD/MM/YYYY ...: newer training rows
weigh more, half-life PINTU_ROUTING_HALF_LIFE_DAYS, 0 = off; if a date is not understood, a warning
on stderr names its row and the file is read undated, as before dates counted), category, kecamatan
(the case's context). The LAST line printed is one JSON object: accuracy, macro_f1, top3_accuracy,
needs_person_share, accuracy_confident, n_train, n_test, fit_seconds, predict_ms_p50, predict_ms_p95,
and the same for the baseline under "baseline".
"""

import json

from django.core.management.base import BaseCommand, CommandError

from pintu.routing import conf
from pintu.routing.core.evaluate import cross_validate, holdout, load_csv


class Command(BaseCommand):
    help = "Evaluate the text router (hold-out or k-fold) against the baseline; last line is JSON."

    def add_arguments(self, parser):
        parser.add_argument("file", nargs="?", help="CSV for --cv")
        parser.add_argument("--train", help="training CSV")
        parser.add_argument("--test", help="test CSV")
        parser.add_argument("--cv", type=int, metavar="K", help="k-fold cross-validation on FILE")
        parser.add_argument("--threshold", type=float, default=None, help="needs-person threshold")
        parser.add_argument("--timing-sample", type=int, default=300, help="single predictions timed")

    def handle(self, *args, file, train, test, cv, threshold, timing_sample, **options):
        threshold = conf.threshold() if threshold is None else threshold
        half_life = conf.half_life_days()
        try:
            if cv:
                if not file or train or test:
                    raise CommandError("--cv K takes one FILE.csv (and no --train/--test)")
                rows = load_csv(file, warn=self.stderr.write)
                self.stderr.write(f"{len(rows)} rows, {cv}-fold cross-validation ...")
                result = cross_validate(
                    rows, cv, threshold=threshold, half_life_days=half_life, timing_sample=timing_sample
                )
                result["mode"] = f"cv{result['folds']}"
            else:
                if not (train and test) or file:
                    raise CommandError("give --train TRAIN.csv --test TEST.csv, or --cv K FILE.csv")
                train_rows, test_rows = load_csv(train, warn=self.stderr.write), load_csv(test, warn=self.stderr.write)
                self.stderr.write(f"{len(train_rows)} training rows, {len(test_rows)} test rows ...")
                result = holdout(
                    train_rows, test_rows, threshold=threshold, half_life_days=half_life, timing_sample=timing_sample
                )
                result["mode"] = "holdout"
        except (OSError, ValueError) as exc:
            raise CommandError(str(exc))
        result["threshold"] = threshold
        for name, metrics in (("router", result), ("baseline", result["baseline"])):
            self.stdout.write(
                f"{name:9} accuracy {metrics['accuracy']:.4f}  macro_f1 {metrics['macro_f1']:.4f}  "
                f"top3 {metrics['top3_accuracy']:.4f}  fit {metrics['fit_seconds']:.2f}s  "
                f"predict p50 {metrics['predict_ms_p50']:.2f} ms"
            )
        self.stdout.write(json.dumps(result, sort_keys=True))
