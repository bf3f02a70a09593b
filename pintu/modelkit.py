"""Abstract model shapes several apps' tables share (no fields of their own, so no column changes):

- `SingletonSettings`: a settings table of one row (pk=1), edited in the admin; `load()` gives that row,
  creating it with the defaults on first use (complaint clocks, PPID settings, the working-day rules, the
  data controller).
- `AppendOnly` with `AppendOnlyQuerySet`: a record that is written once and never changed or removed by
  the application (the audit log, the case history, the annual report's sendings); each model names its
  exception and its two messages. The database triggers of those apps' migrations stay the last guard.
"""

from django.db import models


class SingletonSettings(models.Model):
    class Meta:
        abstract = True

    @classmethod
    def load(cls):
        """The one row (the lowest pk), created with the defaults when there is none."""
        obj = cls.objects.order_by("pk").first()
        return obj or cls.objects.get_or_create(pk=1)[0]


class AppendOnlyQuerySet(models.QuerySet):
    """Bulk update() and delete() refused with the model's exception and messages."""

    def update(self, **kwargs):
        raise self.model.immutable_error(self.model.changed_message)

    def delete(self):
        raise self.model.immutable_error(self.model.deleted_message)

    update.queryset_only = True
    delete.queryset_only = True


class AppendOnly(models.Model):
    """Saved once (a new row), never saved again nor deleted. Give the model `objects` of an AppendOnlyQuerySet."""

    immutable_error: type[Exception] = Exception
    changed_message = deleted_message = ""

    class Meta:
        abstract = True

    def save(self, *args, **kwargs):
        if not self._state.adding:
            raise self.immutable_error(self.changed_message)
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        raise self.immutable_error(self.deleted_message)
