"""The domain models, one module per concern."""

from .catalog import Hypervisor, OperatingSystem, Purpose, Technique
from .deployments import Deployment, Guest
from .events import PRINCIPAL_ROLES, EventLink, EventParty, MarketEvent, PartyRole
from .figures import EventFigure, Metric, Unit
from .organizations import Industry, Organization, OrganizationAlias
from .ownership import Ownership
from .products import Product
from .questionnaire import AnswerOption, Question, ResponseField
from .sources import Citation, Source, require_citations
from .stages import StageObservation
from .surveys import RESPONDENT_PERMISSION, ResponseGuestFamily, ResponseHypervisor, Survey, SurveyResponse
from .tallies import ReportTally, TallyEntry
from .tokens import ApiToken
from .weighting import PopulationMargin, WeightingDimension, WeightingRun

__all__ = [
    "AnswerOption",
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
    "PopulationMargin",
    "Product",
    "Purpose",
    "Question",
    "RESPONDENT_PERMISSION",
    "ReportTally",
    "ResponseField",
    "ResponseGuestFamily",
    "ResponseHypervisor",
    "Source",
    "StageObservation",
    "Survey",
    "SurveyResponse",
    "TallyEntry",
    "Technique",
    "Unit",
    "WeightingDimension",
    "WeightingRun",
    "require_citations",
]
