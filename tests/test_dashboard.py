"""The dashboard at `/`: public, read-only, linked to its data, naming no respondent, in fixed queries."""

import re

import pytest
from django.core.cache import cache
from django.test import Client

from adoption.dashboard import cache_key
from adoption.models import Deployment, Organization, Survey, SurveyResponse
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
    html = client.get("/?synthetic=include").content.decode()
    assert "Includes made-up demo data: 60 synthetic case studies and 40 synthetic survey responses" in html
    generate_demo_data(deployments=0, responses=0)
    assert "made-up demo data" not in client.get("/").content.decode()


def totals(html: str) -> list[int]:
    (line,) = re.findall(r'<p class="totals">(.*?)</p>', html, re.S)
    return [int(n.replace(",", "")) for n in re.findall(r"<strong>([\d,]+)</strong>", line)]


def test_the_dashboard_counts_real_data_only_unless_asked_and_says_which(client, demo):
    real = client.get("/").content.decode()
    real_counts = [
        Deployment.objects.filter(synthetic=False).count(),
        SurveyResponse.objects.filter(synthetic=False).count(),
    ]
    assert totals(real)[:2] == real_counts
    assert "Real data only: 60 synthetic case studies and 40 synthetic survey responses of made-up demo data" in real
    assert 'href="/?synthetic=include"' in real, "one click shows demo data too"
    links = [link.replace("&amp;", "&") for link in re.findall(r'href="(/api/[^"]+)"', real)]
    assert all("synthetic=include" not in link for link in links)
    assert all("synthetic=false" in link for link in links if link.startswith("/api/deployments/?"))

    both = client.get("/?synthetic=include").content.decode()
    assert totals(both)[:2] == [Deployment.objects.count(), SurveyResponse.objects.count()]
    assert "Real and demo data together." in both and 'href="/">Show real data only' in both
    links = [link.replace("&amp;", "&") for link in re.findall(r'href="(/api/[^"]+)"', both)]
    assert all("synthetic=include" in link for link in links if link.startswith("/api/reports/"))
    assert all("synthetic" not in link for link in links if link.startswith("/api/deployments/?"))
    for link in links:
        assert client.get(link).status_code == 200, link


def test_an_unknown_synthetic_value_is_a_400(client, demo):
    response = client.get("/", {"synthetic": "true"})
    assert response.status_code == 400
    assert "synthetic=include" in response.content.decode()


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
    cache.delete_many([cache_key(False), cache_key(True)])
    first = client.get("/")
    with_demo = client.get("/?synthetic=include")
    assert with_demo.content != first.content, "each variant is cached apart"
    assert "max-age=60" in first["Cache-Control"]
    generate_demo_data(deployments=5, responses=0, seed=5)
    with django_assert_num_queries(0):
        again = client.get("/")
    assert again.content == first.content, "figures may be up to DASHBOARD_CACHE_SECONDS old"
    with django_assert_num_queries(0):
        assert client.get("/?synthetic=include").content == with_demo.content
    cache.delete(cache_key(True))
    assert client.get("/?synthetic=include").content != with_demo.content
    cache.delete_many([cache_key(False), cache_key(True)])
