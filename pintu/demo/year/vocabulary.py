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

#: per category: (titles, problems, impacts, asks)
PHRASES: dict[str, tuple[list[str], list[str], list[str], list[str]]] = {
    "INFRASTRUKTUR": (
        [
            "Jalan desa {desa} rusak parah",
            "Jalan berlubang di depan {tempat}",
            "Jembatan gantung {desa} miring",
            "Drainase tersumbat, jalan {kecamatan} tergenang",
            "Jalan poros {desa} jadi kubangan",
            "Gorong-gorong ambruk di {desa}",
        ],
        [
            "jalan tanah menuju {tempat} berlubang dan jadi kubangan lumpur kalau hujan",
            "aspal di jalan poros {desa} mengelupas sepanjang kurang lebih {n}00 meter",
            "jembatan gantung penghubung dusun {n} di {desa} papannya banyak yang lapuk dan tali bajanya kendur",
            "saluran air di pinggir jalan tersumbat lumpur dan sampah, air meluap ke badan jalan",
            "gorong-gorong di dekat {tempat} ambruk sehingga jalan tinggal separuh",
            "tambalan jalan yang dikerjakan tahun lalu sudah hancur lagi tergerus air",
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
            "Bedah rumah di {desa} belum ada kabar",
            "Rumah tidak layak huni warga {desa}",
            "PJU kompleks perumahan {kecamatan} padam",
            "Jalan lingkungan perumahan rusak",
        ],
        [
            "rumah panggung milik warga lansia di {desa} tiangnya sudah lapuk dan lantainya jebol",
            "pendataan rumah tidak layak huni sudah dilakukan tapi nama kami tidak keluar",
            "lampu penerangan jalan umum di kompleks perumahan padam semua",
            "jalan lingkungan di perumahan dekat {tempat} belum pernah diserahkan ke pemkab dan rusak",
        ],
        [
            "penghuninya janda dengan {n} anak",
            "kalau hujan atap bocor di mana-mana",
            "warga takut keluar malam karena gelap",
        ],
        ["mohon dimasukkan daftar bantuan", "mohon ada petugas yang survei ulang", "mohon dinyalakan kembali"],
    ),
    "AIR_MINUM": (
        [
            "Air PDAM tidak mengalir di {desa}",
            "Air keruh dan bau di {kecamatan}",
            "Tagihan air naik tidak wajar",
            "Sumur bor bantuan di {desa} rusak",
        ],
        [
            "air PDAM tidak mengalir sudah {n} hari, hanya keluar tengah malam sebentar",
            "air yang keluar keruh kecokelatan dan berbau lumpur",
            "tagihan bulan {bulan} naik dua kali lipat padahal pemakaian biasa",
            "sumur bor bantuan di {tempat} mesinnya rusak dan tidak ada yang memperbaiki",
        ],
        [
            "warga terpaksa memakai air sungai untuk mandi dan mencuci",
            "kami harus membeli air galon setiap hari",
            "saat kemarau warga antre air sampai malam",
        ],
        ["mohon dicek pipanya", "mohon penjelasan rincian tagihan", "mohon diperbaiki sebelum kemarau"],
    ),
    "LISTRIK": (
        ["Listrik sering padam di {desa}", "Tiang listrik miring dekat {tempat}", "Kabel listrik menjuntai rendah"],
        [
            "listrik padam hampir setiap malam selama {n} jam tanpa pemberitahuan",
            "tiang listrik di dekat {tempat} miring setelah hujan angin",
            "kabel listrik menjuntai rendah di atas jalan dan tersangkut dahan pohon",
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
            "Lampu lalu lintas mati di simpang {kecamatan}",
            "Parkir liar di depan {tempat}",
            "Truk angkutan batu bara melintas siang hari",
            "Rambu jalan di {desa} hilang",
            "Dermaga ketek di {desa} rusak",
        ],
        [
            "lampu lalu lintas di simpang Timbangan mati sejak {waktu}",
            "parkir liar di depan {tempat} memakan separuh badan jalan dan tukang parkir memungut Rp{n}.000",
            "truk angkutan bertonase besar melintas di jalan kabupaten pada jam sibuk",
            "rambu tikungan tajam di jalan menuju {desa} roboh dan tidak dipasang lagi",
            "papan dermaga ketek di {desa} banyak yang patah",
        ],
        [
            "sudah beberapa kali hampir tabrakan",
            "jalan macet setiap pagi waktu anak berangkat sekolah",
            "penumpang ketek harus melompat ke perahu",
        ],
        ["mohon ditertibkan", "mohon dipasang kembali", "mohon ada petugas yang berjaga pada jam sibuk"],
    ),
    "LINGKUNGAN": (
        [
            "Sampah menumpuk di {tempat}",
            "Pembakaran sampah dekat permukiman {desa}",
            "Sungai Kelekar tercemar di {kecamatan}",
            "Bau limbah pabrik di {desa}",
            "TPS liar di pinggir jalan",
        ],
        [
            "sampah menumpuk di pinggir jalan dekat {tempat} dan tidak diangkut sejak {waktu}",
            "ada warga yang membakar sampah plastik setiap sore di dekat {tempat}",
            "air Sungai Kelekar berubah warna kehitaman dan banyak ikan mati",
            "bau limbah dari pabrik pengolahan sawit tercium sampai ke rumah warga {desa}",
            "lahan kosong di dekat {tempat} dijadikan tempat buang sampah liar",
        ],
        [
            "baunya menyengat dan banyak lalat",
            "asapnya masuk ke rumah dan ke {tempat}",
            "anak-anak mulai batuk dan gatal-gatal",
            "nelayan tidak bisa lagi menangkap ikan di situ",
        ],
        ["mohon diangkut", "mohon diperiksa izin pembuangan limbahnya", "mohon disediakan bak sampah"],
    ),
    "BENCANA": (
        [
            "Banjir merendam rumah di {desa}",
            "Pohon tumbang menutup jalan {kecamatan}",
            "Kebakaran lahan gambut dekat {desa}",
            "Tebing sungai longsor di {desa}",
        ],
        [
            "air Sungai Ogan meluap dan merendam {n}0 rumah warga {desa} setinggi lutut",
            "pohon besar tumbang menutup badan jalan setelah hujan angin dan belum dipotong",
            "lahan gambut di belakang {desa} terbakar dan apinya belum padam",
            "tebing sungai di {desa} longsor, tinggal {n} meter lagi ke rumah warga",
        ],
        [
            "warga mengungsi ke masjid dan sekolah",
            "asap sudah mengganggu pernapasan anak-anak dan lansia",
            "jalan tidak bisa dilewati mobil sama sekali",
        ],
        [
            "mohon bantuan logistik dan perahu karet",
            "mohon dikirim petugas pemadam",
            "mohon dibuatkan turap penahan tebing",
        ],
    ),
    "TRANTIBUM": (
        [
            "Pedagang berjualan di trotoar {tempat}",
            "Balap liar setiap malam minggu di {kecamatan}",
            "Tempat hiburan malam di {desa} buka sampai subuh",
            "Bangunan tanpa izin di {tempat}",
        ],
        [
            "pedagang membuka lapak di trotoar depan {tempat} sampai ke badan jalan",
            "setiap malam minggu ada balap liar di jalan lintas dekat {desa}",
            "tempat hiburan di dekat {tempat} memutar musik keras sampai subuh",
            "ada bangunan semi permanen didirikan di atas saluran air dekat {tempat}",
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
            "Pelayanan Puskesmas {kecamatan} lambat",
            "Obat kosong di puskesmas",
            "Ambulans desa {desa} rusak",
            "Petugas pustu {desa} jarang di tempat",
            "Antrean BPJS di RSUD lama",
        ],
        [
            "antrean di puskesmas sangat lama, kami datang jam tujuh dan baru dilayani jam {n} siang",
            "obat yang diresepkan dokter kosong sejak {waktu} dan kami disuruh membeli di apotek luar",
            "ambulans desa sudah {n} bulan rusak dan tidak diperbaiki",
            "petugas puskesmas pembantu di {desa} hanya datang seminggu sekali",
            "pendaftaran online RSUD susah diakses sehingga pasien kontrol antre dari subuh",
        ],
        [
            "pasien lansia dan ibu hamil ikut menunggu lama",
            "warga harus menyewa mobil ke Indralaya",
            "kasihan pasien yang rumahnya jauh",
        ],
        ["mohon pelayanannya diperbaiki", "mohon stok obat ditambah", "mohon ditinjau jadwal petugasnya"],
    ),
    "PENDIDIKAN": (
        [
            "Pungutan di {tempat}",
            "Atap kelas {tempat} bocor",
            "Dana BOS tidak transparan",
            "Guru honorer belum terima gaji",
            "Zonasi PPDB di {kecamatan} bermasalah",
        ],
        [
            "sekolah memungut uang Rp{n}00.000 untuk seragam dan buku tanpa rincian",
            "atap ruang kelas di {tempat} bocor dan plafonnya sudah jebol sebagian",
            "orang tua murid tidak pernah diberi tahu penggunaan dana BOS",
            "guru honorer di sekolah kami belum menerima honor sejak bulan {bulan}",
            "anak kami tidak diterima di sekolah terdekat padahal rumah hanya {n}00 meter dari sekolah",
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
            "E-KTP belum jadi",
            "Pengurusan akta kelahiran lama",
            "Blanko KTP kosong di {kecamatan}",
            "KK tidak bisa dicetak",
            "Data NIK tidak sesuai",
        ],
        [
            "saya sudah merekam e-KTP sejak {waktu} tetapi sampai sekarang belum jadi",
            "pengurusan akta kelahiran anak sudah {n} minggu belum selesai",
            "petugas bilang blanko kosong dan kami disuruh datang lagi bulan depan",
            "nomor KK di aplikasi berbeda dengan yang tercetak sehingga tidak bisa dipakai daftar sekolah",
            "NIK saya terdata ganda sehingga tidak bisa mengurus BPJS",
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
            "Bansos tidak tepat sasaran di {desa}",
            "PKH tidak cair",
            "Lansia {desa} belum terdata bantuan",
            "Penyandang disabilitas belum dapat bantuan",
        ],
        [
            "penerima bantuan sosial di {desa} banyak yang mampu, sedangkan warga miskin tidak dapat",
            "bantuan PKH kami tidak cair sejak tahap {n} tanpa penjelasan",
            "nenek kami umur 80 tahun hidup sendiri dan belum pernah terdata bantuan apa pun",
            "anak saya penyandang disabilitas dan belum pernah didata petugas",
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
            "Dugaan kekerasan terhadap anak di {desa}",
            "Pernikahan anak di bawah umur",
            "Anak putus sekolah bekerja di kebun",
        ],
        [
            "kami mendengar ada anak tetangga yang sering dipukul orang tuanya",
            "ada anak usia {n}5 tahun yang akan dinikahkan bulan depan",
            "beberapa anak putus sekolah dan ikut menyadap karet setiap pagi",
        ],
        ["kami takut melapor langsung", "anak itu terlihat murung dan penuh memar"],
        ["mohon ditangani dengan rahasia", "mohon ada pendampingan dari dinas"],
    ),
    "DESA": (
        [
            "Dana desa {desa} tidak transparan",
            "Papan informasi APBDes tidak dipasang",
            "Kepala desa jarang di kantor",
            "Pembangunan di {desa} mangkrak",
        ],
        [
            "papan informasi APBDes tidak pernah dipasang di {desa}",
            "pembangunan rabat beton dari dana desa berhenti di tengah jalan sejak {waktu}",
            "kantor desa sering tutup pada jam kerja sehingga surat pengantar lama keluar",
            "musyawarah desa tidak mengundang warga, hanya orang-orang tertentu",
        ],
        ["warga tidak tahu uang desa dipakai untuk apa", "urusan surat menyurat jadi terhambat"],
        ["mohon inspektorat atau dinas PMD memeriksa", "mohon dibina perangkat desanya"],
    ),
    "PERTANIAN": (
        [
            "Pupuk subsidi langka di {kecamatan}",
            "Harga getah karet anjlok",
            "Irigasi sawah lebak {desa} rusak",
            "Hama tikus serang sawah {desa}",
        ],
        [
            "pupuk subsidi di kios resmi kosong saat musim tanam, di luar kios harganya dua kali lipat",
            "harga getah karet di tingkat petani turun sampai Rp{n}.000 per kilo",
            "pintu air irigasi sawah lebak di {desa} rusak sehingga sawah kebanjiran",
            "hama tikus menyerang sawah warga {desa} dan penyuluh belum datang",
        ],
        ["petani terancam gagal panen", "kelompok tani sudah mengajukan bantuan tapi belum ada jawaban"],
        ["mohon pengawasan distribusi pupuk", "mohon penyuluh turun ke lapangan", "mohon bantuan perbaikan"],
    ),
    "KETENAGAKERJAAN": (
        ["Upah di bawah UMK", "Pekerja kebun tidak didaftarkan BPJS", "PHK sepihak di {kecamatan}"],
        [
            "perusahaan perkebunan membayar upah harian lepas di bawah UMK",
            "pekerja di pabrik dekat {desa} tidak didaftarkan BPJS Ketenagakerjaan",
            "{n}0 pekerja diberhentikan tanpa pesangon",
        ],
        ["pekerja takut melapor karena diancam tidak dipakai lagi"],
        ["mohon pengawas ketenagakerjaan memeriksa", "mohon dimediasi"],
    ),
    "EKONOMI": (
        ["Harga sembako naik di pasar {kecamatan}", "Pasar kalangan {desa} becek", "Retribusi pasar tidak jelas"],
        [
            "harga beras dan minyak goreng di pasar naik sejak {waktu}",
            "los pasar kalangan di {desa} becek dan atapnya bocor",
            "pedagang ditarik retribusi Rp{n}.000 tanpa karcis",
        ],
        ["pedagang kecil sepi pembeli", "pembeli malas datang kalau hujan"],
        ["mohon operasi pasar", "mohon pasar diperbaiki", "mohon dijelaskan dasar retribusinya"],
    ),
    "KORUPSI_PUNGLI": (
        [
            "Pungli pengurusan surat di {kecamatan}",
            "Dugaan penyimpangan proyek di {desa}",
            "Biaya tidak resmi pembuatan sertifikat",
        ],
        [
            "oknum petugas meminta uang Rp{n}00.000 supaya surat cepat selesai",
            "proyek jalan di {desa} dikerjakan asal-asalan, tebal cor tidak sesuai papan proyek",
            "kami dimintai biaya tambahan tanpa kuitansi saat mengurus surat tanah",
        ],
        ["kami punya bukti foto dan rekaman", "warga lain juga mengalami hal yang sama"],
        ["mohon diusut", "mohon identitas saya dirahasiakan"],
    ),
    "TIK": (
        ["Situs pemkab tidak bisa dibuka", "Sinyal internet hilang di {desa}", "Aplikasi layanan error"],
        [
            "situs resmi pemkab tidak bisa dibuka sejak {waktu}",
            "di {desa} tidak ada sinyal sama sekali sehingga anak-anak sulit belajar daring",
            "aplikasi pendaftaran layanan selalu gagal saat mengunggah berkas",
        ],
        ["kami tidak bisa mengurus layanan online", "harus ke kecamatan hanya untuk mencari sinyal"],
        ["mohon diperbaiki", "mohon diusulkan pembangunan menara BTS"],
    ),
    "LAINNYA": (
        ["Mohon perhatian untuk warga {desa}", "Usulan untuk pemkab", "Pertanyaan tentang layanan"],
        [
            "kami ingin menanyakan prosedur pengurusan izin usaha kecil",
            "kami mengusulkan taman bermain anak di lahan kosong dekat {tempat}",
            "pelayanan di kantor kecamatan {kecamatan} perlu ada nomor antrean",
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
    titles, problems, impacts, asks = PHRASES.get(category_code, PHRASES["LAINNYA"])
    title = fill(rng.choice(titles), rng, desa, kecamatan)
    problem = fill(rng.choice(problems), rng, desa, kecamatan)
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
