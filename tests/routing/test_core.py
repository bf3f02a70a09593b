"""The routing core without Django: features, router, baseline, serialisation, profiles, similarity."""

import pytest

from pintu.routing.core import features
from pintu.routing.core.model import (
    BaselineRouter,
    IncompatibleModelError,
    Router,
    from_bytes,
)
from pintu.routing.core.profiles import AgencyProfile, ProfileRouter
from pintu.routing.core.similar import rank_similar
from pintu.routing.core.synthetic import generate


@pytest.fixture(scope="module")
def data():
    return generate(150, seed=1)


@pytest.fixture(scope="module")
def router(data):
    texts, labels = zip(*data, strict=True)
    return Router().fit(texts, labels)


def test_prepare_is_deterministic_and_uses_textnorm():
    text = "Jln di dpn pasar berlubang2 gede bgt!!! tlg diperbaiki"
    a, b = features.prepare(text), features.prepare(text)
    assert a == b
    assert "jalan" in a.normalized.split()
    assert "lubang" in a.words
    assert features.stem_ngrams("jalan lubang besar") == ["jalan", "lubang", "besar", "jalan_lubang", "lubang_besar"]
    assert features.char_ngrams("air") == [" a", "ai", "ir", "r ", " ai", "air", "ir ", " air", "air ", " air "]


def test_features_are_deterministic_across_fits(data):
    texts, labels = zip(*data, strict=True)
    one, two = Router().fit(texts, labels), Router().fit(texts, labels)
    assert one.predict(texts[0]) == two.predict(texts[0])


def test_router_ranks_with_probabilities_summing_to_at_most_one(router):
    prediction = router.predict("air pdam di rumah kami tidak mengalir sudah seminggu", k=3)
    assert prediction.top.label == "PERUMDA_AM"
    probabilities = [c.probability for c in prediction.choices]
    assert len(prediction.choices) == 3
    assert probabilities == sorted(probabilities, reverse=True)
    assert all(0 <= p <= 1 for p in probabilities)
    assert sum(probabilities) <= 1 + 1e-9
    full = router.predict_proba(["jalan rusak"])[0]
    assert full.sum() == pytest.approx(1.0)
    assert router.predict("jalan kabupaten berlubang dan amblas").top.label == "PUPR"


def test_needs_person_below_threshold(router):
    text = "sampah menumpuk dan bau busuk"
    assert not router.predict(text).needs_person
    router_strict = from_bytes(router.to_bytes())
    router_strict.threshold = 0.999
    prediction = router_strict.predict(text)
    assert prediction.needs_person
    assert prediction.top.label == "DLH"  # still ranked: the person sees the suggestions


def test_serialisation_round_trip(router):
    blob = router.to_bytes()
    assert blob.startswith(b"PINTU-ROUTER\n")
    again = from_bytes(blob)
    text = "blangko e-ktp habis di kecamatan"
    assert again.predict(text) == router.predict(text)
    with pytest.raises(IncompatibleModelError):
        from_bytes(b"something else")


def test_small_history_falls_back_to_logistic_regression():
    rows = generate(10, labels=["PUPR", "DLH", "DINKES", "DISDUKCAPIL", "PERUMDA_AM"])  # 2 per label
    model = Router().fit(*zip(*rows, strict=True))
    assert model.meta["classifier"] == "logistic_regression"
    assert sum(c.probability for c in model.predict("sampah menumpuk", k=5).choices) == pytest.approx(1.0)


def test_the_default_classifier_is_the_calibrated_fold_ensemble(router):
    assert router.meta["classifier"] == "linear_svc_sigmoid"
    assert len(router._clf.calibrated_classifiers_) == 3  # one SVM per calibration fold


@pytest.fixture(scope="module")
def paired(data):
    texts, labels = zip(*data, strict=True)
    return Router(full_data_member=True).fit(texts, labels)


def test_calibrated_pair_averages_the_fold_ensemble_and_a_full_data_svm(paired):
    router = paired
    pair = router._clf
    assert router.meta["classifier"] == "linear_svc_sigmoid_pair"
    fold_ensemble, full_data = pair.members_
    assert len(fold_ensemble.calibrated_classifiers_) == 3  # one SVM per calibration fold
    assert len(full_data.calibrated_classifiers_) == 1  # one SVM fit on every example
    texts = ["sampah menumpuk di pasar", "blangko e-ktp habis"]
    x = router._matrix([features.prepare(t) for t in texts], [None, None])
    expected = (fold_ensemble.predict_proba(x) + full_data.predict_proba(x)) / 2
    assert router.predict_proba(texts) == pytest.approx(expected)
    assert router.predict_proba(texts).sum(axis=1) == pytest.approx([1.0, 1.0])


def test_a_small_agency_is_still_learnt():
    rows = generate(120, labels=["PUPR", "DLH", "DISDUKCAPIL"], seed=3)
    rows += generate(20, labels=["DINKES"], seed=4)[:4]  # four examples only
    for full_data_member in (False, True):
        model = Router(full_data_member=full_data_member).fit(*zip(*rows, strict=True))
        assert model.meta["classifier"].startswith("linear_svc_sigmoid")
        assert model.predict("puskesmas tutup, dokter tidak ada").top.label == "DINKES"
        assert from_bytes(model.to_bytes()).predict("puskesmas tutup") == model.predict("puskesmas tutup")


def test_single_label_history():
    model = Router().fit(["jalan rusak", "jembatan ambruk"], ["PUPR", "PUPR"])
    assert model.predict("apa saja").top.label == "PUPR"


def test_baseline_has_the_same_interface(data):
    texts, labels = zip(*data, strict=True)
    baseline = BaselineRouter().fit(texts, labels)
    prediction = baseline.predict("puskesmas tutup dokter tidak ada")
    assert prediction.top.label == "DINKES"
    assert from_bytes(baseline.to_bytes()).predict("puskesmas tutup") == baseline.predict("puskesmas tutup")


PROFILES = [
    AgencyProfile(
        "PUPR",
        "Dinas Pekerjaan Umum dan Penataan Ruang",
        "Dinas PUPR",
        "Urusan jalan, jembatan dan drainase",
        ("jalan rusak", "jalan berlubang", "jembatan"),
    ),
    AgencyProfile(
        "PLN_UP3_OI",
        "PT PLN (Persero) UP3 Ogan Ilir",
        "PLN",
        "Menyalurkan tenaga listrik",
        ("listrik", "listrik padam", "mati lampu"),
        outside=True,
    ),
    AgencyProfile("DISHUB", "Dinas Perhubungan", "Dishub", "Lalu lintas dan angkutan", ("lampu jalan", "parkir liar")),
]


def test_profile_router_cold_start():
    router = ProfileRouter(PROFILES)
    assert router.predict("jalan rusak berlubang").top.label == "PUPR"
    prediction = router.predict("listrik padam dari semalam")
    assert prediction.top.label == "PLN_UP3_OI"
    assert prediction.source == "profil"
    assert sum(c.probability for c in prediction.choices) < 1
    assert router.predict("xyzzy qwerty").needs_person
    assert ProfileRouter([]).predict("jalan").choices == ()


def test_rank_similar_prefers_the_near_duplicate():
    query = features.prepare("Jalan di depan pasar Indralaya berlubang besar").stems
    candidates = [
        (1, features.prepare("jalan depan pasar indralaya berlubang besar sekali").stems),
        (2, features.prepare("sampah menumpuk di pasar").stems),
        (3, features.prepare("lampu jalan mati").stems),
        (4, ""),
    ]
    ranked = rank_similar(query, candidates, limit=5)
    assert ranked[0][0] == 1
    assert ranked[0][1] > 0.6
    assert all(score <= 1 for _, score in ranked)
    assert [k for k, _ in ranked][:1] == [1] and 4 not in [k for k, _ in ranked]
    assert rank_similar("", candidates) == []
