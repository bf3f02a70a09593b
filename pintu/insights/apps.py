from django.apps import AppConfig


class InsightsConfig(AppConfig):
    name = "pintu.insights"
    verbose_name = "Statistik dan dasbor pimpinan"

    def ready(self) -> None:
        from pintu.cases.hooks import CASE_CHANGED
        from pintu.insights.facts import on_case_changed, recompute_after_calendar_change
        from pintu.workdays.recompute import register_due_date_recomputer

        CASE_CHANGED.listen(on_case_changed)  # a report or request changed: its statistics' fact row follows

        # Working-day durations depend on the calendar: a calendar change rebuilds every fact.
        register_due_date_recomputer("insights_facts", recompute_after_calendar_change)
