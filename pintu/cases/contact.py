"""The contact row of a case's citizen: what a report's ReporterContact and a request's RequesterIdentity share.

Both keep the e-mail and phone encrypted (pintu.privacy.fields), the time of the consent to the processing,
and the optional WhatsApp/SMS consent (pintu.cases.phone_consent) with the phone's blind index, which
`save()` keeps in step with the phone (STOP replies and threading find the row by it). Abstract: each case
type's table keeps its own columns; the name and the identity number differ and stay on the case type.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _

from pintu.privacy.crypto import blind_index
from pintu.privacy.fields import EncryptedTextField


class CaseContact(models.Model):
    email = EncryptedTextField(_("e-mail"), blank=True)
    phone = EncryptedTextField(_("telepon"), blank=True)
    consent_at = models.DateTimeField(_("persetujuan"))
    # WhatsApp/SMS messages are optional: only with consent (pintu.cases.phone_consent, audited)
    phone_index = models.CharField(max_length=64, blank=True, db_index=True)  # blind index: STOP, threading
    notify_channels = models.CharField(_("kabar lewat"), max_length=20, blank=True)  # "whatsapp,sms"
    notify_consent_at = models.DateTimeField(_("setuju kabar WhatsApp/SMS"), null=True, blank=True)
    notify_withdrawn_at = models.DateTimeField(_("berhenti kabar WhatsApp/SMS"), null=True, blank=True)

    class Meta:
        abstract = True

    def save(self, *args, **kwargs):
        self.phone_index = blind_index(self.phone) if self.phone else ""
        if kwargs.get("update_fields") is not None and "phone" in kwargs["update_fields"]:
            kwargs["update_fields"] = {*kwargs["update_fields"], "phone_index"}
        super().save(*args, **kwargs)


def read_with(case, name: str, read):
    """The case's contact row `name` (its one-to-one accessor: "contact", "identity") when the case was read
    with `select_related(name)` (a tracking page's one query for both rows, the row current as of that read);
    else `read(case)`, the case type's own reader."""
    accessor = getattr(type(case), name)
    if accessor.is_cached(case):
        return accessor.related.get_cached_value(case)
    return read(case)
