"""Synthetic demo data for benchmarks and demos, reproducible from a seed.

Every record it writes has `synthetic` set (organizations, sources, products,
deployments, market events, ownership periods, the survey and its responses; their
nested rows belong to them), and nothing else sets it: removal deletes exactly the
flagged records, never by name. The names say so too, for whoever reads them:
organizations are "Synthetic customer NNNNN", "Synthetic vendor NNNNN", "Synthetic group
NN" or a made-up firm, references and slugs start with `synthetic-`, summaries and titles
say "[synthetic]", all deployments cite one source, `synthetic-demo-data`, and the survey
has two waves of the series `synthetic-virtualization-panel`, `synthetic-survey` (2008)
and `synthetic-survey-2009`, with responses `synthetic-response-NNNNN`; in them, longer
experience of Linux in production leans towards later stages, and a year on some
respondents have moved along, so the reports have a pattern to show. Both waves declare a
made-up population (shares by size band and country, which the sample does not follow)
and are weighted to it, so weighted shares differ from raw ones.

The market side follows a few story shapes, one story per 25 deployments (at least one of
each shape): an acquisition rumoured, agreed and completed (the target's earlier owner's
period closed by it, the acquirer's opened), one pending approval with an expected
closing, a rumour denied, an offer terminated and superseded, an IPO announced and
completed, a funding round, a product release and the analyst note that follows it.
Their figures come in several units and qualifiers, and some metrics have two figures
from different demo sources that disagree, as real sources do.

It is written in bulk (COPY on PostgreSQL, bulk inserts elsewhere: services.demo_copy, the
same rows either way), so it has no change history. Running it again replaces the previous
synthetic data; removal records the deletions in bulk (services.history).
"""

import datetime
import random
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from django.apps import apps
from django.db import IntegrityError, connection, models, transaction
from django.db.models import F, Q
from simple_history.models import HistoricalChanges

from ..batches import chunked
from ..choices import (
    DatePrecision,
    EventKind,
    EventStatus,
    LinkKind,
    OSFamily,
    Qualifier,
    SizeBand,
    SourceKind,
    Stage,
    VirtualizationMode,
)
from ..dates import period_start
from ..models import (
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
    Ownership,
    PartyRole,
    PopulationMargin,
    Product,
    Purpose,
    ResponseGuestFamily,
    ResponseHypervisor,
    Source,
    StageObservation,
    Survey,
    SurveyResponse,
    Unit,
)
from . import demo_copy, history, tallies, weighting
from .demo_copy import Record

PREFIX = "synthetic-"
SOURCE_SLUG = "synthetic-demo-data"
SURVEY_SLUG = "synthetic-survey"
BATCH = 5000
# Stages in adoption order, for the survey's lean from experience to stage.
ADOPTION_ORDER = [Stage.CONSIDERING, Stage.EVALUATING, Stage.PILOT, Stage.PRODUCTION]
# One market story per this many deployments, and one deployment in PRODUCT_SHARE names a product.
DEPLOYMENTS_PER_STORY = 25
PRODUCT_SHARE = 4
REMOVAL_REASON = "demo data removed (generate_demo_data)"
# The market is written this many events at a time (with their rows), so memory holds no more.
EVENTS_PER_WRITE = 5000


@dataclass
class DemoDataResult:
    organizations: int
    deployments: int
    guests: int
    responses: int = 0
    events: int = 0
    figures: int = 0
    products: int = 0
    ownerships: int = 0


class DemoDataError(ValueError):
    """Demo data cannot be removed: real records refer to it."""


# -- what demo data is made of, read from the models ---------------------------


def is_flagged(model: type[models.Model]) -> bool:
    """Whether `model`'s records can be demo data: it has the `synthetic` flag (its history rows aside)."""
    if model._meta.app_label != "adoption" or issubclass(model, HistoricalChanges):
        return False
    return any(f.name == "synthetic" for f in model._meta.concrete_fields)


def flagged_models() -> list[type[models.Model]]:
    """Every model with the flag, each before the flagged models it refers to: the order removal deletes in."""
    remaining = [model for model in apps.get_app_config("adoption").get_models() if is_flagged(model)]
    ordered: list[type[models.Model]] = []
    while remaining:
        free = [m for m in remaining if not any(_refers_to(other, m) for other in remaining if other is not m)]
        if not free:
            raise RuntimeError(f"The flagged models refer to each other in a cycle: {remaining}.")
        ordered += free
        remaining = [m for m in remaining if m not in free]
    return ordered


def _references(model: type[models.Model]) -> list[models.ForeignKey]:
    """`model`'s foreign keys that deleting their target affects (history's DO_NOTHING copies aside)."""
    return [
        f
        for f in model._meta.concrete_fields
        if isinstance(f, models.ForeignKey) and f.remote_field.on_delete is not models.DO_NOTHING
    ]


def _refers_to(model: type[models.Model], target: type[models.Model]) -> bool:
    return any(f.related_model is target for f in _references(model))


def _owner_fields(model: type[models.Model]) -> list[models.ForeignKey]:
    """The keys to the flagged record an unflagged row belongs to and goes with: a guest's
    deployment, a citation's deployment or event, the event side of an event's products."""
    declared_by: Any = model._meta.auto_created  # a many-to-many table: the model that declares the field
    return [
        f
        for f in _references(model)
        if f.remote_field.on_delete is models.CASCADE
        and is_flagged(f.related_model)
        and (not declared_by or f.related_model is declared_by)
    ]


def _nested_models() -> list[tuple[type[models.Model], list[models.ForeignKey]]]:
    """Unflagged models whose rows belong to flagged records (nested rows, many-to-many rows), with their owner keys."""
    found = []
    for model in apps.get_models(include_auto_created=True):
        if is_flagged(model) or issubclass(model, HistoricalChanges):
            continue
        owners = _owner_fields(model)
        if owners:
            found.append((model, owners))
    return found


def _demo_owned(owners: list[models.ForeignKey]) -> Q:
    """Rows that belong to demo data: one of their owner keys names a flagged record."""
    condition = Q(pk__in=[])
    for owner in owners:
        condition |= Q(**{f"{owner.name}__synthetic": True})
    return condition


# -- removal -------------------------------------------------------------------


@dataclass
class RemovedDemoData:
    """How many records of each flagged model removal deleted, by plural verbose name, deployments first."""

    counts: dict[str, int] = field(default_factory=dict)

    def __str__(self):
        parts = [f"{count} {name}" for name, count in self.counts.items()]
        return ", ".join(parts[:-1]) + f" and {parts[-1]}" if len(parts) > 1 else "".join(parts)


@transaction.atomic
def remove_demo_data() -> RemovedDemoData:
    """Delete every record flagged `synthetic` (with its nested rows), and nothing else.

    Real records that refer to demo data (a real deployment whose customer is a synthetic
    organization, a real citation of a demo source, a real response in the synthetic survey
    or naming a synthetic respondent, a real event with a demo product) stop it:
    DemoDataError names them, and nothing is deleted. Which relations can do that is read
    from the models, so a new model with the flag, or a new relation to one, is covered.

    Each deleted record gets its last history row, written in bulk (services.history), and
    the rows are deleted without signals: one per record took most of a regeneration's time.
    """
    blocking = _real_records_referring_to_demo_data()
    if blocking:
        shown = "; ".join(blocking[:5]) + (" and more" if len(blocking) > 5 else "")
        raise DemoDataError(
            f"Real records refer to the demo data, so none of it was removed: {shown}. "
            "Point them at real records, or delete them, first."
        )
    for model, owners in _nested_models():
        _delete(model, model._default_manager.filter(_demo_owned(owners)))
    deleted = {model: _delete(model, model._default_manager.filter(synthetic=True)) for model in flagged_models()}
    _check_keys_now()
    tallies.recount_demo_data()
    # Deployments first, as the command's message has always begun; then by name.
    order = sorted(deleted, key=lambda model: (model is not Deployment, str(model._meta.verbose_name_plural)))
    return RemovedDemoData({str(model._meta.verbose_name_plural): deleted[model] for model in order})


def _delete(model: type[models.Model], rows: models.QuerySet) -> int:
    """Delete `rows` with a history row each (when the model keeps history), in batches; return how many."""
    pks = list(rows.values_list("pk", flat=True))
    tracked = hasattr(model._meta, "simple_history_manager_attribute")
    for chunk in chunked(pks):
        if tracked:
            history.record_history(model, chunk, history.DELETED, reason=REMOVAL_REASON)
        doomed = model._default_manager.filter(pk__in=chunk)
        doomed._raw_delete(doomed.db)
    return len(pks)


def _check_keys_now() -> None:
    """A net under _real_records_referring_to_demo_data(): the database checks its own foreign keys
    (deferred to the commit otherwise) on the tables that refer to flagged ones, so a reference
    the models do not describe also refuses the removal (rolled back) rather than failing the commit."""
    tables = sorted(
        {
            model._meta.db_table
            for model in apps.get_models(include_auto_created=True)
            if not issubclass(model, HistoricalChanges) and any(is_flagged(f.related_model) for f in _references(model))
        }
    )
    try:
        connection.check_constraints(table_names=tables)
    except IntegrityError as exc:
        raise DemoDataError(
            f"A real record still refers to the demo data, so none of it was removed ({exc}). "
            "Point it at a real record, or delete it, first."
        ) from None


def _real_records_referring_to_demo_data() -> list[str]:
    """What deleting the demo data would delete, empty or break that is not demo data itself, named."""
    blocking: set[str] = set()
    nested = dict(_nested_models())
    for model in apps.get_models(include_auto_created=True):
        if issubclass(model, HistoricalChanges):
            continue
        for key in _references(model):
            if not is_flagged(key.related_model):
                continue
            rows = model._default_manager.filter(**{f"{key.name}__synthetic": True})
            if is_flagged(model):
                rows = rows.filter(synthetic=False)
            elif model in nested:
                rows = rows.exclude(_demo_owned(nested[model]))
            blocking.update(_describe(row, nested.get(model, [])) for row in rows[:6])
    return sorted(blocking)


def _describe(row: models.Model, owners: list[models.ForeignKey]) -> str:
    """A record as removal's refusal names it: a nested row by the real record it belongs to."""
    for owner in owners:
        parent = getattr(row, owner.name)
        if parent is not None:
            return f"{parent._meta.verbose_name} {parent}"
    return f"{row._meta.verbose_name} {row}"


# -- generation ----------------------------------------------------------------


@transaction.atomic
def generate_demo_data(
    *, deployments: int, responses: int = 0, seed: int = 2007, progress=None, copy: bool | None = None
) -> DemoDataResult:
    """Replace the synthetic data with `deployments` new deployments, market stories in
    proportion (one per 25 deployments, at least one of each shape; none without
    deployments), and a synthetic survey of `responses` responses (none: no survey); return
    what was written.

    Needs the reference vocabulary (`loaddata vocabulary`). `progress(n)` is called as
    deployments are written. The rows go in by COPY on PostgreSQL (`copy=False`: by bulk
    inserts there too), by bulk inserts elsewhere: the same rows either way (services.demo_copy).
    """
    rng = random.Random(seed)  # noqa: S311 (reproducible demo data, not secrets)
    # The market has a generator of its own, so that the deployments and the survey are the
    # same for a seed as before there was a market side.
    market_rng = random.Random(f"{seed}-market")  # noqa: S311
    # Stage histories too, for the same reason.
    stage_rng = random.Random(f"{seed}-stages")  # noqa: S311
    remove_demo_data()
    hypervisors = list(Hypervisor.objects.order_by("pk"))
    systems = list(OperatingSystem.objects.order_by("pk"))
    purposes = list(Purpose.objects.order_by("pk"))
    industries = list(Industry.objects.order_by("pk"))
    if not (hypervisors and systems and purposes):
        raise ValueError("Load the reference vocabulary first: manage.py loaddata vocabulary")
    writer = demo_copy.writer(copy, loading=_loaded_models() if _loads(deployments) else ())

    source = Source.objects.create(
        slug=SOURCE_SLUG,
        synthetic=True,
        kind=SourceKind.SURVEY_REPORT,
        title="Synthetic demo data (not a real source)",
        notes="Generated by manage.py generate_demo_data for demos and benchmarks. Nothing here is real.",
    )
    customers = _customers(writer, rng, max(1, deployments // 10), industries)
    stories = max(len(STORIES), deployments // DEPLOYMENTS_PER_STORY) if deployments else 0
    market = Market(market_rng, stories, hypervisors, source, writer) if stories else None
    products = market.products_by_hypervisor() if market else {}
    draw = Draws(rng, market_rng, stage_rng)
    written = guests = 0
    first = writer.reserve(Deployment, deployments)
    with writer.streaming():  # nothing but the writer uses the database in here
        for offset in range(0, deployments, BATCH):
            count = min(deployments, offset + BATCH) - offset
            guests += draw.deployments(
                writer, first + offset, offset, count, customers, hypervisors, products, systems, purposes, source
            )
            written += count
            if progress is not None:
                progress(count)
    result = DemoDataResult(organizations=len(customers), deployments=written, guests=guests, responses=responses)
    if market:
        market.write(customers, result)
    if responses:
        # The second wave's lean has a generator of its own, so that the answers are the same for a
        # seed as when the survey had one wave.
        later = random.Random(f"{seed}-second-wave")  # noqa: S311
        _synthetic_survey(writer, rng, later, responses, customers, source, hypervisors, purposes, industries)
    writer.finish()
    tallies.recount_demo_data()
    return result


# From this many deployments (and as many as the table holds besides), COPY sets the tables'
# foreign keys and plain indexes aside while it writes (services.demo_copy.CopyWriter).
SET_ASIDE_FROM = 20_000


def _loads(deployments: int) -> bool:
    """Whether to write `deployments` with the tables' keys and plain indexes set aside: rebuilding
    them costs the rows already there as much as the new ones, so only for more than they are."""
    return deployments >= SET_ASIDE_FROM and deployments >= Deployment.objects.count()


def _loaded_models() -> list[type[models.Model]]:
    """The models whose rows generate_demo_data writes through its writer."""
    return [
        Organization, Deployment, Guest, Deployment.purposes.through, Citation, StageObservation, MarketEvent,
        MarketEvent.hypervisors.through, MarketEvent.products.through, EventFigure, EventParty, EventLink, Ownership,
        SurveyResponse, ResponseHypervisor, ResponseGuestFamily, SurveyResponse.purposes.through,
    ]  # fmt: skip


def _customers(writer: demo_copy.Writer, rng: random.Random, count: int, industries: list[Industry]) -> list[int]:
    """`count` synthetic customers, written; their keys, in order."""
    table = demo_copy.Table(Organization, ["id"])
    first = writer.reserve(Organization, count)
    countries = ["GB", "US", "DE", "FR", "JP", "CH", "NL", "SE", "IN", "BR"]
    for start in range(0, count, BATCH):
        lines = []
        for number in range(start + 1, min(count, start + BATCH) + 1):
            customer = demo_copy.Record(
                slug=f"{PREFIX}customer-{number:05d}",
                name=f"Synthetic customer {number:05d}",
                country=rng.choice(countries),
                industry=rng.choice(industries) if industries else None,
                description="[synthetic] A made-up organization.",
                synthetic=True,
            )
            customer.pk = first + number - 1
            lines.append(table.record_line(customer))
        writer.write(table, lines)
    return list(range(first, first + count))


class Draws:
    """The deployments' random draws, made as random.Random's choice(), randint() and sample()
    make them (the same values from the same generator state, checked by the tests), without
    their calls' overhead: the draws were most of the time of writing a deployment."""

    def __init__(self, rng: random.Random, market_rng: random.Random, stage_rng: random.Random):
        self.rng, self.market_rng, self.stage_rng = rng, market_rng, stage_rng
        self.tables = {
            Deployment: demo_copy.Table(Deployment, DEPLOYMENT_COLUMNS),
            Guest: demo_copy.Table(Guest, ["deployment", "operating_system", "mode", "vm_count"]),
            Deployment.purposes.through: demo_copy.Table(Deployment.purposes.through, ["deployment", "purpose"]),
            Citation: demo_copy.Table(Citation, ["deployment", "source", "locator"]),
            StageObservation: demo_copy.Table(
                StageObservation, ["deployment", "stage", "held_from", "held_from_precision", "source"]
            ),
        }
        start = datetime.date(2005, 1, 1)
        # reported_on is up to five years after the start; each later stage up to 300 days after the one before.
        self.days = [(start + datetime.timedelta(days=n)).isoformat() for n in range(5 * 365 + 300 * 5 + 1)]

    def deployments(
        self, writer, first, offset, count, customers, hypervisors, products, systems, purposes, source
    ) -> int:
        """Write deployments offset+1 to offset+count, keys from `first` on, with their stage
        histories, guests, purposes and citations; return how many guests."""
        rng_bits, market_bits = self.rng.getrandbits, self.market_rng.getrandbits
        below = _below(rng_bits)
        tables = self.tables
        kinds = [
            (
                hypervisor.pk,
                hypervisor.architecture == "hosted" or hypervisor.slug == "xen",
                demo_copy.cell(products.get(hypervisor.pk)),
            )
            for hypervisor in hypervisors
        ]
        hosts = [system.pk for system in systems if system.family in ("linux", "windows", "unix")]
        versions = ["", "1.0", "2.0", "3.0", "3.1"]
        stages = list(Stage.values)
        n_kinds, k_kinds = len(kinds), len(kinds).bit_length()
        n_customers, k_customers = len(customers), len(customers).bit_length()
        n_hosts, k_hosts = len(hosts), len(hosts).bit_length()
        share_k = PRODUCT_SHARE.bit_length()
        suffix = tables[Deployment].suffix
        lines, drawn = [], []
        for number in range(offset + 1, offset + count + 1):
            r = rng_bits(k_kinds)
            while r >= n_kinds:
                r = rng_bits(k_kinds)
            hypervisor, hosted, product = kinds[r]
            r = rng_bits(k_customers)
            while r >= n_customers:
                r = rng_bits(k_customers)
            customer = customers[r]
            r = market_bits(share_k)
            while r >= PRODUCT_SHARE:
                r = market_bits(share_k)
            if r:
                product = NULL
            version = versions[below(5)]
            if hosted:
                r = rng_bits(k_hosts)
                while r >= n_hosts:
                    r = rng_bits(k_hosts)
                host = hosts[r]
            else:
                host = NULL
            stage = stages[below(len(stages))]
            host_count = 1 + below(200)
            vm_count = 1 + below(2000)
            day = below(5 * 365 + 1)
            pk = first + number - offset - 1
            drawn.append((pk, stage, day))
            lines.append(
                f"{pk}\t{PREFIX}{number:07d}\t{customer}\t{hypervisor}\t{product}\t{version}\t{host}\t{stage}\t"
                f"{host_count}\t{vm_count}\t{self.days[day]}\tday\t"
                f"[synthetic] Deployment {number} generated for demos and benchmarks.\tt{suffix}\n"
            )
        writer.write(tables[Deployment], lines)
        return self._children(writer, drawn, systems, purposes, source)

    def _children(self, writer, drawn, systems, purposes, source) -> int:
        """Each drawn deployment's stage history, guests, purposes and citation, written; how many guests."""
        below, stage_below, sample = _below(self.rng.getrandbits), _below(self.stage_rng.getrandbits), _sample(self.rng)
        tables, order = self.tables, [str(stage) for stage in ADOPTION_ORDER]
        guest_lines, purpose_lines, citation_lines, stage_lines = [], [], [], []
        system_ids = [system.pk for system in systems]
        purpose_ids = [purpose.pk for purpose in purposes]
        modes = list(VirtualizationMode.values)
        guest_suffix, purpose_suffix = tables[Guest].suffix, tables[Deployment.purposes.through].suffix
        citation = f"\t{source.pk}\tsynthetic{tables[Citation].suffix}\n"
        observation = f"\tday\t{source.pk}{tables[StageObservation].suffix}\n"
        for pk, stage, day in drawn:
            # How it got to its stage: from a first stage on its reported date, one step at a time,
            # each some months after the one before; the last is the stage it has (after
            # production, retired).
            final = order.index(stage) if stage in order else len(order)
            path = order[stage_below(min(final, 1) + 1) : final + 1]
            if stage not in order:
                path.append(stage)
            for step, held in enumerate(path):
                if step:
                    day += 45 + stage_below(256)
                stage_lines.append(f"{pk}\t{held}\t{self.days[day]}{observation}")
            for system in sample(system_ids, 1 + below(3)):
                guest_lines.append(f"{pk}\t{system}\t{modes[below(len(modes))]}\t{1 + below(500)}{guest_suffix}\n")
            for purpose in sample(purpose_ids, 1 + below(2)):
                purpose_lines.append(f"{pk}\t{purpose}{purpose_suffix}\n")
            citation_lines.append(f"{pk}{citation}")
        writer.write(tables[Guest], guest_lines)
        writer.write(tables[Deployment.purposes.through], purpose_lines)
        writer.write(tables[Citation], citation_lines)
        writer.write(tables[StageObservation], stage_lines)
        return len(guest_lines)


# The columns Draws.deployments() writes a deployment's line in, the others at their defaults.
DEPLOYMENT_COLUMNS = [
    "id", "reference", "customer", "hypervisor", "product", "hypervisor_version", "host_os", "stage",
    "host_count", "vm_count", "reported_on", "reported_precision", "summary", "synthetic",
]  # fmt: skip
NULL = demo_copy.NULL


def _below(getrandbits):
    """random.Random._randbelow (with getrandbits) of the generator whose getrandbits it is:
    an int in [0, n), drawn the same way, from the same bits."""

    def below(n: int) -> int:
        k = n.bit_length()
        r = getrandbits(k)
        while r >= n:
            r = getrandbits(k)
        return r

    return below


def _sample(rng: random.Random):
    """random.Random.sample of `rng` for a few of a small population (its pool method, the
    one it takes for at most 21 and at most 5), the same picks from the same bits."""
    below = _below(rng.getrandbits)

    def sample(population: list, k: int) -> list:
        n = len(population)
        if n > 21 or k > 5:
            return rng.sample(population, k)
        pool = list(population)
        picked = []
        for i in range(k):
            j = below(n - i)
            picked.append(pool[j])
            pool[j] = pool[n - i - 1]
        return picked

    return sample


SURVEY_SERIES = f"{PREFIX}virtualization-panel"
# The two waves of the synthetic survey: slug, title, fielded from, fielded to.
SURVEY_WAVES = (
    (SURVEY_SLUG, "Synthetic virtualization survey, wave 1", datetime.date(2008, 1, 7), datetime.date(2008, 2, 29)),
    (f"{SURVEY_SLUG}-2009", "Synthetic virtualization survey, wave 2", datetime.date(2009, 1, 12), None),
)
# The made-up population both waves stand for: its shares by size band and by country. The
# sample draws every size band and country alike, so weighting changes what the waves say.
POPULATION = {
    "size_band": {"1-99": "0.55", "100-999": "0.30", "1000-9999": "0.12", "10000+": "0.03"},
    "country": {"US": "0.35", "DE": "0.20", "GB": "0.15", "FR": "0.12", "JP": "0.10", "CH": "0.08"},
}


def _synthetic_survey(writer, rng, later, count, customers, source, hypervisors, purposes, industries) -> None:
    """Two waves of one series, a year apart, the second further along; `count` responses between them."""
    firm = Organization.objects.create(
        slug=f"{PREFIX}research-firm",
        name="Synthetic research firm",
        description="[synthetic] A made-up analyst firm that runs the synthetic survey.",
        synthetic=True,
    )
    waves = []
    for slug, title, start, end in SURVEY_WAVES:
        survey = Survey.objects.create(
            slug=slug,
            title=title,
            conducted_by=firm,
            fielded_from=start,
            fielded_to=end,
            series=SURVEY_SERIES,
            population="[synthetic] Made-up IT managers of firms in six countries, for demonstrations; nothing "
            "here is real.",
            source=source,
            synthetic=True,
            description="[synthetic] Generated by manage.py generate_demo_data.",
        )
        PopulationMargin.objects.bulk_create(
            PopulationMargin(survey=survey, dimension=dimension, value=value, share=Decimal(share))
            for dimension, shares in POPULATION.items()
            for value, share in shares.items()
        )
        waves.append(survey)
    table = demo_copy.Table(SurveyResponse, ["id"])
    first = writer.reserve(SurveyResponse, count)
    first_wave = (count + 1) // 2
    lines = []
    for number in range(1, count + 1):
        years = rng.randint(0, 12)
        # More years of Linux in production, further along: the pattern the demo report shows.
        lean = min(len(ADOPTION_ORDER) - 1, years // 3 + rng.randint(-1, 1))
        wave = waves[0] if number <= first_wave else waves[1]
        if wave is waves[1] and later.random() < 0.4:
            lean = min(len(ADOPTION_ORDER) - 1, lean + 1)  # a year on, some have moved along
        response = demo_copy.Record(
            survey=wave,
            reference=f"{PREFIX}response-{number:05d}",
            respondent=rng.choice(customers) if rng.random() < 0.5 else None,
            industry=rng.choice(industries) if industries else None,
            country=rng.choice(["GB", "US", "DE", "FR", "JP", "CH"]),
            size_band=rng.choice(SizeBand.values),
            linux_years=years,
            stage=ADOPTION_ORDER[max(0, lean)],
            synthetic=True,
        )
        response.pk = first + number - 1
        lines.append(table.record_line(response))
        if len(lines) == BATCH:
            writer.write(table, lines)
            lines = []
    writer.write(table, lines)
    _answers(writer, rng, range(first, first + count), hypervisors, purposes)
    for wave in waves:
        try:
            weighting.weigh(wave)
        except weighting.WeightingError:
            pass  # too few responses to have every size band and country: the wave stays unweighted


def _answers(writer, rng, responses: range, hypervisors, purposes) -> None:
    """Each response's hypervisors (with a stage), guest families and purposes, written."""
    families = list(OSFamily.values)
    answers = demo_copy.Table(ResponseHypervisor, ["response", "hypervisor", "stage"])
    guest_families = demo_copy.Table(ResponseGuestFamily, ["response", "family"])
    response_purposes = demo_copy.Table(SurveyResponse.purposes.through, ["surveyresponse", "purpose"])
    for start in range(0, len(responses), BATCH):
        rows: dict[demo_copy.Table, list[str]] = {answers: [], guest_families: [], response_purposes: []}
        for response in responses[start : start + BATCH]:
            for hypervisor in rng.sample(hypervisors, rng.randint(1, 3)):
                rows[answers].append(answers.line(response, hypervisor, rng.choice(ADOPTION_ORDER)))
            for family in rng.sample(families, rng.randint(1, 3)):
                rows[guest_families].append(guest_families.line(response, family))
            for purpose in rng.sample(purposes, rng.randint(1, 2)):
                rows[response_purposes].append(response_purposes.line(response, purpose))
        for child, child_lines in rows.items():
            writer.write(child, child_lines)


# -- the market: products, events with their figures, parties and links, ownership --

# The demo sources events and figures cite besides SOURCE_SLUG: two that disagree are two of these.
MARKET_SOURCES = (
    ("newswire", SourceKind.NEWS_ARTICLE, "Synthetic newswire"),
    ("press-releases", SourceKind.PRESS_RELEASE, "Synthetic press releases"),
    ("analyst-notes", SourceKind.ANALYST_NOTE, "Synthetic analyst notes"),
)
# Firms that take part in deals in a role: slug suffix, name, what they are.
FIRMS = (
    ("securities", "Synthetic Securities", "investment bank"),
    ("capital", "Synthetic Capital", "investment bank and investor"),
    ("research", "Synthetic Research", "analyst firm"),
    ("partners", "Synthetic Partners", "advisory firm"),
    ("ventures", "Synthetic Ventures", "venture capital firm"),
)
# The vocabulary the market side uses (migration 0010, fixtures/vocabulary.json); it creates none.
METRICS = (
    "deal-value",
    "deal-value-cash",
    "deal-value-stock",
    "assumed-options",
    "premium",
    "offer-price-per-share",
    "opening-price",
    "intraday-high",
    "shares-offered",
    "amount-raised",
    "valuation",
    "employees",
    "customers",
    "copies",
    "market-share",
)
# A story's currency, in turn: with the shapes' seven, every shape meets each currency.
CURRENCIES = ("USD", "EUR", "USD", "GBP", "USD")
ROLES = ("acquirer", "target", "adviser", "analyst", "underwriter", "investor", "commentator", "customer")
MILLION = 1_000_000


def _money(low: int, high: int, rng: random.Random, step: int = MILLION) -> Decimal:
    return Decimal(rng.randint(low, high) * step)


@dataclass
class Story:
    """One story's cast and start: the vendor it is about, two groups (owner before and after, or
    rival bidders), the hypervisor it concerns, its first day and currency."""

    number: int
    vendor: Record
    group: Record
    rival: Record
    hypervisor: Hypervisor
    day: datetime.date
    currency: str

    def slug(self, step: str) -> str:
        return f"{PREFIX}event-{self.number:05d}-{step}"

    def later(self, rng: random.Random, low: int, high: int) -> datetime.date:
        self.day = self.day + datetime.timedelta(days=rng.randint(low, high))
        return self.day


class Market:
    """The market side of the demo data: collects stories' events and their rows, then writes
    everything in a few bulk inserts per model."""

    def __init__(
        self, rng: random.Random, stories: int, hypervisors: list[Hypervisor], source: Source, writer: demo_copy.Writer
    ):
        self.rng = rng
        self.writer = writer
        self.stories = stories
        self.hypervisors = hypervisors
        self.metrics = {metric.slug: metric for metric in Metric.objects.filter(slug__in=METRICS)}
        # Each metric's first unit (the seeded metrics have one each: money, percent, customers...).
        units = Unit.objects.filter(metrics__slug__in=METRICS).annotate(metric=F("metrics__slug")).order_by("-pk")
        self.units = {unit.metric: unit for unit in units}
        self.roles = {role.slug: role for role in PartyRole.objects.filter(slug__in=ROLES)}
        missing = sorted(set(METRICS) - set(self.units)) + sorted(set(ROLES) - set(self.roles))
        if missing:
            raise ValueError(
                f"Load the reference vocabulary first (it lacks {', '.join(missing)}): manage.py loaddata vocabulary"
            )
        self.sources = {"demo": source, **self._sources()}
        self.firms = self._organizations("firm", [(slug, name, f"A made-up {what}.") for slug, name, what in FIRMS])
        self.groups = self._organizations(
            "group",
            [
                (f"{n:02d}", f"Synthetic group {n:02d}", "A made-up holding that buys vendors.")
                for n in range(1, 4 + stories // 8)
            ],
        )
        self.vendors = self._organizations(
            "vendor",
            [(f"{n:05d}", f"Synthetic vendor {n:05d}", "A made-up software vendor.") for n in range(1, stories + 1)],
        )
        self.products = self._products()
        self.events: list[Record] = []
        self.rows: dict[type[models.Model], list[Record]] = defaultdict(list)
        self.ownerships: list[Record] = []
        self.written: Counter[type[models.Model]] = Counter()  # rows written, by model

    # -- cast and products, written up front (deployments name the products) --

    def _sources(self) -> dict[str, Source]:
        written = Source.objects.bulk_create(
            [
                Source(
                    slug=f"{PREFIX}demo-{slug}",
                    kind=kind,
                    title=f"{title} (not a real source)",
                    notes="[synthetic] Made up by manage.py generate_demo_data for the demo market events.",
                    synthetic=True,
                )
                for slug, kind, title in MARKET_SOURCES
            ]
        )
        return {slug: source for (slug, *_), source in zip(MARKET_SOURCES, written, strict=True)}

    def _organizations(self, kind: str, cast: list[tuple[str, str, str]]) -> list[Record]:
        organizations = [
            Record(
                slug=f"{PREFIX}{kind}-{slug}",
                name=name,
                country=self.rng.choice(["US", "GB", "DE", "IL", "FR"]),
                description=f"[synthetic] {description}",
                synthetic=True,
            )
            for slug, name, description in cast
        ]
        self._write(Organization, organizations, keys=True)
        return organizations

    def _write(self, model: type[models.Model], records: list[Record], keys: bool = False) -> None:
        """Write `records` of `model`, with keys reserved for them first (`keys`: rows refer to them)."""
        table = demo_copy.Table(model, ["id"] if keys else [])
        if keys:
            first = self.writer.reserve(model, len(records))
            for number, record in enumerate(records):
                record.pk = first + number
        for start in range(0, len(records), BATCH):
            self.writer.write(table, [table.record_line(record) for record in records[start : start + BATCH]])

    def _products(self) -> list[Product]:
        """One edition per hypervisor, each sold by one of the vendors."""
        return Product.objects.bulk_create(
            [
                Product(
                    slug=f"{PREFIX}product-{hypervisor.slug}",
                    name=f"Synthetic {hypervisor.name} Edition",
                    vendor_id=self.vendors[index % len(self.vendors)].pk,
                    hypervisor=hypervisor,
                    version=f"{self.rng.randint(1, 4)}.{self.rng.randint(0, 5)}",
                    released_on=datetime.date(self.rng.randint(2004, 2008), 1, 1),
                    released_precision=DatePrecision.YEAR,
                    description="[synthetic] A made-up edition.",
                    synthetic=True,
                )
                for index, hypervisor in enumerate(self.hypervisors)
            ]
        )

    def products_by_hypervisor(self) -> dict[int | None, Product]:
        """The product a deployment of each hypervisor may name: it packages that hypervisor."""
        return {product.hypervisor_id: product for product in self.products}

    # -- writing ------------------------------------------------------------

    def write(self, customers: list[int], result: DemoDataResult) -> None:
        """Tell every story, give some customers an owner, and write it all: a batch of
        stories at a time, so that memory holds a batch's rows, not the market's."""
        for number in range(1, self.stories + 1):
            story = self._story(number)
            STORIES[(number - 1) % len(STORIES)](self, story)
            if len(self.events) >= EVENTS_PER_WRITE:
                self._flush()
        for index, customer in enumerate(customers[::20]):
            self.owned(customer, self.groups[index % len(self.groups)], datetime.date(2004 + index % 4, 1, 1), None)
        self._flush()
        result.events = self.written[MarketEvent]
        result.figures = self.written[EventFigure]
        result.products = len(self.products)
        result.ownerships = self.written[Ownership]

    def _flush(self) -> None:
        """Write the events told so far, their rows and the ownership periods, and forget them."""
        self._write(MarketEvent, self.events, keys=True)
        for model, rows in self.rows.items():  # each row holds its event, its key reserved by now
            self._write(model, rows)
        self._write(Ownership, self.ownerships)
        self.written.update({MarketEvent: len(self.events), Ownership: len(self.ownerships)})
        self.written.update({model: len(rows) for model, rows in self.rows.items()})
        self.events, self.ownerships, self.rows = [], [], defaultdict(list)

    def _story(self, number: int) -> Story:
        group, rival = self.rng.sample(self.groups, 2)
        return Story(
            number=number,
            vendor=self.vendors[number - 1],
            group=group,
            rival=rival,
            hypervisor=self.rng.choice(self.hypervisors),
            day=datetime.date(2005, 1, 1) + datetime.timedelta(days=self.rng.randint(0, 4 * 365)),
            currency=CURRENCIES[number % len(CURRENCIES)],
        )

    def event(self, story: Story, step: str, kind: str, status: str, title: str, **fields) -> Record:
        """A market event of `story`, citing one or two demo sources; `fields` as on MarketEvent."""
        fields.setdefault("organization", story.vendor)
        fields.setdefault("date", story.day)
        precision = fields.setdefault("date_precision", DatePrecision.DAY)
        fields["date"] = period_start(fields["date"], precision)
        if fields.get("expected_on"):
            fields["expected_on"] = period_start(fields["expected_on"], fields["expected_precision"])
        event = Record(
            slug=story.slug(step),
            title=f"{title} [synthetic]",
            kind=kind,
            status=status,
            summary=f"[synthetic] Made up for demos and benchmarks: {title.lower()}.",
            synthetic=True,
            **fields,
        )
        self.events.append(event)
        self.rows[MarketEvent.hypervisors.through].append(Record(marketevent=event, hypervisor=story.hypervisor))
        for name in self.rng.sample(["newswire", "press-releases", "analyst-notes"], self.rng.randint(1, 2)):
            self.rows[Citation].append(Record(event=event, source=self.sources[name], locator="synthetic"))
        return event

    def figure(self, event: Record, metric: str, amount, source: str, currency: str = "", **fields) -> None:
        """A figure of `event` as the demo source `source` states it; a currency only for money."""
        unit = self.units[metric]
        fields.setdefault("as_of", event.date)
        fields.setdefault("as_of_precision", event.date_precision)
        self.rows[EventFigure].append(
            Record(
                event=event,
                metric=self.metrics[metric],
                amount=Decimal(amount),
                unit=unit,
                currency=currency if unit.currency else "",
                source=self.sources[source],
                **fields,
            )
        )

    def party(self, event: Record, organization: Record, role: str, note: str = "") -> None:
        self.rows[EventParty].append(Record(event=event, organization=organization, role=self.roles[role], note=note))

    def link(self, event: Record, kind: str, target: Record, note: str = "") -> None:
        """`event` (the later one) bears on `target` as `kind` says."""
        self.rows[EventLink].append(Record(event=event, kind=kind, target=target, note=note))

    def product(self, event: Record, product: Product) -> None:
        self.rows[MarketEvent.products.through].append(Record(marketevent=event, product=product))

    def owned(self, organization, parent, started_on, event, ended_on=None) -> Record:
        period = Record(
            reference=f"{PREFIX}ownership-{self.written[Ownership] + len(self.ownerships) + 1:05d}",
            organization=organization,
            parent=parent,
            started_on=started_on,
            started_precision=DatePrecision.DAY if event else DatePrecision.YEAR,
            ended_on=ended_on,
            ended_precision=DatePrecision.DAY,
            event=event,
            source=self.sources["press-releases" if event else "demo"],
            locator="synthetic",
            note="[synthetic]",
            synthetic=True,
        )
        self.ownerships.append(period)
        return period


# -- the story shapes: each tells one story with the market's helpers -----------


def completed_acquisition(market: Market, story: Story) -> None:
    """Rumoured, agreed, completed: the target's period under its old owner ends on the closing,
    and one under the acquirer begins with it. Sources disagree on the deal value."""
    rng, vendor, buyer, seller = market.rng, story.vendor, story.group, story.rival
    earlier = market.owned(vendor, seller, datetime.date(story.day.year - 2, 1, 1), None)
    rumour = market.event(
        story,
        "rumour",
        EventKind.ACQUISITION_RUMOUR,
        EventStatus.RUMOURED,
        f"{FIRMS[2][1]} names {vendor.name} as a target for {buyer.name}",
        counterparty=vendor,
        organization=buyer,
    )
    market.party(rumour, market.firms[2], "analyst", "wrote the research note")
    market.figure(
        rumour, "deal-value", _money(300, 900, rng), "analyst-notes", story.currency, qualifier=Qualifier.AT_LEAST
    )
    value = _money(400, 1500, rng)
    agreement = market.event(
        story,
        "agreement",
        EventKind.ACQUISITION,
        EventStatus.DEFINITIVE_AGREEMENT,
        f"{buyer.name} agrees to buy {vendor.name}",
        organization=buyer,
        counterparty=vendor,
        date=story.later(rng, 20, 90),
        expected_on=story.day + datetime.timedelta(days=120),
        expected_precision=DatePrecision.QUARTER,
    )
    market.link(agreement, LinkKind.CONFIRMS, rumour)
    market.party(agreement, market.firms[0], "adviser", f"advised {buyer.name}")
    market.party(agreement, market.firms[3], "adviser", f"advised {vendor.name}")
    market.figure(agreement, "deal-value", value, "press-releases", story.currency)
    market.figure(
        agreement, "deal-value", value + 50 * MILLION, "newswire", story.currency, qualifier=Qualifier.APPROXIMATELY
    )
    stock = (value * Decimal(rng.randint(20, 60)) / 100).quantize(Decimal(1))
    market.figure(
        agreement,
        "deal-value-cash",
        value - stock,
        "press-releases",
        story.currency,
        part_of=market.metrics["deal-value"],
    )
    market.figure(
        agreement, "deal-value-stock", stock, "press-releases", story.currency, part_of=market.metrics["deal-value"]
    )
    market.figure(
        agreement,
        "assumed-options",
        _money(5, 40, rng),
        "newswire",
        story.currency,
        qualifier=Qualifier.APPROXIMATELY,
        part_of=market.metrics["deal-value"],
    )
    market.figure(agreement, "premium", rng.randint(15, 45), "newswire", qualifier=Qualifier.AT_LEAST)
    closing = market.event(
        story,
        "closing",
        EventKind.ACQUISITION,
        EventStatus.COMPLETED,
        f"{buyer.name} completes its purchase of {vendor.name}",
        organization=buyer,
        counterparty=vendor,
        date=story.later(rng, 60, 150),
    )
    market.link(closing, LinkKind.COMPLETES, agreement)
    market.party(closing, buyer, "acquirer")
    market.party(closing, vendor, "target")
    market.figure(closing, "deal-value", value, "press-releases", story.currency)
    earlier.ended_on = closing.date
    market.owned(vendor, buyer, closing.date, closing)


def pending_acquisition(market: Market, story: Story) -> None:
    """Agreed, awaiting approval, closing expected in a quarter; a range and an exact value disagree."""
    rng, vendor, buyer = market.rng, story.vendor, story.group
    market.owned(vendor, story.rival, datetime.date(story.day.year - 3, 1, 1), None)
    low = _money(200, 900, rng)
    agreement = market.event(
        story,
        "agreement",
        EventKind.ACQUISITION,
        EventStatus.PENDING_APPROVAL,
        f"{buyer.name} agrees to buy {vendor.name}, subject to approval",
        organization=buyer,
        counterparty=vendor,
        expected_on=story.day + datetime.timedelta(days=rng.randint(100, 300)),
        expected_precision=DatePrecision.QUARTER,
    )
    market.party(agreement, buyer, "acquirer")
    market.party(agreement, vendor, "target")
    market.party(agreement, market.firms[1], "adviser", f"advised {buyer.name}")
    market.figure(
        agreement,
        "deal-value",
        low,
        "analyst-notes",
        story.currency,
        qualifier=Qualifier.RANGE,
        amount_to=low + 100 * MILLION,
    )
    market.figure(agreement, "deal-value", low + 60 * MILLION, "press-releases", story.currency)
    market.figure(agreement, "premium", rng.randint(10, 30), "newswire", qualifier=Qualifier.APPROXIMATELY)


def denied_rumour(market: Market, story: Story) -> None:
    """A rumour the vendor denies: the rumour's status says so, and the denial links to it."""
    vendor, buyer = story.vendor, story.group
    rumour = market.event(
        story,
        "rumour",
        EventKind.ACQUISITION_RUMOUR,
        EventStatus.DENIED,
        f"{buyer.name} is said to be in talks to buy {vendor.name}",
        organization=buyer,
        counterparty=vendor,
    )
    market.party(rumour, market.firms[2], "commentator", "reported the talks")
    denial = market.event(
        story,
        "denial",
        EventKind.MARKET_COMMENTARY,
        EventStatus.DENIED,
        f"{vendor.name} says it is not for sale",
        date=story.later(market.rng, 1, 20),
    )
    market.link(denial, LinkKind.DENIES, rumour)
    market.figure(
        denial,
        "employees",
        market.rng.randint(40, 900),
        "newswire",
        qualifier=Qualifier.APPROXIMATELY,
        stated_by=vendor,
    )


def superseded_offer(market: Market, story: Story) -> None:
    """One buyer's agreement terminated, then a rival's higher offer that supersedes it, closing expected."""
    rng, vendor = market.rng, story.vendor
    first = market.event(
        story,
        "first-offer",
        EventKind.ACQUISITION,
        EventStatus.TERMINATED,
        f"{story.group.name}'s agreement to buy {vendor.name} is terminated",
        organization=story.group,
        counterparty=vendor,
    )
    market.party(first, story.group, "acquirer")
    value = _money(100, 600, rng)
    market.figure(first, "deal-value", value, "press-releases", story.currency)
    second = market.event(
        story,
        "rival-offer",
        EventKind.ACQUISITION,
        EventStatus.ANNOUNCED,
        f"{story.rival.name} offers more for {vendor.name}",
        organization=story.rival,
        counterparty=vendor,
        date=story.later(rng, 10, 40),
        expected_on=story.day + datetime.timedelta(days=90),
        expected_precision=DatePrecision.MONTH,
    )
    market.link(second, LinkKind.SUPERSEDES, first)
    market.party(second, story.rival, "acquirer")
    market.party(second, market.firms[0], "adviser", f"advised {story.rival.name}")
    market.figure(
        second, "deal-value", value * Decimal("1.2"), "press-releases", story.currency, qualifier=Qualifier.AT_LEAST
    )
    market.figure(second, "premium", rng.randint(15, 35), "analyst-notes", qualifier=Qualifier.AT_LEAST)


def ipo(market: Market, story: Story) -> None:
    """An IPO announced with a price range and an expected month, then completed; two sources
    quote different opening prices."""
    rng, vendor = market.rng, story.vendor
    low = rng.randint(12, 25)
    announced = market.event(
        story,
        "ipo-filing",
        EventKind.IPO,
        EventStatus.ANNOUNCED,
        f"{vendor.name} files to float",
        expected_on=story.day + datetime.timedelta(days=60),
        expected_precision=DatePrecision.MONTH,
    )
    market.party(announced, market.firms[0], "underwriter", "lead underwriter")
    market.party(announced, market.firms[1], "underwriter")
    market.figure(
        announced, "offer-price-per-share", low, "press-releases", "USD", qualifier=Qualifier.RANGE, amount_to=low + 3
    )
    market.figure(announced, "shares-offered", rng.randint(5, 40) * MILLION, "press-releases")
    floated = market.event(
        story, "ipo", EventKind.IPO, EventStatus.COMPLETED, f"{vendor.name} floats", date=story.later(rng, 40, 80)
    )
    market.link(floated, LinkKind.COMPLETES, announced)
    market.party(floated, market.firms[0], "underwriter", "lead underwriter")
    market.party(floated, market.firms[2], "analyst", "rated the shares")
    price = low + 3
    opening = Decimal(price) * Decimal("1.4")
    market.figure(floated, "offer-price-per-share", price, "press-releases", "USD")
    market.figure(floated, "opening-price", opening, "newswire", "USD")
    market.figure(
        floated,
        "opening-price",
        opening + Decimal("0.75"),
        "analyst-notes",
        "USD",
        note="quoted a minute after the open",
    )
    market.figure(floated, "intraday-high", opening * Decimal("1.2"), "newswire", "USD")
    market.figure(floated, "amount-raised", _money(100, 900, rng), "newswire", "USD", qualifier=Qualifier.AT_LEAST)
    market.figure(
        floated,
        "valuation",
        _money(1, 5, rng, 1000 * MILLION),
        "analyst-notes",
        "USD",
        qualifier=Qualifier.APPROXIMATELY,
    )


def funding(market: Market, story: Story) -> None:
    """A funding round with investors, its amount in the story's currency, a head count the vendor claims."""
    rng, vendor = market.rng, story.vendor
    round_ = market.event(
        story,
        "funding",
        EventKind.FUNDING,
        EventStatus.COMPLETED,
        f"{vendor.name} raises a funding round",
        date_precision=DatePrecision.MONTH,
    )
    market.party(round_, market.firms[4], "investor", "led the round")
    market.party(round_, market.firms[1], "investor")
    market.figure(round_, "amount-raised", _money(5, 60, rng), "press-releases", story.currency)
    market.figure(
        round_, "valuation", _money(50, 400, rng), "newswire", story.currency, qualifier=Qualifier.APPROXIMATELY
    )
    market.figure(
        round_, "employees", rng.randint(20, 300), "press-releases", qualifier=Qualifier.AT_LEAST, stated_by=vendor
    )


def product_release(market: Market, story: Story) -> None:
    """A product released, customers as the vendor claims them and as an analyst counts them (they
    disagree), then an analyst note with a market share range, following the release."""
    rng = market.rng
    product = market.products[story.number % len(market.products)]
    vendor = next(org for org in market.vendors if org.pk == product.vendor_id)
    story.hypervisor = product.hypervisor or story.hypervisor  # the events name the one the product packages
    release = market.event(
        story,
        "release",
        EventKind.PRODUCT_RELEASE,
        EventStatus.COMPLETED,
        f"{vendor.name} releases {product.name}",
        organization=vendor,
    )
    market.product(release, product)
    market.party(release, story.group, "customer", "first named customer")
    customers = rng.randint(100, 900)
    market.figure(release, "customers", customers, "press-releases", qualifier=Qualifier.AT_LEAST, stated_by=vendor)
    market.figure(
        release, "customers", customers - rng.randint(20, 80), "analyst-notes", qualifier=Qualifier.APPROXIMATELY
    )
    market.figure(
        release, "copies", rng.randint(1, 50) * 1000, "newswire", qualifier=Qualifier.AT_LEAST, stated_by=vendor
    )
    note = market.event(
        story,
        "analyst-note",
        EventKind.ANALYST_NOTE,
        EventStatus.ANNOUNCED,
        f"{FIRMS[2][1]} sizes {vendor.name}'s share of the market",
        organization=market.firms[2],
        counterparty=vendor,
        date=story.later(rng, 30, 120),
        date_precision=DatePrecision.MONTH,
    )
    market.link(note, LinkKind.FOLLOWS, release)
    market.product(note, product)
    share = rng.randint(2, 20)
    market.figure(
        note,
        "market-share",
        share,
        "analyst-notes",
        qualifier=Qualifier.RANGE,
        amount_to=share + 5,
        stated_by=market.firms[2],
    )
    roadmap = market.event(
        story,
        "roadmap",
        EventKind.ROADMAP_ANNOUNCEMENT,
        EventStatus.ANNOUNCED,
        f"{vendor.name} plans the next version of {product.name}",
        organization=vendor,
        date=story.later(rng, 10, 60),
        expected_on=story.day + datetime.timedelta(days=rng.randint(90, 400)),
        expected_precision=DatePrecision.YEAR,
    )
    market.product(roadmap, product)
    market.link(roadmap, LinkKind.FOLLOWS, release)


# Story shapes in the order they take turns: with as many stories, each appears once.
STORIES = (completed_acquisition, pending_acquisition, denied_rumour, superseded_offer, ipo, funding, product_release)
