from enum import StrEnum


class CountEnum(StrEnum):
    EXACT = "exact"

    def __str__(self) -> str:
        return str(self.value)
