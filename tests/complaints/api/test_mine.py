"""The signed-in citizen's own reports through the API."""

SUBMIT = "/api/v1/reports/submit/"


def _payload(area, **extra):
    kecamatan, desa = area
    return {
        "title": "Lampu jalan padam", "text": "Lampu jalan di depan sekolah padam sejak seminggu.",
        "kecamatan": kecamatan.pk, "desa": desa.pk, "name": "Ahmad Fauzi", "consent": True, **extra,
    }  # fmt: skip


def test_my_reports_needs_an_account(anon, client_for, area):
    assert anon.get("/api/v1/reports/mine/").status_code == 401
    warga = client_for("warga")
    code = warga.post(SUBMIT, _payload(area), format="json").json()["code"]
    assert [r["code"] for r in warga.get("/api/v1/reports/mine/").json()["results"]] == [code]
    assert warga.get(f"/api/v1/track/reports/{code}/").status_code == 200  # own account, no secret
