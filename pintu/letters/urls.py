from django.urls import path, register_converter

from pintu.letters import views


class TokenConverter:
    """A verification token (pintu.letters.services.TOKEN_ALPHABET, 16 characters)."""

    regex = "[a-hjkmnp-z2-9]{16}"

    def to_python(self, value: str) -> str:
        return value

    def to_url(self, value: str) -> str:
        return value


register_converter(TokenConverter, "lettertoken")

app_name = "letters"
urlpatterns = [
    path("<lettertoken:token>/", views.verify, name="verify"),
]
