"""The directory through the API: agencies inside and outside the Pemkab, areas."""


def test_directory_lists_inside_and_outside_agencies_and_areas(anon, area):
    kecamatan, desa = area
    outside = anon.get("/api/v1/agencies/?outside=true&page_size=100").json()["results"]
    assert outside and all(a["outside"] for a in outside)
    villages = anon.get(f"/api/v1/areas/?parent={kecamatan.pk}&page_size=100").json()["results"]
    assert desa.pk in {a["id"] for a in villages}
    assert anon.get("/api/v1/categories/").json()["results"]


def test_agencies_carry_their_officials_as_the_directory_page_shows_them(anon, area):
    inside = anon.get("/api/v1/agencies/?outside=false&page_size=100").json()["results"]
    pupr = next(a for a in inside if a["code"] == "PUPR")
    assert pupr["head_title"] == "Kepala Dinas Pekerjaan Umum dan Penataan Ruang" and pupr["head_name"]
    assert pupr["liaison_name"]
    page = anon.get("/instansi/").content.decode()
    assert f"{pupr['head_title']}: {pupr['head_name']}" in page
    assert f"Pejabat penghubung: {pupr['liaison_name']}" in page
    if pupr["ppid_pembantu"]:  # the signatories (pejabat.csv) come with the letters' demo
        assert f"PPID Pembantu: {pupr['ppid_pembantu']}" in page
