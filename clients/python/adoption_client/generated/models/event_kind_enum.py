from enum import StrEnum


class EventKindEnum(StrEnum):
    ACQUISITION = "acquisition"
    ACQUISITION_RUMOUR = "acquisition-rumour"
    ANALYST_NOTE = "analyst-note"
    FUNDING = "funding"
    IPO = "ipo"
    MARKET_COMMENTARY = "market-commentary"
    PARTNERSHIP = "partnership"
    PRODUCT_RELEASE = "product-release"
    ROADMAP_ANNOUNCEMENT = "roadmap-announcement"

    def __str__(self) -> str:
        return str(self.value)
