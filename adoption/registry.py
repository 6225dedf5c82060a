"""The registry: each resource described once.

An entry says what a kind of record is made of and how people reach it: its model, its
name in URLs and CSV, its natural key, its columns in order (CSV's, and the API's
writable fields), the lists written inside it (nested rows and name lists), how it
appears inside other records (its brief form), what free-text search looks in, which
filters and orderings its list takes and how a page of it is read. Everything else is
derived from here: the API's router, viewsets, serializers' fields and filter sets, the
brief forms, the admin's and the API's search, CSV export and import, the seed loader,
history, the reference documentation and the tests' parametrisation.

What belongs to the data itself stays on the model: its fields and validation, which
fields are confidential (`CONFIDENTIAL`) and whether its key is permanent
(`PermanentKeyMixin`). Adding a resource is a model, its migration, an entry below and
an admin class (docs: how-to/add-a-resource).
"""

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from functools import cached_property
from typing import Any

from django.contrib.auth.base_user import AbstractBaseUser
from django.contrib.auth.models import AnonymousUser
from django.db import models
from django.db.models import Prefetch
from django.db.models.constants import LOOKUP_SEP

from .confidential import hidden_fields
from .models import (
    AnswerOption,
    ApiToken,
    Citation,
    Deployment,
    EventFigure,
    EventLink,
    EventParty,
    Guest,
    Hypervisor,
    Industry,
    MarketEvent,
    Metric,
    OperatingSystem,
    Organization,
    OrganizationAlias,
    Ownership,
    PartyRole,
    PopulationMargin,
    Product,
    Purpose,
    Question,
    ReportTally,
    ResponseGuestFamily,
    ResponseHypervisor,
    Source,
    StageObservation,
    Survey,
    SurveyResponse,
    TallyEntry,
    Technique,
    Unit,
    WeightingRun,
)
from .models.stages import refresh_stages, settled_stage


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
    help: str = ""  # what the list holds, for the API's documentation
    item: str = ""  # what one row is called in messages, when not its model's name ("alias")
    # Fields a row may leave out although the model requires them: the model fills them in
    # (a figure's unit, from its currency or its metric).
    filled: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        if not self.identity:
            object.__setattr__(self, "identity", (self.fields,))
        unknown = {name for key in self.identity for name in key} - set(self.fields)
        if unknown:
            raise ValueError(f"identity fields {unknown} are not among {self.fields}")

    @cached_property
    def attnames(self) -> tuple[str, ...]:
        """The fields' column names (operating_system_id), in the order of `fields`."""
        return tuple(concrete_field(self.model, name).attname for name in self.fields)

    @property
    def fk_attname(self) -> str:
        return concrete_field(self.model, self.parent_field).attname


@dataclass(frozen=True)
class Filters:
    """The filters a list takes, by family, each `{parameter: field path}` (filters.py builds them).

    - `relations`: by the related record's natural key (`param`) and id (`param_id`), each
      with a `__n` negation; the related model is found by walking the path.
    - `either`: like a relation, over several paths at once (subject or counterparty).
    - `choices`: one of the path's field choices (`param`, `param__n`).
    - `dates`, `numbers`: ranges, `param__gte` and `param__lte`.
    - `contains`: `param__ic`, contains, ignoring case.
    - `exact`: `param`, equal to the value (a slug that is not a record's key: a survey's series).

    Every list also takes `q` (the resource's `search`) and `synthetic`.
    """

    relations: dict[str, str] = field(default_factory=dict)
    either: dict[str, tuple[str, ...]] = field(default_factory=dict)
    choices: dict[str, str] = field(default_factory=dict)
    dates: dict[str, str] = field(default_factory=dict)
    numbers: dict[str, str] = field(default_factory=dict)
    contains: dict[str, str] = field(default_factory=dict)
    exact: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Follows:
    """A stored field derived from a nested list (a deployment's `stage`, from its `stages`).

    Every write path asks `settle(record, given, rows, lists, stored)` for the value before it
    saves the record, and gets back the value and the rows to write in place of those given
    (None: write what was given; a write that names the field alone may stand for a first row);
    a value that disagrees is a ValidationError. A path that saves the rows after their record
    (the admin's inlines) settles them on its own; `refresh(pks)` sets the field from the rows
    stored, returning the ids it changed.
    """

    field: str
    nested: str  # the list's name
    settle: Callable[..., tuple[Any, Sequence[models.Model] | None]]
    refresh: Callable[[list[int]], list[int]]


@dataclass(frozen=True, eq=False)  # one object per resource: compared and hashed by identity
class Resource:
    """One kind of record, and everything the paths that reach it need to know about it."""

    name: str  # in URLs and CSV file names: "operating-systems"
    model: type[models.Model]
    key: str  # the natural key field: what relations, CSV and seeds name a record by
    # Every column in order, by model field name (or list name), the key first: CSV's
    # columns and the API's writable fields.
    columns: tuple[str, ...]
    nested: dict[str, Nested] = field(default_factory=dict)
    # A single list of names stored as child rows (an organization's aliases).
    name_lists: dict[str, Nested] = field(default_factory=dict)
    # Model field name -> API/CSV column name, where they differ.
    renamed: dict[str, str] = field(default_factory=dict)
    cited_as: str = ""  # when set, a record must cite at least one source
    # How the record appears inside others: its natural key and `name` (a field) or
    # `display` (the record's text).
    brief_label: str = "display"
    # What free-text search (the admin's box and the API's `q`) looks in.
    search: tuple[str, ...] = ()
    # The API: a list at /api/<name>/ when `api` is set, with these filters and orderings.
    api: bool = True
    description: str = ""  # the API's description of the resource
    filters: Filters = field(default_factory=Filters)
    ordering: tuple[str, ...] = ()
    # Read-only API fields: {API name: model attribute}, each shown after the column it
    # describes (a date's text at its precision, after the precision).
    displays: dict[str, tuple[str, str]] = field(default_factory=dict)
    # Stored fields no client writes (a response's weight, which a weighting run sets): shown
    # after the columns, in the API and in CSV, where import reads past them.
    read_only: tuple[str, ...] = ()
    # Read-only lists the record derives ({API name: (attribute, help)}), after the displays.
    derived: dict[str, tuple[str, str]] = field(default_factory=dict)
    # Read-only lists of other records' rows that point at this one ({API name: rows}), shown
    # on it but written on the other record: an event's `linked_from`, the links to it.
    inbound: dict[str, Nested] = field(default_factory=dict)
    # Stored fields derived from a nested list (Follows).
    follows: tuple[Follows, ...] = ()
    # How a page of full records is read without a query per record.
    select_related: tuple[str, ...] = ()
    prefetch_related: "tuple[str | Prefetch[Any], ...]" = ()

    # -- derived ---------------------------------------------------------------

    def hidden_from(self, user: AbstractBaseUser | AnonymousUser) -> set[str]:
        """The confidential fields `user` lacks the permission to see (the model's CONFIDENTIAL)."""
        return hidden_fields(user, self.model)

    def for_user(self, user: AbstractBaseUser | AnonymousUser) -> "Resource":
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

    @property
    def confidential(self) -> dict[str, str]:
        """Confidential fields and the permission that shows each (declared on the model)."""
        return dict(getattr(self.model, "CONFIDENTIAL", {}))

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

    @cached_property
    def api_fields(self) -> tuple[str, ...]:
        """The API's fields in order: id and url, the columns (renamed), read-only displays, timestamps."""
        names: list[str] = ["id", "url"]
        after = {column: name for name, (_, column) in self.displays.items()}
        for column in self.columns:
            names.append(self.column_name(column))
            if column in after:
                names.append(after[column])
        return (*names, *self.read_only, *self.derived, *self.inbound, *TIMESTAMPS)

    @property
    def read_past(self) -> tuple[str, ...]:
        """The CSV columns after the resource's own, exported but never imported."""
        return (*self.read_only, *self.derived)

    def queryset(self) -> models.QuerySet[Any]:
        """Full records, with what a page of them reads joined or prefetched."""
        return self.model._default_manager.select_related(*self.select_related).prefetch_related(*self.prefetch_related)

    def _is_m2m(self, name: str) -> bool:
        return bool(self.model._meta.get_field(name).many_to_many)


def related_model(model: type[models.Model], path: str) -> type[models.Model]:
    """The model a field path (`guests__operating_system`) ends on."""
    for part in path.split(LOOKUP_SEP):
        related = model._meta.get_field(part).related_model
        if not isinstance(related, type):
            raise ValueError(f"{path!r} does not pass through relations only ({part!r} on {model.__name__})")
        model = related
    return model


def crosses_to_many(model: type[models.Model], path: str) -> bool:
    """Whether a field path passes through a relation with many rows per record (guests__...)."""
    for part in path.split(LOOKUP_SEP):
        field = model._meta.get_field(part)
        if field.one_to_many or field.many_to_many:
            return True
        if not isinstance(field.related_model, type):
            return False
        model = field.related_model
    return False


def concrete_field(model: type[models.Model], name: str) -> "models.Field[Any, Any]":
    """`model`'s field `name`, a column or relation of its own (not the reverse side of another's)."""
    found = model._meta.get_field(name)
    if not isinstance(found, models.Field):
        raise TypeError(f"{model.__name__}.{name} is the reverse side of a relation, not a field of its own")
    return found


TIMESTAMPS = ("created", "updated")
CITATIONS = ("source", "locator", "note")
VOCABULARY_COLUMNS = ("slug", "name", "description")
DATE_DISPLAY = "The date at its precision."

# What identifies a nested row within its parent, declared once for every path.
CITATION_IDENTITY = (("source", "locator"),)
GUEST_IDENTITY = (("operating_system", "version"),)
# Each stage as one source reports it, from its date; a corrected date or locator updates the
# observation in place when it is the only one of that stage from that source left unmatched.
STAGES = ("stage", "held_from", "held_from_precision", "source", "locator", "note")
STAGE_IDENTITY = (("stage", "held_from", "source", "locator"), ("stage", "source"))
# Sources disagree: each stated value is its own figure, told apart by its value and the
# source (and date) that states it; a corrected value still updates the figure in place
# when it is the only one of its metric from that source left unmatched.
FIGURE_FIELDS = (
    "metric",
    "qualifier",
    "amount",
    "amount_to",
    "unit",
    "currency",
    "as_of",
    "as_of_precision",
    "stated_by",
    "source",
    "part_of",
    "note",
)
FIGURE_IDENTITY = (
    ("metric", "qualifier", "amount", "amount_to", "unit", "currency", "source", "as_of"),
    ("metric", "unit", "currency", "source"),
    ("metric", "source"),
)
CITED_SOURCES = Prefetch("citations", queryset=Citation.objects.select_related("source"))


def vocabulary(name: str, model: type[models.Model], *more: str) -> Resource:
    """A reference vocabulary: no API list of its own, but CSV and seeds reach it; `more` columns after its own."""
    return Resource(
        name,
        model,
        key="slug",
        columns=(*VOCABULARY_COLUMNS, *more),
        brief_label="name",
        search=VOCABULARY_COLUMNS,
        api=False,
    )


# In dependency order: a resource refers only to those before it (and events to other
# events, for a link), so importing files in this order always works; the API
# lists them in this order too.
RESOURCES: dict[str, Resource] = {
    resource.name: resource
    for resource in (
        vocabulary("industries", Industry),
        vocabulary("techniques", Technique),
        vocabulary("purposes", Purpose),
        vocabulary("units", Unit, "currency"),
        vocabulary("metrics", Metric, "units"),
        vocabulary("party-roles", PartyRole),
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
                "website",
                "description",
                "synthetic",
            ),
            name_lists={
                "aliases": Nested(
                    OrganizationAlias,
                    "organization",
                    ("name",),
                    order_by="name",
                    help="Other names it is known by; search finds them.",
                    item="alias",
                )
            },
            brief_label="name",
            search=("name", "slug", "aliases__name", "description"),
            description="Organizations: customers, vendors, integrators, analysts and publishers, with their aliases.",
            filters=Filters(
                relations={"industry": "industry"},
                choices={"country": "country"},
                contains={"name": "name"},
            ),
            ordering=("name", "slug", "country", "created", "updated"),
            inbound={
                "ownerships": Nested(
                    Ownership,
                    "organization",
                    ("reference", "parent", "started_on", "started_precision", "ended_on", "ended_precision"),
                    order_by="started_on",
                    help="Who owned it and when (written at /api/ownerships/).",
                )
            },
            select_related=("industry",),
            prefetch_related=("aliases", Prefetch("ownerships", queryset=Ownership.objects.select_related("parent"))),
        ),
        Resource(
            "hypervisors",
            Hypervisor,
            key="slug",
            columns=("slug", "name", "vendor", "architecture", "techniques", "licence", "website", "description"),
            brief_label="name",
            search=("name", "slug", "description", "vendor__name", "vendor__aliases__name"),
            description="Hypervisors: the virtualization products, with vendor, architecture, techniques and licence.",
            filters=Filters(
                relations={"vendor": "vendor", "technique": "techniques"},
                choices={"architecture": "architecture", "licence": "licence"},
                contains={"name": "name"},
            ),
            ordering=("name", "slug", "architecture", "licence", "created", "updated"),
            select_related=("vendor",),
            prefetch_related=("techniques",),
        ),
        Resource(
            "operating-systems",
            OperatingSystem,
            key="slug",
            columns=("slug", "name", "family", "vendor"),
            brief_label="name",
            search=("name", "slug", "vendor__name", "vendor__aliases__name"),
            description="Operating systems, by family and vendor; versions live on the records that use them.",
            filters=Filters(relations={"vendor": "vendor"}, choices={"family": "family"}, contains={"name": "name"}),
            ordering=("name", "slug", "family", "created", "updated"),
            select_related=("vendor",),
        ),
        Resource(
            "products",
            Product,
            key="slug",
            columns=(
                "slug",
                "name",
                "vendor",
                "hypervisor",
                "operating_system",
                "version",
                "released_on",
                "released_precision",
                "description",
                "synthetic",
            ),
            brief_label="name",
            search=("name", "slug", "description", "vendor__name", "vendor__aliases__name", "hypervisor__name"),
            description="Products: a vendor's named products and editions, with the hypervisor or operating "
            "system each packages.",
            filters=Filters(
                relations={"vendor": "vendor", "hypervisor": "hypervisor", "operating_system": "operating_system"},
                dates={"released_on": "released_on"},
                contains={"name": "name"},
            ),
            ordering=("name", "slug", "released_on", "created", "updated"),
            displays={"released": ("released_display", "released_precision")},
            select_related=("vendor", "hypervisor", "operating_system"),
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
            search=("title", "slug", "authors", "notes", "url", "publisher__name", "publisher__aliases__name"),
            description="Sources: the articles, notes, interviews and reports that records cite.",
            filters=Filters(
                relations={"publisher": "publisher"},
                choices={"kind": "kind"},
                dates={"published_on": "published_on"},
                contains={"title": "title"},
            ),
            ordering=("title", "slug", "published_on", "kind", "created", "updated"),
            displays={"published": ("published_display", "published_precision")},
            select_related=("publisher",),
        ),
        Resource(
            "deployments",
            Deployment,
            key="reference",
            columns=(
                "reference",
                "customer",
                "hypervisor",
                "product",
                "hypervisor_version",
                "host_os",
                "host_os_version",
                "guests",
                "stage",
                "stages",
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
                "stages": Nested(
                    StageObservation,
                    "deployment",
                    STAGES,
                    STAGE_IDENTITY,
                    order_by="held_from",
                    help="The stages the deployment was reported at, each from a date on a source's word; "
                    "its stage is the latest of them.",
                    item="stage observation",
                ),
                "citations": Nested(Citation, "deployment", CITATIONS, CITATION_IDENTITY),
            },
            follows=(Follows("stage", "stages", settled_stage, refresh_stages),),
            cited_as="deployment",
            search=(
                "reference",
                "summary",
                "customer__name",
                "customer__aliases__name",
                "hypervisor__name",
                "host_os__name",
                "supplier__name",
            ),
            description="Deployments (case studies): who runs which hypervisor, on what host, hosting which guests, "
            "and why.",
            filters=Filters(
                relations={
                    "customer": "customer",
                    "hypervisor": "hypervisor",
                    "hypervisor_vendor": "hypervisor__vendor",
                    "product": "product",
                    "host_os": "host_os",
                    "guest_os": "guests__operating_system",
                    "supplier": "supplier",
                    "purpose": "purposes",
                    "industry": "customer__industry",
                    "source": "citations__source",
                },
                choices={
                    "stage": "stage",
                    "host_os_family": "host_os__family",
                    "guest_os_family": "guests__operating_system__family",
                    "country": "customer__country",
                },
                dates={"reported_on": "reported_on"},
                contains={"reference": "reference", "summary": "summary"},
            ),
            ordering=("reference", "reported_on", "stage", "created", "updated"),
            displays={"reported": ("reported_display", "reported_precision")},
            select_related=("customer", "hypervisor", "product", "host_os", "supplier"),
            prefetch_related=(
                "purposes",
                Prefetch("guests", queryset=Guest.objects.select_related("operating_system")),
                Prefetch("stages", queryset=StageObservation.objects.select_related("source")),
                CITED_SOURCES,
            ),
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
                "expected_on",
                "expected_precision",
                "organization",
                "counterparty",
                "parties",
                "hypervisors",
                "operating_systems",
                "products",
                "summary",
                "figures",
                "links",
                "citations",
                "synthetic",
            ),
            nested={
                "parties": Nested(
                    EventParty,
                    "event",
                    ("organization", "role", "note"),
                    (("organization", "role"),),
                    help="Every organization with a part in the event besides its subject (organization) and "
                    "counterparty, each in a role: acquirer, target, underwriter, adviser, investor, analyst...",
                    item="party",
                ),
                "figures": Nested(
                    EventFigure,
                    "event",
                    FIGURE_FIELDS,
                    FIGURE_IDENTITY,
                    filled=("unit",),
                    help="Every value stated for the event, each with its unit, qualifier and source; sources "
                    "that disagree give two figures (figure_disagreements names the metrics).",
                    item="figure",
                ),
                "links": Nested(
                    EventLink,
                    "event",
                    ("kind", "target", "note"),
                    (("kind", "target"),),
                    help="How this event bears on earlier ones: it confirms, denies, completes, supersedes or "
                    "follows them. The other event shows the link in linked_from.",
                    item="link",
                ),
                "citations": Nested(Citation, "event", CITATIONS, CITATION_IDENTITY),
            },
            cited_as="market event",
            search=(
                "title",
                "slug",
                "summary",
                "organization__name",
                "organization__aliases__name",
                "counterparty__name",
                "counterparty__aliases__name",
                "parties__organization__name",
            ),
            description="Market events: IPOs, acquisitions and rumours of them, roadmaps and commentary, with figures.",
            filters=Filters(
                relations={
                    "subject": "organization",
                    "counterparty": "counterparty",
                    "hypervisor": "hypervisors",
                    "product": "products",
                    "source": "citations__source",
                },
                either={"organization": ("organization", "counterparty")},
                choices={"kind": "kind", "status": "status"},
                dates={"date": "date", "expected_on": "expected_on"},
                contains={"title": "title"},
            ),
            ordering=("date", "slug", "title", "kind", "status", "created", "updated"),
            displays={
                "date_display": ("date_display", "date_precision"),
                "expected_display": ("expected_display", "expected_precision"),
            },
            derived={
                "figure_disagreements": (
                    "figure_disagreements",
                    "The metrics for which sources state different values (in the same unit): each value is "
                    "kept as its own figure; reports use the one the documented rule picks.",
                )
            },
            inbound={
                "linked_from": Nested(
                    EventLink,
                    "target",
                    ("kind", "event", "note"),
                    help="Later events that bear on this one: kind says what each does to it.",
                )
            },
            select_related=("organization", "counterparty"),
            prefetch_related=(
                "hypervisors",
                "operating_systems",
                "products",
                Prefetch("parties", queryset=EventParty.objects.select_related("organization", "role")),
                Prefetch(
                    "figures",
                    queryset=EventFigure.objects.select_related("metric", "unit", "stated_by", "source", "part_of"),
                ),
                Prefetch("links", queryset=EventLink.objects.select_related("target")),
                Prefetch("linked_from", queryset=EventLink.objects.select_related("event")),
                CITED_SOURCES,
            ),
        ),
        Resource(
            "ownerships",
            Ownership,
            key="reference",
            columns=(
                "reference",
                "organization",
                "parent",
                "started_on",
                "started_precision",
                "ended_on",
                "ended_precision",
                "event",
                "source",
                "locator",
                "note",
                "synthetic",
            ),
            search=("reference", "organization__name", "parent__name", "note"),
            description="Ownership periods: who owned an organization, from when to when, on whose word.",
            filters=Filters(
                relations={"organization": "organization", "parent": "parent", "event": "event", "source": "source"},
                dates={"started_on": "started_on", "ended_on": "ended_on"},
            ),
            ordering=("reference", "started_on", "ended_on", "created", "updated"),
            displays={
                "started": ("started_display", "started_precision"),
                "ended": ("ended_display", "ended_precision"),
            },
            select_related=("organization", "parent", "event", "source"),
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
                "series",
                "source",
                "synthetic",
                "description",
                "weight_cap",
                "margins",
            ),
            # Not import_mapping: the survey-tool import's own working (services.survey_import).
            nested={
                "margins": Nested(
                    PopulationMargin,
                    "survey",
                    ("dimension", "value", "share"),
                    (("dimension", "value"),),
                    order_by="dimension",
                    help="The population the survey stands for: for each weighting dimension (size band, "
                    "industry, country, stage), the population's share with each value; a dimension's shares "
                    "add up to 1. Weighting rakes the responses to them.",
                    item="population margin",
                )
            },
            search=("title", "slug", "population", "description", "conducted_by__name"),
            description="Surveys: questionnaires on virtualization, who ran them, when, and whom they asked.",
            filters=Filters(
                relations={"conducted_by": "conducted_by", "source": "source"},
                dates={"fielded_from": "fielded_from"},
                contains={"title": "title"},
                exact={"series": "series"},
            ),
            ordering=("fielded_from", "slug", "title", "created", "updated"),
            select_related=("conducted_by", "source"),
            prefetch_related=("margins",),
        ),
        Resource(
            "survey-questions",
            Question,
            key="reference",
            columns=("reference", "survey", "position", "code", "text", "answers", "options"),
            nested={
                "options": Nested(
                    AnswerOption,
                    "question",
                    ("position", "text", "value"),
                    (("text",), ("position",)),
                    order_by="position",
                    help="The answers printed under the question, in order, each with the project's value it "
                    "stands for (a size band, a stage, a country code, an industry's slug...).",
                    item="answer option",
                )
            },
            search=("reference", "code", "text", "survey__title"),
            description="Survey questions: a survey's questionnaire, each question with the response field it "
            "fills and its answer options.",
            filters=Filters(
                relations={"survey": "survey"},
                choices={"answers": "answers"},
                contains={"text": "text"},
                exact={"series": "survey__series"},
            ),
            ordering=("position", "reference", "code", "created", "updated"),
            select_related=("survey",),
            prefetch_related=("options",),
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
            read_only=("weight",),
            nested={
                "hypervisors": Nested(
                    ResponseHypervisor,
                    "response",
                    ("hypervisor", "stage"),
                    (("hypervisor",),),
                    help="Each hypervisor in use or under evaluation, at its own stage.",
                )
            },
            name_lists={
                "guest_families": Nested(
                    ResponseGuestFamily,
                    "response",
                    ("family",),
                    order_by="family",
                    help="Guest OS families virtualised.",
                    item="family",
                )
            },
            # Never the respondent: a search must not tell who answered.
            search=("reference", "survey__title"),
            description="Survey responses: one respondent's answers. Who responded is shown only to users allowed "
            "to see it.",
            filters=Filters(
                relations={
                    "survey": "survey",
                    "respondent": "respondent",
                    "industry": "industry",
                    "hypervisor": "hypervisors__hypervisor",
                    "hypervisor_vendor": "hypervisors__hypervisor__vendor",
                    "purpose": "purposes",
                },
                choices={
                    "stage": "stage",
                    "hypervisor_stage": "hypervisors__stage",
                    "guest_os_family": "guest_families__family",
                    "size_band": "size_band",
                    "country": "country",
                },
                numbers={"linux_years": "linux_years"},
                exact={"series": "survey__series"},
            ),
            ordering=("reference", "linux_years", "stage", "created", "updated"),
            select_related=("survey", "respondent", "industry"),
            prefetch_related=(
                "purposes",
                "guest_families",
                Prefetch("hypervisors", queryset=ResponseHypervisor.objects.select_related("hypervisor")),
            ),
        ),
    )
}

# Models of the app that are not resources, and why: they are rows of a resource
# (written inside it, above), or an account matter, not survey data.
NOT_RESOURCES: dict[type[models.Model], str] = {
    **{
        nested.model: f"rows of {resource.name}"
        for resource in RESOURCES.values()
        for nested in resource.lists.values()
    },
    ApiToken: "API tokens: the admin lists and revokes them; they are not data",
    ReportTally: "the reports' running counts, worked out from the records (services.tallies); not data",
    TallyEntry: "the values each record was last counted with, for the running counts (services.tallies)",
    WeightingRun: "written only by weighting (services.weighting); each survey's latest run is shown on its "
    "methodology page, and each response's weight in survey-responses",
}


def api_resources() -> Iterator[Resource]:
    """The resources with an API list, in order."""
    return (resource for resource in RESOURCES.values() if resource.api)


def resource_for(model: type[models.Model]) -> Resource:
    """The resource whose records are `model`'s."""
    return _BY_MODEL[model]


def is_resource(model: type[models.Model]) -> bool:
    return model in _BY_MODEL


def natural_key_field(model: type[models.Model]) -> str:
    """The field a relation to `model` is written with: its resource's key."""
    return resource_for(model).key


_BY_MODEL: dict[type[models.Model], Resource] = {resource.model: resource for resource in RESOURCES.values()}
