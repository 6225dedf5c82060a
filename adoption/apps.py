from django.apps import AppConfig


class AdoptionConfig(AppConfig):
    name = "adoption"
    verbose_name = "Hypervisor adoption"

    def ready(self) -> None:
        from simple_history.signals import pre_create_historical_record

        from .audit import on_history_row
        from .services import tallies

        pre_create_historical_record.connect(on_history_row, dispatch_uid="adoption.audit")
        tallies.connect()
