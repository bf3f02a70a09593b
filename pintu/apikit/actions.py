"""The API face of one case action (pintu.cases.actions): one POST per action, the same steps for every case type.

The case is read through what the caller may see (a 404 otherwise); the action is checked before any input is
read, so a refusal never depends on the body (403, or 400 when not in the case's present state); the body is
validated by the action's serializer (no serializer: no body); files are read only when the action takes them;
then `ActionSet.perform`, where the service has the last word (a 400 with its own sentence).
"""

from rest_framework.response import Response
from rest_framework.views import APIView

from pintu.apikit.uploads import cleaned_files


class CaseActionView(APIView):
    """Base of the views of one action of `actions` (a pintu.cases.actions.ActionSet). A subclass names the
    action and its serializer; its face's base says how a case is found (`case_for`) and what is answered."""

    actions = None  # the ActionSet
    action = ""
    serializer = None

    def case_for(self, user, **url):
        """The case the URL names, among those `user` may see (a 404 otherwise)."""
        raise NotImplementedError

    def before_input(self, case) -> None:
        """What must exist before the body is read (a 404)."""

    def serializer_context(self, request, case) -> dict:
        return {}

    def answer(self, request, case, outcome) -> Response:
        raise NotImplementedError

    def post(self, request, **url):
        user = request.user
        case = self.case_for(user, **url)
        chosen = self.actions.check(self.action, user, case)
        self.before_input(case)
        data = {}
        if self.serializer is not None:
            form = self.serializer(data=request.data, context=self.serializer_context(request, case))
            form.is_valid(raise_exception=True)
            data = form.validated_data
        files = cleaned_files(request) if chosen.multipart else []
        outcome = self.actions.perform(self.action, user=user, case=case, data=data, files=files)
        return self.answer(request, case, outcome)
