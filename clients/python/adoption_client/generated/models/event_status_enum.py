from enum import StrEnum


class EventStatusEnum(StrEnum):
    ANNOUNCED = "announced"
    CANCELLED = "cancelled"
    COMPLETED = "completed"
    DEFINITIVE_AGREEMENT = "definitive-agreement"
    DENIED = "denied"
    PENDING_APPROVAL = "pending-approval"
    RUMOURED = "rumoured"
    TERMINATED = "terminated"

    def __str__(self) -> str:
        return str(self.value)
