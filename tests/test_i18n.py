"""The English catalogue: complete, compiled, and in step with the source strings.

Source strings (msgids) are Indonesian; locale/en/LC_MESSAGES/django.po holds the English.
Refresh it with `make messages`, translate the new entries, and commit both django.po and django.mo.
None of these tests touch the database.
"""

import ast
import gettext
import io
import re
import tokenize
from collections import Counter
from pathlib import Path

import polib
import pytest
from django.utils.translation.template import templatize

ROOT = Path(__file__).resolve().parent.parent
PO_PATH = ROOT / "locale" / "en" / "LC_MESSAGES" / "django.po"
MO_PATH = PO_PATH.with_suffix(".mo")
CODE_DIR = ROOT / "pintu"

# printf-style (python-format): %(name)s, %s, %5.2f ... ("%%" is a literal percent sign and is removed first).
PERCENT_PLACEHOLDER = re.compile(r"%(?:\((?P<name>[^)]*)\))?[#0 +-]*(?:\*|\d+)?(?:\.(?:\*|\d+))?[diouxXeEfFgGcrsa]")
# str.format (python-brace-format): {name}, {0}, {name!r:>10} ("{{" and "}}" are literal braces).
BRACE_PLACEHOLDER = re.compile(r"\{(?P<name>[^{}!:]*)(?:![rsa])?(?::[^{}]*)?\}")

# The keywords makemessages hands to xgettext: name -> (index of msgctxt or None, indexes of msgid[, msgid_plural]).
GETTEXT_CALLS = {
    "_": (None, (0,)),
    "gettext": (None, (0,)),
    "gettext_lazy": (None, (0,)),
    "gettext_noop": (None, (0,)),
    "ngettext": (None, (0, 1)),
    "ngettext_lazy": (None, (0, 1)),
    "pgettext": (0, (1,)),
    "pgettext_lazy": (0, (1,)),
    "npgettext": (0, (1, 2)),
    "npgettext_lazy": (0, (1, 2)),
}


@pytest.fixture(scope="module")
def po():
    assert PO_PATH.exists(), f"{PO_PATH.relative_to(ROOT)} is missing: run `make messages`"
    return polib.pofile(str(PO_PATH))


def live_entries(po):
    return [entry for entry in po if not entry.obsolete]


def placeholders(text: str, flags: list[str]) -> Counter:
    found: Counter = Counter()
    if "python-format" in flags:
        for match in PERCENT_PLACEHOLDER.finditer(text.replace("%%", "")):
            name = match.group("name")
            found[f"%({name})" if name is not None else match.group(0)] += 1
    if "python-brace-format" in flags:
        for match in BRACE_PLACEHOLDER.finditer(text.replace("{{", "").replace("}}", "")):
            found["{" + match.group("name") + "}"] += 1
    return found


def entry_label(entry) -> str:
    return f"{entry.msgctxt}\x04{entry.msgid}" if entry.msgctxt else entry.msgid


# (a) Complete and well-formed.


def test_every_entry_is_translated_and_not_fuzzy(po):
    untranslated = [entry_label(e) for e in live_entries(po) if not e.translated()]
    fuzzy = [entry_label(e) for e in live_entries(po) if "fuzzy" in e.flags]
    assert not untranslated, f"untranslated entries: {untranslated}"
    assert not fuzzy, f"fuzzy entries: {fuzzy}"
    assert not po.metadata_is_fuzzy, "the header is marked fuzzy"
    assert po.metadata.get("Language") == "en"


def test_plural_entries_have_every_form(po):
    for entry in live_entries(po):
        if entry.msgid_plural:
            assert sorted(entry.msgstr_plural) == [0, 1], entry_label(entry)
            assert all(entry.msgstr_plural.values()), f"empty plural form: {entry_label(entry)}"


def test_translations_keep_the_placeholders(po):
    problems = []
    for entry in live_entries(po):
        if entry.msgid_plural:
            wanted = placeholders(entry.msgid, entry.flags) | placeholders(entry.msgid_plural, entry.flags)
            # The singular form may spell out "one" instead of the count; the other forms need everything.
            for index, text in entry.msgstr_plural.items():
                got = placeholders(text, entry.flags)
                if (index != 0 and +(wanted - got)) or +(got - wanted):
                    problems.append((entry_label(entry), index, dict(wanted), dict(got)))
        else:
            wanted, got = placeholders(entry.msgid, entry.flags), placeholders(entry.msgstr, entry.flags)
            if wanted != got:
                problems.append((entry_label(entry), dict(wanted), dict(got)))
    assert not problems, f"placeholders differ between msgid and msgstr: {problems}"


# (b) The committed .mo is compiled from the committed .po.


def test_compiled_catalogue_matches_the_po(po):
    assert MO_PATH.exists(), f"{MO_PATH.relative_to(ROOT)} is missing: run `make messages`"
    with MO_PATH.open("rb") as handle:
        catalog = gettext.GNUTranslations(handle)._catalog  # the raw msgid -> msgstr mapping
    stale = []
    for entry in live_entries(po):
        if not entry.translated() or "fuzzy" in entry.flags:
            continue
        key = entry_label(entry)
        if entry.msgid_plural:
            for index, text in entry.msgstr_plural.items():
                if catalog.get((key, index)) != text:
                    stale.append((key, index))
        elif catalog.get(key) != entry.msgstr:
            stale.append(key)
    assert not stale, f"django.mo is out of date with django.po (run compilemessages): {stale}"


# (c) The .po holds exactly the strings marked for translation in the code.


def python_messages(path: Path) -> set[str]:
    messages = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), filename=str(path))):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        name = func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else None
        if name not in GETTEXT_CALLS:
            continue
        context_index, msgid_indexes = GETTEXT_CALLS[name]
        args = node.args
        needed = [*msgid_indexes, *([] if context_index is None else [context_index])]
        if len(args) <= max(needed) or not all(
            isinstance(args[i], ast.Constant) and isinstance(args[i].value, str) for i in needed
        ):
            continue  # not a literal: xgettext cannot extract it either
        msgid = args[msgid_indexes[0]].value
        messages.add(msgid if context_index is None else f"{args[context_index].value}\x04{msgid}")
    return messages


def template_messages(path: Path) -> set[str]:
    """The strings makemessages extracts from a template, via the same templatize() it uses."""
    # templatize() turns the template into Python-like text: gettext('...') calls amid blanked-out markup.
    text = templatize(path.read_text(encoding="utf-8"), origin=str(path))
    text = "\n".join(line.lstrip() for line in text.splitlines())  # indentation means nothing here
    tokens = [t for t in tokenize.generate_tokens(io.StringIO(text).readline) if t.type != tokenize.NL]
    messages = set()
    for i, token in enumerate(tokens[:-1]):
        if token.type != tokenize.NAME or token.string not in GETTEXT_CALLS or tokens[i + 1].string != "(":
            continue
        strings, j = [], i + 2
        while j < len(tokens) and tokens[j].type == tokenize.STRING:
            strings.append(ast.literal_eval(tokens[j].string))
            if j + 1 >= len(tokens) or tokens[j + 1].string != ",":
                break
            j += 2
        context_index, msgid_indexes = GETTEXT_CALLS[token.string]
        if len(strings) <= max(msgid_indexes[0], context_index or 0):
            continue
        msgid = strings[msgid_indexes[0]]
        messages.add(msgid if context_index is None else f"{strings[context_index]}\x04{msgid}")
    return messages


def code_messages() -> dict[str, str]:
    """msgid (with msgctxt) -> the first file that uses it."""
    found: dict[str, str] = {}
    for path in sorted(CODE_DIR.rglob("*")):
        if "migrations" in path.parts or not path.is_file():
            continue
        if path.suffix == ".py":
            messages = python_messages(path)
        elif path.suffix in {".html", ".txt"} and "templates" in path.parts:
            messages = template_messages(path)
        else:
            continue
        for message in messages:
            found.setdefault(message, str(path.relative_to(ROOT)))
    return found


def test_template_translate_literals_are_in_the_catalogue(po):
    """A direct check of {% translate "..." %} literals, independent of templatize()."""
    pattern = re.compile(r"""\{%\s*trans(?:late)?\s+(["'])(?P<msgid>.*?)\1(?:\s+context\s+(["'])(?P<ctx>.*?)\3)?""")
    msgids = {entry_label(e) for e in live_entries(po)}
    missing = []
    templates = sorted(CODE_DIR.glob("**/templates/**/*.html"))
    assert templates
    for path in templates:
        for match in pattern.finditer(path.read_text(encoding="utf-8")):
            key = f"{match['ctx']}\x04{match['msgid']}" if match["ctx"] else match["msgid"]
            if key not in msgids:
                missing.append((str(path.relative_to(ROOT)), match["msgid"]))
    assert not missing, f"not in django.po (run `make messages` and translate): {missing}"


def test_every_marked_string_in_the_code_is_in_the_catalogue(po):
    in_code = code_messages()
    assert "Kalkulator hari kerja" in in_code  # the scan sees the templates
    assert "Isi tanggal diterima." in in_code  # and the Python code
    in_po = {entry_label(e) for e in live_entries(po)}
    missing = sorted((where, msgid) for msgid, where in in_code.items() if msgid not in in_po)
    assert not missing, f"not in django.po (run `make messages` and translate): {missing}"


def test_catalogue_has_no_stale_entries(po):
    in_code = code_messages()
    stale = sorted(entry_label(e) for e in live_entries(po) if entry_label(e) not in in_code)
    assert not stale, f"in django.po but no longer in the code (run `make messages`): {stale}"


# The strings other tests and the UI rely on.


@pytest.mark.parametrize(
    ("msgid", "msgstr"),
    [
        ("Kalkulator hari kerja", "Working-day calculator"),
        ("Isi tanggal diterima.", "Enter the date received."),
        ("Ada yang perlu diperbaiki", "There is a problem"),
        ("Beranda", "Home"),
        ("Masuk", "Sign in"),
        ("Keluar", "Sign out"),
        ("Bahasa Indonesia", "Bahasa Indonesia"),
        ("English", "English"),
    ],
)
def test_key_translations(po, msgid, msgstr):
    entry = po.find(msgid)
    assert entry is not None, msgid
    assert entry.msgstr == msgstr
