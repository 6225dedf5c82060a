from enum import StrEnum


class PeriodEnum(StrEnum):
    MONTH = "month"
    QUARTER = "quarter"
    YEAR = "year"

    def __str__(self) -> str:
        return str(self.value)
