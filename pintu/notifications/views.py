"""The signed-in user's e-mail preferences: one checkbox per topic (mandatory topics always on)."""

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from pintu.notifications.models import Topic
from pintu.notifications.services import MANDATORY, preferences_of, save_preferences, topics_for


class PreferencesForm(forms.Form):
    """One BooleanField per topic that applies to the user; a mandatory topic is shown checked and cannot be
    switched off."""

    def __init__(self, *args, current: dict[str, bool], topics: list[Topic], **kwargs):
        super().__init__(*args, **kwargs)
        for topic in topics:
            mandatory = topic in MANDATORY
            self.fields[topic.value] = forms.BooleanField(
                label=topic.label,
                required=False,
                initial=True if mandatory else current.get(topic.value, True),
                disabled=mandatory,
                help_text=gettext_lazy("Selalu dikirim: peringatan ini tidak dapat dimatikan.") if mandatory else "",
            )


@login_required
def preferences(request):
    # The user's own rows, through the user: nobody else's preferences can be read or written here.
    topics = topics_for(request.user)  # a citizen is not offered officers' topics (escalations ...)
    form = PreferencesForm(request.POST or None, current=preferences_of(request.user), topics=topics)
    if request.method == "POST" and form.is_valid():
        # topics not offered (an officer's, to a citizen) are stored off: nothing is sent that was not shown
        save_preferences(request.user, {topic.value: form.cleaned_data.get(topic.value, False) for topic in Topic})
        messages.success(request, _("Pengaturan pemberitahuan disimpan."))
        return redirect("notifications:preferences")
    return render(request, "notifications/preferences.html", {"form": form})
