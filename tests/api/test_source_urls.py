"""The same source twice: addresses compared after normalising, through the admin, the API and CSV import."""

import pytest
from django.core.management import call_command

from adoption.models import Source
from adoption.models.sources import url_key
from adoption.registry import RESOURCES
from adoption.services.csv_import import import_csv
from adoption.services.upsert import UpsertError

from .conftest import new_record

pytestmark = pytest.mark.django_db

STORED = "https://www.computing.co.uk/news/1821574/vmware-rocket-ipo-xensource-rumours-virtualisation-power"
SLUG = "computing-2007-08-14-vmware-ipo-xensource-rumours"
PATH = "computing.co.uk/news/1821574/vmware-rocket-ipo-xensource-rumours-virtualisation-power"
SAME = [
    f"http://www.{PATH}",
    f"https://www.{PATH}/",
    f"https://WWW.Computing.CO.UK/{PATH.split('/', 1)[1]}",
    f"https://www.computing.co.uk:443/{PATH.split('/', 1)[1]}",
    f"http://www.computing.co.uk:80/{PATH.split('/', 1)[1]}",
    f"https://{PATH}",
    f"https://www.{PATH}?utm_source=twitter&utm_medium=social&fbclid=abc&gclid=1",
    f"https://www.{PATH}#comments",
]
DIFFERENT = [
    f"https://www.{PATH}-2",
    f"https://www.{PATH}?page=2",
    f"https://www.computing.co.uk:8443/{PATH.split('/', 1)[1]}",
    f"https://news.{PATH}",
    f"https://www.{PATH.upper()}",  # a path's case can matter to the server
]


@pytest.mark.parametrize("url", SAME)
def test_equivalent_addresses_share_a_key(url):
    assert url_key(url) == url_key(STORED)


@pytest.mark.parametrize("url", DIFFERENT)
def test_other_addresses_do_not(url):
    assert url_key(url) != url_key(STORED)


def test_query_order_does_not_matter_and_other_parameters_do():
    assert url_key("https://example.com/a?b=2&a=1&utm_campaign=x") == url_key("https://example.com/a?a=1&b=2")
    assert url_key("https://example.com/a?id=1") != url_key("https://example.com/a?id=2")


def expected_message(source: Source) -> str:
    return (
        f"“{source.title}” ({source.slug}) already has this address: "
        f"/admin/adoption/source/{source.pk}/change/ (API: /api/sources/{source.pk}/)"
    )


@pytest.mark.parametrize("url", SAME[:3] + SAME[6:7])
def test_the_api_refuses_a_second_source_at_the_same_address(editor, seeded, url):
    existing = Source.objects.get(slug=SLUG)
    response = editor.post("/api/sources/", {**new_record("sources"), "web_url": url}, format="json")
    assert response.status_code == 400, response.content
    assert response.json() == {"web_url": [expected_message(existing)]}
    assert not Source.objects.filter(slug="acme-press-release-2008").exists()


def test_the_api_still_takes_another_address_and_the_key_is_never_shown(editor, seeded):
    url = DIFFERENT[0]
    response = editor.post("/api/sources/", {**new_record("sources"), "web_url": url}, format="json")
    assert response.status_code == 201, response.content
    assert "url_key" not in response.json()
    assert response.json()["web_url"] == url, "the address is stored as given"
    source = Source.objects.get(slug="acme-press-release-2008")
    assert source.url_key == url_key(url)
    assert "url_key" not in {field.name for field in Source.history.model._meta.fields}


def test_the_admin_refuses_it_naming_and_linking_the_source(admin_client, seeded):
    existing = Source.objects.get(slug=SLUG)
    response = admin_client.post(
        "/admin/adoption/source/add/",
        {
            "slug": "computing-again",
            "kind": "news-article",
            "title": "The same article again",
            "url": SAME[0],
            "published_precision": "day",
        },
    )
    assert response.status_code == 200, "the form comes back with an error"
    assert expected_message(existing) in response.context["adminform"].form.errors["url"]
    assert not Source.objects.filter(slug="computing-again").exists()


def csv_of(*rows: tuple[str, str]) -> bytes:
    header = "slug,kind,title,web_url,published_precision\r\n"
    return (header + "".join(f"{slug},news-article,An article,{url},day\r\n" for slug, url in rows)).encode()


def test_csv_import_refuses_it_naming_the_row_and_column(seeded):
    existing = Source.objects.get(slug=SLUG)
    with pytest.raises(UpsertError) as error:
        import_csv(RESOURCES["sources"], csv_of(("computing-again", SAME[1])))
    assert [(p.where, p.column, p.message) for p in error.value.problems] == [
        ("line 2", "web_url", expected_message(existing))
    ]
    assert not Source.objects.filter(slug="computing-again").exists()


def test_csv_import_refuses_two_rows_with_one_address(seeded):
    with pytest.raises(UpsertError) as error:
        import_csv(RESOURCES["sources"], csv_of(("one", "http://example.com/a/"), ("two", "https://EXAMPLE.com/a")))
    assert [(p.where, p.column, p.message) for p in error.value.problems] == [
        ("line 3", "web_url", "line 2 already has this address.")
    ]


def test_sources_without_an_address_are_many(seeded):
    import_csv(RESOURCES["sources"], csv_of(("one", ""), ("two", "")))
    assert Source.objects.filter(slug__in=["one", "two"], url_key="").count() == 2


def test_loaddata_and_bulk_writes_fill_the_key(seeded):
    assert Source.objects.get(slug=SLUG).url_key == url_key(STORED), "the seeds fill it"
    (made,) = Source.objects.bulk_create([Source(slug="bulk", kind="news-article", title="B", url=DIFFERENT[0])])
    assert Source.objects.get(pk=made.pk).url_key == url_key(DIFFERENT[0])
    call_command("generate_demo_data", deployments=1, responses=0)  # its source has no address
    assert Source.objects.get(slug="synthetic-demo-data").url_key == ""
