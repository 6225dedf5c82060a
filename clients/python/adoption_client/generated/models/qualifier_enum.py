from enum import StrEnum


class QualifierEnum(StrEnum):
    APPROXIMATELY = "approximately"
    AT_LEAST = "at-least"
    AT_MOST = "at-most"
    EXACT = "exact"
    RANGE = "range"

    def __str__(self) -> str:
        return str(self.value)
