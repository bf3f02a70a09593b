from django.apps import AppConfig


class LettersConfig(AppConfig):
    name = "pintu.letters"
    label = "letters"
    verbose_name = "Surat resmi (tata naskah dinas)"

    def ready(self):
        # The signing services register themselves by name (settings.PINTU_LETTERS_SIGNER picks one).
        from pintu.letters import receipt_send
        from pintu.letters.signing import bsre, pkcs12  # noqa: F401
        from pintu.notifications.messages import register_attachment

        register_attachment(receipt_send.TEMPLATE, receipt_send.attachment)  # a receipt's PDF, made when sent
