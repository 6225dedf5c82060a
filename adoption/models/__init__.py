"""The domain models, one module per concern."""

from .catalog import Hypervisor, OperatingSystem, Purpose, Technique
from .deployments import Deployment, Guest
from .events import EventFigure, MarketEvent
from .organizations import Industry, Organization, OrganizationAlias
from .sources import Citation, Source, require_citations
from .surveys import RESPONDENT_PERMISSION, ResponseGuestFamily, ResponseHypervisor, Survey, SurveyResponse
from .tokens import ApiToken

__all__ = [
    "ApiToken",
    "Citation",
    "Deployment",
    "EventFigure",
    "Guest",
    "Hypervisor",
    "Industry",
    "MarketEvent",
    "OperatingSystem",
    "Organization",
    "OrganizationAlias",
    "Purpose",
    "RESPONDENT_PERMISSION",
    "ResponseGuestFamily",
    "ResponseHypervisor",
    "Source",
    "Survey",
    "SurveyResponse",
    "Technique",
    "require_citations",
]
