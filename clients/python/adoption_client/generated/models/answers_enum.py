from enum import StrEnum


class AnswersEnum(StrEnum):
    COUNTRY = "country"
    GUEST_FAMILIES = "guest_families"
    HYPERVISORS = "hypervisors"
    INDUSTRY = "industry"
    LINUX_YEARS = "linux_years"
    PURPOSES = "purposes"
    SIZE_BAND = "size_band"
    STAGE = "stage"

    def __str__(self) -> str:
        return str(self.value)
