"""Slang, abbreviation and regional-language dictionary.

Keys are whole tokens as they look after lowercasing and punctuation removal;
values are the standard Indonesian replacement (one or more words). The
replacement is applied per token only, never inside a word.

Rules the table keeps (checked by the tests):

* no value word is itself a key, so applying the table twice changes nothing;
* no value is empty (deleting words would change which numbers end up adjacent).

Deliberately **not** mapped, because the word is ordinary Indonesian too:
``galak`` (Palembang "mau", but "petugasnya galak" = the officer is rude),
``asap`` (English "as soon as possible", but Indonesian "smoke": "kabut asap"), ``pk`` ("pukul"),
``tw`` ("triwulan"), ``nek`` ("nenek"), ``iso`` (ISO certificates), ``spt`` (tax return, not
"seperti"), ``dpt`` (voter list, not "dapat"), ``skt`` (ormas registration, not "sakit"),
``kaya`` ("like" / "rich"), ``km`` (kilometre, not "kamu"), ``cm``, ``abdi``
("abdi negara"), ``mangga`` (mango), ``karo`` (Kabupaten Karo), ``kek``, ``lan``,
``ana``/``aya`` (names), ``error`` (kept as is), ``kk`` (kartu keluarga), ``sd``.
"""

from __future__ import annotations

__all__ = ["SLANG", "SLANG_GROUPS", "SPELLING_VARIANTS"]

# Non-standard spellings of content words -> standard spelling. Part of SLANG, and
# also applied by the stemmer to the root it finds ("berlobang" -> "lobang" -> "lubang").
SPELLING_VARIANTS: dict[str, str] = {
    "lobang": "lubang",
    "antre": "antri",
    "ijin": "izin",
    "apotik": "apotek",
    "praktek": "praktik",
    "jaman": "zaman",
    "resiko": "risiko",
    "sertipikat": "sertifikat",
    "propinsi": "provinsi",
    "rubuh": "roboh",
    "ancur": "hancur",
    "ancor": "hancur",
    "lelet": "lambat",
    "lemot": "lambat",
    "nomer": "nomor",
    "telpon": "telepon",
    "ambulan": "ambulans",
    "ambulance": "ambulans",
    "kwalitas": "kualitas",
    "aer": "air",
}

# target -> space-separated variants
SLANG_GROUPS: dict[str, str] = {
    # --- negation -------------------------------------------------------------
    "tidak": (
        "gak ga gk gx ngga nggak ngak nggk enggak engga egk kagak kaga tdk tdak tidk tida tak todak "
        # Javanese / Sundanese / Palembang
        "ora orak mboten boten ndak nda ndk teu henteu dak idak"
    ),
    "tidak ada": "gaada gada gkada ngga_ada tdkada",
    "tidak bisa": "gabisa gkbisa gbisa",
    "tidak apa apa": "gpp gapapa gakpapa ngapapa",
    "bukan": "bkn bukn",
    "jangan": "jgn jngn jangn",
    # --- pronouns, address ----------------------------------------------------
    "saya": "sy sya aq aku gw gue gua ane kulo kula",
    "kami": "kmi kmai",
    "kamu": "lu lo loe elu elo",
    "dia": "dy doi",
    "mereka": "mrk mreka",
    "kita": "kito",
    "bapak": "bpk pak",
    "ibu": "bu",
    # --- function words -------------------------------------------------------
    "yang": "yg yng sing",
    "dengan": "dgn dg dng sareng",
    "untuk": "utk untk utuk",
    "tapi": "tp tpi",
    "karena": "krn krna karna krena coz mergo mergane",
    "kalau": "kl klo kalo klw kalu",
    "dari": "dr dri",
    "pada": "pd",
    "sama": "sm ama samo",
    "juga": "jg jga jugo",
    "lagi": "lg lgi",
    "saja": "sj aja ajah aj",
    "jadi": "jd jdi",
    "terus": "trs trus",
    "tersebut": "tsb",
    "sebagai": "sbg",
    "sebagai berikut": "sbb",
    "seperti": "sprt kyk kayak",
    "harus": "hrs",
    "dalam": "dlm",
    "tentang": "ttg",
    "terhadap": "thd thdp",
    "kepada": "kpd",
    "padahal": "pdhl pdhal",
    "sudah": "sdh udh udah dah sudh sdah uda wis uwis wes uwes sampun mpun parantos",
    "belum": "blm blum belom blom durung durong dereng tacan",
    "masih": "msh masi mash",
    "akan": "akn",
    "bisa": "bs bsa tiasa pacak",
    "dapat": "dapet dpet",
    "ada": "ado ono onok enek",
    "apa": "opo apo naon nopo menopo",
    "bagaimana": "gmn gmna gimana gmana gimna bgmn bgmna piye pie pripun kumaha cakmano makmano",
    "kenapa": "knp knapa knpa ngapa ngapo",
    "kapan": "kpn",
    "berapa": "brp brapa",
    "siapa": "sapo",
    "mana": "mano",
    "dimana": "dmn dmana dimano",
    "sekarang": "skrg skrng skr skarang saiki",
    "nanti": "nnti ntar entar ntr kagek",
    "tadi": "td tdi",
    "kemarin": "kmrn kemaren kmaren kmarin",
    "besok": "bsk",
    "ini": "iki niki",
    "itu": "iku kuwi niku",
    "sangat": "bgt bngt banget nian pisan",
    "semua": "smua smw galo",
    "banyak": "bnyk byk bnyak",
    "sedikit": "sdkt dikit",
    "sendiri": "dewek",
    "satu": "sikok",
    "beberapa": "bbrp bbrapa",
    "sebenarnya": "sbnrnya sebenernya",
    "memang": "emg emang emng",
    "begitu": "gt gitu gtu",
    "begini": "gini",
    "hanya": "cuma cuman",
    "benar": "bener bnr",
    "lebih": "lbh",
    "kurang": "krg",
    "sebelum": "sblm",
    "setelah": "stlh stelah",
    "sedang": "sdg",
    "sampai": "sampe smpe smpai nyampe ampe",
    "mau": "mo mw",
    "ingin": "pengen pgn pingin pengin kepengen",
    "tahu": "tau",
    "lihat": "liat lht jingok",
    "pakai": "pake pke pakek",
    "buat": "bikin bkin gawe",
    "kasih": "ksh",
    "terima": "trm",
    "bayar": "byr",
    "datang": "dtg dateng",
    "hubungi": "hub hubungin",
    "dan kawan kawan": "dkk",
    "ya": "iya iy yoi",
    "oke": "ok okay okey",
    "dan lain lain": "dll",
    "dan sebagainya": "dsb",
    "dan seterusnya": "dst",
    "yang terhormat": "yth",
    "yang bersangkutan": "ybs",
    "orang": "org orng wong",
    # --- politeness / English / regional --------------------------------------
    "tolong": "tlg tlng tlong tolongin please pls plis plz plss plese help tulung",
    "mohon": "mhn",
    "terimakasih": (
        "makasih makasi mksh mkasih makaci trims trimakasih terimaksih tks thx thanks thank tq ty "
        "nuwun suwun maturnuwun nuhun haturnuhun"
    ),
    "maaf": "sorry sori sory mf maap",
    "segera": "sgr",
    "assalamualaikum": "askum aslm asw assalamualaikom",
    "informasi": "info",
    # --- nouns and places -----------------------------------------------------
    "jalan": "jl jln dalan",
    "gang": "gg",
    "rumah": "rmh omah",
    "rumah sakit": "rs",
    "puskesmas": "pkm",
    "sekolah": "sklh sekolh",
    "air": "banyu cai",
    "uang": "duit",
    "tahun": "thn th",
    "bulan": "bln",
    "minggu": "mgg mgu",
    "hari": "hr",
    "jam": "jm",
    "tanggal": "tgl",
    "nomor": "no nmr",
    "telepon": "tlp telp tlpn tlfn",
    "whatsapp": "wa",
    "rupiah": "rp",
    "ribu": "rb",
    "juta": "jt",
    "kecamatan": "kec",
    "kabupaten": "kab",
    "kelurahan": "kel",
    "desa": "ds",
    "dusun": "dsn",
    "provinsi": "prov",
    "minta": "mnt mnta",
    "kerja": "krj",
    "rusak": "rsk",
    "antri": "ngantri ngantre",
    "urus": "ngurus",
    "tunggu": "nunggu",
    "ektp": "ktpel",
}


def _build() -> dict[str, str]:
    table: dict[str, str] = dict(SPELLING_VARIANTS)
    for target, variants in SLANG_GROUPS.items():
        for variant in variants.split():
            key = variant.replace("_", "")
            if key in table and table[key] != target:  # pragma: no cover - guarded by tests
                raise ValueError(f"slang key {key!r} mapped twice")
            table[key] = target
    return table


SLANG: dict[str, str] = _build()
