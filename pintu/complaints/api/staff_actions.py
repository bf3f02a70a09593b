"""The API face of the officers' actions: one POST per action, action name -> (path, input serializer).

What an action does, when it is offered and what follows it is pintu.complaints.actions.ACTIONS (the web's
report page uses the same). Each endpoint checks the offer rule before reading the body (403 when the
action is never this officer's, 400 when not in the report's present status), validates its serializer
and hands the cleaned data to ACTIONS.perform.
"""

from rest_framework.response import Response

from pintu.apikit.actions import CaseActionView
from pintu.apikit.permissions import roles
from pintu.apikit.schema import STAFF, action_schema
from pintu.complaints.actions import ACTIONS
from pintu.complaints.api.schema import STAFF_TAG
from pintu.complaints.api.serializers import staff_actions as s
from pintu.complaints.api.serializers.staff_actions import API_ACTIONS, ApiAction
from pintu.complaints.api.staff_reports import report_for
from pintu.complaints.permissions import STAFF_ROLES
from pintu.complaints.selectors import handled_by


class ReportActionView(CaseActionView):
    """Base of the per-action views built by `action_view`."""

    permission_classes = [roles(*STAFF_ROLES)]
    actions = ACTIONS
    api_action: ApiAction

    def case_for(self, user, code: str):
        return report_for(user, code)

    def serializer_context(self, request, report) -> dict:
        return {"user": request.user, "report": report}

    def answer(self, request, report, outcome) -> Response:
        still_visible = handled_by(request.user).filter(pk=report.pk).exists()
        return Response(
            {"detail": outcome.message, "report": report.code if still_visible else None, "created": outcome.created}
        )


def action_view(action: ApiAction):
    media = ["multipart/form-data", "application/json"] if action.multipart else ["application/json",
                                                                                    "multipart/form-data"]  # fmt: skip
    request = dict.fromkeys(media, action.serializer)
    name = action.name.replace("-", "_")
    attrs = {"api_action": action, "action": action.action, "serializer": action.serializer}
    view = type(f"Report_{name}", (ReportActionView,), attrs)
    return action_schema(tags=STAFF_TAG, summary=action.summary, answer=s.ActionResultSerializer, codes=STAFF,
                         operation_id=f"staff_report_{name}", request=request)(view)  # fmt: skip


#: URL segment -> view, one per action (urls.py: staff/reports/{code}/<segment>/).
ACTION_VIEWS = {action.name: action_view(action) for action in API_ACTIONS.values()}
