"""What each resource is made of, for the paths that read and write records in bulk.

CSV export and import, and the seed loader, all work from these descriptions: the
model, its natural key, its columns in order, and which columns are lists of keys
(many-to-many), nested rows (guests, citations, figures) or aliases. The names are the
API's: the resource names of the URLs, and the API's field names as CSV columns.
"""

from dataclasses import dataclass, field, replace
from functools import cached_property

from django.db import models

from ..confidential import hidden_fields
from ..models import (
    Citation,
    Deployment,
    EventFigure,
    Guest,
    Hypervisor,
    Industry,
    MarketEvent,
    OperatingSystem,
    Organization,
    OrganizationAlias,
    Purpose,
    ResponseGuestFamily,
    ResponseHypervisor,
    Source,
    Survey,
    SurveyResponse,
    Technique,
)


@dataclass(frozen=True)
class Nested:
    """Rows written inside their parent (guests, citations, figures, aliases...).

    A list given for a parent replaces its stored list, but each row keeps its identity
    (services.nested): a row is matched to a stored one by its id when it has one, else by
    `identity`, the fields that tell it apart among its parent's rows. Further tuples in
    `identity` are looser keys, tried for the rows still unmatched only where exactly one
    stored and one given row share them (a figure whose amount was corrected).
    """

    model: type[models.Model]
    parent_field: str
    fields: tuple[str, ...]
    identity: tuple[tuple[str, ...], ...] = ()
    order_by: str = "pk"

    def __post_init__(self):
        if not self.identity:
            object.__setattr__(self, "identity", (self.fields,))
        unknown = {name for key in self.identity for name in key} - set(self.fields)
        if unknown:
            raise ValueError(f"identity fields {unknown} are not among {self.fields}")

    @cached_property
    def attnames(self) -> tuple[str, ...]:
        """The fields' column names (operating_system_id), in the order of `fields`."""
        return tuple(self.model._meta.get_field(name).attname for name in self.fields)

    @property
    def fk_attname(self) -> str:
        return self.model._meta.get_field(self.parent_field).attname


# What identifies a nested row within its parent, declared once for every path.
CITATION_IDENTITY = (("source", "locator"),)
GUEST_IDENTITY = (("operating_system", "version"),)
# A figure has no date or source of its own: two sources may disagree on one figure, so
# the amount is part of what tells figures apart; a corrected amount (or currency) still
# updates the figure in place when it is the only one of its metric left unmatched.
FIGURE_IDENTITY = (("metric", "amount", "currency"), ("metric", "currency"), ("metric",))


@dataclass(frozen=True)
class Resource:
    """How one kind of record maps onto its model."""

    name: str
    model: type[models.Model]
    key: str
    # Every column in order, by model field name (or nested list name), the key first.
    columns: tuple[str, ...]
    nested: dict[str, Nested] = field(default_factory=dict)
    # A single list of names stored as child rows (an organization's aliases).
    name_lists: dict[str, Nested] = field(default_factory=dict)
    # Model field name -> API/CSV column name, where they differ.
    renamed: dict[str, str] = field(default_factory=dict)
    cited_as: str = ""  # when set, a record must cite at least one source

    def hidden_from(self, user) -> set[str]:
        """The confidential fields `user` lacks the permission to see (the model's CONFIDENTIAL)."""
        return hidden_fields(user, self.model)

    def for_user(self, user) -> "Resource":
        """This resource as `user` may see it: without the confidential columns they lack permission for."""
        hidden = self.hidden_from(user)
        if not hidden:
            return self
        return replace(self, columns=tuple(name for name in self.columns if name not in hidden))

    @property
    def label(self) -> str:
        return str(self.model._meta.verbose_name)

    @property
    def plural_label(self) -> str:
        return str(self.model._meta.verbose_name_plural)

    def column_name(self, name: str) -> str:
        return self.renamed.get(name, name)

    def field_name(self, column: str) -> str:
        for name, renamed in self.renamed.items():
            if renamed == column:
                return name
        return column

    @cached_property
    def m2m(self) -> tuple[str, ...]:
        return tuple(name for name in self.columns if name not in self.lists and self._is_m2m(name))

    @cached_property
    def lists(self) -> dict[str, Nested]:
        """Nested rows and name lists together: every column written as child rows."""
        return {**self.nested, **self.name_lists}

    @cached_property
    def fields(self) -> tuple[str, ...]:
        """Single-valued fields other than the key."""
        return tuple(
            name for name in self.columns if name != self.key and name not in self.lists and not self._is_m2m(name)
        )

    def _is_m2m(self, name: str) -> bool:
        return self.model._meta.get_field(name).many_to_many


CITATIONS = ("source", "locator", "note")

VOCABULARY_COLUMNS = ("slug", "name", "description")

# In dependency order: a resource refers only to those before it (and organizations to
# themselves, for a parent), so importing files in this order always works. The first
# three are the reference vocabulary, which has no API resource but can go through CSV.
RESOURCES: dict[str, Resource] = {
    resource.name: resource
    for resource in (
        Resource("industries", Industry, key="slug", columns=VOCABULARY_COLUMNS),
        Resource("techniques", Technique, key="slug", columns=VOCABULARY_COLUMNS),
        Resource("purposes", Purpose, key="slug", columns=VOCABULARY_COLUMNS),
        Resource(
            "organizations",
            Organization,
            key="slug",
            columns=(
                "slug",
                "name",
                "aliases",
                "country",
                "industry",
                "parent",
                "website",
                "description",
                "synthetic",
            ),
            name_lists={"aliases": Nested(OrganizationAlias, "organization", ("name",), order_by="name")},
        ),
        Resource(
            "hypervisors",
            Hypervisor,
            key="slug",
            columns=("slug", "name", "vendor", "architecture", "techniques", "licence", "website", "description"),
        ),
        Resource(
            "operating-systems",
            OperatingSystem,
            key="slug",
            columns=("slug", "name", "family", "vendor"),
        ),
        Resource(
            "sources",
            Source,
            key="slug",
            columns=(
                "slug",
                "kind",
                "title",
                "publisher",
                "authors",
                "url",
                "published_on",
                "published_precision",
                "notes",
                "synthetic",
            ),
            renamed={"url": "web_url"},
        ),
        Resource(
            "deployments",
            Deployment,
            key="reference",
            columns=(
                "reference",
                "customer",
                "hypervisor",
                "hypervisor_version",
                "host_os",
                "host_os_version",
                "guests",
                "stage",
                "purposes",
                "supplier",
                "host_count",
                "vm_count",
                "reported_on",
                "reported_precision",
                "summary",
                "citations",
                "synthetic",
            ),
            nested={
                "guests": Nested(
                    Guest, "deployment", ("operating_system", "version", "mode", "vm_count"), GUEST_IDENTITY
                ),
                "citations": Nested(Citation, "deployment", CITATIONS, CITATION_IDENTITY),
            },
            cited_as="deployment",
        ),
        Resource(
            "events",
            MarketEvent,
            key="slug",
            columns=(
                "slug",
                "title",
                "kind",
                "status",
                "date",
                "date_precision",
                "organization",
                "counterparty",
                "hypervisors",
                "operating_systems",
                "summary",
                "figures",
                "citations",
            ),
            nested={
                "figures": Nested(EventFigure, "event", ("metric", "amount", "currency", "note"), FIGURE_IDENTITY),
                "citations": Nested(Citation, "event", CITATIONS, CITATION_IDENTITY),
            },
            cited_as="market event",
        ),
        Resource(
            "surveys",
            Survey,
            key="slug",
            columns=(
                "slug",
                "title",
                "conducted_by",
                "fielded_from",
                "fielded_to",
                "population",
                "source",
                "synthetic",
                "description",
            ),
        ),
        Resource(
            "survey-responses",
            SurveyResponse,
            key="reference",
            columns=(
                "reference",
                "survey",
                "respondent",
                "industry",
                "country",
                "size_band",
                "linux_years",
                "stage",
                "hypervisors",
                "guest_families",
                "purposes",
                "synthetic",
            ),
            nested={"hypervisors": Nested(ResponseHypervisor, "response", ("hypervisor", "stage"), (("hypervisor",),))},
            name_lists={"guest_families": Nested(ResponseGuestFamily, "response", ("family",), order_by="family")},
        ),
    )
}


def natural_key_field(model: type[models.Model]) -> str:
    """The field a relation to `model` is written with: slug, or reference for a deployment."""
    manager = model._default_manager
    return getattr(manager, "natural_key_field", "slug")


def resource_for(model: type[models.Model]) -> Resource:
    """The resource whose records are `model`'s."""
    return next(resource for resource in RESOURCES.values() if resource.model is model)
