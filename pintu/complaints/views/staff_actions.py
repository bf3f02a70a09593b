"""The web face of the officers' actions: action name -> the Django form that parses its input.

What each action does, when it is offered and what follows it is pintu.complaints.actions.ACTIONS; the
report page shows a form for each action ACTIONS.available lists and FORMS has, and posts its cleaned
data to ACTIONS.perform (staff_detail.action). The API face maps the same names to serializers
(pintu/complaints/api/staff_actions.py). `admin_close` has no form here: the page's "close" closes as
the admin instansi when an admin closes.
"""

from pintu.complaints import forms_staff as f

FORMS: dict[str, type] = {
    "verify": f.VerifyForm,
    "accept": f.EmptyForm,
    "disposition": f.DispositionForm,
    "post_follow_up": f.FollowUpForm,
    "request_info": f.RequestInfoForm,
    "record_external_answer": f.ExternalAnswerForm,
    "close": f.CloseForm,
    "reopen": f.ReopenForm,
    "send_back": f.SendBackForm,
    "forward_out": f.ForwardOutForm,
    "resume": f.ResumeForm,
    "hold": f.HoldForm,
    "archive": f.ArchiveForm,
    "edit": f.EditForm,
    "privacy": f.PrivacyForm,
    "public_text": f.PublicTextForm,
    "pengawasan": f.PengawasanForm,
    "merge": f.MergeForm,
    "split": f.SplitForm,
}
