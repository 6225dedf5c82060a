from enum import StrEnum


class LicenceEnum(StrEnum):
    OPEN_SOURCE = "open-source"
    PROPRIETARY = "proprietary"

    def __str__(self) -> str:
        return str(self.value)
