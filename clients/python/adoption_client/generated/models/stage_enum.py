from enum import StrEnum


class StageEnum(StrEnum):
    CONSIDERING = "considering"
    EVALUATING = "evaluating"
    PILOT = "pilot"
    PRODUCTION = "production"
    RETIRED = "retired"

    def __str__(self) -> str:
        return str(self.value)
