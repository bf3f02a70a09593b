"""EncryptedTextField (pintu.privacy.fields), exercised without any model in the project."""

import pytest
from cryptography.fernet import Fernet
from django.db import connection, models
from django.db.models.lookups import IsNull
from django.test import override_settings
from django.test.utils import isolate_apps

from pintu.privacy import crypto
from pintu.privacy.fields import EncryptedTextField

KEY = Fernet.generate_key().decode()
NIK = "1610061503900001"


@pytest.fixture(autouse=True)
def field_keys():
    crypto.reset_key_cache()
    with override_settings(PINTU_FIELD_KEYS=[KEY]):
        yield
    crypto.reset_key_cache()


def named_field(**kwargs) -> EncryptedTextField:
    field = EncryptedTextField(**kwargs)
    field.set_attributes_from_name("nik")
    return field


def test_get_prep_value_encrypts():
    stored = named_field().get_prep_value(NIK)
    assert stored.startswith("fernet:") and NIK not in stored
    assert crypto.decrypt_text(stored) == NIK


def test_get_db_prep_save_encrypts():
    stored = named_field().get_db_prep_save(NIK, connection)
    assert crypto.decrypt_text(stored) == NIK


def test_non_strings_are_stored_as_text():
    assert crypto.decrypt_text(named_field().get_prep_value(1610061503900001)) == NIK


def test_from_db_value_decrypts():
    field = named_field()
    assert field.from_db_value(crypto.encrypt_text(NIK), None, connection) == NIK


@pytest.mark.parametrize("value", [None, ""])
def test_none_and_empty_pass_through(value):
    field = named_field(null=True, blank=True)
    assert field.get_prep_value(value) == value
    assert field.from_db_value(value, None, connection) == value
    assert field.to_python(value) == value


def test_round_trip_through_the_database_representation():
    field = named_field()
    assert field.from_db_value(field.get_prep_value("Jl. Merdeka № 5"), None, connection) == "Jl. Merdeka № 5"


def test_from_db_value_refuses_plaintext_and_foreign_tokens():
    field = named_field()
    with pytest.raises(crypto.DecryptionError):
        field.from_db_value(NIK, None, connection)
    foreign = "fernet:" + Fernet(Fernet.generate_key()).encrypt(b"x").decode()
    with pytest.raises(crypto.DecryptionError):
        field.from_db_value(foreign, None, connection)


def test_to_python_never_decrypts():
    field = named_field()
    assert field.to_python(NIK) == NIK
    assert field.to_python(1610061503900001) == NIK
    stored = crypto.encrypt_text(NIK)
    assert field.to_python(stored) == stored  # form input that looks like a token stays text


def test_deconstruct():
    field = named_field(blank=True, null=True, db_comment="NIK pelapor", verbose_name="NIK")
    name, path, args, kwargs = field.deconstruct()
    assert (name, path, args) == ("nik", "pintu.privacy.fields.EncryptedTextField", [])
    assert kwargs == {"blank": True, "null": True, "db_comment": "NIK pelapor", "verbose_name": "NIK"}
    rebuilt = EncryptedTextField(*args, **kwargs)
    assert rebuilt.deconstruct()[1:] == (path, args, kwargs)
    assert rebuilt.get_internal_type() == "TextField"


def test_deconstruct_without_options():
    assert EncryptedTextField().deconstruct()[1:] == ("pintu.privacy.fields.EncryptedTextField", [], {})


def test_only_isnull_lookup():
    field = named_field()
    assert field.get_lookup("isnull") is IsNull
    for lookup in ["exact", "iexact", "in", "contains", "icontains", "startswith", "gt", "regex", "unknown"]:
        with pytest.raises(TypeError, match="blind_index"):
            field.get_lookup(lookup)
    with pytest.raises(TypeError, match="blind_index"):
        field.get_transform("lower")


@isolate_apps("tests.privacy")
def test_querysets_refuse_lookups_on_the_ciphertext():
    class Reporter(models.Model):
        nik = EncryptedTextField(blank=True, null=True)
        nik_index = models.CharField(max_length=64, db_index=True)

        class Meta:
            app_label = "privacy"

    with pytest.raises(TypeError, match="nik is encrypted.*blind_index"):
        Reporter.objects.filter(nik=NIK)
    with pytest.raises(TypeError, match="icontains"):
        Reporter.objects.filter(nik__icontains="1610")
    with pytest.raises(TypeError):
        Reporter.objects.filter(nik__lower__exact="x")
    Reporter.objects.filter(nik__isnull=True)
    Reporter.objects.filter(nik_index=crypto.blind_index(NIK))
    assert Reporter._meta.get_field("nik").check() == []


@isolate_apps("tests.privacy")
def test_checks_refuse_unique_and_warn_about_indexes():
    class Holder(models.Model):
        unique_nik = EncryptedTextField(unique=True)
        indexed_nik = EncryptedTextField(db_index=True)

        class Meta:
            app_label = "privacy"

    assert [e.id for e in Holder._meta.get_field("unique_nik").check()] == ["pintu_privacy.E001"]
    assert [e.id for e in Holder._meta.get_field("indexed_nik").check()] == ["pintu_privacy.W001"]
