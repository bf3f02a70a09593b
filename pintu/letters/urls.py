from django.urls import path, register_converter
from django.urls.converters import StringConverter

from pintu.letters import views


class TokenConverter(StringConverter):
    """A verification token (pintu.letters.services.TOKEN_ALPHABET, 16 characters)."""

    regex = "[a-hjkmnp-z2-9]{16}"


register_converter(TokenConverter, "lettertoken")

app_name = "letters"
urlpatterns = [
    path("<lettertoken:token>/", views.verify, name="verify"),
]
