"""Web-to-API parity (issue #7): every URL name of the web maps to the API endpoint(s) that do the same,
or says why it stays web-only. docs/api.md "Web to API" mirrors PARITY.

The test fails for a web URL name missing from PARITY, for an entry whose URL no longer exists, and for a
mapped API name that does not exist. API names are those of the `api` and `insights_api` namespaces;
the Django admin is its own interface and is left out.
"""

from django.urls import URLPattern, URLResolver, get_resolver

from pintu.complaints.api.serializers.staff_actions import API_ACTIONS
from pintu.complaints.views.staff_actions import FORMS as WEB_ACTIONS

API_NAMESPACES = ("api", "insights_api")
SKIPPED_NAMESPACES = ("admin",)
WEB_ONLY = "web-only: "


def _api_name(action) -> str:
    return f"api:staff_report_{action.name.replace('-', '_')}"


def _staff_report_actions() -> tuple[str, ...]:
    """complaints:staff_action's actions: each API action names the action it runs (ApiAction.action)."""
    return tuple(_api_name(a) for a in API_ACTIONS.values())


PARITY: dict[str, tuple[str, ...] | str] = {
    # --- accounts ------------------------------------------------------------------------------------
    "accounts:otp_setup": WEB_ONLY + "2FA enrolment, web-only on purpose: a stolen token must not bind a new factor",
    "accounts:otp_backup_codes": WEB_ONLY + "2FA backup codes, web-only on purpose (as the enrolment)",
    "accounts:otp_verify": WEB_ONLY + "second step of the web sign-in; the API authenticates with a token",
    "web:login": WEB_ONLY + "web sign-in; the API uses tokens (manage.py api_token) or the browser session",
    "web:logout": WEB_ONLY + "web sign-out; a token is revoked with manage.py api_token --revoke",
    "accounts:register": WEB_ONLY + "citizen registration (a person at a browser; the API serves systems with tokens)",
    "accounts:register_code": WEB_ONLY + "second step of the web registration (the code sent by e-mail or phone)",
    "accounts:register_resend": WEB_ONLY + "sends the registration code again (web registration)",
    "accounts:code_login": WEB_ONLY + "web sign-in by a one-time code; the API authenticates with a token",
    "accounts:code_login_enter": WEB_ONLY + "second step of the web sign-in by code",
    "accounts:code_login_resend": WEB_ONLY + "sends the sign-in code again (web sign-in)",
    "accounts:password_reset": WEB_ONLY + "password reset by an e-mailed link (web sign-in only)",
    "accounts:password_reset_sent": WEB_ONLY + "page: the reset link was sent",
    "accounts:password_reset_confirm": WEB_ONLY + "the e-mailed link: a new password (web sign-in only)",
    "accounts:password_reset_complete": WEB_ONLY + "page: the new password is saved",
    "accounts:password_change": WEB_ONLY + "change of the web sign-in password; tokens have no password",
    "web:contact": WEB_ONLY + "static contact page (addresses, e-mail, office hours) for people",
    "web:track": WEB_ONLY + "one tracking box for people; the API tracks each case type at its own endpoint",
    "web:claim_case": WEB_ONLY + "adds a guest case to the signed-in citizen's account (the citizen's web workspace)",
    # --- complaints: public, reporter ------------------------------------------------------------------
    "complaints:intake": ("api:report_submit",),  # the wizard spreads one submission over steps
    "complaints:intake_what": ("api:report_submit", "api:categories"),
    "complaints:intake_where": ("api:report_submit", "api:areas"),
    "complaints:intake_locate": WEB_ONLY + "the wizard's 'Gunakan lokasi saya': which shipped boundary holds a point",
    "complaints:intake_similar": ("api:similar_reports",),
    "complaints:intake_finish": ("api:report_submit",),
    "complaints:intake_reset": ("api:report_submit",),  # starting over: an API call has no draft to clear
    "complaints:intake_done": WEB_ONLY + "confirmation page; api:report_submit answers the code and secret",
    "complaints:intake_receipt": WEB_ONLY + "printable PDF receipt of the confirmation page (a person's copy)",
    "complaints:intake_receipt_send": WEB_ONLY + "the same receipt sent to the report's own e-mail or WhatsApp",
    "complaints:public_list": ("api:reports",),
    "complaints:public_detail": ("api:report_detail",),
    "complaints:my_reports": ("api:my_reports",),
    "complaints:attachment": ("api:attachment",),
    "complaints:follow": WEB_ONLY + "'Saya juga mengalami ini': a person follows a public report (code by e-mail/HP)",
    "complaints:follow_confirm": WEB_ONLY + "second step of following: the code sent to the address",
    "complaints:unfollow": WEB_ONLY + "the stop link in every update sent to a follower",
    "complaints:attachment_thumbnail": WEB_ONLY + "a small copy of a photo for the pages; the API gives the file",
    "complaints:track": ("api:track_report",),  # the form; the API takes the secret in X-Tracking-Secret
    "complaints:track_detail": ("api:track_report",),
    "complaints:track_reply": ("api:track_report_reply",),
    "complaints:track_rate": ("api:track_report_rate",),
    "complaints:track_reopen": ("api:track_report_reopen",),
    "complaints:track_stop_phone": ("api:track_report_stop_phone",),
    # --- complaints: staff ---------------------------------------------------------------------------
    "complaints:staff_inbox": ("api:staff_reports",),
    "complaints:staff_detail": ("api:staff_report_detail", "api:staff_report_reveal"),
    "complaints:staff_action": _staff_report_actions(),
    "complaints:staff_new": ("api:staff_report_new",),
    "complaints:staff_bulk_verify": ("api:staff_reports_bulk_verify",),
    "routing:accuracy": ("api:staff_routing_accuracy",),
    # --- statistics ------------------------------------------------------------------------------------
    "insights:public": ("insights_api:summary",),
    "insights:open_data": ("insights_api:table",),
    "insights:open_data_all": ("insights_api:summary", "insights_api:table"),
    "insights:dashboard": ("api:staff_statistics",),
    "insights:cases": ("api:staff_statistics_report_cases", "api:staff_statistics_request_cases"),
    "insights:download": ("api:staff_statistics_download",),
    "insights:report_pdf": ("api:staff_statistics_report_pdf",),
    # --- interop -----------------------------------------------------------------------------------------
    "interop:gateway": WEB_ONLY + "machine endpoint for inbound messages from other systems (signed)",
    "interop:callback": WEB_ONLY + "machine endpoint for delivery callbacks from other systems (signed)",
    "interop:staff_overview": ("api:staff_interop_deliveries", "api:staff_interop_dead_letters",
                               "api:staff_interop_subscriptions", "api:staff_interop_endpoints"),
    "interop:staff_delivery": ("api:staff_interop_delivery",),
    "interop:staff_resend": ("api:staff_interop_resend",),
    "interop:staff_subscription": ("api:staff_interop_subscription",),
    # --- own data, notifications -------------------------------------------------------------------------
    "mydata:home": ("api:me",),
    "mydata:export": ("api:me_export",),
    "mydata:summary": WEB_ONLY + "the export's ringkasan.html shown as a page to read or print; the API has the ZIP",
    "mydata:erase": ("api:me_erase",),
    "mydata:erased": WEB_ONLY + "confirmation page after erasure; api:me_erase answers the counts",
    "mydata:privacy": WEB_ONLY + "static privacy notice",
    "mydata:breach_list": WEB_ONLY + "the system admin's breach register (issue #18): a desk tool, no API client",
    "mydata:breach_detail": WEB_ONLY + "one breach of the system admin's register, its 3 x 24 hour clock",
    "mydata:breach_letter": WEB_ONLY + "drafts the breach notice in pintu.letters, signed on the letters' pages",
    "mydata:report_erase": ("api:track_report_erase",),
    "notifications:preferences": ("api:me_notifications",),
    # --- Open311: itself a machine interface (GeoReport v2, docs/open311.md) ---------------------------------
    **{f"open311:{name}": WEB_ONLY + "Open311 GeoReport v2 is itself a machine API"
       for name in ("root", "discovery", "services", "service_definition", "requests", "request", "token")},
    # --- official letters (pintu.letters, docs/letters.md) ----------------------------------------------------
    "letters:verify": WEB_ONLY + "the page a printed letter's QR code opens; the signed PDF itself is the "
    "machine-checkable proof (PAdES), and a file's SHA-256 is compared on the page",
    # --- PPID: public, requester ---------------------------------------------------------------------------
    "ppid:landing": WEB_ONLY + "page of links to the PPID services",
    "ppid:page": WEB_ONLY + "static text pages (procedures, fees, the objection's steps)",
    "ppid:dip_list": ("api:ppid_dip",),
    "ppid:dip_detail": ("api:ppid_dip_detail",),
    "ppid:dip_file": ("api:ppid_dip_file",),
    "ppid:dip_export_csv": ("api:ppid_dip_export_csv",),
    "ppid:dip_export_xlsx": ("api:ppid_dip_export_xlsx",),
    "ppid:dik_list": ("api:ppid_dik",),
    "ppid:annual_list": ("api:ppid_annual",),
    "ppid:annual_pdf": ("api:ppid_annual_pdf",),
    "ppid:annual_xlsx": ("api:ppid_annual_xlsx",),
    "ppid:annual_cover_pdf": ("api:ppid_annual_cover_pdf",),
    "ppid:request_create": ("api:ppid_request_submit",),
    "ppid:request_done": WEB_ONLY + "confirmation page; api:ppid_request_submit answers the number and secret",
    "ppid:request_receipt": WEB_ONLY + "printable PDF receipt of the confirmation page (a person's copy)",
    "ppid:objection_receipt": WEB_ONLY + "printable PDF receipt of a filed objection (a person's copy)",
    "ppid:objection_receipt_send": WEB_ONLY + "the same receipt sent to the requester's own e-mail or WhatsApp",
    "ppid:request_receipt_send": WEB_ONLY + "the same receipt sent to the requester's own e-mail or WhatsApp",
    "ppid:request_track": ("api:ppid_track_request",),  # the form; the API takes X-Tracking-Secret
    "ppid:request_track_detail": ("api:ppid_track_request", "api:ppid_track_objections"),
    "ppid:request_document": ("api:ppid_track_request_document",),
    "ppid:request_stop_phone": ("api:ppid_track_request_stop_phone",),
    "ppid:request_identity_file": ("api:ppid_track_request_identity_file",),
    "ppid:objection_file": ("api:ppid_track_objection",),
    "ppid:objection_track": ("api:ppid_track_objection_detail",),
    "ppid:objection_answer": ("api:ppid_track_objection_answer",),
    "ppid:objection_respond": ("api:ppid_track_objection_respond",),
    # --- PPID: staff -----------------------------------------------------------------------------------
    "ppid:staff_register": ("api:staff_ppid_dip",),
    "ppid:staff_dip_create": ("api:staff_ppid_dip_draft",),
    "ppid:staff_dip_detail": ("api:staff_ppid_dip_detail",),
    "ppid:staff_dip_edit": ("api:staff_ppid_dip_update",),
    "ppid:staff_dip_publish": ("api:staff_ppid_dip_publish",),
    "ppid:staff_dip_withdraw": ("api:staff_ppid_dip_withdraw",),
    "ppid:staff_dip_add_files": ("api:staff_ppid_dip_add_files",),
    "ppid:staff_dip_remove_file": ("api:staff_ppid_dip_remove_file",),
    "ppid:staff_dip_refresh": ("api:staff_ppid_dip_refresh",),
    "ppid:staff_berkala_overdue": ("api:staff_ppid_berkala_overdue",),
    "ppid:staff_dip_import": ("api:staff_ppid_dip_import",),
    "ppid:staff_dik": ("api:staff_ppid_dik",),
    "ppid:staff_dik_create": ("api:staff_ppid_dik_draft",),
    "ppid:staff_dik_detail": ("api:staff_ppid_dik_detail",),
    "ppid:staff_dik_edit": ("api:staff_ppid_dik_update",),
    "ppid:staff_dik_decide": ("api:staff_ppid_dik_decide",),
    "ppid:staff_dik_sign_letter": ("api:staff_ppid_dik_sign_letter",),
    "ppid:staff_dik_discard_letter": ("api:staff_ppid_dik_discard_letter",),
    "ppid:staff_dik_letter_draft": ("api:staff_ppid_dik_letter_draft",),
    "ppid:staff_dik_lift": ("api:staff_ppid_dik_lift",),
    "ppid:staff_requests": ("api:staff_ppid_requests",),
    "ppid:staff_requests_csv": ("api:staff_ppid_requests_csv",),
    "ppid:staff_requests_xlsx": ("api:staff_ppid_requests_xlsx",),
    "ppid:staff_request_create": ("api:staff_ppid_request_register",),
    "ppid:staff_request_detail": ("api:staff_ppid_request_detail",),
    "ppid:staff_request_assign": ("api:staff_ppid_request_assign",),
    "ppid:staff_request_action": ("api:staff_ppid_request_mark_incomplete", "api:staff_ppid_request_complete",
                                  "api:staff_ppid_request_close"),  # belum-lengkap, lengkap, tutup
    "ppid:staff_request_extend": ("api:staff_ppid_request_extend",),
    "ppid:staff_request_notice": ("api:staff_ppid_request_notice",),
    "ppid:staff_request_pay": ("api:staff_ppid_request_payment",),
    "ppid:staff_request_sign_letter": ("api:staff_ppid_request_sign_letter",),
    "ppid:staff_request_discard_letter": ("api:staff_ppid_request_discard_letter",),
    "ppid:staff_request_letter_draft": ("api:staff_ppid_request_letter_draft",),
    "ppid:staff_request_receipt": ("api:staff_ppid_request_notice_receipt",),
    "ppid:staff_request_deliver": ("api:staff_ppid_request_deliver",),
    "ppid:staff_request_document": ("api:staff_ppid_request_document",),
    "ppid:staff_request_identity_file": ("api:staff_ppid_request_identity_file",),
    "ppid:staff_request_from_report": ("api:staff_ppid_request_from_report",),
    "ppid:staff_request_to_report": ("api:staff_ppid_request_to_report",),
    "ppid:staff_objections": ("api:staff_ppid_objections",),
    "ppid:staff_objections_csv": ("api:staff_ppid_objections_csv",),
    "ppid:staff_objections_xlsx": ("api:staff_ppid_objections_xlsx",),
    "ppid:staff_objection_create": ("api:staff_ppid_objection_register",),
    "ppid:staff_objection_detail": ("api:staff_ppid_objection_detail",),
    "ppid:staff_objection_decide": ("api:staff_ppid_objection_decide",),
    "ppid:staff_objection_sign_letter": ("api:staff_ppid_objection_sign_letter",),
    "ppid:staff_objection_discard_letter": ("api:staff_ppid_objection_discard_letter",),
    "ppid:staff_objection_letter_draft": ("api:staff_ppid_objection_letter_draft",),
    "ppid:staff_objection_respond": ("api:staff_ppid_objection_respond",),
    "ppid:staff_objection_dispute": ("api:staff_ppid_objection_dispute",),
    "ppid:staff_objection_dispute_step": ("api:staff_ppid_objection_dispute_step",),
    "ppid:staff_disputes": ("api:staff_ppid_disputes",),
    "ppid:staff_annual": ("api:staff_ppid_annual", "api:staff_ppid_annual_narrative"),
    "ppid:staff_annual_publish": ("api:staff_ppid_annual_publish",),
    "ppid:staff_annual_pdf": ("api:staff_ppid_annual_pdf",),
    "ppid:staff_annual_xlsx": ("api:staff_ppid_annual_xlsx",),
    "ppid:staff_annual_sending": WEB_ONLY + "the PPID Utama's desk for the annual report's cover letter and its "
    "sending to the Komisi Informasi (as the breach notices: letters are drafted and signed at a desk)",
    "ppid:staff_annual_letter": WEB_ONLY + "the annual cover letter's draft or signed PDF on that desk; the public "
    "signed letter is api:ppid_annual_cover_pdf",
    # --- site-wide pages ---------------------------------------------------------------------------------
    "web:home": WEB_ONLY + "page of links",
    "web:guide_index": WEB_ONLY + "the role guides' index: training text for officers at a browser",
    "web:guide": WEB_ONLY + "one role guide (text, worked deadline examples, screenshots) for people",
    "web:staff_home": WEB_ONLY + "the workspace: links to staff workspaces, own cases (api:my_reports, api:me)",
    "web:agencies": ("api:agencies",),
    "web:areas": ("api:areas",),
    "web:workday_calculator": ("api:workday_due",),
    "web:calendar_year": ("api:calendar_year",),
    "web:security_policy": WEB_ONLY + "static text (vulnerability disclosure policy)",
    "web:security_txt": WEB_ONLY + "static /.well-known/security.txt for people and scanners",
    "web:healthz": WEB_ONLY + "liveness probe for the load balancer, itself a machine endpoint",
    "set_language": WEB_ONLY + "changes the visitor's language; API clients send Accept-Language",
    "sitemap": WEB_ONLY + "sitemap.xml for search engines (public reports: api:reports)",
    "practice:home": WEB_ONLY + "practice mode is a training session at a browser (docs/practice.md)",
    "practice:enter": WEB_ONLY + "switches a browser session to the practice database; the API stays on real data",
    "practice:leave": WEB_ONLY + "leaves practice mode (a browser session's switch)",
    "practice:rounds": WEB_ONLY + "a trainer's training rounds (web-only, as the practice mode they feed)",
    "practice:round": WEB_ONLY + "one training round: seats and checklists (web-only)",
    "practice:round_reset": WEB_ONLY + "empties and re-seeds the practice database (web-only)",
}  # fmt: skip


def _names() -> tuple[set[str], set[str]]:
    """(web URL names, API URL names) of the project, namespaces joined with ':'."""
    web, api = set(), set()

    def walk(patterns, namespace):
        for pattern in patterns:
            if isinstance(pattern, URLResolver):
                ns = pattern.namespace
                if ns in SKIPPED_NAMESPACES and not namespace:
                    continue
                walk(pattern.url_patterns, f"{namespace}:{ns}" if namespace and ns else (ns or namespace))
            elif isinstance(pattern, URLPattern) and pattern.name:
                name = f"{namespace}:{pattern.name}" if namespace else pattern.name
                (api if namespace.split(":")[0] in API_NAMESPACES else web).add(name)

    walk(get_resolver().url_patterns, "")
    return web, api


def test_every_web_url_name_is_in_parity():
    web, _api = _names()
    missing = sorted(web - set(PARITY))
    assert not missing, f"web URL names without an entry in PARITY (map to api: names or 'web-only: why'): {missing}"


def test_no_parity_entry_for_a_url_that_is_gone():
    web, _api = _names()
    gone = sorted(set(PARITY) - web)
    assert not gone, f"PARITY entries whose web URL no longer exists: {gone}"


def test_every_mapped_api_name_exists():
    _web, api = _names()
    unknown = sorted({(name, target) for name, targets in PARITY.items() if not isinstance(targets, str)
                      for target in targets if target not in api})  # fmt: skip
    assert not unknown, f"PARITY maps to API URL names that do not exist: {unknown}"


def test_every_entry_is_a_mapping_or_a_reason():
    for name, value in PARITY.items():
        if isinstance(value, str):
            assert value.startswith(WEB_ONLY) and len(value) > len(WEB_ONLY) + 10, name
        else:
            assert isinstance(value, tuple) and value, name
            assert all(target.split(":")[0] in API_NAMESPACES for target in value), name


def test_every_web_staff_action_has_its_endpoint():
    """The one web URL name complaints:staff_action carries many actions: each has its own API path."""
    _web, api = _names()
    mirrored = {a.action for a in API_ACTIONS.values() if _api_name(a) in api}
    assert len(WEB_ACTIONS) >= 15
    assert sorted(set(WEB_ACTIONS) - mirrored) == []
