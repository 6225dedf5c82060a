from enum import StrEnum


class ArchitectureEnum(StrEnum):
    BARE_METAL = "bare-metal"
    HOSTED = "hosted"

    def __str__(self) -> str:
        return str(self.value)
