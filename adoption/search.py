"""What free-text search looks in, per model: the admin's search box and the API's `q` alike."""

from .models import Deployment, Hypervisor, MarketEvent, OperatingSystem, Organization, Source, Survey, SurveyResponse

SEARCH_FIELDS: dict[type, tuple[str, ...]] = {
    Organization: ("name", "slug", "aliases__name", "description"),
    Hypervisor: ("name", "slug", "description", "vendor__name", "vendor__aliases__name"),
    OperatingSystem: ("name", "slug", "vendor__name", "vendor__aliases__name"),
    Deployment: (
        "reference",
        "summary",
        "customer__name",
        "customer__aliases__name",
        "hypervisor__name",
        "host_os__name",
        "supplier__name",
    ),
    Source: ("title", "slug", "authors", "notes", "url", "publisher__name", "publisher__aliases__name"),
    MarketEvent: (
        "title",
        "slug",
        "summary",
        "organization__name",
        "organization__aliases__name",
        "counterparty__name",
        "counterparty__aliases__name",
    ),
    Survey: ("title", "slug", "population", "description", "conducted_by__name"),
    # Never the respondent: a search must not tell who answered.
    SurveyResponse: ("reference", "survey__title"),
}
