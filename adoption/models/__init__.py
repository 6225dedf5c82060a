"""The domain models, one module per concern."""

from .catalog import Hypervisor, OperatingSystem, Purpose, Technique
from .deployments import Deployment, Guest
from .events import PRINCIPAL_ROLES, EventLink, EventParty, MarketEvent, PartyRole
from .figures import EventFigure, Metric, Unit
from .organizations import Industry, Organization, OrganizationAlias
from .ownership import Ownership
from .products import Product
from .sources import Citation, Source, require_citations
from .stages import StageObservation
from .surveys import RESPONDENT_PERMISSION, ResponseGuestFamily, ResponseHypervisor, Survey, SurveyResponse
from .tokens import ApiToken

__all__ = [
    "ApiToken",
    "Citation",
    "Deployment",
    "EventFigure",
    "EventLink",
    "EventParty",
    "Guest",
    "Hypervisor",
    "Industry",
    "MarketEvent",
    "Metric",
    "OperatingSystem",
    "Organization",
    "OrganizationAlias",
    "Ownership",
    "PRINCIPAL_ROLES",
    "PartyRole",
    "Product",
    "Purpose",
    "RESPONDENT_PERMISSION",
    "ResponseGuestFamily",
    "ResponseHypervisor",
    "Source",
    "StageObservation",
    "Survey",
    "SurveyResponse",
    "Technique",
    "Unit",
    "require_citations",
]
