"""The closed list of exemptions of UU 14/2008 article 17, letters a to j.

Each letter has a short label (for choices and tables) and the article's text in brief (for the
public DIK and the officer's form), so a reader sees what the legal basis means.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Article17(models.TextChoices):
    A = "a", _("Pasal 17 huruf a: menghambat proses penegakan hukum")
    B = "b", _("Pasal 17 huruf b: hak atas kekayaan intelektual dan persaingan usaha tidak sehat")
    C = "c", _("Pasal 17 huruf c: pertahanan dan keamanan negara")
    D = "d", _("Pasal 17 huruf d: kekayaan alam Indonesia")
    E = "e", _("Pasal 17 huruf e: ketahanan ekonomi nasional")
    F = "f", _("Pasal 17 huruf f: hubungan luar negeri")
    G = "g", _("Pasal 17 huruf g: akta otentik pribadi dan wasiat")
    H = "h", _("Pasal 17 huruf h: rahasia pribadi")
    I = "i", _("Pasal 17 huruf i: memorandum atau surat antar/intra badan publik")  # noqa: E741 (letter i of the law)
    J = "j", _("Pasal 17 huruf j: dikecualikan berdasarkan undang-undang lain")


DESCRIPTIONS = {
    Article17.A: _(
        "Informasi yang apabila dibuka dapat menghambat proses penegakan hukum, antara lain penyelidikan dan "
        "penyidikan, mengungkap identitas informan, pelapor, saksi, dan/atau korban, mengungkap data intelijen "
        "kriminal, atau membahayakan keselamatan penegak hukum."
    ),
    Article17.B: _(
        "Informasi yang apabila dibuka dapat mengganggu perlindungan hak atas kekayaan intelektual dan "
        "perlindungan dari persaingan usaha tidak sehat."
    ),
    Article17.C: _("Informasi yang apabila dibuka dapat membahayakan pertahanan dan keamanan negara."),
    Article17.D: _("Informasi yang apabila dibuka dapat mengungkapkan kekayaan alam Indonesia."),
    Article17.E: _("Informasi yang apabila dibuka dapat merugikan ketahanan ekonomi nasional."),
    Article17.F: _("Informasi yang apabila dibuka dapat merugikan kepentingan hubungan luar negeri."),
    Article17.G: _(
        "Informasi yang apabila dibuka dapat mengungkapkan isi akta otentik yang bersifat pribadi dan kemauan "
        "terakhir ataupun wasiat seseorang."
    ),
    Article17.H: _(
        "Informasi yang apabila dibuka dapat mengungkap rahasia pribadi, antara lain riwayat dan kondisi anggota "
        "keluarga, perawatan kesehatan, kondisi keuangan, dan catatan pendidikan seseorang."
    ),
    Article17.I: _(
        "Memorandum atau surat-surat antar atau intra badan publik yang menurut sifatnya dirahasiakan, kecuali "
        "atas putusan Komisi Informasi atau pengadilan."
    ),
    Article17.J: _("Informasi yang tidak boleh diungkapkan berdasarkan undang-undang."),
}


def description_of(letter: str) -> str:
    return str(DESCRIPTIONS.get(letter, ""))
