"""A self-made certificate authority for the demo and the tests: never for real letters.

`ensure_ca(ca_dir)` creates (once) a CA key and certificate; `issue_p12(...)` issues a signatory's
certificate (RSA 2048, digitalSignature + nonRepudiation, 2 years) as a PKCS#12 file. Private keys are
written only under var/ (PINTU_LETTERS_DEMO_CA_DIR, PINTU_LETTERS_CERT_DIR) or a test's temporary
directory, never into the repository. The CA's name says it is a demo, so the footer of every letter
it signs says so too (pintu.letters.signing.pkcs12).
"""

import datetime as dt
import os
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import NameOID

CA_NAME = "Pintu Demo CA (uji coba, bukan BSrE)"
CA_CERT, CA_KEY = "ca.pem", "ca-key.pem"


def _write_private(path: Path, content: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as handle:
        handle.write(content)


def _key() -> rsa.RSAPrivateKey:
    return rsa.generate_private_key(public_exponent=65537, key_size=2048)


def _usage(*, signer: bool) -> x509.KeyUsage:
    return x509.KeyUsage(
        digital_signature=signer,
        content_commitment=signer,
        key_encipherment=False,
        data_encipherment=False,
        key_agreement=False,
        key_cert_sign=not signer,
        crl_sign=not signer,
        encipher_only=False,
        decipher_only=False,
    )


def ensure_ca(ca_dir: Path) -> tuple[x509.Certificate, rsa.RSAPrivateKey]:
    """The demo CA in `ca_dir`, created on first call."""
    ca_dir = Path(ca_dir)
    cert_path, key_path = ca_dir / CA_CERT, ca_dir / CA_KEY
    if cert_path.is_file() and key_path.is_file():
        certificate = x509.load_pem_x509_certificate(cert_path.read_bytes())
        key = serialization.load_pem_private_key(key_path.read_bytes(), password=None)
        return certificate, key
    key = _key()
    name = x509.Name(
        [
            x509.NameAttribute(NameOID.COUNTRY_NAME, "ID"),
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, "Pintu (demo)"),
            x509.NameAttribute(NameOID.COMMON_NAME, CA_NAME),
        ]
    )
    now = dt.datetime.now(dt.UTC)
    certificate = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=3650))
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(_usage(signer=False), critical=True)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
        .sign(key, hashes.SHA256())
    )
    _write_private(
        key_path,
        key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()),
    )
    cert_path.write_bytes(certificate.public_bytes(serialization.Encoding.PEM))
    return certificate, key


def issue_p12(
    ca_dir: Path, out_path: Path, *, name: str, post: str, organisation: str, nip: str, passphrase: str
) -> Path:
    """A signatory's certificate and key, signed by the demo CA, as a PKCS#12 file at `out_path`."""
    ca_cert, ca_key = ensure_ca(ca_dir)
    key = _key()
    subject = x509.Name(
        [
            x509.NameAttribute(NameOID.COUNTRY_NAME, "ID"),
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, organisation[:64]),
            x509.NameAttribute(NameOID.TITLE, post[:64]),
            x509.NameAttribute(NameOID.SERIAL_NUMBER, nip),
            x509.NameAttribute(NameOID.COMMON_NAME, name[:64]),
        ]
    )
    now = dt.datetime.now(dt.UTC)
    certificate = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(ca_cert.subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=730))
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(_usage(signer=True), critical=True)
        .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(ca_key.public_key()), critical=False)
        .sign(ca_key, hashes.SHA256())
    )
    encryption = (
        serialization.BestAvailableEncryption(passphrase.encode()) if passphrase else serialization.NoEncryption()
    )
    content = pkcs12.serialize_key_and_certificates(name.encode()[:64], key, certificate, [ca_cert], encryption)
    _write_private(Path(out_path), content)
    return Path(out_path)


def ca_certificate_pem(ca_dir: Path) -> bytes:
    return (Path(ca_dir) / CA_CERT).read_bytes()
