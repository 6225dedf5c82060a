"""Confidential fields stay confidential through every path: a matrix generated from the models.

For every model with a confidential field (a survey response's respondent), every path
that leads to that field from any model with an admin list or an API list is tried as a
filter, an ordering and a search, in the admin's query string, its CSV export, the API's
lists and the reports, by four kinds of user. Then every admin page and API address of
the records involved is read, and no page may tie the respondent to its response. A new
model, relation or view is in the matrix without a new test.
"""

import datetime
import html
import re
from collections.abc import Iterator

import pytest
from django.contrib import admin
from django.contrib.auth.models import Permission
from django.db import models
from django.test import Client
from django.urls import URLPattern, URLResolver, reverse
from rest_framework.generics import GenericAPIView

from adoption.api.urls import router
from adoption.confidential import confidential_fields, path_fields
from adoption.models import MarketEvent, Organization, Survey, SurveyResponse
from adoption.selectors.reports import DIMENSIONS, KINDS

from .factories import HypervisorFactory, OrganizationFactory

pytestmark = pytest.mark.django_db

# The organization that answered, and the response it gave: no page may show both to
# someone without the permission, and no filter may say which rows are tied.
SECRET_NAME = "Quietly Responding Holdings"
SECRET_SLUG = "quietly-responding-holdings"
REFERENCE = "tied-response-0001"

ROLES = ("anonymous", "plain", "editor_without", "editor_with")
WITHOUT = ROLES[:3]


def relation_paths(model: type[models.Model], depth: int = 3, prefix: str = "", seen=()) -> Iterator[str]:
    """Every lookup path from `model` through relations, up to `depth` relations long."""
    if depth == 0:
        return
    for field in model._meta.get_fields():
        if not field.is_relation or field.related_model is None:
            continue
        related = field.related_model
        if related._meta.app_label not in ("adoption", "auth") or related in seen:
            continue
        path = f"{prefix}{field.name}"
        yield path
        yield from relation_paths(related, depth - 1, f"{path}__", (*seen, model))


def confidential_paths(model: type[models.Model]) -> list[str]:
    """The relation paths from `model` that end at a confidential field (going further adds nothing:
    the gate refuses a path at its first confidential step)."""
    confidential = confidential_fields()
    return sorted(path for path in relation_paths(model) if path_fields(model, path)[-1] in confidential)


def lookups(path: str, respondent: Organization) -> list[tuple[str, str]]:
    """Ways a query string can use `path`: as it is, by id, by slug, emptiness, membership."""
    return [
        (path, str(respondent.pk)),
        (f"{path}__exact", str(respondent.pk)),
        (f"{path}__id__exact", str(respondent.pk)),
        (f"{path}_id", str(respondent.pk)),
        (f"{path}__slug", respondent.slug),
        (f"{path}__isnull", "False"),
        (f"{path}__in", str(respondent.pk)),
    ]


@pytest.fixture
def tied(db):
    """A survey with two responses: one from a confidential respondent, one anonymous."""
    respondent = OrganizationFactory(name=SECRET_NAME, slug=SECRET_SLUG)
    survey = Survey.objects.create(
        slug="quiet-survey", title="Quiet survey", conducted_by=OrganizationFactory(), fielded_from="2008-01-07"
    )
    hypervisor = HypervisorFactory()
    tied_response = survey.responses.create(reference=REFERENCE, respondent=respondent, stage="pilot")
    tied_response.hypervisors.create(hypervisor=hypervisor, stage="pilot")
    untied = survey.responses.create(reference="untied-response-0002", stage="production")
    untied.hypervisors.create(hypervisor=hypervisor, stage="production")
    return respondent


@pytest.fixture
def clients(django_user_model) -> dict[str, Client]:
    adoption = Permission.objects.filter(content_type__app_label="adoption")
    made = {"anonymous": Client()}
    for role, permissions in (
        ("plain", Permission.objects.none()),
        ("editor_without", adoption.exclude(codename="view_respondent")),
        ("editor_with", adoption),
    ):
        user = django_user_model.objects.create_user(role, password="unused-password-9", is_staff=role != "plain")
        user.user_permissions.set(permissions)
        made[role] = Client()
        made[role].force_login(user)
    return made


def test_the_models_have_confidential_paths_to_try():
    # The matrix below is only as good as what it finds: it must find the known ones.
    assert "survey_responses" in confidential_paths(Organization)
    assert "respondent" in confidential_paths(SurveyResponse)
    assert "responses__respondent" in confidential_paths(Survey)
    # The market facts lead to respondents too: through a party, a figure's claimant.
    assert {"parties__organization__survey_responses", "figures__stated_by__survey_responses"} <= set(
        confidential_paths(MarketEvent)
    )


ADMIN_MODELS = sorted(admin.site._registry, key=lambda model: model._meta.label)


REFUSED = re.compile(r"<li><code>([^<]*)</code>:")


@pytest.mark.parametrize("model", ADMIN_MODELS, ids=lambda model: model._meta.label)
def test_no_admin_list_or_export_filters_through_a_confidential_field(clients, tied, model):
    info = f"admin:{model._meta.app_label}_{model._meta.model_name}"
    pages = [reverse(f"{info}_changelist")]
    if hasattr(admin.site._registry[model], "export_view"):
        pages.append(reverse(f"{info}_export_csv"))
    for role in ("anonymous", "plain"):
        # Not staff: every admin address sends them to the login page, whatever it asks.
        assert clients[role].get(pages[0], {"respondent": str(tied.pk)}).status_code == 302, role
    # Every lookup of every confidential path, in one query string: the list weighs each
    # parameter on its own and names every one it refuses, so each must be named.
    tried = dict(lookup for path in confidential_paths(model) for lookup in lookups(path, tied))
    if model in (Organization, SurveyResponse):
        assert tried, "the matrix tried nothing on a model with a confidential path"
    if not tried:
        return
    for role in ("editor_without", "editor_with"):
        for page in pages:
            response = clients[role].get(page, tried)
            body = response.content.decode() if not response.streaming else ""
            # Refused, with a page that names each parameter: none applied.
            assert response.status_code == 400, (role, page, response.status_code)
            named = set(REFUSED.findall(html.unescape(body)))
            assert named == set(tried), (role, page, "not refused:", sorted(set(tried) - named))
            assert SECRET_NAME not in body, (role, page)


def api_lists() -> list[tuple[str, type[models.Model]]]:
    lists = []
    for prefix, viewset, _ in router.registry:
        assert issubclass(viewset, GenericAPIView) and viewset.queryset is not None, "every resource lists a queryset"
        lists.append((prefix, viewset.queryset.model))
    return lists


@pytest.mark.parametrize(("resource", "model"), api_lists(), ids=[name for name, _ in api_lists()])
def test_no_api_filter_ordering_or_search_reaches_a_confidential_field(clients, tied, resource, model):
    url = f"/api/{resource}/"
    filterset = next(viewset for prefix, viewset, _ in router.registry if prefix == resource).filterset_class
    confidential = confidential_fields()
    for role in ROLES:
        client = clients[role]
        everything = client.get(url, {"limit": 1000}).json()
        for format_ in ("json", "csv"):
            # Declared filters that pass through a confidential field: refused, or honoured for those allowed.
            for name, declared in filterset.base_filters.items():
                if not any(field in confidential for field in path_fields(model, declared.field_name)):
                    continue
                value = tied.slug if not name.endswith("_id") and "_id__" not in name else str(tied.pk)
                response = client.get(url, {name: value, "format": format_})
                expected = 200 if role == "editor_with" else 400
                assert response.status_code == expected, (role, name, format_)
        # Paths the API does not declare: refused, or ignored (the same rows as no filter); never applied.
        for path in confidential_paths(model):
            for lookup, value in lookups(path, tied):
                if lookup in filterset.base_filters:
                    continue  # declared: tried above
                response = client.get(url, {lookup: value, "limit": 1000})
                assert response.status_code == 400 or response.json() == everything, (role, lookup)
            response = client.get(url, {"ordering": path})
            assert response.status_code == 400, (role, path)
            assert SECRET_NAME not in response.content.decode()
        # Free text finds no response by its respondent's name.
        if model is SurveyResponse:
            assert client.get(url, {"q": SECRET_NAME}).json()["count"] == 0, role


@pytest.mark.parametrize("kind", list(KINDS))
def test_no_report_groups_or_filters_through_a_confidential_field(clients, tied, kind):
    confidential = confidential_fields()
    model = KINDS[kind].model
    for role in ROLES:
        for dimension in DIMENSIONS.values():
            if kind in dimension.keys:
                assert not any(
                    field in confidential for path in dimension.paths(kind) for field in path_fields(model, path)
                ), dimension.name
        for name, declared in KINDS[kind].filterset.base_filters.items():
            if any(field in confidential for field in path_fields(model, declared.field_name)):
                value = str(tied.pk) if "_id" in name else tied.slug
                response = clients[role].get(
                    "/api/reports/adoption/", {"group_by": "stage", "records": "responses", name: value}
                )
                assert response.status_code == (200 if role == "editor_with" else 400), (role, name)


def fill(pattern: str, pk: int) -> str:
    """An admin URL pattern ("<path:object_id>/history/") with the record's id in it."""
    for converter in ("<path:object_id>", "<int:object_id>", "(.+)", "([^/]+)"):
        pattern = pattern.replace(converter, str(pk))
    return pattern.lstrip("^").rstrip("$")


def admin_pages(model: type[models.Model], pk: int) -> list[str]:
    """Every page of `model`'s admin that GET may read, about record `pk`."""
    info = f"{model._meta.app_label}/{model._meta.model_name}"
    pages = []
    for pattern in admin.site._registry[model].get_urls():
        if isinstance(pattern, URLResolver) or not isinstance(pattern, URLPattern):
            continue
        route = str(pattern.pattern)
        if "object_id" in route or "(" in route or route == "" or "/" in route:
            pages.append(f"/admin/{info}/{fill(route, pk)}")
    return sorted(set(pages))


def api_pages(resource: str, pk: int) -> list[str]:
    return [
        f"/api/{resource}/",
        f"/api/{resource}/?format=csv",
        f"/api/{resource}/{pk}/",
        f"/api/{resource}/{pk}/history/",
        f"/api/{resource}/deleted/",
    ]


def test_no_page_ties_the_respondent_to_its_response(clients, tied):
    response = SurveyResponse.objects.get(reference=REFERENCE)
    # Give the history something to tell: the respondent changes, is emptied and comes back.
    for respondent in (None, tied):
        response.respondent = respondent
        response.save()
    # And the deleted lists something to list: a second response of the respondent, deleted.
    gone = response.survey.responses.create(reference="tied-response-0003", respondent=tied, stage="pilot")
    gone.delete()
    reports = [f"/api/reports/adoption/?group_by={name}&records=responses" for name in DIMENSIONS]
    reports += [f"{report}&format=csv" for report in reports]
    about_response = [
        *admin_pages(SurveyResponse, response.pk),
        *admin_pages(SurveyResponse, gone.pk),
        *api_pages("survey-responses", response.pk),
        *reports,
    ]
    about_respondent = [*admin_pages(Organization, tied.pk), *api_pages("organizations", tied.pk)]
    assert len(about_response) > 20 and len(about_respondent) > 10

    def read(client, page) -> str:
        reply = client.get(page)
        assert reply.status_code < 500, page
        body = b"".join(reply.streaming_content) if reply.streaming else reply.content
        return body.decode()

    def revealed(client, page) -> list[str]:
        body = read(client, page)
        return [marker for marker in (SECRET_NAME, SECRET_SLUG) if marker in body]

    for role in WITHOUT:
        for page in about_response:
            body = read(clients[role], page)
            assert SECRET_NAME not in body and SECRET_SLUG not in body, (role, page)
            assert f"/organization/{tied.pk}/" not in body, (role, page)
        for page in about_respondent:
            body = read(clients[role], page)
            assert REFERENCE not in body and "tied-response-0003" not in body, (role, page)
    # The same pages do show the respondent to those allowed to see it: the check above can fail.
    shown = [
        page for page in about_response if {SECRET_NAME, SECRET_SLUG} & set(revealed(clients["editor_with"], page))
    ]
    assert any("/change/" in page for page in shown) and any(page.endswith("/history/") for page in shown)


def test_history_shows_no_entry_for_a_change_of_respondent_alone(clients, tied):
    response = SurveyResponse.objects.get(reference=REFERENCE)
    api = f"/api/survey-responses/{response.pk}/history/"
    page = f"/admin/adoption/surveyresponse/{response.pk}/history/"

    def entries(role) -> tuple[int, int]:
        html = clients[role].get(page).content.decode()
        return len(clients[role].get(api).json()), html.count('<tr class="change-')

    before = {role: entries(role) for role in ("editor_without", "editor_with")}
    response.respondent = None
    response.save()
    assert entries("editor_without") == before["editor_without"]
    assert entries("editor_with") == tuple(count + 1 for count in before["editor_with"])
    newest = clients["editor_with"].get(api).json()[0]
    assert [item["field"] for item in newest["rows"][0]["fields"]] == ["respondent"]


@pytest.mark.parametrize("role", ["editor_without", "editor_with"])
def test_a_response_whose_respondent_was_deleted_is_restored_anonymous(clients, tied, role):
    response = SurveyResponse.objects.get(reference=REFERENCE)
    pk = response.pk
    response.delete()
    tied.delete()
    restored = clients[role].post(f"/api/survey-responses/{pk}/restore/", content_type="application/json")
    assert restored.status_code == 201, restored.content
    assert str(tied.pk) not in restored.content.decode().replace(f'"id":{pk}', "")
    assert SurveyResponse.objects.get(pk=pk).respondent is None
    assert restored.json().get("respondent", None) is None


def test_the_admin_list_refuses_a_lookup_it_does_not_offer_and_names_it(clients, tied):
    page = reverse("admin:adoption_organization_changelist")
    refused = clients["editor_with"].get(page, {"name__startswith": "Q"})
    assert refused.status_code == 400
    assert "name__startswith" in refused.content.decode()
    offered = clients["editor_with"].get(page, {"country": "GB"})
    assert offered.status_code == 200
    today = datetime.date.today()
    assert (
        clients["editor_with"]
        .get(reverse("admin:adoption_deployment_changelist"), {"reported_on__year": today.year})
        .status_code
        == 200
    )
