"""Word lists shared by the normaliser and the stemmer.

Everything here is plain data (frozensets / dicts of lowercase ASCII words), so
the lists can be reviewed and extended without touching the algorithms.

* ``SPECIAL_TOKENS``: placeholders that ``normalize`` puts in for masked or
  personal data; never stemmed, never dropped.
* ``ACRONYMS``: agency, programme and document acronyms that must never be
  stemmed (``pln``, ``pdam``, ``ektp`` ...).
* ``ROOTS``: frequent root words of complaint texts. The stemmer returns a word
  unchanged if it is a root, and otherwise prefers the first affix-removal
  candidate that is a root; the list also protects words that only *look*
  derived (``sekolah``, ``kemarin``, ``jembatan``, ``sampai`` ...).
* ``DOUBLE_LETTER_WORDS``: words with a legitimate double letter, used when
  collapsing elongated spellings ("maaaf" -> "maaf", not "maf").
* ``E_PREFIXED``: words joined to a preceding standalone "e" ("e ktp" -> "ektp").
* ``STOPWORDS``: dropped by ``tokens``. ``tidak`` and ``bukan`` are deliberately
  *not* stopwords ("air tidak mengalir" is not "air mengalir").
* ``COMPOUND_SPLITS`` / ``SEARCH_EXPANSIONS``: applied by ``search_text`` to stems
  ("tindaklanjut" -> "tindak lanjut", "ektp" -> "ektp ktp").
"""

from __future__ import annotations

__all__ = [
    "ACRONYMS",
    "COMPOUND_SPLITS",
    "DOUBLE_LETTER_WORDS",
    "E_PREFIXED",
    "ROOTS",
    "SEARCH_EXPANSIONS",
    "SPECIAL_TOKENS",
    "STOPWORDS",
]


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


SPECIAL_TOKENS: frozenset[str] = frozenset({"urltoken", "emailtoken", "telptoken", "nomortoken"})

ACRONYMS: frozenset[str] = _words(
    """
    pln pdam ktp ektp kk kia ikd nik nib npwp bpjs jkn kis kip pip pkh bpnt blt bansos dtks dtsen kks pbi
    dukcapil disdukcapil capil puskesmas pustu posyandu polindes rsud rsu igd ugd icu nicu
    sd sdn smp smpn sma sman smk smkn slb mi mts ma man paud tk tpa tpq kua bpn atr
    polres polsek polda polri tni satpol satpolpp damkar bpbd basarnas
    dishub dinkes disdik dinsos dpmd pupr perkim dlh distan disnaker disperindag diskominfo bappeda
    bapenda bpkad bkpsdm inspektorat ombudsman ppid lapor pemkab pemda pemprov pemdes pemkot dprd dpr
    kades sekdes bpd bumdes bumd apbd apbdes add dd siltap
    skck sktm imb pbg pbb sppt bphtb samsat stnk bpkb sim
    bbm bbg lpg elpiji spbu pju apill tps tpa tpst
    umkm ukm ikm kur oss mpp phk thr umk ump blk pmi tka asn pns pppk cpns honorer
    ppdb spmb bos odgj kdrt dbd covid tbc hiv pkl rtlh karhutla pungli sembako nakes
    wifi wa sms hp rt rw pemilu pilkada pilkades alsintan gapoktan poktan
    """
)

# Roots (and protected whole words) frequent in kabupaten complaints.
ROOTS: frozenset[str] = _words(
    """
    praktik zaman risiko provinsi nomor kualitas beri menara menang ungsi selatan utara timur barat restoran
    pengadaan
    kerja padam nanti rendam sogok rampok aniaya panjang sah tandatangan kelola mukim bor kerumun mabuk
    pengaruh pengantin terapi bupati camat sunyi bunyi beritahu terbit honor berkas kuliah kampus dosen
    cabai bawang minyak gas tabung pangkal kuota pulsa meja bangku plafon dinding toilet jamban sanitasi
    pompa mesin genset trafo gardu tegang mahal blangko stempel paraf legalisir fotokopi resep ranjang
    oksigen balita kusta janda yatim lansia cacat disabilitas begal maling tawuran kelahi preman ormas kabut
    lebak lebung setrum pabrik angkot ojek dermaga speedboat musyawarah tilang copot bongkar gusur siram
    semprot tinjau survei sita rampas ancam tampar hina maki bentak kecewa senang sedih takut resah cemas
    khawatir bingung lelah capek kesal sampai pasti mulai kembang bangkai ular buaya tikus kucing
    sekretariat musholla mushola gereja pura vihara kubur jenazah
    ada adil adu air bijak cat labuh salahguna kelompok sejahtera kemudian gelar hubung bohong
    ajar aju akses aktif alam alamat alir aman ambil ambruk ambulans anak anggaran anggota
    angkat angkut antar antri anjing apotek api arah arsip arus asal asap aspal atap atas atur awas awal
    babi badan bagi bahan bahaya baik baja bakar balai balas banding bangun banjir bantu banyak bapak barang
    baru batal batas bau bawa bayar bayi beasiswa beban bebas beda beku belah belanja beli benah benar
    bencana benih bensin beras berat berhenti berita bersih besar beton biaya bibit bidan biji bina bising
    bocor bohong boleh bolos bom buang buat budaya buka bukti buku bulan bumi buruk buruh busuk butuh
    cabut cair cakup campur cari catat cegah cek cemar cepat cerai cetak cinta cocok cor cuci curang curi
    daftar dagang dalam damai dana dapat darah darurat data datang daya debu dekat demam dengar denda depan
    derita desa didik digital dinas dingin diri direktur disiplin diskriminasi distribusi dokter dokumen
    duduk dukung dusun edar ekonomi gaji galang gali ganggu ganti gedung gelap gelombang genang gerak
    gizi gotong guna gunung guru habis hadap hadir hak hakim halaman hambat hamil hancur hapus harap
    harga hari hasil hewan hibah hidup hilang hitung hubung hujan hukum hutan ibadah ijazah ikan ikut
    imunisasi inap indah informasi ingat internet isi istri izin jabat jadi jadwal jaga jalan jalur jamin
    jangkau janji jaring jasa jatuh jawab jelas jembatan jemput jenazah jual juang kabel kabupaten kacau
    kali kamar kampung kantor kartu kasih kasus kawal kawasan kawin kebun kecamatan kecil kejar kelas
    keluar keluarga keluh kemarin kembali kena kendara kendaraan kepala keras kereta kering kertas ketua kirim
    klinik kolam kompor kondisi kontrak korban korupsi kota kotor kuasa kumpul kunci kuning kurang lahan
    lahir laku lalu lama lambat lampu langgan langgar langkah langsung lanjut lantai lapang lapor laut
    layak layan lebar lelang lengkap lepas lewat libur lihat limbah lindung lingkung lintas listrik lokasi
    longsor lubang luka lulus lumpur lurah luas macet madrasah main maju makam makan maksud malam malas
    mampu mandi manfaat marah masalah masjid masuk masyarakat mati mekar menteri meteran milik miskin mobil
    modal motor muat muda mudah mulai murah murid musim nafkah naik nama nelayan nikah nilai nyaman nyala
    nyamuk obat olah olahraga operasi orang pagar pagi pajak pakai paksa panas pandang panen pangan panggil
    pangkas pantai pantau parah parit parkir pasang pasar pasien pasir pecah pecat pegawai pekan
    pelihara penjara penduduk penuh penting perahu perempuan periksa perintah perlu pernah pertama
    pesan pesantren peserta pesawat petik pikir pilih pimpin pindah pinjam pipa pohon pokok polisi potong
    program proses proyek puas pukul pulang punah pungut punya pupuk pusat putus racun rakyat ramai rambu
    rancang rapat rasa rawan rawat rekam rencana resmi retak retribusi ribut roboh rugi rujuk rumah rumput
    runtuh rusak saing sakit saksi salah salur sambung sampah sampai sanksi sapi sapu saran sarana satu
    sawah sayur sebar sedang segel segera sehat sekolah sekarang sekitar selalu selesai selokan seluruh
    semak semen sempit sendiri sengketa sepeda seragam sering sertifikat sesuai setelah setor sewa siap
    siar sidang sinyal siswa situs sosial suami suap subsidi sulit sumbang sumbat sumur sungai surat susah
    susun syarat tagih tahan tahu tahun tambah tambal taman tampung tanah tanam tanda tangan tanggal
    tanggap tanggung tanggungjawab tangkap tani tanya tarif tarik tebang tegur teknis telepon teliti
    temu tenaga tengah tepat terang terima terminal ternak tertib tetap tiang tiba tidur tikus tim tindak
    tindaklanjut tinggal tinggi tipu tolak tolong toko tua tuduh tugas tuju tukang tulis tumbang tumpuk
    tunda tunggak tunggu tunjang tunjuk turun tutup ubah uang uji ukur ulang umum undang untung upah urus
    usaha usul utama wabah wajib wakil waktu warga warung wilayah wisata
    """
)

# Words with a legitimate doubled letter (used when collapsing elongations).
DOUBLE_LETTER_WORDS: frozenset[str] = _words(
    """
    saat maaf taat manfaat jumaat aamiin allah assalamualaikum waalaikumsalam keenam
    pekerjaan keadaan permintaan pertanyaan penggunaan pelaksanaan pemeriksaan pengadaan pemeliharaan
    perusahaan kecelakaan kebersamaan pendataan keberadaan
    tunggu tinggi tinggal minggu ganggu gangguan anggota anggaran tanggal tanggung panggil hingga
    tetangga pinggir unggah langgar pelanggaran tunggak error google facebook
    """
)

# Words that people write as "e-xxx" / "e xxx" / "exxx"; all end up joined.
E_PREFIXED: frozenset[str] = _words(
    """
    ktp kk mail money tilang samsat katalog catalog budgeting planning kinerja sppt rapor learning wallet
    commerce government office procurement purchasing sertifikat kinerja absensi presensi paspor
    """
)

STOPWORDS: frozenset[str] = _words(
    """
    yang dan di ke dari ini itu untuk dengan pada adalah ialah yaitu yakni bahwa kepada daripada
    saya kami kita kamu anda dia mereka beliau kalian
    tolong mohon bapak ibu mas mbak bang kak pak bu
    sudah belum sangat juga ada akan telah sedang masih lagi saja hanya pun lah kah dong deh sih nih kok
    loh lho ya yah oke kan mah atuh
    tapi tetapi namun karena sebab jadi maka sehingga agar supaya bila jika kalau apabila ketika saat
    sejak sampai hingga oleh bagi tentang terhadap sebagai seperti atau serta para setiap tiap semua
    sebuah seorang dalam tersebut begitu begini bagaimana kenapa mengapa apa siapa mana dimana kapan
    berapa bisa mau ingin harus sekali sekarang tadi nanti terus kemudian setelah sebelum selama
    padahal memang benar hal lain terlalu sebagainya seterusnya berikut terhormat bersangkutan
    terimakasih assalamualaikum waalaikumsalam wassalam wassalamualaikum warahmatullahi wabarakatuh
    wr wb salam hormat yth mohonkan matur hatur
    """
)

# Compound roots that are also written as two words; search_text splits them.
COMPOUND_SPLITS: dict[str, tuple[str, ...]] = {
    "tindaklanjut": ("tindak", "lanjut"),
    "tanggungjawab": ("tanggung", "jawab"),
    "kerjasama": ("kerja", "sama"),
    "lalulintas": ("lalu", "lintas"),
    "tenagakerja": ("tenaga", "kerja"),
    "tandatangan": ("tanda", "tangan"),
    "salahguna": ("salah", "guna"),
    "beritahu": ("beri", "tahu"),
}

# Extra index terms: a search for "ktp" should also find "e-KTP" complaints.
SEARCH_EXPANSIONS: dict[str, tuple[str, ...]] = {
    "ektp": ("ektp", "ktp"),
}
