from django.apps import AppConfig


class InteropConfig(AppConfig):
    name = "pintu.interop"
    label = "interop"
    verbose_name = "Interoperabilitas"

    def ready(self):
        from pintu.cases.hooks import FORWARD_REPORT
        from pintu.interop import sweeps
        from pintu.interop.outbound import phone
        from pintu.interop.outbound.account_codes import AccountCodeSender
        from pintu.interop.outbound.forwarding import queue_forwarding
        from pintu.jobs.sweeps import register_sweep
        from pintu.security.code_delivery import register_phone_sender

        FORWARD_REPORT.listen(queue_forwarding)  # complaints announces a forward-out; we queue the delivery
        phone.register()  # notifications' WhatsApp/SMS go out through our deliveries (pintu.notifications.channels)
        register_phone_sender(AccountCodeSender())  # citizens' account codes by WhatsApp/SMS (pintu.security)

        register_sweep("interop.deliveries", sweeps.deliver_due, "Kirim pengiriman yang jatuh tempo.")
        register_sweep("interop.subscribers", sweeps.fan_out_events, "Siapkan peristiwa publik untuk pelanggan.")
        register_sweep("interop.lapor", sweeps.lapor_exchange, "Pertukaran dengan SP4N-LAPOR! nasional.")
