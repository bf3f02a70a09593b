"""Fixtures for the official letters: the demo's kop, numbering and signatories, with demo-CA certificates.

The CA and the signatories' .p12 files are made once per test session in a temporary directory
(never in the repository); every test points PINTU_LETTERS_CERT_DIR and the CA directory there.
"""

import pytest

from pintu.agencies.models import Agency
from pintu.letters.datacodec import to_json
from pintu.letters.demo import load_letter_demo
from pintu.letters.kinds import get_kind
from pintu.letters.services import approve_and_sign, draft_letter
from pintu.letters.signing.validation import load_certificates

PASSPHRASE = "pintu-demo-ttd"
#: Who signs each kind by default in the demo (the signer role's account).
SIGNER_OF_ROLE = {"ppid_utama": "ppid.utama", "atasan_ppid": "atasan.ppid"}


@pytest.fixture(scope="session")
def cert_store(tmp_path_factory):
    return tmp_path_factory.mktemp("letters-certificates")


@pytest.fixture(autouse=True)
def letters_settings(settings, cert_store, tmp_path):
    settings.PINTU_LETTERS_CERT_DIR = cert_store / "certs"
    settings.PINTU_LETTERS_DEMO_CA_DIR = cert_store / "ca"
    settings.PINTU_LETTERS_SIGNER = "pkcs12"
    settings.PINTU_LETTERS_P12_PASSPHRASE = PASSPHRASE
    settings.PINTU_LETTERS_SIGNING_NOTE = ""
    settings.MEDIA_ROOT = tmp_path / "media"
    return settings


@pytest.fixture
def letters_demo(demo):
    load_letter_demo()


@pytest.fixture
def trust_roots(letters_demo, cert_store):
    return load_certificates([cert_store / "ca" / "ca.pem"])


@pytest.fixture
def agency(demo):
    return lambda code: Agency.objects.get(code=code)


@pytest.fixture
def draft_sample(letters_demo, user_named, agency):
    """A draft of `kind` with the kind's sample data, by a PPID Pembantu of PUPR unless told otherwise."""

    def make(kind_key: str, *, drafter: str = "ppid.pupr", code: str = "PUPR", **overrides):
        kind = get_kind(kind_key)
        fields = {
            "data": to_json(kind.sample()),
            "addressee": to_json(kind.sample_addressee),
            "attachments": list(kind.sample_attachments),
            "case_reference": "PPID/2026/000123",
        }
        fields.update(overrides)
        return draft_letter(kind_key, agency=agency(code), drafter=user_named(drafter), **fields)

    return make


@pytest.fixture
def signed_sample(draft_sample, user_named):
    def make(kind_key: str, *, signer: str | None = None, **overrides):
        letter = draft_sample(kind_key, **overrides)
        username = signer or SIGNER_OF_ROLE[get_kind(kind_key).default_signer_role]
        return approve_and_sign(letter, user=user_named(username))

    return make
