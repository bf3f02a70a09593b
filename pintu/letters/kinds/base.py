"""What a letter kind is: a registered class (`@register`, a subclass of LetterKind) with its template, its
context and its defaults: `key`, `label`, `title`, `template`, the `default_*` wording, and `Data`, a
dataclass of the plain data the caller gives. Its class methods: `check(data)` for the rules beyond the
field types (raises ValidationError) and `sample()`, sample data for the admin preview, the docs and the
tests. A short whole one: ExtensionNotice in pintu.letters.kinds.requests.

Callers (PPID) never import a kind class: they call the services with the key and a dict (or the
dataclass), so this app imports nothing from the apps that use it.
"""

from dataclasses import dataclass
from typing import ClassVar

from django.core.exceptions import ValidationError

from pintu.letters import wording


@dataclass(frozen=True)
class Addressee:
    """Who the letter goes to. `salutation`: "", bapak, ibu, saudara, saudari, jabatan (wording.py)."""

    name: str
    salutation: str = ""
    address: str = ""
    city: str = ""

    def courtesy_line(self) -> str:
        return "Yth. " + wording.courtesy_name(self.name, self.salutation)

    @property
    def pronoun(self) -> str:
        return wording.pronoun(self.salutation)


def check_addressee(addressee: Addressee) -> None:
    if not addressee.name.strip():
        raise ValidationError({"addressee.name": "Nama penerima surat wajib diisi."})
    if addressee.salutation not in wording.SALUTATIONS:
        raise ValidationError(
            {"addressee.salutation": "Sapaan harus Bapak, Ibu, Saudara, Saudari, jabatan, atau kosong."}
        )


@dataclass(frozen=True)
class Party:
    """A person named in a body (berita acara participants): name and post."""

    name: str
    post: str = ""


@dataclass(frozen=True)
class Row:
    """One labelled row of a letter's table (label, value); `key` lets tests and callers find it."""

    key: str
    label: str
    value: str


class LetterKind:
    key: ClassVar[str]
    label: ClassVar[str]
    title: ClassVar[str]
    template: ClassVar[str]
    default_hal: ClassVar[str]
    default_sifat: ClassVar[str] = "Biasa"
    #: The role that signs by default (pintu.accounts.roles.Role value); a region changes it per kind.
    default_signer_role: ClassVar[str] = "ppid_utama"
    #: Default numbering classification code (Permendagri 83/2022); the region sets its own in the admin.
    default_classification: ClassVar[str] = "000.9.2"
    default_closing: ClassVar[str] = "Demikian disampaikan. Atas perhatian {sapaan} kami ucapkan terima kasih."
    Data: ClassVar[type]
    #: A sample addressee for previews.
    sample_addressee: ClassVar[Addressee] = Addressee(
        name="Siti Aminah", salutation="ibu", address="Jalan Lintas Timur Nomor 12, Desa Tanjung Baru", city="Indralaya"
    )
    sample_attachments: ClassVar[tuple[str, ...]] = ()

    @classmethod
    def check(cls, data) -> None:
        """Rules across fields; raise a field-keyed ValidationError."""

    @classmethod
    def sample(cls):
        raise NotImplementedError

    @classmethod
    def heading(cls, data) -> str:
        """The document title (the PDF's H1); some kinds word it from their data."""
        return cls.title

    @classmethod
    def subject(cls, data) -> str:
        """The default Hal when the region has not set one for the kind."""
        return cls.default_hal

    @classmethod
    def rows(cls, data, *, body_name: str) -> list[Row]:
        """The labelled rows the template shows as a table (empty for prose-only kinds)."""
        return []


_KINDS: dict[str, type[LetterKind]] = {}


def register(kind: type[LetterKind]) -> type[LetterKind]:
    existing = _KINDS.get(kind.key)
    if existing is not None and existing is not kind:
        raise ValueError(f"letter kind {kind.key!r} already registered by {existing.__name__}")
    _KINDS[kind.key] = kind
    return kind


def get_kind(key: str) -> type[LetterKind]:
    try:
        return _KINDS[key]
    except KeyError:
        raise ValidationError({"kind": f"Jenis surat tidak dikenal: {key}."})


def all_kinds() -> list[type[LetterKind]]:
    return list(_KINDS.values())


def kind_choices() -> list[tuple[str, str]]:
    return [(kind.key, kind.label) for kind in _KINDS.values()]


def required(value: str, field_name: str, message: str) -> None:
    if not (value or "").strip():
        raise ValidationError({field_name: message})


def required_lines(lines: list[str], field_name: str, message: str) -> None:
    """At least one line that is not blank (the grounds of an objection, the legal bases of an exemption)."""
    if not [line for line in lines if line.strip()]:
        raise ValidationError({field_name: message})
