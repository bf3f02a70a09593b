"""The directory through the API: agencies inside and outside the Pemkab, areas."""


def test_directory_lists_inside_and_outside_agencies_and_areas(anon, area):
    kecamatan, desa = area
    outside = anon.get("/api/v1/agencies/?outside=true&page_size=100").json()["results"]
    assert outside and all(a["outside"] for a in outside)
    villages = anon.get(f"/api/v1/areas/?parent={kecamatan.pk}&page_size=100").json()["results"]
    assert desa.pk in {a["id"] for a in villages}
    assert anon.get("/api/v1/categories/").json()["results"]
