"""Weighting a survey: raking to its population margins (ipfn), trimming, and what is refused."""

import contextlib
import io
import itertools
from decimal import Decimal

import numpy as np
import pandas as pd
import pytest
from django.contrib.auth.models import Permission
from django.contrib.messages import get_messages
from django.core.management import CommandError, call_command
from django.urls import reverse
from ipfn import ipfn

from adoption import stats
from adoption.models import PopulationMargin, Survey, SurveyResponse, WeightingRun
from adoption.services.weighting import WeightingError, weigh

from .factories import IndustryFactory, SurveyFactory

pytestmark = [
    pytest.mark.django_db,
    # The tests run ipfn themselves, whose pandas mode uses inplace=True (deprecated in pandas 3.1).
    pytest.mark.filterwarnings("ignore::pandas.errors.Pandas4Warning"),
]


def responses(survey: Survey, profiles: list[dict], start: int = 0) -> list[SurveyResponse]:
    """One response per profile (its dimension values), in bulk: no hypervisors or purposes needed here."""
    made = [
        SurveyResponse(survey=survey, reference=f"{survey.slug}-{start + number:05d}", **profile)
        for number, profile in enumerate(profiles)
    ]
    SurveyResponse.objects.bulk_create(made)
    return list(survey.responses.order_by("reference"))


def margins(survey: Survey, dimension: str, shares: dict[str, str]) -> None:
    for value, share in shares.items():
        PopulationMargin.objects.create(survey=survey, dimension=dimension, value=value, share=Decimal(share))


def weights_by(survey: Survey, *fields: str) -> dict[tuple, list[float]]:
    found: dict[tuple, list[float]] = {}
    for row in survey.responses.values_list(*fields, "weight"):
        found.setdefault(row[:-1], []).append(row[-1])
    return found


def weighted_shares(survey: Survey, field: str) -> dict[str, float]:
    rows = list(survey.responses.exclude(weight=None).values_list(field, "weight"))
    total = sum(weight for _, weight in rows)
    shares: dict[str, float] = {}
    for value, weight in rows:
        shares[value] = shares.get(value, 0.0) + weight / total
    return shares


def ipfn_on_rows(frame: pd.DataFrame, targets: dict[str, dict[str, float]]) -> pd.DataFrame:
    """ipfn's own result with one row per response, weights starting at 1 (as its README's pandas example),
    stopping where the service does."""
    frame = frame.assign(total=1.0)
    aggregates = [
        pd.Series([share * len(frame) for share in values.values()], index=pd.Index(list(values), name=dimension))
        for dimension, values in targets.items()
    ]
    with contextlib.redirect_stdout(io.StringIO()):
        return ipfn.ipfn(
            frame, aggregates, [[dimension] for dimension in targets], convergence_rate=1e-6, rate_tolerance=0
        ).iteration()


@pytest.fixture
def survey():
    return SurveyFactory(slug="tco-2008", weight_cap=Decimal("5"))


# A worked example with a known answer --------------------------------------------------------


def test_four_responses_one_per_cell_take_the_product_of_their_margins(survey):
    # From equal weights, raking two margins over a 2 x 2 table of one response each gives the
    # independence table at once: the weight of (i, j) is n x row share x column share.
    responses(
        survey,
        [
            {"size_band": "1-99", "stage": "production"},
            {"size_band": "1-99", "stage": "pilot"},
            {"size_band": "10000+", "stage": "production"},
            {"size_band": "10000+", "stage": "pilot"},
        ],
    )
    margins(survey, "size_band", {"1-99": "0.6", "10000+": "0.4"})
    margins(survey, "stage", {"production": "0.7", "pilot": "0.3"})

    run = weigh(survey)

    found = {key: round(value[0], 6) for key, value in weights_by(survey, "size_band", "stage").items()}
    assert found == {
        ("1-99", "production"): 1.68,  # 4 x 0.6 x 0.7
        ("1-99", "pilot"): 0.72,
        ("10000+", "production"): 1.12,
        ("10000+", "pilot"): 0.48,
    }
    assert run.converged and run.iterations >= 1 and run.trimmed == 0


# Wikipedia's "Iterative proportional fitting" example, the one ipfn's README solves: a 4 x 4
# table of 800 observations raked to row totals 150, 300, 400, 150 and column totals 200, 300,
# 400, 100 (of 1000).
WIKIPEDIA_TABLE = [[40, 30, 20, 10], [35, 50, 100, 75], [30, 80, 70, 120], [20, 30, 40, 50]]
ROW_TOTALS, COLUMN_TOTALS = [150, 300, 400, 150], [200, 300, 400, 100]
BANDS = ["1-99", "100-999", "1000-9999", "10000+"]
STAGES = ["considering", "evaluating", "pilot", "production"]


def test_the_wikipedia_example_gives_ipfns_table_with_the_seeds_odds_ratios(survey):
    profiles = [
        {"size_band": BANDS[row], "stage": STAGES[column]}
        for row, column in itertools.product(range(4), range(4))
        for _ in range(WIKIPEDIA_TABLE[row][column])
    ]
    responses(survey, profiles)
    margins(survey, "size_band", {band: f"{total / 1000}" for band, total in zip(BANDS, ROW_TOTALS, strict=True)})
    margins(survey, "stage", {stage: f"{total / 1000}" for stage, total in zip(STAGES, COLUMN_TOTALS, strict=True)})

    run = weigh(survey)

    # The fitted table: each cell's weights, scaled from the 800 responses to the 1000 of the totals.
    cells = weights_by(survey, "size_band", "stage")
    fitted = np.array([[sum(cells[band, stage]) * 1000 / 800 for stage in STAGES] for band in BANDS])
    # ipfn's own answer (its numpy mode, as in its README) to the printed precision...
    with contextlib.redirect_stdout(io.StringIO()):
        expected = ipfn.ipfn(
            np.array(WIKIPEDIA_TABLE, dtype=float),
            [np.array(ROW_TOTALS, dtype=float), np.array(COLUMN_TOTALS, dtype=float)],
            [[0], [1]],
            convergence_rate=1e-10,
        ).iteration()
    assert np.round(fitted, 2).tolist() == np.round(expected, 2).tolist()
    # ... which is the known answer: the totals asked for, and every odds ratio of the seed kept
    # (raking only multiplies rows and columns, Mosteller 1968).
    assert np.round(fitted.sum(axis=1), 2).tolist() == ROW_TOTALS
    assert np.round(fitted.sum(axis=0), 2).tolist() == COLUMN_TOTALS
    seed = np.array(WIKIPEDIA_TABLE, dtype=float)
    for (i, k), (j, m) in itertools.product(itertools.combinations(range(4), 2), repeat=2):
        ratio = seed[i, j] * seed[k, m] / (seed[i, m] * seed[k, j])
        assert fitted[i, j] * fitted[k, m] / (fitted[i, m] * fitted[k, j]) == pytest.approx(ratio, rel=1e-6)
    # The same as ipfn gives with one row per response.
    frame = pd.DataFrame(profiles)
    targets = {name: {v: float(PopulationMargin.objects.get(dimension=name, value=v).share) for v in values}
               for name, values in (("size_band", BANDS), ("stage", STAGES))}  # fmt: skip
    by_row = ipfn_on_rows(frame, targets).groupby(["size_band", "stage"])["total"].first()
    for (band, stage), weights in cells.items():
        assert {round(weight, 6) for weight in weights} == {round(by_row[band, stage], 6)}
    assert run.converged and run.max_gap < 0.00005


# A run, as a user reads it -----------------------------------------------------------------


def test_weighted_shares_match_every_margin_and_the_run_says_how_it_went(survey):
    retail, banking = IndustryFactory(slug="retail"), IndustryFactory(slug="banking")
    rng = np.random.default_rng(7)
    profiles = [
        {
            "size_band": rng.choice(BANDS, p=[0.2, 0.2, 0.3, 0.3]),
            "country": rng.choice(["DE", "FR", "CH"], p=[0.5, 0.3, 0.2]),
            "industry": retail if rng.random() < 0.7 else banking,
            "stage": "pilot",
        }
        for _ in range(300)
    ]
    responses(survey, profiles)
    margins(survey, "size_band", {"1-99": "0.4", "100-999": "0.3", "1000-9999": "0.2", "10000+": "0.1"})
    margins(survey, "country", {"DE": "0.4", "FR": "0.4", "CH": "0.2"})
    margins(survey, "industry", {"retail": "0.5", "banking": "0.5"})

    run = weigh(survey)

    assert weighted_shares(survey, "size_band") == pytest.approx(
        {"1-99": 0.4, "100-999": 0.3, "1000-9999": 0.2, "10000+": 0.1}, abs=0.00005
    )
    assert weighted_shares(survey, "country") == pytest.approx({"DE": 0.4, "FR": 0.4, "CH": 0.2}, abs=0.00005)
    assert weighted_shares(survey, "industry__slug") == pytest.approx({"retail": 0.5, "banking": 0.5}, abs=0.00005)
    assert run.converged and run.iterations >= 2 and run.max_gap < 0.00005
    assert (run.received, run.weighted, run.trimmed) == (300, 300, 0)
    weights = list(survey.responses.values_list("weight", flat=True))
    assert sum(weights) == pytest.approx(300)  # mean weight 1
    assert run.design_effect == pytest.approx(stats.design_effect(weights)) and run.design_effect > 1
    assert run.effective_size == pytest.approx(300 / run.design_effect)
    assert run.margins["country"] == {"CH": 0.2, "DE": 0.4, "FR": 0.4}
    assert not survey.responses.exclude(weighting_run=run).exists()
    assert "ipfn" in run.method and run.cap == Decimal("5")


def test_a_margin_that_asks_too_much_of_one_response_is_trimmed_to_the_cap(survey):
    # The one small firm at the pilot stage among 30 responses stands for a rare band and a rare
    # stage: raking alone gives it weight 3.07 (mean 1). With a cap of 2.5 its weight stops at
    # 2.5 x the mean, and the others of its band and of its stage make up the rest.
    profiles = [{"size_band": "1-99", "stage": "pilot"}]
    profiles += [{"size_band": "1-99", "stage": "production"}] * 4
    profiles += [{"size_band": "10000+", "stage": "pilot"}] * 4
    profiles += [{"size_band": "10000+", "stage": "production"}] * 21
    responses(survey, profiles)
    margins(survey, "size_band", {"1-99": "0.3", "10000+": "0.7"})
    margins(survey, "stage", {"pilot": "0.3", "production": "0.7"})
    untrimmed = weigh(survey)
    assert max(survey.responses.values_list("weight", flat=True)) > 2.5 and untrimmed.trimmed == 0

    Survey.objects.filter(pk=survey.pk).update(weight_cap=Decimal("2.5"))
    run = weigh(survey)

    weights = list(survey.responses.values_list("weight", flat=True))
    assert max(weights) <= 2.5 * (sum(weights) / len(weights)) + 1e-9
    assert run.trimmed >= 1 and run.cap == Decimal("2.5")
    assert run.converged  # the others absorbed what was cut
    assert weighted_shares(survey, "size_band") == pytest.approx({"1-99": 0.3, "10000+": 0.7}, abs=0.00005)
    assert run.design_effect < untrimmed.design_effect


def test_a_cap_the_margins_cannot_live_with_is_kept_and_the_run_says_it_did_not_converge(survey):
    # One response of ten must stand for half the population: weight 5, against a cap of 2.
    responses(survey, [{"size_band": "1-99"}] + [{"size_band": "10000+"}] * 9)
    margins(survey, "size_band", {"1-99": "0.5", "10000+": "0.5"})
    Survey.objects.filter(pk=survey.pk).update(weight_cap=Decimal("2"))

    run = weigh(survey)

    weights = weights_by(survey, "size_band")
    assert weights["1-99",] == [pytest.approx(2 * (sum(sum(w) for w in weights.values()) / 10))]
    assert not run.converged
    assert run.max_gap == pytest.approx(0.3)  # 2 of 10 is a share of 0.2, not 0.5
    assert run.trimmed == 1


def test_responses_without_a_value_are_left_out_with_no_weight_but_counted_as_received(survey):
    made = responses(
        survey,
        [{"size_band": "1-99", "country": "DE"}, {"size_band": "10000+", "country": "FR"}]
        + [{"size_band": "", "country": "DE"}, {"size_band": "1-99", "country": ""}],
    )
    SurveyResponse.objects.filter(pk__in=[response.pk for response in made]).update(weight=7.0)  # an old run's
    margins(survey, "size_band", {"1-99": "0.5", "10000+": "0.5"})
    margins(survey, "country", {"DE": "0.5", "FR": "0.5"})

    run = weigh(survey)

    assert (run.received, run.weighted) == (4, 2)
    found = dict(survey.responses.values_list("reference", "weight"))
    assert found == {"tco-2008-00000": 1.0, "tco-2008-00001": 1.0, "tco-2008-00002": None, "tco-2008-00003": None}
    # A dimension not weighted by may be empty: only the margins' dimensions count.
    assert survey.responses.filter(stage="", weighting_run=run).count() == 4


# What is refused, with nothing changed -----------------------------------------------------


def invalid(kind: str, survey: Survey) -> None:
    """Set up `survey` so that weighting it is refused for reason `kind`."""
    IndustryFactory(slug="retail")
    if kind != "no responses":
        responses(survey, [{"size_band": "1-99", "country": "DE"}, {"size_band": "10000+", "country": "FR"}])
    if kind == "no margins":
        return
    margins(survey, "country", {"DE": "0.5", "FR": "0.5"})
    bands = {
        "shares not adding up to 1": {"1-99": "0.5", "10000+": "0.4"},
        "not a size band": {"1-99": "0.5", "10000+": "0.4", "huge": "0.1"},
        "a value no margin covers": {"1-99": "1"},
        "a margin no response has": {"1-99": "0.4", "10000+": "0.4", "100-999": "0.2"},
    }.get(kind, {"1-99": "0.5", "10000+": "0.5"})
    margins(survey, "size_band", bands)
    if kind == "unknown industry":
        margins(survey, "industry", {"retail": "0.5", "mining": "0.5"})
    if kind == "unknown country":
        PopulationMargin.objects.filter(survey=survey, value="FR").update(value="XX")


REFUSALS = {
    "no margins": ("margins", "no population margins"),
    "no responses": ("responses", "no responses"),
    "shares not adding up to 1": ("size_band", "size band shares add up to 0.9, not 1"),
    "not a size band": ("size_band", "'huge' is not a size band (1-99, 100-999"),
    "unknown industry": ("industry", "'mining' is not the slug of a known industry"),
    "unknown country": ("country", "'XX' is not a country code (ISO 3166-1 alpha-2"),
    "a value no margin covers": ("size_band", "1 response(s) have size band '10000+', which no margin covers"),
    "a margin no response has": ("size_band", "No response weighted has size band '100-999': raking cannot reach"),
}


@pytest.mark.parametrize("kind", list(REFUSALS))
def test_what_cannot_be_raked_is_refused_by_name_and_nothing_changes(survey, kind):
    invalid(kind, survey)
    survey.responses.update(weight=3.0)
    before = list(survey.responses.order_by("pk").values_list("pk", "weight", "weighting_run"))

    with pytest.raises(WeightingError) as refused:
        weigh(survey)

    field, sentence = REFUSALS[kind]
    assert any(sentence in message for message in refused.value.message_dict[field]), refused.value.message_dict
    assert not WeightingRun.objects.exists()
    assert list(survey.responses.order_by("pk").values_list("pk", "weight", "weighting_run")) == before


def test_every_problem_is_listed_at_once(survey):
    responses(survey, [{"size_band": "1-99", "country": "DE"}])
    margins(survey, "size_band", {"1-99": "0.5", "huge": "0.2"})
    margins(survey, "country", {"DE": "0.5", "FR": "0.5"})
    with pytest.raises(WeightingError) as refused:
        weigh(survey)
    assert set(refused.value.message_dict) == {"size_band", "country"}
    assert len(refused.value.messages) == 3  # 0.7 not 1; 'huge'; no response in FR


# The command and the admin -----------------------------------------------------------------


def four_weighable(survey: Survey) -> None:
    responses(
        survey,
        [{"size_band": band, "stage": stage} for band in ("1-99", "10000+") for stage in ("pilot", "production")],
    )
    margins(survey, "size_band", {"1-99": "0.6", "10000+": "0.4"})
    margins(survey, "stage", {"pilot": "0.3", "production": "0.7"})


def test_the_command_prints_the_run(survey, django_user_model):
    four_weighable(survey)
    analyst = django_user_model.objects.create_user("analyst", password="unused-password-5")
    out = io.StringIO()
    call_command("weigh_survey", "tco-2008", "--user", "analyst", stdout=out)
    assert "tco-2008: weighted 4 of 4 responses (0 left out" in out.getvalue()
    assert "converged in 1 iteration(s); 0 weight(s) trimmed to 5.00 × the mean; design effect 1.2" in out.getvalue()
    assert WeightingRun.objects.get().created_by == analyst


def test_the_command_refuses_an_unknown_survey_or_bad_margins_in_a_sentence(survey):
    with pytest.raises(CommandError, match="There is no survey 'tco-2009'.") as unknown:
        call_command("weigh_survey", "tco-2009")
    assert unknown.value.returncode == 1
    invalid("a value no margin covers", survey)
    with pytest.raises(CommandError) as refused:
        call_command("weigh_survey", "tco-2008")
    assert str(refused.value).startswith("Nothing was weighted: tco-2008 cannot be raked.\n  - 1 response(s) have")
    assert refused.value.returncode == 1 and not WeightingRun.objects.exists()


def run_action(client, *surveys: Survey):
    return client.post(
        reverse("admin:adoption_survey_changelist"),
        {"action": "compute_weights", "_selected_action": [survey.pk for survey in surveys]},
        follow=True,
    )


def test_the_admin_action_weighs_each_survey_and_says_how_it_went(admin_client, survey):
    four_weighable(survey)
    refused = SurveyFactory(slug="tco-2009", title="Refused survey")
    invalid("no margins", refused)

    page = run_action(admin_client, survey, refused)

    said = [str(message) for message in get_messages(page.wsgi_request)]
    assert any(message.startswith(f"{survey}: weighted 4 of 4 responses") for message in said), said
    assert any(
        message.startswith("Refused survey: not weighted. The survey has no population margins") for message in said
    )
    assert WeightingRun.objects.get().survey == survey
    assert survey.responses.exclude(weight=None).count() == 4


def test_the_admin_shows_margins_and_the_cap_and_a_responses_weight(admin_client, survey):
    four_weighable(survey)
    weigh(survey)
    html = admin_client.get(reverse("admin:adoption_survey_change", args=[survey.pk])).content.decode()
    assert 'name="weight_cap"' in html and "Population and weighting" in html
    assert 'name="margins-0-share"' in html and 'value="0.600000"' in html
    response = survey.responses.get(size_band="1-99", stage="production")
    html = admin_client.get(reverse("admin:adoption_surveyresponse_change", args=[response.pk])).content.decode()
    assert "1.68" in html and "weighted" in html


def test_the_action_needs_the_change_permission(client, django_user_model, survey):
    four_weighable(survey)
    viewer = django_user_model.objects.create_user("viewer", password="unused-password-5", is_staff=True)
    viewer.user_permissions.set(Permission.objects.filter(codename="view_survey"))
    client.force_login(viewer)
    page = run_action(client, survey)
    assert page.status_code in (200, 403)
    assert not WeightingRun.objects.exists()
    assert not survey.responses.exclude(weight=None).exists()


def test_a_value_only_one_kind_of_respondent_has_is_raked_too(survey):
    # Only one profile has 10000+ employees (and only one is in FR): ipfn's pandas mode fails on such a value
    # under pandas 3; its numpy mode, which the service uses, does not.
    responses(
        survey,
        [{"size_band": "1-99", "country": "DE"}] * 6
        + [{"size_band": "100-999", "country": "DE"}] * 3
        + [{"size_band": "10000+", "country": "FR"}],
    )
    margins(survey, "size_band", {"1-99": "0.5", "100-999": "0.3", "10000+": "0.2"})
    margins(survey, "country", {"DE": "0.8", "FR": "0.2"})
    run = weigh(survey)
    assert run.converged and run.weighted == 10
    shares = weighted_shares(survey, "size_band")
    assert shares == pytest.approx({"1-99": 0.5, "100-999": 0.3, "10000+": 0.2}, abs=1e-4)
