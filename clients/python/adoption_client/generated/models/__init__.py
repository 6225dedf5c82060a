"""Contains all the data models used in inputs/outputs"""

from .action_enum import ActionEnum
from .answer_option import AnswerOption
from .answer_option_request import AnswerOptionRequest
from .answers_enum import AnswersEnum
from .architecture_enum import ArchitectureEnum
from .blank_enum import BlankEnum
from .brief_deployment import BriefDeployment
from .brief_hypervisor import BriefHypervisor
from .brief_industry import BriefIndustry
from .brief_market_event import BriefMarketEvent
from .brief_operating_system import BriefOperatingSystem
from .brief_organization import BriefOrganization
from .brief_ownership import BriefOwnership
from .brief_product import BriefProduct
from .brief_purpose import BriefPurpose
from .brief_question import BriefQuestion
from .brief_source import BriefSource
from .brief_survey import BriefSurvey
from .brief_survey_response import BriefSurveyResponse
from .brief_technique import BriefTechnique
from .change import Change
from .count_enum import CountEnum
from .country_enum import CountryEnum
from .currency_enum import CurrencyEnum
from .deleted import Deleted
from .deployment_citation import DeploymentCitation
from .deployment_citation_request import DeploymentCitationRequest
from .deployment_full import DeploymentFull
from .deployment_request import DeploymentRequest
from .dimension_enum import DimensionEnum
from .error import Error
from .event_citation import EventCitation
from .event_citation_request import EventCitationRequest
from .event_figure import EventFigure
from .event_figure_request import EventFigureRequest
from .event_kind_enum import EventKindEnum
from .event_link import EventLink
from .event_link_request import EventLinkRequest
from .event_link_target import EventLinkTarget
from .event_party import EventParty
from .event_party_request import EventPartyRequest
from .event_status_enum import EventStatusEnum
from .family_enum import FamilyEnum
from .field_change import FieldChange
from .group_by_enum import GroupByEnum
from .guest import Guest
from .guest_request import GuestRequest
from .hypervisor_full import HypervisorFull
from .hypervisor_request import HypervisorRequest
from .layout_enum import LayoutEnum
from .licence_enum import LicenceEnum
from .link_kind_enum import LinkKindEnum
from .market_event_full import MarketEventFull
from .market_event_request import MarketEventRequest
from .methodology import Methodology
from .methodology_error_row import MethodologyErrorRow
from .methodology_margin import MethodologyMargin
from .methodology_margins_of_error import MethodologyMarginsOfError
from .methodology_option import MethodologyOption
from .methodology_question import MethodologyQuestion
from .methodology_responses import MethodologyResponses
from .methodology_run import MethodologyRun
from .methodology_wave import MethodologyWave
from .methodology_weighting import MethodologyWeighting
from .mode_enum import ModeEnum
from .operating_system_full import OperatingSystemFull
from .operating_system_request import OperatingSystemRequest
from .organization_alias_row import OrganizationAliasRow
from .organization_alias_row_request import OrganizationAliasRowRequest
from .organization_full import OrganizationFull
from .organization_request import OrganizationRequest
from .ownership_full import OwnershipFull
from .ownership_organization import OwnershipOrganization
from .ownership_request import OwnershipRequest
from .paginated_deleted_list import PaginatedDeletedList
from .paginated_deployment_list import PaginatedDeploymentList
from .paginated_hypervisor_list import PaginatedHypervisorList
from .paginated_market_event_list import PaginatedMarketEventList
from .paginated_operating_system_list import PaginatedOperatingSystemList
from .paginated_organization_list import PaginatedOrganizationList
from .paginated_ownership_list import PaginatedOwnershipList
from .paginated_product_list import PaginatedProductList
from .paginated_question_list import PaginatedQuestionList
from .paginated_source_list import PaginatedSourceList
from .paginated_survey_list import PaginatedSurveyList
from .paginated_survey_response_list import PaginatedSurveyResponseList
from .patched_deployment_request import PatchedDeploymentRequest
from .patched_hypervisor_request import PatchedHypervisorRequest
from .patched_market_event_request import PatchedMarketEventRequest
from .patched_operating_system_request import PatchedOperatingSystemRequest
from .patched_organization_request import PatchedOrganizationRequest
from .patched_ownership_request import PatchedOwnershipRequest
from .patched_product_request import PatchedProductRequest
from .patched_question_request import PatchedQuestionRequest
from .patched_source_request import PatchedSourceRequest
from .patched_survey_request import PatchedSurveyRequest
from .patched_survey_response_request import PatchedSurveyResponseRequest
from .period_enum import PeriodEnum
from .population_margin import PopulationMargin
from .population_margin_request import PopulationMarginRequest
from .precision_enum import PrecisionEnum
from .product_full import ProductFull
from .product_request import ProductRequest
from .qualifier_enum import QualifierEnum
from .question_full import QuestionFull
from .question_request import QuestionRequest
from .records_enum import RecordsEnum
from .report import Report
from .report_cells_item import ReportCellsItem
from .report_total import ReportTotal
from .response_guest_family_row import ResponseGuestFamilyRow
from .response_guest_family_row_request import ResponseGuestFamilyRowRequest
from .response_hypervisor import ResponseHypervisor
from .response_hypervisor_request import ResponseHypervisorRequest
from .row_change import RowChange
from .size_band_enum import SizeBandEnum
from .source_full import SourceFull
from .source_kind_enum import SourceKindEnum
from .source_request import SourceRequest
from .stage_enum import StageEnum
from .stage_observation import StageObservation
from .stage_observation_request import StageObservationRequest
from .strict_auth_token_request import StrictAuthTokenRequest
from .survey_full import SurveyFull
from .survey_request import SurveyRequest
from .survey_response_full import SurveyResponseFull
from .survey_response_request import SurveyResponseRequest
from .synthetic_enum import SyntheticEnum
from .token import Token
from .used_value import UsedValue
from .validation_errors import ValidationErrors

__all__ = (
    "ActionEnum",
    "AnswerOption",
    "AnswerOptionRequest",
    "AnswersEnum",
    "ArchitectureEnum",
    "BlankEnum",
    "BriefDeployment",
    "BriefHypervisor",
    "BriefIndustry",
    "BriefMarketEvent",
    "BriefOperatingSystem",
    "BriefOrganization",
    "BriefOwnership",
    "BriefProduct",
    "BriefPurpose",
    "BriefQuestion",
    "BriefSource",
    "BriefSurvey",
    "BriefSurveyResponse",
    "BriefTechnique",
    "Change",
    "CountEnum",
    "CountryEnum",
    "CurrencyEnum",
    "Deleted",
    "DeploymentCitation",
    "DeploymentCitationRequest",
    "DeploymentFull",
    "DeploymentRequest",
    "DimensionEnum",
    "Error",
    "EventCitation",
    "EventCitationRequest",
    "EventFigure",
    "EventFigureRequest",
    "EventKindEnum",
    "EventLink",
    "EventLinkRequest",
    "EventLinkTarget",
    "EventParty",
    "EventPartyRequest",
    "EventStatusEnum",
    "FamilyEnum",
    "FieldChange",
    "GroupByEnum",
    "Guest",
    "GuestRequest",
    "HypervisorFull",
    "HypervisorRequest",
    "LayoutEnum",
    "LicenceEnum",
    "LinkKindEnum",
    "MarketEventFull",
    "MarketEventRequest",
    "Methodology",
    "MethodologyErrorRow",
    "MethodologyMargin",
    "MethodologyMarginsOfError",
    "MethodologyOption",
    "MethodologyQuestion",
    "MethodologyResponses",
    "MethodologyRun",
    "MethodologyWave",
    "MethodologyWeighting",
    "ModeEnum",
    "OperatingSystemFull",
    "OperatingSystemRequest",
    "OrganizationAliasRow",
    "OrganizationAliasRowRequest",
    "OrganizationFull",
    "OrganizationRequest",
    "OwnershipFull",
    "OwnershipOrganization",
    "OwnershipRequest",
    "PaginatedDeletedList",
    "PaginatedDeploymentList",
    "PaginatedHypervisorList",
    "PaginatedMarketEventList",
    "PaginatedOperatingSystemList",
    "PaginatedOrganizationList",
    "PaginatedOwnershipList",
    "PaginatedProductList",
    "PaginatedQuestionList",
    "PaginatedSourceList",
    "PaginatedSurveyList",
    "PaginatedSurveyResponseList",
    "PatchedDeploymentRequest",
    "PatchedHypervisorRequest",
    "PatchedMarketEventRequest",
    "PatchedOperatingSystemRequest",
    "PatchedOrganizationRequest",
    "PatchedOwnershipRequest",
    "PatchedProductRequest",
    "PatchedQuestionRequest",
    "PatchedSourceRequest",
    "PatchedSurveyRequest",
    "PatchedSurveyResponseRequest",
    "PeriodEnum",
    "PopulationMargin",
    "PopulationMarginRequest",
    "PrecisionEnum",
    "ProductFull",
    "ProductRequest",
    "QualifierEnum",
    "QuestionFull",
    "QuestionRequest",
    "RecordsEnum",
    "Report",
    "ReportCellsItem",
    "ReportTotal",
    "ResponseGuestFamilyRow",
    "ResponseGuestFamilyRowRequest",
    "ResponseHypervisor",
    "ResponseHypervisorRequest",
    "RowChange",
    "SizeBandEnum",
    "SourceFull",
    "SourceKindEnum",
    "SourceRequest",
    "StageEnum",
    "StageObservation",
    "StageObservationRequest",
    "StrictAuthTokenRequest",
    "SurveyFull",
    "SurveyRequest",
    "SurveyResponseFull",
    "SurveyResponseRequest",
    "SyntheticEnum",
    "Token",
    "UsedValue",
    "ValidationErrors",
)
