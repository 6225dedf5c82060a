"""Synthetic demo data for benchmarks and demos, reproducible from a seed.

Every record it writes has `synthetic` set (organizations, the one source, deployments,
the survey and its responses; their nested rows belong to them), and nothing else sets
it: removal deletes exactly the flagged records, never by name. The names say so too,
for whoever reads them: organizations are "Synthetic customer NNNNN", references start
with `synthetic-`, summaries with "[synthetic]", all deployments cite one source,
`synthetic-demo-data`, and the survey is `synthetic-survey` with responses
`synthetic-response-NNNNN`; in it, longer experience of Linux in production leans
towards later stages, so the reports have a pattern to show. It is written with bulk
inserts, so it has no change history. Running it again replaces the previous synthetic
data.
"""

import datetime
import random
from collections import Counter
from dataclasses import dataclass

from django.db import transaction
from django.db.models import ProtectedError, Q

from ..choices import DatePrecision, OSFamily, SizeBand, SourceKind, Stage, VirtualizationMode
from ..models import (
    Citation,
    Deployment,
    Guest,
    Hypervisor,
    Industry,
    OperatingSystem,
    Organization,
    Purpose,
    ResponseGuestFamily,
    ResponseHypervisor,
    Source,
    Survey,
    SurveyResponse,
)

PREFIX = "synthetic-"
SOURCE_SLUG = "synthetic-demo-data"
SURVEY_SLUG = "synthetic-survey"
BATCH = 5000
# Stages in adoption order, for the survey's lean from experience to stage.
ADOPTION_ORDER = [Stage.CONSIDERING, Stage.EVALUATING, Stage.PILOT, Stage.PRODUCTION]


@dataclass
class DemoDataResult:
    organizations: int
    deployments: int
    guests: int
    responses: int = 0


class DemoDataError(ValueError):
    """Demo data cannot be removed: real records refer to it."""


REMOVED = {
    "surveys": Survey,
    "responses": SurveyResponse,
    "deployments": Deployment,
    "organizations": Organization,
    "sources": Source,
}


@dataclass
class RemovedDemoData:
    surveys: int
    responses: int
    deployments: int
    organizations: int
    sources: int

    def __str__(self):
        return (
            f"{self.deployments} deployments, {self.organizations} organizations, {self.sources} sources, "
            f"{self.surveys} surveys and {self.responses} survey responses"
        )


@transaction.atomic
def remove_demo_data() -> RemovedDemoData:
    """Delete every record flagged `synthetic` (with its nested rows), and nothing else.

    Real records that refer to demo data (a real deployment whose customer is a synthetic
    organization, a real citation of the demo source, a real response in the synthetic
    survey or naming a synthetic respondent) stop it: DemoDataError names them, and
    nothing is deleted.
    """
    # What a cascade or SET_NULL would change without asking: refused like PROTECT.
    blocking = [
        f"survey response {response}"
        for response in SurveyResponse.objects.filter(synthetic=False).filter(
            Q(survey__synthetic=True) | Q(respondent__synthetic=True)
        )[:6]
    ]
    deleted = Counter()
    if not blocking:
        try:
            for model in REMOVED.values():  # each before the records it refers to
                deleted.update(model.objects.filter(synthetic=True).delete()[1])
        except ProtectedError as exc:
            blocking = [f"{obj._meta.verbose_name} {obj}" for obj in exc.protected_objects]
    if blocking:
        blocking = sorted(set(blocking))
        shown = "; ".join(blocking[:5]) + (" and more" if len(blocking) > 5 else "")
        raise DemoDataError(
            f"Real records refer to the demo data, so none of it was removed: {shown}. "
            "Point them at real records, or delete them, first."
        )
    return RemovedDemoData(**{name: deleted[model._meta.label] for name, model in REMOVED.items()})


@transaction.atomic
def generate_demo_data(*, deployments: int, responses: int = 0, seed: int = 2007, progress=None) -> DemoDataResult:
    """Replace the synthetic data with `deployments` new deployments and a synthetic survey
    of `responses` responses (none: no survey); return what was written.

    Needs the reference vocabulary (`loaddata vocabulary`). `progress(n)` is called as
    deployments are written.
    """
    rng = random.Random(seed)  # noqa: S311 (reproducible demo data, not secrets)
    remove_demo_data()
    hypervisors = list(Hypervisor.objects.order_by("pk"))
    systems = list(OperatingSystem.objects.order_by("pk"))
    purposes = list(Purpose.objects.order_by("pk"))
    industries = list(Industry.objects.order_by("pk"))
    if not (hypervisors and systems and purposes):
        raise ValueError("Load the reference vocabulary first: manage.py loaddata vocabulary")
    hosts = [system for system in systems if system.family in ("linux", "windows", "unix")]

    source = Source.objects.create(
        slug=SOURCE_SLUG,
        synthetic=True,
        kind=SourceKind.SURVEY_REPORT,
        title="Synthetic demo data (not a real source)",
        notes="Generated by manage.py generate_demo_data for demos and benchmarks. Nothing here is real.",
    )
    customers = Organization.objects.bulk_create(
        [
            Organization(
                slug=f"{PREFIX}customer-{number:05d}",
                name=f"Synthetic customer {number:05d}",
                country=rng.choice(["GB", "US", "DE", "FR", "JP", "CH", "NL", "SE", "IN", "BR"]),
                industry=rng.choice(industries) if industries else None,
                description="[synthetic] A made-up organization.",
                synthetic=True,
            )
            for number in range(1, max(1, deployments // 10) + 1)
        ],
        batch_size=BATCH,
    )
    stages = list(Stage.values)
    modes = list(VirtualizationMode.values)
    start = datetime.date(2005, 1, 1)
    written = guests = 0
    for offset in range(0, deployments, BATCH):
        batch = []
        for number in range(offset + 1, min(deployments, offset + BATCH) + 1):
            hypervisor = rng.choice(hypervisors)
            hosted = hypervisor.architecture == "hosted" or hypervisor.slug == "xen"
            batch.append(
                Deployment(
                    reference=f"{PREFIX}{number:07d}",
                    customer=rng.choice(customers),
                    hypervisor=hypervisor,
                    hypervisor_version=rng.choice(["", "1.0", "2.0", "3.0", "3.1"]),
                    host_os=rng.choice(hosts) if hosted else None,
                    stage=rng.choice(stages),
                    host_count=rng.randint(1, 200),
                    vm_count=rng.randint(1, 2000),
                    reported_on=start + datetime.timedelta(days=rng.randint(0, 5 * 365)),
                    reported_precision=DatePrecision.DAY,
                    summary=f"[synthetic] Deployment {number} generated for demos and benchmarks.",
                    synthetic=True,
                )
            )
        batch = Deployment.objects.bulk_create(batch, batch_size=BATCH)
        guest_rows, purpose_rows, citation_rows = [], [], []
        for deployment in batch:
            for system in rng.sample(systems, rng.randint(1, 3)):
                guest_rows.append(
                    Guest(
                        deployment=deployment,
                        operating_system=system,
                        mode=rng.choice(modes),
                        vm_count=rng.randint(1, 500),
                    )
                )
            for purpose in rng.sample(purposes, rng.randint(1, 2)):
                purpose_rows.append(Deployment.purposes.through(deployment=deployment, purpose=purpose))
            citation_rows.append(Citation(deployment=deployment, source=source, locator="synthetic"))
        Guest.objects.bulk_create(guest_rows, batch_size=BATCH)
        Deployment.purposes.through.objects.bulk_create(purpose_rows, batch_size=BATCH)
        Citation.objects.bulk_create(citation_rows, batch_size=BATCH)
        written += len(batch)
        guests += len(guest_rows)
        if progress is not None:
            progress(len(batch))
    if responses:
        _synthetic_survey(rng, responses, customers, source, hypervisors, purposes, industries)
    return DemoDataResult(organizations=len(customers), deployments=written, guests=guests, responses=responses)


def _synthetic_survey(rng, count, customers, source, hypervisors, purposes, industries) -> None:
    firm = Organization.objects.create(
        slug=f"{PREFIX}research-firm",
        name="Synthetic research firm",
        description="[synthetic] A made-up analyst firm that runs the synthetic survey.",
        synthetic=True,
    )
    survey = Survey.objects.create(
        slug=SURVEY_SLUG,
        title="Synthetic virtualization survey",
        conducted_by=firm,
        fielded_from=datetime.date(2008, 1, 7),
        fielded_to=datetime.date(2008, 2, 29),
        population="[synthetic] Made-up respondents for demonstrations; nothing here is real.",
        source=source,
        synthetic=True,
        description="[synthetic] Generated by manage.py generate_demo_data.",
    )
    families = list(OSFamily.values)
    rows = []
    for number in range(1, count + 1):
        years = rng.randint(0, 12)
        # More years of Linux in production, further along: the pattern the demo report shows.
        lean = min(len(ADOPTION_ORDER) - 1, years // 3 + rng.randint(-1, 1))
        rows.append(
            SurveyResponse(
                survey=survey,
                reference=f"{PREFIX}response-{number:05d}",
                respondent=rng.choice(customers) if rng.random() < 0.5 else None,
                industry=rng.choice(industries) if industries else None,
                country=rng.choice(["GB", "US", "DE", "FR", "JP", "CH"]),
                size_band=rng.choice(SizeBand.values),
                linux_years=years,
                stage=ADOPTION_ORDER[max(0, lean)],
                synthetic=True,
            )
        )
    rows = SurveyResponse.objects.bulk_create(rows, batch_size=BATCH)
    answers, guest_families, purpose_rows = [], [], []
    for response in rows:
        for hypervisor in rng.sample(hypervisors, rng.randint(1, 3)):
            answers.append(
                ResponseHypervisor(response=response, hypervisor=hypervisor, stage=rng.choice(ADOPTION_ORDER))
            )
        for family in rng.sample(families, rng.randint(1, 3)):
            guest_families.append(ResponseGuestFamily(response=response, family=family))
        for purpose in rng.sample(purposes, rng.randint(1, 2)):
            purpose_rows.append(SurveyResponse.purposes.through(surveyresponse=response, purpose=purpose))
    ResponseHypervisor.objects.bulk_create(answers, batch_size=BATCH)
    ResponseGuestFamily.objects.bulk_create(guest_families, batch_size=BATCH)
    SurveyResponse.purposes.through.objects.bulk_create(purpose_rows, batch_size=BATCH)
