from enum import StrEnum


class RecordsEnum(StrEnum):
    DEPLOYMENTS = "deployments"
    EVENTS = "events"
    RESPONSES = "responses"

    def __str__(self) -> str:
        return str(self.value)
