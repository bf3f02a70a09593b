"""The shared form includes (web/includes): the error summary names each wrong field by its label and links to it;
field.html marks a required field ("(wajib)" next to the label, outside it so the field's name stays its label;
hidden from screen readers, which hear the input's `required`)."""

import re

from django import forms
from django.template.loader import render_to_string


class Example(forms.Form):
    title = forms.CharField(label="Judul", error_messages={"required": "Wajib diisi"})
    kind = forms.ChoiceField(label="Jenis", choices=[("a", "A"), ("b", "B")], widget=forms.RadioSelect)
    note = forms.CharField(label="Catatan", required=False)
    # required by a service, not by the form: the widget says so (the PPID forms' convention)
    purpose = forms.CharField(label="Tujuan", required=False, widget=forms.TextInput(attrs={"required": True}))


def test_error_summary_names_the_field_and_links_to_it():
    form = Example({"note": "x"})
    assert not form.is_valid()
    form.add_error(None, "Ada masalah umum.")
    html = render_to_string("web/includes/error_summary.html", {"form": form})
    assert '<a href="#id_title">Judul: Wajib diisi</a>' in html
    assert '<a href="#id_kind_0">Jenis: ' in html  # a radio group: its first radio
    assert "<li>Ada masalah umum.</li>" in html  # an error of no field: no label, no link


def test_error_summary_escapes_the_label_and_the_message():
    form = Example({})
    form.fields["title"].label = "<b>Judul</b>"
    form.is_valid()
    form.add_error("note", "<i>salah</i>")
    html = render_to_string("web/includes/error_summary.html", {"form": form})
    assert "&lt;b&gt;Judul&lt;/b&gt;: Wajib diisi" in html and "Catatan: &lt;i&gt;salah&lt;/i&gt;" in html


def _field(form, name):
    return render_to_string("web/includes/field.html", {"field": form[name]})


def test_required_fields_are_marked_visually_and_for_assistive_technology():
    form = Example()
    for name in ("title", "purpose"):
        html = _field(form, name)
        assert '</label> <span class="required-mark" aria-hidden="true">(wajib)</span>' in html, name
        assert " required" in html.split("<input", 1)[1].split(">", 1)[0], name
    html = _field(form, "note")
    assert "(wajib)" not in html and " required" not in html.split("<input", 1)[1]


class Described(forms.Form):
    """A form that links its hints itself (complaints' DescribedForm convention)."""

    code = forms.CharField(label="Kode", help_text="Enam huruf.", widget=forms.TextInput(
        attrs={"aria-describedby": "id_code-hint"}))


def _described_ids(html: str) -> tuple[list[str], set[str]]:
    named = re.search(r'<input[^>]*aria-describedby="([^"]+)"', html).group(1).split()
    return named, set(re.findall(r'id="([^"]+)"', html))


def test_every_id_the_input_is_described_by_is_on_the_page():
    class Hinted(forms.Form):
        title = forms.CharField(label="Judul", help_text="Singkat saja.")

    form = Hinted({})
    assert not form.is_valid()
    named, ids = _described_ids(_field(form, "title"))
    assert named == ["id_title_helptext", "id_title_error"]  # Django's own names
    assert set(named) <= ids  # the hint and the error carry them
    named, ids = _described_ids(_field(Described({"code": "x"}), "code"))
    assert named == ["id_code-hint"] and "id_code-hint" in ids
