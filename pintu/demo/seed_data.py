"""Seed data for the Pintu demo: Pemerintah Kabupaten Ogan Ilir (Sumatera Selatan).

Plain constants only; the loader that turns them into Area / Agency / Category rows lives elsewhere.

Sources of the region codes (nothing below is invented; rows were copied from these files):

* Kemendagri codes (kecamatan ``16.10.XX`` and desa/kelurahan ``16.10.XX.NNNN``):
  github.com/cahyadsn/wilayah, ``db/wilayah.sql`` (commit 00d2159de447124c862fcf900a018e468afdcc18),
  "Data Kode Wilayah sesuai Kepmendagri No 300.2.2-2138 Tahun 2025". Ogan Ilir there has 16 kecamatan,
  227 desa and 14 kelurahan, which matches the profile on jdih-dprd.oganilirkab.go.id. The kecamatan
  codes were cross-checked against a second seeder that lists the same 16.10.01-16.10.16 names.
* BPS kecamatan codes (``16100XX``): github.com/edwardsamuel/Wilayah-Administratif-Indonesia,
  ``csv/districts.csv`` (commit 1bc5720beff4af519ffa9de48a2456877e8f05bf); all 16 codes and names
  match the list in REGION / KECAMATAN below.
* Kabupaten population (Kemendagri/Dukcapil figure bundled with the 2025 code list):
  github.com/cahyadsn/wilayah, ``db/wilayah_penduduk.sql`` (commit 51994c566f7fe1f02331bc9ffdedd0552aa4a43c).
  That file only goes down to kabupaten level, so KECAMATAN rows carry no ``population`` key; the
  kecamatan figures in KECAMATAN_DEMO_ESTIMATES are demo estimates (see there), not sourced data.

Kemendagri and BPS number the kecamatan differently (Kemendagri by date of formation, BPS by
geography), so the mapping is not positional: e.g. Indralaya is 16.10.04 / 1610060.

Contacts in OUTSIDE_INSTANSI are limited to well-known national call centres and official domains;
anything not certain is left as an empty string. No e-mail addresses are given on purpose.
"""

from typing import Any

REGION: dict[str, str] = {
    "name": "Kabupaten Ogan Ilir",
    "bps_code": "1610",
    "kemendagri_code": "16.10",
    "province": "Sumatera Selatan",
    "capital": "Indralaya",
}

#: Jumlah penduduk kabupaten (db/wilayah_penduduk.sql, cahyadsn/wilayah; Kepmendagri 2025 data set).
REGION_POPULATION: dict[str, int] = {"male": 225871, "female": 220149, "total": 446020}

# Ordered by BPS code. kemendagri_code from cahyadsn/wilayah db/wilayah.sql (all 16 confirmed).
KECAMATAN: list[dict[str, Any]] = [
    {"bps_code": "1610010", "kemendagri_code": "16.10.01", "name": "Muara Kuang"},
    {"bps_code": "1610011", "kemendagri_code": "16.10.14", "name": "Rambang Kuang"},
    {"bps_code": "1610012", "kemendagri_code": "16.10.15", "name": "Lubuk Keliat"},
    {"bps_code": "1610020", "kemendagri_code": "16.10.02", "name": "Tanjung Batu"},
    {"bps_code": "1610021", "kemendagri_code": "16.10.16", "name": "Payaraman"},
    {"bps_code": "1610030", "kemendagri_code": "16.10.06", "name": "Rantau Alai"},
    {"bps_code": "1610031", "kemendagri_code": "16.10.13", "name": "Kandis"},
    {"bps_code": "1610040", "kemendagri_code": "16.10.03", "name": "Tanjung Raja"},
    {"bps_code": "1610041", "kemendagri_code": "16.10.11", "name": "Rantau Panjang"},
    {"bps_code": "1610042", "kemendagri_code": "16.10.12", "name": "Sungai Pinang"},
    {"bps_code": "1610050", "kemendagri_code": "16.10.05", "name": "Pemulutan"},
    {"bps_code": "1610051", "kemendagri_code": "16.10.09", "name": "Pemulutan Selatan"},
    {"bps_code": "1610052", "kemendagri_code": "16.10.10", "name": "Pemulutan Barat"},
    {"bps_code": "1610060", "kemendagri_code": "16.10.04", "name": "Indralaya"},
    {"bps_code": "1610061", "kemendagri_code": "16.10.07", "name": "Indralaya Utara"},
    {"bps_code": "1610062", "kemendagri_code": "16.10.08", "name": "Indralaya Selatan"},
]

#: DEMO ESTIMATES, NOT OFFICIAL FIGURES: kecamatan population (plausible values summing to about the
#: 2020 census total of ~419,000 for the kabupaten) and an APPROXIMATE tile-grid position
#: (row 0 = north, col 0 = west) for the insights map. Replace the population with BPS
#: "Kabupaten Ogan Ilir Dalam Angka" figures and adjust the grid in the admin (Wilayah).
#: Layout sketch: the Pemulutan group in the north next to Palembang, the Indralaya group in the
#: centre, Tanjung Raja / Rantau Panjang / Sungai Pinang to the east, Lubuk Keliat / Rambang Kuang /
#: Muara Kuang to the south-east and south, Tanjung Batu / Payaraman / Rantau Alai / Kandis south-west.
#:
#:          col 0          col 1             col 2              col 3              col 4
#: row 0                   Pemulutan Barat   Pemulutan          Pemulutan Selatan
#: row 1                   Indralaya Utara   Indralaya          Sungai Pinang
#: row 2    Payaraman      Tanjung Batu      Indralaya Selatan  Tanjung Raja       Rantau Panjang
#: row 3    Rantau Alai    Kandis            Lubuk Keliat       Rambang Kuang
#: row 4                                                        Muara Kuang
KECAMATAN_DEMO_ESTIMATES: dict[str, dict[str, int]] = {
    "1610010": {"population": 22140, "map_row": 4, "map_col": 3},  # Muara Kuang
    "1610011": {"population": 19870, "map_row": 3, "map_col": 3},  # Rambang Kuang
    "1610012": {"population": 16930, "map_row": 3, "map_col": 2},  # Lubuk Keliat
    "1610020": {"population": 45180, "map_row": 2, "map_col": 1},  # Tanjung Batu
    "1610021": {"population": 19760, "map_row": 2, "map_col": 0},  # Payaraman
    "1610030": {"population": 16820, "map_row": 3, "map_col": 0},  # Rantau Alai
    "1610031": {"population": 13940, "map_row": 3, "map_col": 1},  # Kandis
    "1610040": {"population": 40310, "map_row": 2, "map_col": 3},  # Tanjung Raja
    "1610041": {"population": 14960, "map_row": 2, "map_col": 4},  # Rantau Panjang
    "1610042": {"population": 18240, "map_row": 1, "map_col": 3},  # Sungai Pinang
    "1610050": {"population": 44750, "map_row": 0, "map_col": 2},  # Pemulutan
    "1610051": {"population": 19650, "map_row": 0, "map_col": 3},  # Pemulutan Selatan
    "1610052": {"population": 16080, "map_row": 0, "map_col": 1},  # Pemulutan Barat
    "1610060": {"population": 47860, "map_row": 1, "map_col": 2},  # Indralaya
    "1610061": {"population": 45920, "map_row": 1, "map_col": 1},  # Indralaya Utara
    "1610062": {"population": 17410, "map_row": 2, "map_col": 2},  # Indralaya Selatan
}

# A sample of real desa/kelurahan: all 14 kelurahan plus at least three desa per kecamatan.
# "code" is ALWAYS the Kemendagri code (16.10.XX.NNNN) from cahyadsn/wilayah db/wilayah.sql
# (Kepmendagri 300.2.2-2138/2025); in that scheme 1NNN = kelurahan and 2NNN = desa.
# Names are spelled as in that file.
DESA: list[dict[str, str]] = [
    # Muara Kuang (16.10.01)
    {"kecamatan_bps": "1610010", "name": "Muara Kuang", "kind": "kelurahan", "code": "16.10.01.1011"},
    {"kecamatan_bps": "1610010", "name": "Munggu", "kind": "desa", "code": "16.10.01.2005"},
    {"kecamatan_bps": "1610010", "name": "Rantau Sialang", "kind": "desa", "code": "16.10.01.2007"},
    {"kecamatan_bps": "1610010", "name": "Tanabang Ulu", "kind": "desa", "code": "16.10.01.2012"},
    # Rambang Kuang (16.10.14)
    {"kecamatan_bps": "1610011", "name": "Ibul Dalam", "kind": "desa", "code": "16.10.14.2001"},
    {"kecamatan_bps": "1610011", "name": "Lubuk Tunggal", "kind": "desa", "code": "16.10.14.2004"},
    {"kecamatan_bps": "1610011", "name": "Tambang Rambang", "kind": "desa", "code": "16.10.14.2007"},
    # Lubuk Keliat (16.10.15)
    {"kecamatan_bps": "1610012", "name": "Lubuk Keliat", "kind": "desa", "code": "16.10.15.2002"},
    {"kecamatan_bps": "1610012", "name": "Embacang", "kind": "desa", "code": "16.10.15.2003"},
    {"kecamatan_bps": "1610012", "name": "Ketiau", "kind": "desa", "code": "16.10.15.2007"},
    # Tanjung Batu (16.10.02)
    {"kecamatan_bps": "1610020", "name": "Tanjung Batu", "kind": "kelurahan", "code": "16.10.02.1017"},
    {"kecamatan_bps": "1610020", "name": "Tanjung Batu Timur", "kind": "kelurahan", "code": "16.10.02.1037"},
    {"kecamatan_bps": "1610020", "name": "Senuro Timur", "kind": "desa", "code": "16.10.02.2013"},
    {"kecamatan_bps": "1610020", "name": "Burai", "kind": "desa", "code": "16.10.02.2026"},
    # Payaraman (16.10.16)
    {"kecamatan_bps": "1610021", "name": "Payaraman Barat", "kind": "kelurahan", "code": "16.10.16.1012"},
    {"kecamatan_bps": "1610021", "name": "Payaraman Timur", "kind": "kelurahan", "code": "16.10.16.1013"},
    {"kecamatan_bps": "1610021", "name": "Lubuk Bandung", "kind": "desa", "code": "16.10.16.2002"},
    {"kecamatan_bps": "1610021", "name": "Paya Besar", "kind": "desa", "code": "16.10.16.2008"},
    # Rantau Alai (16.10.06)
    {"kecamatan_bps": "1610030", "name": "Kelampaian", "kind": "desa", "code": "16.10.06.2011"},
    {"kecamatan_bps": "1610030", "name": "Rantau Alai", "kind": "desa", "code": "16.10.06.2014"},
    {"kecamatan_bps": "1610030", "name": "Lebung Bandung", "kind": "desa", "code": "16.10.06.2018"},
    # Kandis (16.10.13)
    {"kecamatan_bps": "1610031", "name": "Lubuk Rukam", "kind": "desa", "code": "16.10.13.2001"},
    {"kecamatan_bps": "1610031", "name": "Kandis I", "kind": "desa", "code": "16.10.13.2003"},
    {"kecamatan_bps": "1610031", "name": "Miji", "kind": "desa", "code": "16.10.13.2006"},
    # Tanjung Raja (16.10.03)
    {"kecamatan_bps": "1610040", "name": "Tanjung Raja", "kind": "kelurahan", "code": "16.10.03.1001"},
    {"kecamatan_bps": "1610040", "name": "Tanjung Raja Barat", "kind": "kelurahan", "code": "16.10.03.1027"},
    {"kecamatan_bps": "1610040", "name": "Tanjung Raja Utara", "kind": "kelurahan", "code": "16.10.03.1028"},
    {"kecamatan_bps": "1610040", "name": "Tanjung Raja Timur", "kind": "kelurahan", "code": "16.10.03.1035"},
    {"kecamatan_bps": "1610040", "name": "Kerinjing", "kind": "desa", "code": "16.10.03.2018"},
    {"kecamatan_bps": "1610040", "name": "Belanti", "kind": "desa", "code": "16.10.03.2032"},
    # Rantau Panjang (16.10.11)
    {"kecamatan_bps": "1610041", "name": "Rantau Panjang Ilir", "kind": "desa", "code": "16.10.11.2003"},
    {"kecamatan_bps": "1610041", "name": "Jagaraja", "kind": "desa", "code": "16.10.11.2004"},
    {"kecamatan_bps": "1610041", "name": "Rantau Panjang Ulu", "kind": "desa", "code": "16.10.11.2009"},
    # Sungai Pinang (16.10.12)
    {"kecamatan_bps": "1610042", "name": "Sungai Pinang", "kind": "kelurahan", "code": "16.10.12.1007"},
    {"kecamatan_bps": "1610042", "name": "Serijabo", "kind": "desa", "code": "16.10.12.2001"},
    {"kecamatan_bps": "1610042", "name": "Talang Dukun", "kind": "desa", "code": "16.10.12.2003"},
    {"kecamatan_bps": "1610042", "name": "Pinang Jaya", "kind": "desa", "code": "16.10.12.2008"},
    # Pemulutan (16.10.05)
    {"kecamatan_bps": "1610050", "name": "Pemulutan Ulu", "kind": "desa", "code": "16.10.05.2021"},
    {"kecamatan_bps": "1610050", "name": "Pemulutan Ilir", "kind": "desa", "code": "16.10.05.2022"},
    {"kecamatan_bps": "1610050", "name": "Ibul Besar I", "kind": "desa", "code": "16.10.05.2024"},
    {"kecamatan_bps": "1610050", "name": "Kedukan Bujang", "kind": "desa", "code": "16.10.05.2033"},
    # Pemulutan Selatan (16.10.09)
    {"kecamatan_bps": "1610051", "name": "Pematang Bangsal", "kind": "desa", "code": "16.10.09.2001"},
    {"kecamatan_bps": "1610051", "name": "Sungai Keli", "kind": "desa", "code": "16.10.09.2012"},
    {"kecamatan_bps": "1610051", "name": "Pematang Bungur", "kind": "desa", "code": "16.10.09.2016"},
    # Pemulutan Barat (16.10.10)
    {"kecamatan_bps": "1610052", "name": "Kamal", "kind": "desa", "code": "16.10.10.2003"},
    {"kecamatan_bps": "1610052", "name": "Pulau Negara", "kind": "desa", "code": "16.10.10.2004"},
    {"kecamatan_bps": "1610052", "name": "Talang Pangeran Ulu", "kind": "desa", "code": "16.10.10.2005"},
    # Indralaya (16.10.04)
    {"kecamatan_bps": "1610060", "name": "Indralaya Raya", "kind": "kelurahan", "code": "16.10.04.1030"},
    {"kecamatan_bps": "1610060", "name": "Indralaya Indah", "kind": "kelurahan", "code": "16.10.04.1031"},
    {"kecamatan_bps": "1610060", "name": "Indralaya Mulia", "kind": "kelurahan", "code": "16.10.04.1032"},
    {"kecamatan_bps": "1610060", "name": "Lubuk Sakti", "kind": "desa", "code": "16.10.04.2005"},
    {"kecamatan_bps": "1610060", "name": "Sakatiga Seberang", "kind": "desa", "code": "16.10.04.2009"},
    {"kecamatan_bps": "1610060", "name": "Saka Tiga", "kind": "desa", "code": "16.10.04.2013"},
    # Indralaya Utara (16.10.07)
    {"kecamatan_bps": "1610061", "name": "Timbangan", "kind": "kelurahan", "code": "16.10.07.1016"},
    {"kecamatan_bps": "1610061", "name": "Payakabung", "kind": "desa", "code": "16.10.07.2005"},
    {"kecamatan_bps": "1610061", "name": "Sungai Rambutan", "kind": "desa", "code": "16.10.07.2006"},
    {"kecamatan_bps": "1610061", "name": "Purna Jaya", "kind": "desa", "code": "16.10.07.2007"},
    {"kecamatan_bps": "1610061", "name": "Pulau Semambu", "kind": "desa", "code": "16.10.07.2014"},
    # Indralaya Selatan (16.10.08)
    {"kecamatan_bps": "1610062", "name": "Mandi Angin", "kind": "desa", "code": "16.10.08.2001"},
    {"kecamatan_bps": "1610062", "name": "Beti", "kind": "desa", "code": "16.10.08.2006"},
    {"kecamatan_bps": "1610062", "name": "Meranjat I", "kind": "desa", "code": "16.10.08.2007"},
]

# Perangkat daerah (OPD) of the Pemkab, plus the Setda bagian as children of SETDA.
# Names follow the usual kabupaten nomenclature (PP 18/2016 as amended); keywords are the words
# citizens actually type, used for routing suggestions. Keep each keyword with one agency only.
OPDS: list[dict[str, Any]] = [
    {"code": "SETDA", "name": "Sekretariat Daerah", "short_name": "Setda", "kind": "sekretariat", "parent": None,
     "duties": "Membantu bupati dalam penyusunan kebijakan dan pengoordinasian administratif terhadap pelaksanaan tugas perangkat daerah serta pelayanan administratif.",
     "keywords": ["sekretariat daerah", "sekda", "kantor bupati", "bupati", "wakil bupati", "pemkab ogan ilir", "surat ke bupati", "audiensi bupati"]},
    {"code": "BAG_UMUM", "name": "Bagian Umum", "short_name": "Bagian Umum", "kind": "bagian", "parent": "SETDA",
     "duties": "Melaksanakan urusan tata usaha, rumah tangga, perlengkapan dan keuangan di lingkungan Sekretariat Daerah.",
     "keywords": ["rumah dinas", "kendaraan dinas", "mobil dinas", "tata usaha setda", "gedung perkantoran pemkab", "kebersihan kantor bupati", "parkir kantor bupati", "aset setda"]},
    {"code": "BAG_HUKUM", "name": "Bagian Hukum", "short_name": "Bagian Hukum", "kind": "bagian", "parent": "SETDA",
     "duties": "Menyiapkan rancangan produk hukum daerah, memberikan bantuan hukum, dan mengelola dokumentasi serta informasi hukum.",
     "keywords": ["perda", "peraturan daerah", "peraturan bupati", "perbup", "jdih", "produk hukum", "bantuan hukum", "gugatan terhadap pemkab", "salinan peraturan"]},
    {"code": "BAG_ORGANISASI", "name": "Bagian Organisasi", "short_name": "Bagian Organisasi", "kind": "bagian", "parent": "SETDA",
     "duties": "Menyiapkan kebijakan kelembagaan, ketatalaksanaan, analisis jabatan, reformasi birokrasi dan standar pelayanan publik perangkat daerah.",
     "keywords": ["standar pelayanan", "maklumat pelayanan", "survei kepuasan masyarakat", "skm", "reformasi birokrasi", "sop pelayanan", "zona integritas", "jam pelayanan", "struktur organisasi opd"]},
    {"code": "BAG_PBJ", "name": "Bagian Pengadaan Barang dan Jasa", "short_name": "Bagian PBJ", "kind": "bagian", "parent": "SETDA",
     "duties": "Melaksanakan pengelolaan pengadaan barang/jasa, layanan pengadaan secara elektronik dan pembinaan sumber daya pengadaan.",
     "keywords": ["tender", "lelang proyek", "lpse", "pengadaan barang", "pengadaan jasa", "e-katalog", "pokja pemilihan", "pemenang tender", "kontraktor", "penunjukan langsung"]},
    {"code": "BAG_KESRA", "name": "Bagian Kesejahteraan Rakyat", "short_name": "Bagian Kesra", "kind": "bagian", "parent": "SETDA",
     "duties": "Mengoordinasikan kebijakan bidang kesejahteraan rakyat, keagamaan, hibah keagamaan dan kegiatan sosial kemasyarakatan.",
     "keywords": ["hibah masjid", "bantuan masjid", "bantuan pondok pesantren", "insentif guru ngaji", "insentif imam", "mtq", "marbot", "rumah ibadah", "bantuan rumah ibadah"]},
    {"code": "BAG_EKONOMI", "name": "Bagian Perekonomian", "short_name": "Bagian Perekonomian", "kind": "bagian", "parent": "SETDA",
     "duties": "Mengoordinasikan kebijakan perekonomian daerah, pembinaan BUMD, inflasi daerah dan sumber daya alam.",
     "keywords": ["bumd", "inflasi", "tpid", "harga bbm", "distribusi elpiji", "gas 3 kg", "pangkalan gas", "pertamina", "csr perusahaan"]},
    {"code": "BAG_PEMERINTAHAN", "name": "Bagian Pemerintahan", "short_name": "Bagian Pemerintahan", "kind": "bagian", "parent": "SETDA",
     "duties": "Mengoordinasikan penyelenggaraan pemerintahan umum, otonomi daerah, kewilayahan, batas wilayah dan kerja sama daerah.",
     "keywords": ["batas wilayah", "batas desa", "batas kecamatan", "pemekaran", "kerja sama daerah", "toponimi", "nama rupabumi", "sengketa batas"]},
    {"code": "BAG_PROKOPIM", "name": "Bagian Protokol dan Komunikasi Pimpinan", "short_name": "Prokopim", "kind": "bagian", "parent": "SETDA",
     "duties": "Melaksanakan keprotokolan, komunikasi pimpinan, dokumentasi kegiatan pimpinan dan penyiapan bahan sambutan bupati.",
     "keywords": ["protokol", "undangan bupati", "jadwal bupati", "kunjungan bupati", "sambutan bupati", "dokumentasi pimpinan", "acara pemkab", "pidato bupati"]},
    {"code": "SETWAN", "name": "Sekretariat Dewan Perwakilan Rakyat Daerah", "short_name": "Setwan DPRD", "kind": "sekretariat", "parent": None,
     "duties": "Menyelenggarakan administrasi kesekretariatan dan keuangan serta mendukung pelaksanaan tugas dan fungsi DPRD.",
     "keywords": ["dprd", "anggota dewan", "aspirasi dewan", "reses", "rapat dengar pendapat", "pokir", "pokok pikiran dprd", "paripurna", "demo ke dprd"]},
    {"code": "INSPEKTORAT", "name": "Inspektorat Daerah", "short_name": "Inspektorat", "kind": "inspektorat", "parent": None,
     "duties": "Membantu bupati membina dan mengawasi pelaksanaan urusan pemerintahan yang menjadi kewenangan daerah oleh perangkat daerah dan pemerintah desa.",
     "keywords": ["pungli", "pungutan liar", "korupsi", "gratifikasi", "suap", "penyalahgunaan wewenang", "mark up", "audit", "asn tidak disiplin", "pegawai bolos", "kepala desa korupsi", "penyimpangan anggaran", "saber pungli"]},
    {"code": "BAPPEDA", "name": "Badan Perencanaan Pembangunan Daerah", "short_name": "Bappeda", "kind": "badan", "parent": None,
     "duties": "Melaksanakan fungsi penunjang perencanaan pembangunan daerah serta penelitian dan pengembangan.",
     "keywords": ["musrenbang", "rpjmd", "rkpd", "usulan pembangunan", "perencanaan pembangunan", "renstra", "data pembangunan", "prioritas pembangunan"]},
    {"code": "BPKAD", "name": "Badan Pengelolaan Keuangan dan Aset Daerah", "short_name": "BPKAD", "kind": "badan", "parent": None,
     "duties": "Melaksanakan fungsi penunjang keuangan daerah meliputi pengelolaan APBD, perbendaharaan, akuntansi dan barang milik daerah.",
     "keywords": ["apbd", "pencairan dana", "sp2d", "tpp", "gaji terlambat", "aset daerah", "tanah pemda", "barang milik daerah", "dana hibah", "tunjangan belum cair"]},
    {"code": "BAPENDA", "name": "Badan Pendapatan Daerah", "short_name": "Bapenda", "kind": "badan", "parent": None,
     "duties": "Melaksanakan fungsi penunjang keuangan di bidang pendapatan daerah, termasuk pendataan, penetapan dan penagihan pajak dan retribusi daerah.",
     "keywords": ["pbb", "pajak bumi dan bangunan", "sppt", "bphtb", "pajak restoran", "pajak hotel", "pajak reklame", "pajak daerah", "retribusi", "nop", "tagihan pbb"]},
    {"code": "BKPSDM", "name": "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia", "short_name": "BKPSDM", "kind": "badan", "parent": None,
     "duties": "Melaksanakan fungsi penunjang kepegawaian meliputi pengadaan, mutasi, kenaikan pangkat, pensiun dan pengembangan kompetensi ASN.",
     "keywords": ["asn", "pns", "pppk", "cpns", "honorer", "kenaikan pangkat", "mutasi pegawai", "pensiun pns", "sk pengangkatan", "netralitas asn", "seleksi pppk", "tenaga non asn"]},
    {"code": "BPBD", "name": "Badan Penanggulangan Bencana Daerah", "short_name": "BPBD", "kind": "badan", "parent": None,
     "duties": "Melaksanakan penanggulangan bencana meliputi pencegahan, kesiapsiagaan, tanggap darurat, rehabilitasi dan rekonstruksi.",
     "keywords": ["banjir", "kebakaran hutan", "karhutla", "kebakaran lahan", "angin puting beliung", "longsor", "tanah longsor", "korban bencana", "pengungsi", "bantuan bencana", "kabut asap", "rumah roboh", "pohon tumbang"]},
    {"code": "KESBANGPOL", "name": "Badan Kesatuan Bangsa dan Politik", "short_name": "Kesbangpol", "kind": "badan", "parent": None,
     "duties": "Melaksanakan pembinaan ideologi, wawasan kebangsaan, ketahanan ekonomi-sosial-budaya, organisasi kemasyarakatan dan politik dalam negeri.",
     "keywords": ["ormas", "organisasi kemasyarakatan", "skt ormas", "partai politik", "bantuan parpol", "konflik sosial", "intoleransi", "radikalisme", "wawasan kebangsaan", "izin penelitian"]},
    {"code": "DISDIK", "name": "Dinas Pendidikan", "short_name": "Disdik", "kind": "dinas", "parent": None,
     "duties": "Melaksanakan urusan pemerintahan bidang pendidikan anak usia dini, pendidikan dasar (SD dan SMP) dan pendidikan nonformal.",
     "keywords": ["sekolah", "sd", "smp", "paud", "taman kanak-kanak", "guru", "kepala sekolah", "dana bos", "spmb", "ppdb", "ijazah", "seragam sekolah", "pungutan sekolah", "gedung sekolah rusak", "guru honor", "pip", "kip"]},
    {"code": "DINKES", "name": "Dinas Kesehatan", "short_name": "Dinkes", "kind": "dinas", "parent": None,
     "duties": "Melaksanakan urusan pemerintahan bidang kesehatan, termasuk pelayanan kesehatan dasar di puskesmas, pencegahan penyakit dan kesehatan masyarakat.",
     "keywords": ["puskesmas", "pustu", "posyandu", "bidan desa", "stunting", "gizi buruk", "imunisasi", "demam berdarah", "dbd", "fogging", "obat", "tenaga kesehatan", "ambulans", "klinik", "apotek"]},
    {"code": "RSUD", "name": "Rumah Sakit Umum Daerah Ogan Ilir", "short_name": "RSUD Ogan Ilir", "kind": "rsud", "parent": "DINKES",
     "duties": "Menyelenggarakan pelayanan kesehatan perorangan secara paripurna meliputi rawat jalan, rawat inap dan gawat darurat.",
     "keywords": ["rumah sakit", "rsud", "igd", "rawat inap", "rawat jalan", "dokter spesialis", "antrean rumah sakit", "kamar penuh", "rujukan", "perawat", "pasien ditolak", "biaya rumah sakit"]},
    {"code": "PUPR", "name": "Dinas Pekerjaan Umum dan Penataan Ruang", "short_name": "Dinas PUPR", "kind": "dinas", "parent": None,
     "duties": "Melaksanakan urusan pemerintahan bidang pekerjaan umum dan penataan ruang meliputi jalan, jembatan, sumber daya air, irigasi, drainase dan bina konstruksi.",
     "keywords": ["jalan rusak", "jalan berlubang", "lubang", "jalan kabupaten", "jembatan", "jembatan rusak", "drainase", "gorong-gorong", "parit", "irigasi", "saluran air", "tanggul", "aspal", "cor jalan", "pbg", "tata ruang", "proyek mangkrak"]},
    {"code": "PERKIM", "name": "Dinas Perumahan dan Kawasan Permukiman", "short_name": "Dinas Perkim", "kind": "dinas", "parent": None,
     "duties": "Melaksanakan urusan pemerintahan bidang perumahan, kawasan permukiman, prasarana sarana utilitas dan pertanahan.",
     "keywords": ["rumah tidak layak huni", "rtlh", "bedah rumah", "perumahan", "kawasan kumuh", "psu perumahan", "pengembang perumahan", "sanitasi", "jamban", "taman kota", "pemakaman umum", "sertifikat psu"]},
    {"code": "SATPOLPP", "name": "Satuan Polisi Pamong Praja", "short_name": "Satpol PP", "kind": "satpol", "parent": None,
     "duties": "Menegakkan peraturan daerah dan peraturan bupati, menyelenggarakan ketertiban umum dan ketenteraman serta pelindungan masyarakat.",
     "keywords": ["pkl", "pedagang kaki lima", "bangunan liar", "ketertiban umum", "penertiban", "gelandangan", "pengemis", "anak punk", "tempat hiburan malam", "karaoke", "miras", "pemadam kebakaran", "damkar", "kebakaran rumah"]},
    {"code": "DINSOS", "name": "Dinas Sosial", "short_name": "Dinsos", "kind": "dinas", "parent": None,
     "duties": "Melaksanakan urusan pemerintahan bidang sosial meliputi pemberdayaan sosial, rehabilitasi sosial, jaminan sosial dan penanganan fakir miskin.",
     "keywords": ["bansos", "bantuan sosial", "pkh", "bpnt", "sembako", "dtks", "dtsen", "kks", "pbi", "disabilitas", "lansia terlantar", "odgj", "fakir miskin", "kartu sembako"]},
    {"code": "DP3AP2KB", "name": "Dinas Pemberdayaan Perempuan dan Perlindungan Anak, Pengendalian Penduduk dan Keluarga Berencana", "short_name": "Dinas PPPA-PPKB", "kind": "dinas", "parent": None,
     "duties": "Melaksanakan urusan pemerintahan bidang pemberdayaan perempuan, perlindungan anak, pengendalian penduduk dan keluarga berencana.",
     "keywords": ["kdrt", "kekerasan dalam rumah tangga", "kekerasan anak", "kekerasan perempuan", "pelecehan seksual", "pernikahan dini", "perlindungan anak", "kb", "keluarga berencana", "alat kontrasepsi", "upt ppa", "anak terlantar"]},
    {"code": "DKP", "name": "Dinas Ketahanan Pangan", "short_name": "Dinas Ketahanan Pangan", "kind": "dinas", "parent": None,
     "duties": "Melaksanakan urusan pemerintahan bidang pangan meliputi ketersediaan, distribusi, cadangan, konsumsi dan keamanan pangan.",
     "keywords": ["ketahanan pangan", "cadangan beras", "harga beras", "keamanan pangan", "kerawanan pangan", "pangan murah", "gerakan pangan murah", "lumbung pangan", "b2sa"]},
    {"code": "DLH", "name": "Dinas Lingkungan Hidup", "short_name": "DLH", "kind": "dinas", "parent": None,
     "duties": "Melaksanakan urusan pemerintahan bidang lingkungan hidup meliputi pengendalian pencemaran, pengelolaan sampah, persetujuan lingkungan dan ruang terbuka hijau.",
     "keywords": ["sampah", "tumpukan sampah", "tps sampah", "tpa", "truk sampah", "pencemaran", "limbah", "limbah pabrik", "sungai tercemar", "bau busuk", "asap pabrik", "amdal", "penebangan pohon", "kebisingan"]},
    {"code": "DISDUKCAPIL", "name": "Dinas Kependudukan dan Pencatatan Sipil", "short_name": "Disdukcapil", "kind": "dinas", "parent": None,
     "duties": "Melaksanakan urusan pemerintahan bidang administrasi kependudukan dan pencatatan sipil.",
     "keywords": ["ktp", "e-ktp", "ktp-el", "kk", "kartu keluarga", "akta kelahiran", "akta kematian", "akta perkawinan", "akta cerai", "kia", "kartu identitas anak", "pindah domisili", "surat pindah", "nik", "ikd", "blangko ktp"]},
    {"code": "DPMD", "name": "Dinas Pemberdayaan Masyarakat dan Desa", "short_name": "DPMD", "kind": "dinas", "parent": None,
     "duties": "Melaksanakan urusan pemerintahan bidang pemberdayaan masyarakat dan desa meliputi administrasi pemerintahan desa, keuangan desa dan kelembagaan desa.",
     "keywords": ["dana desa", "add", "alokasi dana desa", "blt dana desa", "kepala desa", "kades", "perangkat desa", "bpd", "bumdes", "pilkades", "apbdes", "siltap"]},
    {"code": "DISHUB", "name": "Dinas Perhubungan", "short_name": "Dishub", "kind": "dinas", "parent": None,
     "duties": "Melaksanakan urusan pemerintahan bidang perhubungan meliputi lalu lintas dan angkutan jalan, perparkiran, penerangan jalan umum dan pengujian kendaraan.",
     "keywords": ["lampu jalan", "pju", "penerangan jalan", "lampu lalu lintas", "traffic light", "rambu", "parkir liar", "juru parkir", "angkutan umum", "angkot", "terminal", "kir", "uji kendaraan", "truk odol", "dermaga"]},
    {"code": "DISKOMINFO", "name": "Dinas Komunikasi dan Informatika", "short_name": "Diskominfo", "kind": "dinas", "parent": None,
     "duties": "Melaksanakan urusan pemerintahan bidang komunikasi dan informatika, statistik sektoral dan persandian, termasuk pengelolaan PPID daerah.",
     "keywords": ["ppid", "informasi publik", "website pemkab", "situs pemkab", "aplikasi pemkab", "internet desa", "wifi gratis", "sinyal", "blank spot", "menara telekomunikasi", "hoaks", "data sektoral", "satu data"]},
    {"code": "DISKOPUKM", "name": "Dinas Koperasi dan Usaha Kecil dan Menengah", "short_name": "Dinas Koperasi dan UKM", "kind": "dinas", "parent": None,
     "duties": "Melaksanakan urusan pemerintahan bidang koperasi dan usaha kecil dan menengah termasuk perizinan, pengawasan dan pemberdayaan koperasi dan UMKM.",
     "keywords": ["koperasi", "umkm", "ukm", "usaha mikro", "pelatihan umkm", "bantuan modal usaha", "kur", "koperasi simpan pinjam", "koperasi desa merah putih", "nib umkm"]},
    {"code": "DPMPTSP", "name": "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu", "short_name": "DPMPTSP", "kind": "dinas", "parent": None,
     "duties": "Melaksanakan urusan pemerintahan bidang penanaman modal serta menyelenggarakan pelayanan perizinan dan nonperizinan secara terpadu satu pintu.",
     "keywords": ["izin usaha", "perizinan", "oss", "nib", "investasi", "penanaman modal", "izin reklame", "izin praktik", "mal pelayanan publik", "mpp", "izin gangguan"]},
    {"code": "DISPORAPAR", "name": "Dinas Pemuda, Olahraga dan Pariwisata", "short_name": "Dispora Pariwisata", "kind": "dinas", "parent": None,
     "duties": "Melaksanakan urusan pemerintahan bidang kepemudaan, keolahragaan dan pariwisata.",
     "keywords": ["stadion", "lapangan olahraga", "gor", "atlet", "porprov", "karang taruna", "kepemudaan", "pariwisata", "objek wisata", "tempat wisata", "festival", "ekonomi kreatif"]},
    {"code": "DISPUSIP", "name": "Dinas Perpustakaan dan Kearsipan", "short_name": "Dispusip", "kind": "dinas", "parent": None,
     "duties": "Melaksanakan urusan pemerintahan bidang perpustakaan dan kearsipan.",
     "keywords": ["perpustakaan", "perpustakaan daerah", "perpustakaan desa", "pinjam buku", "taman baca", "arsip", "kearsipan", "arsip daerah", "mobil perpustakaan keliling"]},
    {"code": "DISKAN", "name": "Dinas Perikanan", "short_name": "Dinas Perikanan", "kind": "dinas", "parent": None,
     "duties": "Melaksanakan urusan pemerintahan bidang perikanan meliputi perikanan tangkap di perairan umum, budidaya ikan dan pengolahan hasil perikanan.",
     "keywords": ["nelayan", "ikan", "benih ikan", "bibit ikan", "kolam ikan", "keramba", "tambak", "budidaya ikan", "setrum ikan", "racun ikan", "lebak lebung", "pakan ikan", "alat tangkap"]},
    {"code": "DISTAN", "name": "Dinas Pertanian", "short_name": "Distan", "kind": "dinas", "parent": None,
     "duties": "Melaksanakan urusan pemerintahan bidang pertanian meliputi tanaman pangan, hortikultura, perkebunan, peternakan dan kesehatan hewan.",
     "keywords": ["pupuk", "pupuk subsidi", "kartu tani", "bibit padi", "benih", "petani", "gapoktan", "hama", "gagal panen", "alsintan", "traktor", "penyuluh pertanian", "sawit", "karet", "ternak", "sapi", "penyakit hewan"]},
    {"code": "DISDAGPERIN", "name": "Dinas Perdagangan dan Perindustrian", "short_name": "Disdagperin", "kind": "dinas", "parent": None,
     "duties": "Melaksanakan urusan pemerintahan bidang perdagangan dan perindustrian meliputi pasar, metrologi, perlindungan konsumen dan industri kecil menengah.",
     "keywords": ["pasar", "pasar tradisional", "los pasar", "retribusi pasar", "harga sembako", "harga cabai", "timbangan", "tera ulang", "minyak goreng", "industri kecil", "ikm", "penimbunan", "perlindungan konsumen"]},
    {"code": "DISNAKER", "name": "Dinas Tenaga Kerja", "short_name": "Disnaker", "kind": "dinas", "parent": None,
     "duties": "Melaksanakan urusan pemerintahan bidang ketenagakerjaan meliputi pelatihan kerja, penempatan tenaga kerja dan hubungan industrial.",
     "keywords": ["lowongan kerja", "loker", "kartu kuning", "ak1", "pencari kerja", "phk", "pesangon", "upah minimum", "ump", "umk", "gaji di bawah umk", "pelatihan kerja", "blk", "tenaga kerja asing", "pekerja migran", "thr"]},
    {"code": "PERUMDA_AM", "name": "Perusahaan Umum Daerah Air Minum Tirta Ogan", "short_name": "Perumda Air Minum Tirta Ogan", "kind": "bumd", "parent": None,
     "duties": "Menyelenggarakan pelayanan air minum perpipaan bagi masyarakat Kabupaten Ogan Ilir.",
     "keywords": ["pdam", "perumda air minum", "tirta ogan", "air pdam", "air ledeng", "air mati", "air tidak mengalir", "air keruh", "pipa bocor", "meteran air", "tagihan air", "sambungan baru air", "air bersih"]},
]

# The 16 kecamatan are also agencies (kind "kecamatan", parent None, area = the kecamatan); these
# are shared by all of them.
KECAMATAN_AGENCY_DUTIES = (
    "Menyelenggarakan urusan pemerintahan umum di wilayah kecamatan, mengoordinasikan pemberdayaan masyarakat, "
    "ketenteraman dan ketertiban umum, membina pemerintahan desa/kelurahan dan menyelenggarakan pelayanan "
    "administrasi terpadu kecamatan (PATEN)."
)
KECAMATAN_AGENCY_KEYWORDS: list[str] = [
    "camat", "kantor camat", "kecamatan", "paten", "surat pengantar", "surat keterangan", "legalisir kecamatan",
    "rekomendasi camat", "lurah", "kelurahan", "kantor lurah", "pelayanan kecamatan", "ketua rt", "surat domisili",
]

# Instansi outside the Pemkab: reports for them are forwarded out. Contacts only where certain.
OUTSIDE_INSTANSI: list[dict[str, Any]] = [
    {"code": "PLN_UP3_OI", "name": "PT PLN (Persero) UP3 Ogan Ilir", "short_name": "PLN UP3 Ogan Ilir", "kind": "bumn",
     "duties": "Menyalurkan dan melayani penjualan tenaga listrik bagi pelanggan di wilayah Ogan Ilir dan sekitarnya (di bawah PLN UID Sumatera Selatan, Jambi dan Bengkulu).",
     "keywords": ["listrik", "listrik padam", "mati lampu", "pemadaman listrik", "pln", "token listrik", "meteran listrik", "kwh", "tiang listrik", "kabel listrik", "trafo", "pasang baru listrik", "tagihan listrik", "tambah daya"],
     "contact": {"website": "https://www.pln.co.id", "phone": "123",
                 "channel_note": "Gangguan dan pengaduan listrik lewat Contact Center PLN 123 atau aplikasi PLN Mobile."}},
    {"code": "BPJS_KES", "name": "BPJS Kesehatan", "short_name": "BPJS Kesehatan", "kind": "lembaga",
     "duties": "Menyelenggarakan program jaminan kesehatan nasional (JKN-KIS).",
     "keywords": ["bpjs kesehatan", "jkn", "kis", "kartu bpjs", "iuran bpjs", "bpjs nonaktif", "faskes", "tunggakan bpjs", "mobile jkn", "pindah faskes"],
     "contact": {"website": "https://www.bpjs-kesehatan.go.id", "phone": "165",
                 "channel_note": "BPJS Kesehatan Care Center 165 atau aplikasi Mobile JKN."}},
    {"code": "BPJS_TK", "name": "BPJS Ketenagakerjaan", "short_name": "BPJS Ketenagakerjaan", "kind": "lembaga",
     "duties": "Menyelenggarakan program jaminan sosial ketenagakerjaan (JKK, JKM, JHT, JP dan JKP).",
     "keywords": ["bpjs ketenagakerjaan", "bpjamsostek", "jht", "jaminan hari tua", "klaim jht", "jkk", "kecelakaan kerja", "jaminan kematian", "jaminan pensiun", "jmo"],
     "contact": {"website": "https://www.bpjsketenagakerjaan.go.id", "phone": "175",
                 "channel_note": "Layanan masyarakat BPJS Ketenagakerjaan 175 atau aplikasi JMO."}},
    {"code": "POLRES_OI", "name": "Kepolisian Resor Ogan Ilir", "short_name": "Polres Ogan Ilir", "kind": "vertikal",
     "duties": "Memelihara keamanan dan ketertiban masyarakat, menegakkan hukum dan memberikan pelayanan kepolisian di wilayah Kabupaten Ogan Ilir.",
     "keywords": ["polisi", "polres", "polsek", "pencurian", "maling", "begal", "curanmor", "narkoba", "judi", "judi online", "tawuran", "penipuan", "sim", "stnk", "skck", "tilang", "balap liar", "kecelakaan lalu lintas"],
     "contact": {"website": "https://www.polri.go.id", "phone": "110",
                 "channel_note": "Keadaan darurat dan laporan kepolisian: Call Center Polri 110."}},
    {"code": "KEMENAG_OI", "name": "Kantor Kementerian Agama Kabupaten Ogan Ilir", "short_name": "Kemenag Ogan Ilir", "kind": "vertikal",
     "duties": "Melaksanakan tugas Kementerian Agama di kabupaten meliputi urusan haji dan umrah, KUA, madrasah, pendidikan agama dan bimbingan masyarakat.",
     "keywords": ["kua", "nikah", "buku nikah", "haji", "umrah", "madrasah", "madrasah ibtidaiyah", "mts", "madrasah aliyah", "guru agama", "pondok pesantren", "sertifikat halal", "wakaf"],
     "contact": {"website": "https://kemenag.go.id", "phone": "", "channel_note": ""}},
    {"code": "BPN_OI", "name": "Kantor Pertanahan Kabupaten Ogan Ilir", "short_name": "ATR/BPN Ogan Ilir", "kind": "vertikal",
     "duties": "Melaksanakan tugas Kementerian ATR/BPN di kabupaten meliputi pendaftaran tanah, sertifikasi, pengukuran dan penanganan sengketa pertanahan.",
     "keywords": ["sertifikat tanah", "bpn", "pertanahan", "ptsl", "prona", "sengketa tanah", "ukur tanah", "balik nama sertifikat", "mafia tanah", "tanah girik", "hak guna usaha", "hgu"],
     "contact": {"website": "https://www.atrbpn.go.id", "phone": "", "channel_note": ""}},
    {"code": "KPP_PRATAMA", "name": "Kantor Pelayanan Pajak Pratama yang membawahi Kabupaten Ogan Ilir", "short_name": "KPP Pratama", "kind": "vertikal",
     "duties": "Memberikan pelayanan, penyuluhan dan pengawasan wajib pajak di bidang pajak pusat (PPh, PPN) untuk wilayah kerjanya.",
     "keywords": ["npwp", "pajak penghasilan", "pph", "ppn", "spt tahunan", "efin", "coretax", "pajak pusat", "lapor spt", "djp"],
     "contact": {"website": "https://www.pajak.go.id", "phone": "1500200",
                 "channel_note": "Kring Pajak 1500200. KPP yang wilayah kerjanya mencakup Ogan Ilir belum dipastikan di data ini."}},
    {"code": "BPJN_SUMSEL", "name": "Balai Pelaksanaan Jalan Nasional Sumatera Selatan", "short_name": "BPJN Sumatera Selatan", "kind": "vertikal",
     "duties": "Melaksanakan pembangunan dan preservasi jalan dan jembatan nasional di Provinsi Sumatera Selatan.",
     "keywords": ["jalan nasional", "jalintim", "jalan lintas timur", "tol", "jalan tol", "jembatan nasional", "jalan negara", "preservasi jalan nasional"],
     "contact": {"website": "https://binamarga.pu.go.id", "phone": "", "channel_note": "Unit Direktorat Jenderal Bina Marga, Kementerian Pekerjaan Umum."}},
    {"code": "PUBM_SUMSEL", "name": "Dinas Pekerjaan Umum Bina Marga dan Tata Ruang Provinsi Sumatera Selatan", "short_name": "Dinas PUBMTR Sumsel", "kind": "provinsi",
     "duties": "Melaksanakan urusan pemerintahan provinsi bidang jalan dan jembatan provinsi serta penataan ruang.",
     "keywords": ["jalan provinsi", "jembatan provinsi", "ruas jalan provinsi", "jalan provinsi rusak", "status jalan provinsi",
                  "jalan poros provinsi", "drainase jalan provinsi", "perbaikan jalan provinsi"],
     "contact": {"website": "", "phone": "", "channel_note": "Perangkat daerah Pemerintah Provinsi Sumatera Selatan."}},
    {"code": "DISDIK_SUMSEL", "name": "Dinas Pendidikan Provinsi Sumatera Selatan", "short_name": "Disdik Sumsel", "kind": "provinsi",
     "duties": "Melaksanakan urusan pemerintahan provinsi bidang pendidikan menengah (SMA dan SMK) dan pendidikan khusus (SLB).",
     "keywords": ["sma", "smk", "slb", "sma negeri", "smk negeri", "guru sma", "spmb sma", "pungutan sma", "komite sma"],
     "contact": {"website": "", "phone": "", "channel_note": "Perangkat daerah Pemerintah Provinsi Sumatera Selatan."}},
    {"code": "KPU_OI", "name": "Komisi Pemilihan Umum Kabupaten Ogan Ilir", "short_name": "KPU Ogan Ilir", "kind": "lembaga",
     "duties": "Menyelenggarakan pemilihan umum dan pemilihan kepala daerah di tingkat kabupaten.",
     "keywords": ["kpu", "pemilu", "pilkada", "daftar pemilih", "dpt", "tps pemilu", "kpps", "ppk", "pps", "coblos", "surat suara"],
     "contact": {"website": "https://www.kpu.go.id", "phone": "", "channel_note": ""}},
    {"code": "BAWASLU_OI", "name": "Badan Pengawas Pemilihan Umum Kabupaten Ogan Ilir", "short_name": "Bawaslu Ogan Ilir", "kind": "lembaga",
     "duties": "Mengawasi penyelenggaraan pemilu dan pemilihan serta menangani pelanggaran dan sengketa proses pemilu di kabupaten.",
     "keywords": ["bawaslu", "politik uang", "serangan fajar", "money politic", "pelanggaran pemilu", "pelanggaran kampanye", "alat peraga kampanye", "panwascam", "kampanye hitam"],
     "contact": {"website": "https://www.bawaslu.go.id", "phone": "", "channel_note": ""}},
    {"code": "BPS_OI", "name": "Badan Pusat Statistik Kabupaten Ogan Ilir", "short_name": "BPS Ogan Ilir", "kind": "vertikal",
     "duties": "Menyelenggarakan kegiatan statistik dasar, sensus dan survei serta layanan data statistik di kabupaten.",
     "keywords": ["bps", "sensus", "survei bps", "data statistik", "petugas sensus", "regsosek", "angka kemiskinan", "data bps"],
     "contact": {"website": "https://www.bps.go.id", "phone": "", "channel_note": ""}},
    {"code": "UNSRI", "name": "Universitas Sriwijaya", "short_name": "Unsri", "kind": "lembaga",
     "duties": "Menyelenggarakan pendidikan tinggi, penelitian dan pengabdian kepada masyarakat; kampus utama berada di Indralaya.",
     "keywords": ["unsri", "universitas sriwijaya", "kampus indralaya", "mahasiswa unsri", "ukt", "kkn unsri", "rektorat unsri",
                  "snbp unsri", "wisuda unsri", "asrama mahasiswa unsri"],
     "contact": {"website": "https://www.unsri.ac.id", "phone": "", "channel_note": ""}},
    {"code": "OJK", "name": "Otoritas Jasa Keuangan", "short_name": "OJK", "kind": "lembaga",
     "duties": "Mengatur dan mengawasi sektor jasa keuangan serta melindungi konsumen jasa keuangan.",
     "keywords": ["ojk", "pinjol", "pinjaman online", "pinjol ilegal", "debt collector", "leasing", "kredit macet", "investasi bodong", "asuransi", "bank", "slik"],
     "contact": {"website": "https://www.ojk.go.id", "phone": "157", "channel_note": "Kontak OJK 157."}},
    {"code": "KAI", "name": "PT Kereta Api Indonesia (Persero)", "short_name": "KAI", "kind": "bumn",
     "duties": "Menyelenggarakan jasa angkutan kereta api penumpang dan barang.",
     "keywords": ["kereta api", "kai", "stasiun", "perlintasan kereta", "palang pintu kereta", "rel kereta", "tiket kereta", "kereta batu bara"],
     "contact": {"website": "https://www.kai.id", "phone": "121", "channel_note": "Contact Center KAI 121."}},
    {"code": "PEMPROV_SUMSEL", "name": "Pemerintah Provinsi Sumatera Selatan", "short_name": "Pemprov Sumsel", "kind": "provinsi",
     "duties": "Menyelenggarakan urusan pemerintahan yang menjadi kewenangan provinsi di Sumatera Selatan.",
     "keywords": ["pemprov", "pemerintah provinsi", "gubernur", "provinsi sumatera selatan", "pajak kendaraan", "samsat", "pkb", "bbnkb"],
     "contact": {"website": "https://sumselprov.go.id", "phone": "", "channel_note": ""}},
    {"code": "OMBUDSMAN_SUMSEL", "name": "Ombudsman Republik Indonesia Perwakilan Sumatera Selatan", "short_name": "Ombudsman Sumsel", "kind": "lembaga",
     "duties": "Mengawasi penyelenggaraan pelayanan publik dan menerima laporan dugaan maladministrasi.",
     "keywords": ["ombudsman", "maladministrasi", "pelayanan buruk", "penundaan berlarut", "pengaduan tidak ditanggapi",
                  "diskriminasi pelayanan", "petugas tidak kompeten", "pelayanan tidak sesuai prosedur", "permintaan imbalan"],
     "contact": {"website": "https://ombudsman.go.id", "phone": "137", "channel_note": "Call center Ombudsman RI 137."}},
    {"code": "KI_SUMSEL", "name": "Komisi Informasi Provinsi Sumatera Selatan", "short_name": "KI Sumsel", "kind": "komisi_informasi",
     "duties": "Menyelesaikan sengketa informasi publik melalui mediasi dan/atau ajudikasi nonlitigasi sesuai UU Nomor 14 Tahun 2008.",
     "keywords": ["sengketa informasi", "komisi informasi", "keberatan ppid", "permohonan informasi ditolak", "ajudikasi",
                  "mediasi informasi", "informasi tidak diberikan", "atasan ppid", "uu kip"],
     "contact": {"website": "", "phone": "",
                 "channel_note": "Sengketa informasi diajukan setelah pemohon menempuh keberatan kepada atasan PPID (UU 14/2008)."}},
]

# Complaint categories. "lapor_main" is the SP4N-LAPOR! main category the name was drawn from
# (/work/shared/data/lapor_categories.json; several keys there use non-breaking spaces, so
# normalise whitespace before comparing). default_agency is a code from OPDS / OUTSIDE_INSTANSI.
CATEGORIES: list[dict[str, Any]] = [
    {"code": "INFRASTRUKTUR", "name": "Infrastruktur Jalan, Jembatan dan Drainase", "name_en": "Roads, bridges and drainage",
     "default_agency": "PUPR", "needs_field_check": True, "lapor_main": "PEKERJAAN UMUM DAN PENATAAN RUANG"},
    {"code": "PERUMAHAN", "name": "Perumahan dan Permukiman", "name_en": "Housing and settlements",
     "default_agency": "PERKIM", "needs_field_check": True, "lapor_main": "PEKERJAAN UMUM DAN PENATAAN RUANG"},
    {"code": "AIR_MINUM", "name": "Layanan Air Minum", "name_en": "Piped water service",
     "default_agency": "PERUMDA_AM", "needs_field_check": True, "lapor_main": "ENERGI DAN SUMBER DAYA ALAM"},
    {"code": "LISTRIK", "name": "Energi dan Listrik", "name_en": "Electricity and energy",
     "default_agency": "PLN_UP3_OI", "needs_field_check": True, "lapor_main": "ENERGI DAN SUMBER DAYA ALAM"},
    {"code": "PERHUBUNGAN", "name": "Perhubungan, Lalu Lintas dan Penerangan Jalan", "name_en": "Transport, traffic and street lighting",
     "default_agency": "DISHUB", "needs_field_check": True, "lapor_main": "PERHUBUNGAN"},
    {"code": "LINGKUNGAN", "name": "Lingkungan Hidup dan Persampahan", "name_en": "Environment and waste",
     "default_agency": "DLH", "needs_field_check": True, "lapor_main": "LINGKUNGAN HIDUP DAN KEHUTANAN"},
    {"code": "BENCANA", "name": "Kebencanaan", "name_en": "Disasters (floods, forest and land fires)",
     "default_agency": "BPBD", "needs_field_check": True, "lapor_main": "LINGKUNGAN HIDUP DAN KEHUTANAN"},
    {"code": "TRANTIBUM", "name": "Ketenteraman, Ketertiban Umum dan Pelindungan Masyarakat", "name_en": "Public order and community protection",
     "default_agency": "SATPOLPP", "needs_field_check": True, "lapor_main": "KETENTERAMAN, KETERTIBAN UMUM, DAN PELINDUNGAN MASYARAKAT"},
    {"code": "KESEHATAN", "name": "Kesehatan", "name_en": "Health",
     "default_agency": "DINKES", "needs_field_check": False, "lapor_main": "KESEHATAN"},
    {"code": "PENDIDIKAN", "name": "Pendidikan dan Kebudayaan", "name_en": "Education and culture",
     "default_agency": "DISDIK", "needs_field_check": False, "lapor_main": "PENDIDIKAN DAN KEBUDAYAAN"},
    {"code": "KEPENDUDUKAN", "name": "Kependudukan dan Pencatatan Sipil", "name_en": "Civil registration and population records",
     "default_agency": "DISDUKCAPIL", "needs_field_check": False, "lapor_main": "KEPENDUDUKAN"},
    {"code": "SOSIAL", "name": "Sosial dan Kesejahteraan", "name_en": "Social assistance and welfare",
     "default_agency": "DINSOS", "needs_field_check": False, "lapor_main": "SOSIAL DAN KESEJAHTERAAN"},
    {"code": "GENDER_ANAK", "name": "Kesetaraan Gender, Perlindungan Perempuan dan Anak", "name_en": "Gender equality, protection of women and children",
     "default_agency": "DP3AP2KB", "needs_field_check": False, "lapor_main": "KESETARAAN GENDER DAN SOSIAL INKLUSIF"},
    {"code": "DESA", "name": "Pembangunan Desa dan Dana Desa", "name_en": "Village development and village funds",
     "default_agency": "DPMD", "needs_field_check": False, "lapor_main": "PEMBANGUNAN DESA, DAERAH TERTINGGAL, DAN TRANSMIGRASI"},
    {"code": "PERTANIAN", "name": "Pertanian dan Peternakan", "name_en": "Agriculture and livestock",
     "default_agency": "DISTAN", "needs_field_check": False, "lapor_main": "PERTANIAN DAN PETERNAKAN"},
    {"code": "KETENAGAKERJAAN", "name": "Ketenagakerjaan", "name_en": "Employment and labour",
     "default_agency": "DISNAKER", "needs_field_check": False, "lapor_main": "KETENAGAKERJAAN"},
    {"code": "EKONOMI", "name": "Ekonomi, Perdagangan dan Perizinan Usaha", "name_en": "Economy, trade and business licensing",
     "default_agency": "DISDAGPERIN", "needs_field_check": False, "lapor_main": "EKONOMI DAN KEUANGAN"},
    {"code": "KORUPSI_PUNGLI", "name": "Korupsi, Pungutan Liar dan Penyalahgunaan Wewenang", "name_en": "Corruption, illegal levies and abuse of power",
     "default_agency": "INSPEKTORAT", "needs_field_check": False, "lapor_main": "POLITIK DAN HUKUM"},
    {"code": "TIK", "name": "Teknologi Informasi dan Komunikasi", "name_en": "Information and communication technology",
     "default_agency": "DISKOMINFO", "needs_field_check": False, "lapor_main": "TEKNOLOGI INFORMASI DAN KOMUNIKASI"},
    {"code": "LAINNYA", "name": "Topik Lainnya", "name_en": "Other topics",
     "default_agency": None, "needs_field_check": False, "lapor_main": "TOPIK LAINNYA"},
]
