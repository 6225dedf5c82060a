from enum import StrEnum


class ModeEnum(StrEnum):
    HARDWARE_ASSISTED = "hardware-assisted"
    PARAVIRTUALIZED = "paravirtualized"
    UNKNOWN = "unknown"

    def __str__(self) -> str:
        return str(self.value)
