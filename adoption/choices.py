"""Fixed vocabularies stored as their value strings (the API and CSV show the values)."""

from django.db import models
from django_countries import countries

# The words a yes/no value may be written with, in a CSV cell or a query string (any case).
BOOLEAN_WORDS = {
    "true": True,
    "yes": True,
    "on": True,
    "1": True,
    "false": False,
    "no": False,
    "off": False,
    "0": False,
}


def parse_boolean(value: str) -> bool | None:
    """True or False for one of BOOLEAN_WORDS, None for anything else."""
    return BOOLEAN_WORDS.get(value.strip().lower())


# ISO 3166-1 alpha-2 codes and names, as the country fields and their filters take them.
COUNTRY_CHOICES = list(countries)


class DatePrecision(models.TextChoices):
    DAY = "day", "Day"
    WEEK = "week", "Week"
    MONTH = "month", "Month"
    QUARTER = "quarter", "Quarter"
    YEAR = "year", "Year"


class Architecture(models.TextChoices):
    BARE_METAL = "bare-metal", "Bare-metal (type 1)"
    HOSTED = "hosted", "Hosted (type 2)"


class Licence(models.TextChoices):
    OPEN_SOURCE = "open-source", "Open source"
    PROPRIETARY = "proprietary", "Proprietary"


class OSFamily(models.TextChoices):
    LINUX = "linux", "Linux"
    WINDOWS = "windows", "Windows"
    UNIX = "unix", "Unix"
    BSD = "bsd", "BSD"
    OTHER = "other", "Other"


class VirtualizationMode(models.TextChoices):
    PARAVIRTUALIZED = "paravirtualized", "Paravirtualized"
    HARDWARE_ASSISTED = "hardware-assisted", "Hardware-assisted"
    UNKNOWN = "unknown", "Unknown"


class Stage(models.TextChoices):
    CONSIDERING = "considering", "Considering"
    EVALUATING = "evaluating", "Evaluating"
    PILOT = "pilot", "Pilot"
    PRODUCTION = "production", "Production"
    RETIRED = "retired", "Retired"


class SourceKind(models.TextChoices):
    NEWS_ARTICLE = "news-article", "News article"
    PRESS_RELEASE = "press-release", "Press release"
    ANALYST_NOTE = "analyst-note", "Analyst note"
    INTERVIEW = "interview", "Interview"
    VENDOR_CASE_STUDY = "vendor-case-study", "Vendor case study"
    SURVEY_REPORT = "survey-report", "Survey report"


class EventKind(models.TextChoices):
    IPO = "ipo", "IPO"
    ACQUISITION = "acquisition", "Acquisition"
    ACQUISITION_RUMOUR = "acquisition-rumour", "Acquisition rumour"
    FUNDING = "funding", "Funding"
    PARTNERSHIP = "partnership", "Partnership"
    PRODUCT_RELEASE = "product-release", "Product release"
    ROADMAP_ANNOUNCEMENT = "roadmap-announcement", "Roadmap announcement"
    ANALYST_NOTE = "analyst-note", "Analyst note"
    MARKET_COMMENTARY = "market-commentary", "Market commentary"


class EventStatus(models.TextChoices):
    """Where an event stands, in the order deals happen (docs: explanation/market-events)."""

    RUMOURED = "rumoured", "Rumoured"
    DENIED = "denied", "Denied"
    ANNOUNCED = "announced", "Announced"
    DEFINITIVE_AGREEMENT = "definitive-agreement", "Definitive agreement"
    PENDING_APPROVAL = "pending-approval", "Pending approval"
    COMPLETED = "completed", "Completed"
    TERMINATED = "terminated", "Terminated"
    CANCELLED = "cancelled", "Cancelled"


# Statuses after which nothing more is expected to happen: an expected date makes no sense.
SETTLED_STATUSES = (EventStatus.DENIED, EventStatus.COMPLETED, EventStatus.TERMINATED, EventStatus.CANCELLED)


class Qualifier(models.TextChoices):
    """How exactly a figure is stated."""

    EXACT = "exact", "Exactly"
    APPROXIMATELY = "approximately", "About"
    AT_LEAST = "at-least", "At least"
    AT_MOST = "at-most", "At most"
    RANGE = "range", "Between"


class LinkKind(models.TextChoices):
    """How one event bears on an earlier one: what the later event does to it."""

    CONFIRMS = "confirms", "Confirms"
    DENIES = "denies", "Denies"
    COMPLETES = "completes", "Completes"
    SUPERSEDES = "supersedes", "Supersedes"
    FOLLOWS = "follows", "Follows"


class SizeBand(models.TextChoices):
    """An organization's size by employees, in the bands surveys ask about."""

    SMALL = "1-99", "1–99 employees"
    MEDIUM = "100-999", "100–999 employees"
    LARGE = "1000-9999", "1,000–9,999 employees"
    ENTERPRISE = "10000+", "10,000 employees or more"
