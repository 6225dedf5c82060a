from enum import StrEnum


class LinkKindEnum(StrEnum):
    COMPLETES = "completes"
    CONFIRMS = "confirms"
    DENIES = "denies"
    FOLLOWS = "follows"
    SUPERSEDES = "supersedes"

    def __str__(self) -> str:
        return str(self.value)
