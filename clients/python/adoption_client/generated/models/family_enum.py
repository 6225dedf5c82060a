from enum import StrEnum


class FamilyEnum(StrEnum):
    BSD = "bsd"
    LINUX = "linux"
    OTHER = "other"
    UNIX = "unix"
    WINDOWS = "windows"

    def __str__(self) -> str:
        return str(self.value)
