"""The demo year's report texts: a hand-written vocabulary, composed per report.

Written by reading what citizens actually send to regional complaint channels (the shapes of the public
SP4N-LAPOR! and LaporMasBup sets: a greeting, the problem and where, since when, what it causes, what was
already tried, what is asked, often in a hurried, abbreviated register). No sentence of those sets is used:
every phrase below is written for an Ogan Ilir setting (lebak and rawa, Sungai Ogan and Kelekar, the Jalan
Lintas Timur, karet and sawit, ketek boats). Slots: {desa}, {kecamatan}, {n}, {tempat}, {waktu}, {bulan}.

`compose(rng, category_code, desa, kecamatan)` -> (title, text), deterministic for a given rng state.
"""

from __future__ import annotations

import random

#: per category: ([(title, problem)], impacts, asks); a title names the problem its sentence tells
PHRASES: dict[str, tuple[list[tuple[str, str]], list[str], list[str]]] = {
    "INFRASTRUKTUR": (
        [
            (
                "Jalan desa {desa} jadi kubangan",
                "jalan tanah menuju {tempat} berlubang dan jadi kubangan lumpur kalau hujan",
            ),
            (
                "Jalan poros {desa} rusak parah",
                "aspal di jalan poros {desa} mengelupas sepanjang kurang lebih {n}00 meter",
            ),
            (
                "Jembatan gantung {desa} membahayakan",
                "jembatan gantung penghubung dusun {n} di {desa} papannya banyak yang lapuk dan tali bajanya kendur",
            ),
            (
                "Drainase tersumbat, jalan {kecamatan} tergenang",
                "saluran air di pinggir jalan tersumbat lumpur dan sampah, air meluap ke badan jalan",
            ),
            ("Gorong-gorong ambruk di {desa}", "gorong-gorong di dekat {tempat} ambruk sehingga jalan tinggal separuh"),
            (
                "Tambalan jalan di {kecamatan} hancur lagi",
                "tambalan jalan yang dikerjakan tahun lalu sudah hancur lagi tergerus air",
            ),
        ],
        [
            "sudah {n} pengendara motor jatuh di situ",
            "anak sekolah harus turun dan mendorong sepeda",
            "truk pengangkut getah karet tidak bisa lewat",
            "ambulans desa pernah terjebak waktu membawa pasien",
            "kalau malam tidak kelihatan karena tidak ada lampu jalan",
        ],
        [
            "mohon segera diperbaiki",
            "mohon dianggarkan perbaikannya tahun ini",
            "minimal ditimbun dulu supaya bisa dilewati",
            "mohon dicek ke lapangan",
        ],
    ),
    "PERUMAHAN": (
        [
            (
                "Rumah tidak layak huni warga {desa}",
                "rumah panggung milik warga lansia di {desa} tiangnya sudah lapuk dan lantainya jebol",
            ),
            (
                "Bedah rumah di {desa} belum ada kabar",
                "pendataan rumah tidak layak huni sudah dilakukan tapi nama kami tidak keluar",
            ),
            (
                "PJU kompleks perumahan {kecamatan} padam",
                "lampu penerangan jalan umum di kompleks perumahan padam semua",
            ),
            (
                "Jalan lingkungan perumahan rusak",
                "jalan lingkungan di perumahan dekat {tempat} belum pernah diserahkan ke pemkab dan rusak",
            ),
        ],
        [
            "penghuninya janda dengan {n} anak",
            "kalau hujan atap bocor di mana-mana",
            "warga takut keluar malam karena gelap",
        ],
        ["mohon dimasukkan daftar bantuan", "mohon ada petugas yang survei ulang", "mohon segera ditangani"],
    ),
    "AIR_MINUM": (
        [
            (
                "Air PDAM tidak mengalir di {desa}",
                "air PDAM tidak mengalir sudah {n} hari, hanya keluar tengah malam sebentar",
            ),
            ("Air keruh dan bau di {kecamatan}", "air yang keluar keruh kecokelatan dan berbau lumpur"),
            ("Tagihan air naik tidak wajar", "tagihan bulan {bulan} naik dua kali lipat padahal pemakaian biasa"),
            (
                "Sumur bor bantuan di {desa} rusak",
                "sumur bor bantuan di {tempat} mesinnya rusak dan tidak ada yang memperbaiki",
            ),
        ],
        [
            "warga terpaksa memakai air sungai untuk mandi dan mencuci",
            "kami harus membeli air galon setiap hari",
            "saat kemarau warga antre air sampai malam",
        ],
        ["mohon dicek pipanya", "mohon penjelasan rincian tagihan", "mohon diperbaiki sebelum kemarau"],
    ),
    "LISTRIK": (
        [
            ("Listrik sering padam di {desa}", "listrik padam hampir setiap malam selama {n} jam tanpa pemberitahuan"),
            ("Tiang listrik miring dekat {tempat}", "tiang listrik di dekat {tempat} miring setelah hujan angin"),
            (
                "Kabel listrik menjuntai rendah",
                "kabel listrik menjuntai rendah di atas jalan dan tersangkut dahan pohon",
            ),
        ],
        [
            "alat elektronik warga banyak yang rusak",
            "anak-anak belajar pakai pelita",
            "berbahaya untuk truk yang lewat",
        ],
        ["mohon diteruskan ke PLN", "mohon segera ditangani sebelum ada korban"],
    ),
    "PERHUBUNGAN": (
        [
            (
                "Lampu lalu lintas mati di simpang {kecamatan}",
                "lampu lalu lintas di simpang Timbangan mati sejak {waktu}",
            ),
            (
                "Parkir liar di depan {tempat}",
                "parkir liar di depan {tempat} memakan separuh badan jalan dan tukang parkir memungut Rp{n}.000",
            ),
            (
                "Truk bertonase besar melintas jam sibuk",
                "truk angkutan bertonase besar melintas di jalan kabupaten pada jam sibuk",
            ),
            (
                "Rambu jalan di {desa} hilang",
                "rambu tikungan tajam di jalan menuju {desa} roboh dan tidak dipasang lagi",
            ),
            ("Dermaga ketek di {desa} rusak", "papan dermaga ketek di {desa} banyak yang patah"),
        ],
        [
            "sudah beberapa kali hampir tabrakan",
            "jalan macet setiap pagi waktu anak berangkat sekolah",
            "penumpang harus berhati-hati sekali",
        ],
        ["mohon ditertibkan", "mohon diperbaiki", "mohon ada petugas yang berjaga pada jam sibuk"],
    ),
    "LINGKUNGAN": (
        [
            (
                "Sampah menumpuk di {tempat}",
                "sampah menumpuk di pinggir jalan dekat {tempat} dan tidak diangkut sejak {waktu}",
            ),
            (
                "Pembakaran sampah dekat permukiman {desa}",
                "ada warga yang membakar sampah plastik setiap sore di dekat {tempat}",
            ),
            (
                "Sungai Kelekar tercemar di {kecamatan}",
                "air Sungai Kelekar berubah warna kehitaman dan banyak ikan mati",
            ),
            (
                "Bau limbah pabrik di {desa}",
                "bau limbah dari pabrik pengolahan sawit tercium sampai ke rumah warga {desa}",
            ),
            ("TPS liar di pinggir jalan", "lahan kosong di dekat {tempat} dijadikan tempat buang sampah liar"),
        ],
        [
            "warga sekitar sangat terganggu",
            "anak-anak mulai batuk dan gatal-gatal",
            "sudah berkali-kali dikeluhkan warga",
        ],
        ["mohon diangkut", "mohon diperiksa izin pembuangan limbahnya", "mohon disediakan bak sampah"],
    ),
    "BENCANA": (
        [
            (
                "Banjir merendam rumah di {desa}",
                "air Sungai Ogan meluap dan merendam {n}0 rumah warga {desa} setinggi lutut",
            ),
            (
                "Pohon tumbang menutup jalan {kecamatan}",
                "pohon besar tumbang menutup badan jalan setelah hujan angin dan belum dipotong",
            ),
            ("Kebakaran lahan gambut dekat {desa}", "lahan gambut di belakang {desa} terbakar dan apinya belum padam"),
            (
                "Tebing sungai longsor di {desa}",
                "tebing sungai di {desa} longsor, tinggal {n} meter lagi ke rumah warga",
            ),
        ],
        [
            "sebagian warga mengungsi ke rumah kerabat",
            "warga takut tidur di rumah kalau hujan turun",
            "akses ke {desa} terputus sebagian",
        ],
        ["mohon bantuan segera", "mohon dikirim petugas ke lokasi", "mohon dibuatkan penanganan permanen"],
    ),
    "TRANTIBUM": (
        [
            (
                "Pedagang berjualan di trotoar {tempat}",
                "pedagang membuka lapak di trotoar depan {tempat} sampai ke badan jalan",
            ),
            (
                "Balap liar setiap malam minggu di {kecamatan}",
                "setiap malam minggu ada balap liar di jalan lintas dekat {desa}",
            ),
            (
                "Tempat hiburan di {desa} buka sampai subuh",
                "tempat hiburan di dekat {tempat} memutar musik keras sampai subuh",
            ),
            ("Bangunan di atas saluran air", "ada bangunan semi permanen didirikan di atas saluran air dekat {tempat}"),
        ],
        [
            "pejalan kaki terpaksa turun ke jalan",
            "warga tidak bisa tidur dan resah",
            "sudah lapor ke polsek tapi belum ada tindakan",
        ],
        ["mohon Satpol PP menertibkan", "mohon patroli malam ditingkatkan", "mohon diperiksa izinnya"],
    ),
    "KESEHATAN": (
        [
            (
                "Pelayanan Puskesmas {kecamatan} lambat",
                "antrean di puskesmas sangat lama, kami datang jam tujuh dan baru dilayani jam {n} siang",
            ),
            (
                "Obat kosong di puskesmas",
                "obat yang diresepkan dokter kosong sejak {waktu} dan kami disuruh membeli di apotek luar",
            ),
            ("Ambulans desa {desa} rusak", "ambulans desa sudah {n} bulan rusak dan tidak diperbaiki"),
            (
                "Petugas pustu {desa} jarang di tempat",
                "petugas puskesmas pembantu di {desa} hanya datang seminggu sekali",
            ),
            (
                "Pendaftaran online RSUD susah",
                "pendaftaran online RSUD susah diakses sehingga pasien kontrol antre dari subuh",
            ),
        ],
        [
            "pasien lansia dan ibu hamil ikut menunggu lama",
            "warga harus menyewa mobil ke Indralaya",
            "kasihan pasien yang rumahnya jauh",
        ],
        ["mohon pelayanannya diperbaiki", "mohon ditinjau ulang", "mohon perhatian dinas kesehatan"],
    ),
    "PENDIDIKAN": (
        [
            ("Pungutan di {tempat}", "sekolah memungut uang Rp{n}00.000 untuk seragam dan buku tanpa rincian"),
            ("Atap kelas bocor di {desa}", "atap ruang kelas di {tempat} bocor dan plafonnya sudah jebol sebagian"),
            ("Dana BOS tidak transparan", "orang tua murid tidak pernah diberi tahu penggunaan dana BOS"),
            (
                "Guru honorer belum terima honor",
                "guru honorer di sekolah kami belum menerima honor sejak bulan {bulan}",
            ),
            (
                "Zonasi PPDB di {kecamatan} bermasalah",
                "anak kami tidak diterima di sekolah terdekat padahal rumah hanya {n}00 meter dari sekolah",
            ),
        ],
        [
            "orang tua yang tidak mampu jadi keberatan",
            "murid terpaksa belajar di teras",
            "komite sekolah tidak bisa menjawab",
        ],
        ["mohon diperiksa", "mohon dinas pendidikan turun ke sekolah", "mohon kejelasannya"],
    ),
    "KEPENDUDUKAN": (
        [
            ("E-KTP belum jadi", "saya sudah merekam e-KTP sejak {waktu} tetapi sampai sekarang belum jadi"),
            ("Pengurusan akta kelahiran lama", "pengurusan akta kelahiran anak sudah {n} minggu belum selesai"),
            (
                "Blanko KTP kosong di {kecamatan}",
                "petugas bilang blanko kosong dan kami disuruh datang lagi bulan depan",
            ),
            (
                "Nomor KK tidak sesuai",
                "nomor KK di aplikasi berbeda dengan yang tercetak sehingga tidak bisa dipakai daftar sekolah",
            ),
            ("NIK terdata ganda", "NIK saya terdata ganda sehingga tidak bisa mengurus BPJS"),
        ],
        [
            "sudah bolak-balik ke kecamatan dan Disdukcapil",
            "ditanya lewat WA tidak ada jawaban",
            "kami perlu untuk mendaftar kerja",
        ],
        ["mohon dibantu prosesnya", "mohon kepastian kapan selesai", "mohon jangan dilempar-lempar lagi"],
    ),
    "SOSIAL": (
        [
            (
                "Bansos tidak tepat sasaran di {desa}",
                "penerima bantuan sosial di {desa} banyak yang mampu, sedangkan warga miskin tidak dapat",
            ),
            ("PKH tidak cair", "bantuan PKH kami tidak cair sejak tahap {n} tanpa penjelasan"),
            (
                "Lansia {desa} belum terdata bantuan",
                "nenek kami umur 80 tahun hidup sendiri dan belum pernah terdata bantuan apa pun",
            ),
            ("Penyandang disabilitas belum didata", "anak saya penyandang disabilitas dan belum pernah didata petugas"),
        ],
        [
            "kami sudah melapor ke kepala desa",
            "keluarga kami benar-benar kesulitan",
            "warga mulai curiga pendataannya tidak jujur",
        ],
        ["mohon pendataan ulang DTKS", "mohon dicek status kepesertaan kami", "mohon perhatiannya"],
    ),
    "GENDER_ANAK": (
        [
            (
                "Dugaan kekerasan terhadap anak di {desa}",
                "kami mendengar ada anak tetangga yang sering dipukul orang tuanya",
            ),
            ("Pernikahan anak di bawah umur", "ada anak usia 15 tahun yang akan dinikahkan bulan depan"),
            ("Anak putus sekolah bekerja di kebun", "beberapa anak putus sekolah dan ikut menyadap karet setiap pagi"),
        ],
        ["kami takut melapor langsung", "warga sekitar sudah lama khawatir"],
        ["mohon ditangani dengan rahasia", "mohon ada pendampingan dari dinas"],
    ),
    "DESA": (
        [
            ("Papan informasi APBDes {desa} tidak dipasang", "papan informasi APBDes tidak pernah dipasang di {desa}"),
            (
                "Pembangunan di {desa} mangkrak",
                "pembangunan rabat beton dari dana desa berhenti di tengah jalan sejak {waktu}",
            ),
            (
                "Kantor desa sering tutup",
                "kantor desa sering tutup pada jam kerja sehingga surat pengantar lama keluar",
            ),
            ("Musyawarah desa tidak terbuka", "musyawarah desa tidak mengundang warga, hanya orang-orang tertentu"),
        ],
        ["warga tidak tahu uang desa dipakai untuk apa", "urusan surat menyurat jadi terhambat"],
        ["mohon inspektorat atau dinas PMD memeriksa", "mohon dibina perangkat desanya"],
    ),
    "PERTANIAN": (
        [
            (
                "Pupuk subsidi langka di {kecamatan}",
                "pupuk subsidi di kios resmi kosong saat musim tanam, di luar kios harganya dua kali lipat",
            ),
            ("Harga getah karet anjlok", "harga getah karet di tingkat petani turun sampai Rp{n}.000 per kilo"),
            (
                "Pintu air sawah lebak {desa} rusak",
                "pintu air irigasi sawah lebak di {desa} rusak sehingga sawah kebanjiran",
            ),
            ("Hama tikus serang sawah {desa}", "hama tikus menyerang sawah warga {desa} dan penyuluh belum datang"),
        ],
        ["petani terancam gagal panen", "kelompok tani sudah mengajukan bantuan tapi belum ada jawaban"],
        ["mohon pengawasan distribusi pupuk", "mohon penyuluh turun ke lapangan", "mohon bantuan perbaikan"],
    ),
    "KETENAGAKERJAAN": (
        [
            ("Upah di bawah UMK", "perusahaan perkebunan membayar upah harian lepas di bawah UMK"),
            ("Pekerja tidak didaftarkan BPJS", "pekerja di pabrik dekat {desa} tidak didaftarkan BPJS Ketenagakerjaan"),
            ("PHK sepihak di {kecamatan}", "puluhan pekerja diberhentikan tanpa pesangon"),
        ],
        ["pekerja takut melapor karena diancam tidak dipakai lagi"],
        ["mohon pengawas ketenagakerjaan memeriksa", "mohon dimediasi"],
    ),
    "EKONOMI": (
        [
            ("Harga sembako naik di pasar {kecamatan}", "harga beras dan minyak goreng di pasar naik sejak {waktu}"),
            ("Pasar kalangan {desa} becek", "los pasar kalangan di {desa} becek dan atapnya bocor"),
            ("Retribusi pasar tanpa karcis", "pedagang ditarik retribusi Rp{n}.000 tanpa karcis"),
        ],
        ["pedagang kecil sepi pembeli", "pembeli malas datang kalau hujan"],
        ["mohon operasi pasar", "mohon pasar diperbaiki", "mohon dijelaskan dasar retribusinya"],
    ),
    "KORUPSI_PUNGLI": (
        [
            (
                "Pungli pengurusan surat di {kecamatan}",
                "oknum petugas meminta uang Rp{n}00.000 supaya surat cepat selesai",
            ),
            (
                "Dugaan penyimpangan proyek di {desa}",
                "proyek jalan di {desa} dikerjakan asal-asalan, tebal cor tidak sesuai papan proyek",
            ),
            ("Biaya tidak resmi surat tanah", "kami dimintai biaya tambahan tanpa kuitansi saat mengurus surat tanah"),
        ],
        ["kami punya bukti foto dan rekaman", "warga lain juga mengalami hal yang sama"],
        ["mohon diusut", "mohon identitas saya dirahasiakan"],
    ),
    "TIK": (
        [
            ("Situs pemkab tidak bisa dibuka", "situs resmi pemkab tidak bisa dibuka sejak {waktu}"),
            (
                "Sinyal internet hilang di {desa}",
                "di {desa} tidak ada sinyal sama sekali sehingga anak-anak sulit belajar daring",
            ),
            ("Aplikasi layanan error", "aplikasi pendaftaran layanan selalu gagal saat mengunggah berkas"),
        ],
        ["kami tidak bisa mengurus layanan online", "harus ke kecamatan hanya untuk mencari sinyal"],
        ["mohon diperbaiki", "mohon diusulkan pembangunan menara BTS"],
    ),
    "LAINNYA": (
        [
            ("Prosedur izin usaha kecil", "kami ingin menanyakan prosedur pengurusan izin usaha kecil"),
            ("Usulan taman bermain anak", "kami mengusulkan taman bermain anak di lahan kosong dekat {tempat}"),
            ("Nomor antrean di kantor kecamatan", "pelayanan di kantor kecamatan {kecamatan} perlu ada nomor antrean"),
        ],
        ["supaya warga tidak bingung", "banyak warga yang setuju"],
        ["mohon tanggapannya", "terima kasih atas perhatiannya"],
    ),
}

OPENERS = [
    "",
    "",
    "",
    "Assalamualaikum wr. wb.",
    "Selamat pagi.",
    "Selamat siang, Pak/Bu.",
    "Yth. Bapak Bupati,",
    "Izin melapor.",
    "Mohon maaf mengganggu.",
    "Lapor,",
]
CLOSERS = [
    "",
    "",
    "Terima kasih.",
    "Terima kasih atas perhatiannya.",
    "Wassalamualaikum.",
    "Semoga cepat ditanggapi.",
    "Ditunggu tindak lanjutnya.",
]
PLACES = [
    "SDN {n} {desa}",
    "Masjid Al-Ikhlas",
    "Pasar Kalangan",
    "Kantor Desa",
    "SMPN {n}",
    "Puskesmas",
    "simpang tiga {desa}",
    "Jalan Lintas Timur km {n}",
    "Musala dusun {n}",
    "dermaga ketek",
    "lapangan bola desa",
    "Jalan Lingkar Indralaya",
    "kompleks perumahan Griya {n}",
]
WHEN = [
    "dua minggu lalu",
    "awal bulan ini",
    "bulan lalu",
    "musim hujan kemarin",
    "tiga bulan lalu",
    "setelah lebaran",
    "awal tahun",
]
MONTHS = [
    "Januari",
    "Februari",
    "Maret",
    "April",
    "Mei",
    "Juni",
    "Juli",
    "Agustus",
    "September",
    "Oktober",
    "November",
    "Desember",
]
SINCE = [
    "Sudah {n} minggu begini.",
    "Kejadiannya sejak {waktu}.",
    "Ini sudah berlangsung sejak {waktu}.",
    "Sudah {n} bulan tidak ada perubahan.",
]
TRIED = [
    "Sudah pernah disampaikan ke kepala desa tapi belum ada tindakan.",
    "Sudah lapor ke kecamatan, nihil.",
    "Sudah dua kali kami laporkan lewat WA.",
    "Waktu musrenbang juga sudah diusulkan.",
]
#: the hurried register: a few words people abbreviate
SHORT = {
    "sudah": "sdh",
    "tidak": "tdk",
    "mohon": "mhn",
    "karena": "krn",
    "dengan": "dg",
    "yang": "yg",
    "jalan": "jln",
    "untuk": "utk",
    "sampai": "smp",
}


def fill(template: str, rng: random.Random, desa: str, kecamatan: str) -> str:
    slots = {
        "desa": desa,
        "kecamatan": kecamatan,
        "n": rng.randint(2, 9),
        "waktu": rng.choice(WHEN),
        "bulan": rng.choice(MONTHS),
    }
    slots["tempat"] = rng.choice(PLACES).format(**slots)
    return template.format(**slots)


def hurried(text: str, rng: random.Random) -> str:
    words = text.split(" ")
    return " ".join(SHORT.get(w, w) if rng.random() < 0.6 else w for w in words)


def compose(rng: random.Random, category_code: str, desa: str, kecamatan: str) -> tuple[str, str]:
    issues, impacts, asks = PHRASES.get(category_code, PHRASES["LAINNYA"])
    title_template, problem_template = rng.choice(issues)
    title = fill(title_template, rng, desa, kecamatan)
    problem = fill(problem_template, rng, desa, kecamatan)
    where = "" if desa in problem else f" di {desa}, Kecamatan {kecamatan}"
    parts = [rng.choice(OPENERS), f"{problem[0].upper()}{problem[1:]}{where}."]
    if rng.random() < 0.5:
        parts.append(fill(rng.choice(SINCE), rng, desa, kecamatan))
    if rng.random() < 0.7:
        impact = fill(rng.choice(impacts), rng, desa, kecamatan)
        parts.append(f"{impact[0].upper()}{impact[1:]}.")
    if rng.random() < 0.3:
        parts.append(rng.choice(TRIED))
    ask = rng.choice(asks)
    parts += [f"{ask[0].upper()}{ask[1:]}.", rng.choice(CLOSERS)]
    text = " ".join(p for p in parts if p)
    if rng.random() < 0.25:
        text = hurried(text, rng)
    return title[:150], text
