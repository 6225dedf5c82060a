"""The dashboard at `/`: public, read-only, linked to its data, naming no respondent, in fixed queries."""

import re

import pytest
from django.core.cache import cache
from django.test import Client

from adoption.dashboard import CACHE_KEY
from adoption.models import Organization, Survey
from adoption.services.demo_data import generate_demo_data

pytestmark = pytest.mark.django_db


def test_the_dashboard_is_public_and_links_every_chart_to_its_data(client, demo):
    response = client.get("/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "default-src 'none'" in response["Content-Security-Policy"]
    assert "<script" not in html, "nothing to run: the charts are SVG drawn on the server"
    for title in ("Adoption by hypervisor", "Stage funnel", "Guest OS mix by hypervisor", "Market events"):
        assert title in html
    links = set(re.findall(r'href="(/api/[^"]+)"', html.replace("&amp;", "&")))
    for query in ("group_by=hypervisor", "group_by=stage", "group_by=hypervisor%2Cguest_os_family"):
        assert f"/api/reports/adoption/?{query}" in links
        assert f"/api/reports/adoption/?{query}&format=csv" in links
    assert "/api/events/?format=csv" in links
    for link in links:
        assert client.get(link).status_code == 200, link


def test_demo_data_is_counted_apart(client, demo, seeded):
    html = client.get("/").content.decode()
    assert "Includes made-up demo data: 60 synthetic case studies and 40 synthetic survey responses" in html
    generate_demo_data(deployments=0, responses=0)
    assert "made-up demo data" not in client.get("/").content.decode()


def test_the_dashboard_is_read_only(client, demo):
    assert client.post("/").status_code == 405


def test_the_dashboard_never_names_a_respondent(client, django_user_model, demo):
    secret = Organization.objects.create(slug="secretive-corp", name="Secretive Corp")
    survey = Survey.objects.get(slug="synthetic-survey")
    survey.responses.update(respondent=secret)
    superuser = django_user_model.objects.create_superuser("boss", password="unused-password-3")
    anonymous, boss = Client(), Client()
    boss.force_login(superuser)
    for viewer in (anonymous, boss):
        html = viewer.get("/").content.decode()
        assert "Secretive" not in html and "secretive-corp" not in html


def test_small_survey_cells_are_withheld_and_said_to_be(client, seeded, settings):
    settings.ADOPTION_REPORT_MIN_COUNT = 5
    html = client.get("/").content.decode()
    assert "small survey cells withheld" in html, "the seeded test survey has one response"


def test_the_dashboard_takes_the_same_queries_for_more_data(client, demo, django_assert_num_queries):
    client.get("/")
    with django_assert_num_queries(18) as first:
        client.get("/")
    generate_demo_data(deployments=300, responses=200, seed=4)
    with django_assert_num_queries(len(first.captured_queries)):
        client.get("/")


def test_one_rendering_serves_everyone_for_the_cache_time(client, demo, settings, django_assert_num_queries):
    settings.DASHBOARD_CACHE_SECONDS = 60
    cache.delete(CACHE_KEY)
    first = client.get("/")
    assert "max-age=60" in first["Cache-Control"]
    generate_demo_data(deployments=5, responses=0, seed=5)
    with django_assert_num_queries(0):
        again = client.get("/")
    assert again.content == first.content, "figures may be up to DASHBOARD_CACHE_SECONDS old"
    cache.delete(CACHE_KEY)
    assert client.get("/").content != first.content
    cache.delete(CACHE_KEY)
