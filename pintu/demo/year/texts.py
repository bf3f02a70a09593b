"""Text templates for bench/generate.py (the demo year writes with vocabulary.py): titles, bodies, replies, names.

Self-contained on purpose (no files from ../shared/data): the generator must run anywhere the code
runs. Slots: {desa}, {kecamatan}, {n}, {tempat}, {waktu}. Every text is made of a title, one to three
body sentences, an optional opener and closer, so a million reports share a few thousand shapes and
the search index sees realistic, repeated Indonesian vocabulary.
"""

TEMPLATES: dict[str, tuple[list[str], list[str]]] = {
    "INFRASTRUKTUR": (
        [
            "Jalan rusak di {desa}",
            "Jalan berlubang menuju {tempat}",
            "Jembatan di {desa} hampir putus",
            "Drainase tersumbat di {desa}",
            "Jalan poros {kecamatan} rusak parah",
        ],
        [
            "Jalan di depan {tempat} berlubang besar sejak {waktu}.",
            "Kalau hujan jalan tergenang dan sudah {n} pengendara motor jatuh.",
            "Jembatan kayu penghubung dusun sudah lapuk dan bergoyang bila dilewati.",
            "Saluran air di pinggir jalan tersumbat sampah sehingga air meluap ke rumah warga.",
            "Aspal mengelupas sepanjang kurang lebih {n}00 meter.",
        ],
    ),
    "PERUMAHAN": (
        ["Bantuan bedah rumah di {desa}", "Rumah tidak layak huni belum dibantu", "Lampu jalan perumahan mati"],
        [
            "Rumah warga kami di {desa} sudah hampir roboh namun belum masuk daftar bantuan.",
            "Pendataan rumah tidak layak huni tahun lalu tidak ada kabarnya sampai {waktu}.",
            "Lampu penerangan di kompleks perumahan mati sejak {waktu}.",
        ],
    ),
    "AIR_MINUM": (
        ["Air PDAM tidak mengalir di {desa}", "Air keruh dan berbau", "Tagihan air tidak sesuai"],
        [
            "Air tidak mengalir sudah {n} hari padahal tagihan tetap datang.",
            "Air yang keluar keruh kecokelatan dan berbau sejak {waktu}.",
            "Tagihan bulan ini naik dua kali lipat padahal pemakaian biasa saja.",
        ],
    ),
    "LISTRIK": (
        ["Listrik sering padam di {desa}", "Tiang listrik miring di dekat {tempat}"],
        [
            "Listrik padam hampir setiap malam selama {n} jam.",
            "Tiang listrik di dekat {tempat} miring dan kabelnya menjuntai rendah.",
        ],
    ),
    "PERHUBUNGAN": (
        ["Lampu lalu lintas mati di {kecamatan}", "Angkutan umum tidak ada ke {desa}", "Parkir liar di {tempat}"],
        [
            "Lampu lalu lintas di simpang {kecamatan} mati sejak {waktu} dan rawan tabrakan.",
            "Tidak ada angkutan umum dari {desa} ke pusat kecamatan sehingga anak sekolah kesulitan.",
            "Parkir liar di depan {tempat} membuat jalan macet setiap pagi.",
        ],
    ),
    "LINGKUNGAN": (
        ["Sampah menumpuk di {desa}", "Pembakaran sampah dekat {tempat}", "Pencemaran sungai di {kecamatan}"],
        [
            "Sampah menumpuk di pinggir jalan dan tidak diangkut sejak {waktu}.",
            "Asap pembakaran sampah masuk ke rumah dan ke {tempat}.",
            "Air sungai berubah warna dan banyak ikan mati, diduga limbah pabrik.",
        ],
    ),
    "BENCANA": (
        ["Banjir di {desa}", "Pohon tumbang di jalan {kecamatan}", "Kebakaran lahan dekat {desa}"],
        [
            "Banjir setinggi lutut merendam {n}0 rumah warga sejak {waktu}.",
            "Pohon besar tumbang menutup badan jalan dan belum dipotong.",
            "Asap kebakaran lahan sudah mengganggu pernapasan warga dan anak-anak.",
        ],
    ),
    "TRANTIBUM": (
        ["Pedagang berjualan di trotoar {tempat}", "Balap liar di {kecamatan}", "Tempat hiburan buka sampai pagi"],
        [
            "Pedagang berjualan di trotoar sehingga pejalan kaki turun ke jalan.",
            "Setiap malam minggu ada balap liar yang sangat mengganggu warga.",
            "Tempat hiburan di dekat {tempat} buka sampai pagi dan berisik.",
        ],
    ),
    "KESEHATAN": (
        ["Pelayanan puskesmas {kecamatan} lambat", "Obat kosong di puskesmas", "Antrean BPJS di {tempat} lama"],
        [
            "Antrean di puskesmas sangat lama, kami menunggu lebih dari {n} jam.",
            "Obat yang diresepkan kosong sejak {waktu} dan kami disuruh membeli di apotek.",
            "Petugas tidak ramah dan pasien lansia tidak didahulukan.",
        ],
    ),
    "PENDIDIKAN": (
        ["Pungutan di {tempat}", "Bangunan sekolah rusak di {desa}", "Dana BOS tidak transparan"],
        [
            "Sekolah memungut biaya Rp{n}00.000 untuk seragam dan buku tanpa rincian.",
            "Atap ruang kelas bocor dan plafon hampir jatuh.",
            "Orang tua murid tidak pernah diberi tahu penggunaan dana BOS.",
        ],
    ),
    "KEPENDUDUKAN": (
        ["E-KTP belum jadi", "Pengurusan akta kelahiran lama", "Blanko KTP kosong di {kecamatan}"],
        [
            "Saya merekam e-KTP sejak {waktu} tetapi sampai sekarang belum jadi.",
            "Pengurusan akta kelahiran anak sudah {n} minggu belum selesai.",
            "Petugas bilang blanko kosong dan kami disuruh datang lagi bulan depan.",
        ],
    ),
    "SOSIAL": (
        ["Bansos tidak tepat sasaran di {desa}", "PKH tidak cair", "Lansia belum terdata bantuan"],
        [
            "Penerima bantuan sosial di {desa} banyak yang mampu, sedangkan warga miskin tidak dapat.",
            "Bantuan PKH kami tidak cair sejak {waktu}.",
            "Nenek kami yang tinggal sendiri belum pernah terdata sebagai penerima bantuan.",
        ],
    ),
    "GENDER_ANAK": (
        ["Kekerasan terhadap anak di {desa}", "Pendampingan korban KDRT"],
        [
            "Ada anak yang sering dipukul oleh orang tuanya, tetangga sudah melihat berkali-kali.",
            "Korban kekerasan dalam rumah tangga membutuhkan pendampingan dan tempat aman.",
        ],
    ),
    "DESA": (
        ["Dana desa {desa} tidak transparan", "Kepala desa jarang di kantor", "BUMDes tidak jelas"],
        [
            "Papan informasi APBDes tidak pernah dipasang di {desa}.",
            "Kantor desa sering tutup pada jam kerja sehingga surat tidak bisa diurus.",
            "Modal BUMDes sudah dicairkan sejak {waktu} tetapi usahanya tidak berjalan.",
        ],
    ),
    "PERTANIAN": (
        ["Pupuk subsidi langka di {kecamatan}", "Irigasi sawah rusak di {desa}", "Bantuan bibit tidak sampai"],
        [
            "Pupuk bersubsidi tidak tersedia di kios saat musim tanam.",
            "Saluran irigasi jebol sehingga {n}0 hektare sawah kekeringan.",
            "Bantuan bibit yang diumumkan {waktu} tidak pernah sampai ke kelompok tani kami.",
        ],
    ),
    "KETENAGAKERJAAN": (
        ["Upah di bawah UMK", "Kartu kuning susah diurus", "PHK sepihak di {tempat}"],
        [
            "Perusahaan membayar upah jauh di bawah UMK dan tanpa slip gaji.",
            "Pengurusan kartu pencari kerja harus bolak-balik {n} kali.",
            "Karyawan diberhentikan sepihak tanpa pesangon.",
        ],
    ),
    "EKONOMI": (
        ["Harga gas elpiji mahal di {desa}", "Pasar {kecamatan} becek dan kotor", "Timbangan pedagang curang"],
        [
            "Gas elpiji 3 kg dijual Rp{n}5.000 di warung, jauh di atas harga eceran tertinggi.",
            "Los pasar becek, atap bocor, dan sampah tidak diangkut.",
            "Banyak pedagang memakai timbangan yang tidak ditera.",
        ],
    ),
    "KORUPSI_PUNGLI": (
        ["Pungli pengurusan surat di {tempat}", "Dugaan penyalahgunaan anggaran", "Calo di kantor layanan"],
        [
            "Petugas meminta uang Rp{n}0.000 agar surat cepat selesai.",
            "Proyek di {desa} dikerjakan asal-asalan, diduga anggarannya tidak sesuai.",
            "Ada calo di kantor layanan yang menawarkan jalur cepat dengan bayaran.",
        ],
    ),
    "TIK": (
        ["Situs web pemkab tidak bisa dibuka", "Sinyal internet tidak ada di {desa}", "Aplikasi layanan error"],
        [
            "Situs web layanan tidak bisa diakses sejak {waktu}.",
            "Di {desa} tidak ada sinyal internet sehingga anak sekolah kesulitan belajar daring.",
            "Aplikasi layanan selalu gagal saat mengunggah berkas.",
        ],
    ),
    "LAINNYA": (
        ["Keluhan pelayanan di {tempat}", "Usulan untuk {kecamatan}", "Mohon perhatian pemerintah daerah"],
        [
            "Pelayanan di {tempat} tidak sesuai standar dan petugas sering tidak ada.",
            "Kami mengusulkan perbaikan fasilitas umum di {kecamatan}.",
            "Mohon pemerintah daerah memperhatikan masalah ini karena sudah lama.",
        ],
    ),
}
OPENERS = ["", "", "", "Assalamualaikum.", "Selamat siang Bapak/Ibu.", "Yth. Bupati Ogan Ilir,", "Mohon izin melapor."]
CLOSERS = [
    "",
    "",
    "Mohon segera ditindaklanjuti.",
    "Terima kasih.",
    "Kami mohon ada petugas yang turun ke lapangan.",
    "Sudah pernah dilaporkan ke desa tetapi belum ada tanggapan.",
]
PLACES = [
    "SD Negeri {n}",
    "SMP Negeri {n}",
    "puskesmas",
    "pasar",
    "kantor desa",
    "masjid",
    "simpang tiga",
    "kantor kecamatan",
    "terminal",
    "lapangan",
    "rumah sakit",
    "kantor camat",
]
WHEN = [
    "bulan lalu",
    "dua minggu lalu",
    "awal tahun",
    "musim hujan kemarin",
    "tiga bulan lalu",
    "minggu lalu",
    "lebaran kemarin",
    "akhir tahun lalu",
]

FOLLOW_UPS = [
    "Laporan sudah kami tinjau ke lapangan. Perbaikan dijadwalkan minggu ini.",
    "Petugas sudah menindaklanjuti dan masalah telah diperbaiki. Terima kasih atas laporannya.",
    "Kami sudah berkoordinasi dengan pihak desa dan kecamatan; penanganan dimasukkan dalam anggaran tahun depan.",
    "Tim kami sudah memeriksa dan memberi teguran kepada petugas yang bersangkutan.",
    "Data Saudara sudah kami perbaiki. Silakan datang ke kantor kami dengan membawa KK asli.",
    "Laporan diteruskan ke bidang teknis; hasil pemeriksaan akan disampaikan.",
]
INFO_QUESTIONS = [
    "Mohon sebutkan lokasi tepatnya (nama jalan atau patokan).",
    "Mohon kirimkan foto kondisi terkini.",
    "Kapan kejadian tersebut terjadi dan siapa petugas yang melayani?",
    "Mohon lengkapi nomor KK atau NIK yang bermasalah agar dapat kami periksa.",
]
REPLIES = [
    "Lokasinya di depan {tempat}, dekat simpang.",
    "Foto sudah saya lampirkan, kondisinya masih sama.",
    "Kejadiannya {waktu}, petugasnya bapak-bapak di loket dua.",
    "Masalahnya belum selesai, mohon dicek lagi.",
]
CLOSE_REASONS = [
    "Tindak lanjut sudah diterima pelapor.",
    "Masalah telah diselesaikan.",
    "Pelapor menyatakan puas dengan penanganan.",
]
REOPEN_REASONS = [
    "Masalahnya muncul lagi.",
    "Perbaikan tidak sesuai, jalan rusak lagi setelah hujan.",
    "Belum ada petugas yang datang.",
]
HOLD_REASONS = ["Menunggu konfirmasi identitas pelapor.", "Menunggu hasil koordinasi dengan kecamatan."]
ARCHIVE_REASONS = {
    "spam": "Isi laporan tidak pantas.",
    "vague": "Laporan tidak jelas dan pelapor tidak dapat dihubungi.",
    "out_of_scope": "Masalah di luar kewenangan layanan pengaduan.",
    "duplicate": "Sama dengan laporan lain yang sedang ditangani.",
}
SEND_BACK_REASONS = [
    "Bukan kewenangan kami; urusan ini ditangani instansi lain.",
    "Lokasi di luar wilayah kerja kami.",
    "Salah disposisi, mohon dialihkan.",
]
FORWARD_REASONS = ["Bukan kewenangan Pemerintah Kabupaten.", "Kewenangan instansi vertikal."]
EXTERNAL_ANSWERS = [
    "Instansi tujuan menyampaikan bahwa laporan sudah ditangani.",
    "Jawaban instansi: perbaikan dijadwalkan bulan depan.",
]
RATING_COMMENTS = [
    "",
    "",
    "",
    "Terima kasih, cepat ditangani.",
    "Lambat sekali.",
    "Cukup baik.",
    "Belum puas, masalah belum tuntas.",
]

FIRST_NAMES = [
    "Ahmad",
    "Budi",
    "Siti",
    "Dewi",
    "Rina",
    "Agus",
    "Sri",
    "Joko",
    "Nur",
    "Dian",
    "Eko",
    "Fitri",
    "Hendra",
    "Indah",
    "Yusuf",
    "Ratna",
    "Rudi",
    "Wati",
    "Andi",
    "Lestari",
    "M.",
    "Rahmat",
    "Yanti",
    "Iwan",
    "Maya",
    "Hasan",
    "Aisyah",
    "Fauzi",
    "Novi",
    "Taufik",
]
LAST_NAMES = [
    "Saputra",
    "Wijaya",
    "Lestari",
    "Pratama",
    "Hidayat",
    "Sari",
    "Rahman",
    "Kurniawan",
    "Susanti",
    "Putri",
    "Syahputra",
    "Anggraini",
    "Firmansyah",
    "Handayani",
    "",
    "",
    "Nugroho",
    "Setiawan",
]

INFORMATION_ASKED = [
    "Salinan dokumen APBD Kabupaten Ogan Ilir tahun {year}",
    "Daftar penerima bantuan sosial di Desa {desa} tahun {year}",
    "Rencana kerja dan anggaran dinas untuk perbaikan jalan di Kecamatan {kecamatan}",
    "Laporan realisasi dana desa {desa} tahun {year}",
    "Data jumlah guru honorer per kecamatan tahun {year}",
    "Salinan kontrak pekerjaan pembangunan jembatan di {desa}",
    "Data kasus demam berdarah per puskesmas tahun {year}",
    "Standar operasional prosedur pelayanan administrasi kependudukan",
    "Daftar izin usaha yang terbit di Kecamatan {kecamatan} tahun {year}",
    "Hasil pemeriksaan kualitas air sungai Ogan tahun {year}",
]
PURPOSES = [
    "Bahan penelitian skripsi.",
    "Pengawasan oleh lembaga swadaya masyarakat.",
    "Pemberitaan media.",
    "Kepentingan pribadi untuk mengurus bantuan.",
    "Bahan diskusi warga desa.",
]
OCCUPATIONS = ["Mahasiswa", "Wiraswasta", "Wartawan", "Petani", "Guru", "Karyawan swasta", "Aktivis LSM", ""]
INCOMPLETE_REASONS = ["Identitas pemohon belum dilampirkan.", "Rincian informasi belum jelas."]
EXTENSION_REASONS = [
    "Informasi tersebar di beberapa bidang dan perlu dihimpun.",
    "Perlu uji konsekuensi atas sebagian informasi.",
]
HOLDER_NAMES = [
    "Badan Pusat Statistik Kabupaten Ogan Ilir",
    "Pemerintah Provinsi Sumatera Selatan",
    "Kantor Pertanahan Kabupaten Ogan Ilir",
]
OBJECTION_TEXTS = [
    "Permohonan saya ditolak tanpa alasan yang jelas.",
    "Sampai batas waktu tidak ada pemberitahuan tertulis.",
    "Informasi yang diberikan tidak sesuai dengan yang saya minta.",
]
OBJECTION_ANSWERS = [
    "Setelah diperiksa, informasi dapat diberikan sebagian dengan menghitamkan data pribadi.",
    "Penolakan dikuatkan berdasarkan uji konsekuensi.",
    "Keberatan diterima; informasi akan diserahkan dalam 7 hari kerja.",
]
