"""Issue #18 item 1: the objection path as UU 14/2008 art. 35-37 reads (DOMAIN.md section 5).

No dispute before the Atasan PPID's answer or its lapse, and filing one never ends the duty to answer;
the 30-day window counted from the day the requester received the notice; ground (c) only after the
notice deadline; no "Ajukan keberatan" on day 0; PTUN/PN objection and kasasi as dispute stages.
"""

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import timezone

from pintu.ppid.config import PpidSettings
from pintu.ppid.objections import clocks, filing, services
from pintu.ppid.objections.actions import ACTIONS, FILING, REQUESTER_ACTIONS, grounds_offered
from pintu.ppid.objections.models import Objection
from pintu.ppid.requests import delivery
from pintu.workdays.calendar import get_calendar
from tests.factories.letters import answer_objection
from tests.factories.ppid import SECRET, at, make_request

TODAY = timezone.localdate
DESCRIPTION = "Biaya salinan tidak wajar untuk berkas elektronik."


def _names(actions) -> set[str]:
    return {a.name for a in actions}


def _paper_objection(utama, request, filed_on: datetime.date, grounds=("f",)):
    return services.register_objection(utama, info_request=request, grounds=list(grounds), description=DESCRIPTION,
                                       filed_at=min(at(filed_on), timezone.now()))  # not in the future at 03:00 WIB


# --- no dispute before the answer or the lapse; the duty to answer survives a dispute ---------------------


def test_no_dispute_before_the_answer_or_the_lapse(pupr, user_named):
    utama, atasan = user_named("ppid.utama"), user_named("atasan.ppid")
    decided_on = TODAY() - datetime.timedelta(days=5)
    request = make_request(pupr, received=at(decided_on - datetime.timedelta(days=10)), decided=at(decided_on),
                           decision="granted_part", due=decided_on, fee="150000")  # fmt: skip
    o = _paper_objection(utama, request, TODAY())
    assert "dispute" not in _names(ACTIONS.available(utama, o))  # the button is not offered
    with pytest.raises(ValidationError) as refused:  # and a direct call is refused, in Indonesian
        services.record_dispute(utama, o, filed_on=TODAY())
    assert "setelah Atasan PPID menanggapi" in str(refused.value)
    assert Objection.objects.get(pk=o.pk).status == "registered"
    o = answer_objection(atasan, o, decision="refused", text="Ditolak.")
    assert "dispute" in _names(ACTIONS.available(utama, o))
    services.record_dispute(utama, o, filed_on=TODAY())
    assert Objection.objects.get(pk=o.pk).status == "disputed"


def test_after_the_lapse_a_dispute_may_be_filed_and_the_atasan_must_still_answer(pupr, user_named):
    utama, atasan = user_named("ppid.utama"), user_named("atasan.ppid")
    request = make_request(pupr, received=at(datetime.date(2026, 2, 23)), decided=at(datetime.date(2026, 3, 10)),
                           decision="refused", due=datetime.date(2026, 3, 10))  # fmt: skip
    o = _paper_objection(utama, request, datetime.date(2026, 3, 12), grounds=("a",))
    assert o.answer_due < TODAY()  # 30 working days lapsed unanswered
    assert services.dispute_open_to(o)
    assert "dispute" in _names(ACTIONS.available(utama, o))
    on = o.answer_due + datetime.timedelta(days=1)
    services.record_dispute(utama, o, filed_on=on)
    o = Objection.objects.get(pk=o.pk)
    assert o.status == "registered"  # filing at the KI does not end the Atasan PPID's duty
    assert "decide" in _names(ACTIONS.available(atasan, o))
    o = answer_objection(atasan, o, decision="partial", text="Sebagian diberikan.")
    assert o.status == "answered" and o.dispute.status == "filed"
    assert not REQUESTER_ACTIONS.get("respond").applies(o)  # the dispute already runs


def test_dispute_on_the_answer_due_day_itself_is_still_early(pupr, user_named):
    utama = user_named("ppid.utama")
    request = make_request(pupr, received=at(datetime.date(2026, 2, 23)), decided=at(datetime.date(2026, 3, 10)),
                           decision="refused", due=datetime.date(2026, 3, 10))  # fmt: skip
    o = _paper_objection(utama, request, datetime.date(2026, 3, 12), grounds=("a",))
    with pytest.raises(ValidationError):
        services.record_dispute(utama, o, filed_on=o.answer_due)


# --- the window counted from the day the notice was received ---------------------------------------------


def test_window_counted_from_the_recorded_receipt(pupr, user_named):
    utama, calendar = user_named("ppid.utama"), get_calendar()
    decided = datetime.date(2026, 3, 10)
    received = datetime.date(2026, 4, 20)  # the post took long; the officer recorded the proof of delivery

    def request():
        return make_request(pupr, received=at(datetime.date(2026, 2, 23)), decided=at(decided), decision="refused",
                            due=decided)  # fmt: skip

    late_but_received_late = request()
    delivery.record_receipt(utama, late_but_received_late, received=received, channel="post")
    late_but_received_late.refresh_from_db()
    assert late_but_received_late.notice_received_on == received
    last_day = clocks.filing_deadline(calendar, received)
    assert last_day > clocks.filing_deadline(calendar, decided)
    o = _paper_objection(utama, late_but_received_late, last_day, grounds=("a",))
    assert o.ground_arose_on == received
    with pytest.raises(ValidationError) as refused:  # the same day, counted from the notice date: too late
        _paper_objection(utama, request(), last_day, grounds=("a",))
    assert "lewat dari 30 hari kerja" in str(refused.value)
    with pytest.raises(ValidationError):  # one working day after the last day: too late even from the receipt
        _paper_objection(utama, late_but_received_late, calendar.add_working_days(last_day, 1), grounds=("a",))


def test_receipt_cannot_precede_the_notice_nor_be_in_the_future(pupr, user_named):
    utama = user_named("ppid.utama")
    request = make_request(pupr, decided=at(datetime.date(2026, 3, 10)), decision="refused", due=TODAY())
    for wrong in (datetime.date(2026, 3, 9), TODAY() + datetime.timedelta(days=1)):
        with pytest.raises(ValidationError):
            delivery.record_receipt(utama, request, received=wrong)


def test_post_counts_with_the_configured_allowance(pupr):
    calendar, sent = get_calendar(), datetime.date(2026, 3, 10)
    settings = PpidSettings.load()
    assert delivery.expected_receipt("online", sent) == sent
    assert delivery.expected_receipt("post", sent) == calendar.add_working_days(sent, settings.post_delivery_days)
    settings.post_delivery_days = 9
    settings.save()
    assert delivery.expected_receipt("post", sent) == calendar.add_working_days(sent, 9)
    by_post = make_request(pupr, decided=at(sent), decision="refused", due=sent)
    by_post.delivery_method = "post"
    delivery.expect_receipt(by_post, at(sent))
    assert (by_post.notice_delivery, by_post.notice_received_on) == ("post", calendar.add_working_days(sent, 9))
    assert clocks.default_ground_arose_on("a", by_post) == calendar.add_working_days(sent, 9)


# --- ground (c) only after the deadline; nothing on day 0 -------------------------------------------------


def test_ground_c_only_once_the_deadline_has_passed(pupr):
    pending = make_request(pupr, received=timezone.now(), due=TODAY() + datetime.timedelta(days=14))
    assert "c" not in filing.grounds_open(pending)
    with pytest.raises(ValidationError) as refused:
        services.file_objection(services.prove_requester(pending, secret=SECRET), pending, grounds=["c"],
                                description=DESCRIPTION)  # fmt: skip
    assert "Alasan c" in str(refused.value)
    overdue = make_request(pupr, received=at(TODAY() - datetime.timedelta(days=30)),
                           due=TODAY() - datetime.timedelta(days=1))  # fmt: skip
    assert [letter for letter, _label in grounds_offered(overdue)] == ["b", "c", "g"]
    o = services.file_objection(services.prove_requester(overdue, secret=SECRET), overdue, grounds=["c"],
                                description=DESCRIPTION)  # fmt: skip
    assert o.grounds == "c"


def test_ground_c_not_when_the_notice_came_in_time(pupr):
    decided_on = TODAY() - datetime.timedelta(days=10)
    answered = make_request(pupr, received=at(decided_on - datetime.timedelta(days=3)), decided=at(decided_on),
                            decision="granted_whole", due=decided_on + datetime.timedelta(days=5))  # fmt: skip
    assert "c" not in filing.grounds_open(answered) and "a" in filing.grounds_open(answered)


def test_no_keberatan_on_day_0(pupr, user_named, client):
    warga = user_named("warga")
    fresh = make_request(pupr, received=timezone.now(), due=TODAY() + datetime.timedelta(days=14), user=warga)
    proof = services.prove_requester(fresh, secret=SECRET)
    assert not filing.may_object(fresh)
    assert FILING.available(proof, fresh) == []
    with pytest.raises(ValidationError):
        FILING.perform("file", user=proof, case=fresh, data={"grounds": ["a"], "description": DESCRIPTION})
    client.force_login(warga)
    track = client.get(reverse("ppid:request_track_detail", args=[fresh.slug]))
    assert track.status_code == 200
    assert reverse("ppid:objection_file", args=[fresh.slug]) not in track.content.decode()
    page = client.get(reverse("ppid:objection_file", args=[fresh.slug]))
    assert "belum muncul" in page.content.decode() and 'name="grounds"' not in page.content.decode()


def test_api_refuses_an_objection_on_day_0(pupr, anon):
    fresh = make_request(pupr, received=timezone.now(), due=TODAY() + datetime.timedelta(days=14))
    url = reverse("api:ppid_track_objection", args=[fresh.slug])
    answer = anon.post(url, {"grounds": ["a"], "description": DESCRIPTION}, format="json",
                       HTTP_X_TRACKING_SECRET=SECRET)  # fmt: skip
    assert answer.status_code == 400
    assert "belum muncul" in str(answer.json())
    track = anon.get(reverse("api:ppid_track_request", args=[fresh.slug]), HTTP_X_TRACKING_SECRET=SECRET)
    assert track.json()["may_object"] is False and track.json()["objection_grounds"] == []
    overdue = make_request(pupr, received=at(TODAY() - datetime.timedelta(days=30)),
                           due=TODAY() - datetime.timedelta(days=1))  # fmt: skip
    track = anon.get(reverse("api:ppid_track_request", args=[overdue.slug]), HTTP_X_TRACKING_SECRET=SECRET)
    assert track.json()["may_object"] is True and track.json()["objection_grounds"] == ["b", "c", "g"]


# --- dispute stages: PTUN/PN objection and kasasi -----------------------------------------------------------


def test_kasasi_after_the_court(pupr, user_named):
    utama, atasan = user_named("ppid.utama"), user_named("atasan.ppid")
    decided_on = TODAY() - datetime.timedelta(days=5)
    request = make_request(pupr, received=at(decided_on - datetime.timedelta(days=10)), decided=at(decided_on),
                           decision="refused", due=decided_on)  # fmt: skip
    o = answer_objection(atasan, _paper_objection(utama, request, TODAY(), grounds=("a",)),
                                  decision="refused", text="Ditolak.")  # fmt: skip
    dispute = services.record_dispute(utama, o, filed_on=TODAY()).dispute
    for action, extra in (("adjudication", {}), ("decision", {"ruling": "granted"}), ("court_appeal", {"court": "pn"}),
                          ("court_decision", {"ruling": "overturned"}), ("kasasi", {})):  # fmt: skip
        dispute = services.record_dispute_step(utama, dispute, action=action, on=TODAY(), **extra)
    assert (dispute.status, dispute.court) == ("kasasi", "pn")  # the court of first instance stays on the row
    assert dispute.steps.order_by("-pk").first().court == "ma"
    with pytest.raises(ValidationError):  # the kasasi decision needs the Mahkamah Agung's ruling
        services.record_dispute_step(utama, dispute, action="kasasi_decision", on=TODAY())
    dispute = services.record_dispute_step(utama, dispute, action="kasasi_decision", on=TODAY(), ruling="ma_granted")
    assert (dispute.status, dispute.outcome, dispute.ruling) == ("closed", "kasasi", "ma_granted")


def test_the_request_side_rule_uses_the_letters_of_the_law():
    from pintu.ppid.objections import workflow as wf
    from pintu.ppid.requests import objection_grounds

    assert objection_grounds.FROM_NOTICE == wf.GROUNDS_FROM_DECISION
    assert objection_grounds.WITHOUT_REQUEST == wf.GROUND_WITHOUT_REQUEST


def test_the_receipt_is_recorded_on_the_page_and_through_the_api_alike(pupr, user_named, client, client_for):
    decided = datetime.date(2026, 3, 10)
    on_page, by_api = (make_request(pupr, received=at(datetime.date(2026, 2, 23)), decided=at(decided),
                                    decision="refused", due=decided) for _ in range(2))  # fmt: skip
    client.force_login(user_named("ppid.pupr"))
    page = client.get(reverse("ppid:staff_request_detail", args=[on_page.pk])).content.decode()
    assert reverse("ppid:staff_request_receipt", args=[on_page.pk]) in page
    answer = client.post(reverse("ppid:staff_request_receipt", args=[on_page.pk]),
                         {"received_on": "2026-03-20", "notice_delivery": "post"})  # fmt: skip
    assert answer.status_code == 302
    api = client_for("ppid.pupr")
    answer = api.post(reverse("api:staff_ppid_request_notice_receipt", args=[by_api.pk]),
                      {"received_on": "2026-03-20", "notice_delivery": "post"}, format="json")  # fmt: skip
    assert answer.status_code == 200, answer.content
    for request in (on_page, by_api):
        request.refresh_from_db()
        assert (request.notice_received_on, request.notice_delivery, request.notice_receipt_recorded) == (
            datetime.date(2026, 3, 20), "post", True)  # fmt: skip
    too_early = api.post(reverse("api:staff_ppid_request_notice_receipt", args=[by_api.pk]),
                         {"received_on": "2026-03-01"}, format="json")  # fmt: skip
    assert too_early.status_code == 400 and "antara tanggal pemberitahuan" in str(too_early.json())
    other = client_for("ppid.dinkes").post(reverse("api:staff_ppid_request_notice_receipt", args=[by_api.pk]),
                                           {"received_on": "2026-03-20"}, format="json")  # fmt: skip
    assert other.status_code in (403, 404)
