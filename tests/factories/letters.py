"""Official letters ready to sign in a test: the demo's kop, numbering and signatories, with demo-CA
certificates in a directory of the test's (never var/, never the repository)."""

from pathlib import Path

PASSPHRASE = "pintu-demo-ttd"


def letters_ready(settings, store: Path) -> Path:
    """Point the letter settings at `store` and load the letter demo (certificates made once per store)."""
    from pintu.letters.demo import load_letter_demo

    settings.PINTU_LETTERS_CERT_DIR = store / "certs"
    settings.PINTU_LETTERS_DEMO_CA_DIR = store / "ca"
    settings.PINTU_LETTERS_TRUST_ROOTS = [str(store / "ca" / "ca.pem")]
    settings.PINTU_LETTERS_SIGNER = "pkcs12"
    settings.PINTU_LETTERS_P12_PASSPHRASE = PASSPHRASE
    settings.PINTU_LETTERS_SIGNING_NOTE = ""
    load_letter_demo()
    return store


def decide_and_sign(request, decision: str, *, drafter, signer, now=None, **values):
    """Decide `request` (a draft letter) and approve and sign it: the decision in force."""
    from pintu.ppid.requests import decisions

    if decision.startswith("granted"):
        values.setdefault("held_form", "soft")
    decisions.decide(drafter, request, decision, **values)
    request.refresh_from_db()
    decisions.sign(signer, request, now=now)
    request.refresh_from_db()
    return request


def answer_objection(user, objection, *, signer=None, orders: str = "", **values):
    """The Atasan PPID answers `objection` (a draft letter) and the signatory signs it: answered."""
    from pintu.ppid.objections import services

    if values.get("decision") != "refused":
        orders = orders or "PPID memberikan informasi yang dimohon paling lambat 7 hari kerja."
    services.decide_objection(user, objection, orders=orders, **values)
    objection.refresh_from_db()
    services.sign_answer(signer or user, objection)
    objection.refresh_from_db()
    return objection
