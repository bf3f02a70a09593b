"""The submission serializer: no instance may see another's data, errors or context, in one thread or across
threads. (Its fields were once lent per thread to each instance for the queued intake's speed; the one intake
path dropped that, so the tests of the lending itself went with it.)"""

import threading

from pintu.complaints.api.serializers.submissions import ReportSubmitSerializer

GOOD = {"title": "Lampu jalan padam", "text": "Lampu jalan di depan rumah padam sejak tiga hari.", "kecamatan": 7,
        "consent": True, "name": "Budi"}  # fmt: skip


def test_each_instance_validates_its_own_data():
    bad = ReportSubmitSerializer(data={**GOOD, "kecamatan": "x", "privacy": "umum"}, context={"n": 1})
    assert not bad.is_valid()
    assert set(bad.errors) == {"kecamatan", "privacy"}
    good = ReportSubmitSerializer(data={**GOOD, "title": "Jalan berlubang"}, context={"n": 2})
    assert good.is_valid(), good.errors
    assert good.validated_data["title"] == "Jalan berlubang" and good.validated_data["anonim"] is False
    assert good.fields["title"].parent is good and good.fields["title"].context == {"n": 2}
    assert set(bad.errors) == {"kecamatan", "privacy"}  # the earlier result stays as it was


def test_threads_do_not_share_fields():
    failures = []
    barrier = threading.Barrier(4)

    def validate(n: int) -> None:
        barrier.wait()
        for i in range(200):
            form = ReportSubmitSerializer(data={**GOOD, "title": f"judul {n}-{i}", "kecamatan": n})
            if not form.is_valid() or form.validated_data["title"] != f"judul {n}-{i}":
                failures.append((n, i))
            if form.validated_data.get("kecamatan") != n:
                failures.append((n, i, "kecamatan"))

    threads = [threading.Thread(target=validate, args=(n,)) for n in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert failures == []
