from enum import StrEnum


class SourceKindEnum(StrEnum):
    ANALYST_NOTE = "analyst-note"
    INTERVIEW = "interview"
    NEWS_ARTICLE = "news-article"
    PRESS_RELEASE = "press-release"
    SURVEY_REPORT = "survey-report"
    VENDOR_CASE_STUDY = "vendor-case-study"

    def __str__(self) -> str:
        return str(self.value)
