from enum import StrEnum


class SizeBandEnum(StrEnum):
    VALUE_0 = "1-99"
    VALUE_1 = "100-999"
    VALUE_2 = "1000-9999"
    VALUE_3 = "10000+"

    def __str__(self) -> str:
        return str(self.value)
