from enum import StrEnum


class SyntheticEnum(StrEnum):
    EXCLUDED = "excluded"
    INCLUDED = "included"
    ONLY = "only"

    def __str__(self) -> str:
        return str(self.value)
