from enum import StrEnum


class GroupByEnum(StrEnum):
    COUNTRY = "country"
    GUEST_OS_FAMILY = "guest_os_family"
    HOST_OS = "host_os"
    HYPERVISOR = "hypervisor"
    HYPERVISOR_VENDOR = "hypervisor_vendor"
    INDUSTRY = "industry"
    KIND = "kind"
    LINUX_YEARS = "linux_years"
    PARTY = "party"
    PERIOD = "period"
    PURPOSE = "purpose"
    QUARTER = "quarter"
    ROLE = "role"
    SIZE_BAND = "size_band"
    STAGE = "stage"
    STATUS = "status"
    WAVE = "wave"
    YEAR = "year"

    def __str__(self) -> str:
        return str(self.value)
