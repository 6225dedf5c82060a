from enum import StrEnum


class DimensionEnum(StrEnum):
    COUNTRY = "country"
    INDUSTRY = "industry"
    SIZE_BAND = "size_band"
    STAGE = "stage"

    def __str__(self) -> str:
        return str(self.value)
