"""View means view: a user who may only view changes nothing through any admin address.

Generated from the admin's URL patterns, third-party views included: every address is
read as a superuser, each form it shows is filled in as the superuser would send it (a
text field edited, every action applied to every row), and sent by a staff user with
every view permission and nothing else. Not a row of any table may change. A new model,
view or URL is covered without a new test.
"""

import hashlib
import re
from html.parser import HTMLParser

import pytest
from django.apps import apps
from django.contrib import admin
from django.contrib.auth.models import Permission
from django.db import connection
from django.test import Client
from django.urls import URLPattern, URLResolver

from adoption.models import Deployment

pytestmark = pytest.mark.django_db

# Apps whose rows a view-only user must not be able to touch (sessions are theirs to make).
GUARDED_APPS = ("adoption", "auth", "authtoken")
# A user's own login data changes as they use the site.
OWN_FIELDS = {"password", "last_login"}


def snapshot_queries() -> list[tuple[str, str, tuple]]:
    """(label, SQL, params) reading every row of every guarded table, in pk order."""
    queries = []
    for model in apps.get_models():
        if model._meta.app_label not in GUARDED_APPS:
            continue
        names = [field.attname for field in model._meta.concrete_fields if field.attname not in OWN_FIELDS]
        query = model._base_manager.order_by("pk").values_list(*names).query
        queries.append((model._meta.label, *query.get_compiler(using=connection.alias).as_sql()))
    return queries


def snapshot(queries: list[tuple[str, str, tuple]] | None = None) -> str:
    """A digest of every row of every guarded table (the SQL built once, as it runs after every POST)."""
    digest = hashlib.sha256()
    with connection.cursor() as cursor:
        for label, sql, params in queries or snapshot_queries():
            cursor.execute(sql, params)
            for row in cursor.fetchall():
                digest.update(repr((label, row)).encode())
    return digest.hexdigest()


class Forms(HTMLParser):
    """The POST forms of a page, each as (action, [(name, value), ...]) the browser would send."""

    def __init__(self):
        super().__init__()
        self.forms: list[tuple[str, list[tuple[str, str]]]] = []
        self._select = self._textarea = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "form" and (attrs.get("method") or "").lower() == "post":
            self.forms.append((attrs.get("action") or "", []))
        if not self.forms:
            return
        fields = self.forms[-1][1]
        name = attrs.get("name")
        if tag == "input" and name:
            kind = (attrs.get("type") or "text").lower()
            if kind in ("checkbox", "radio") and "checked" not in attrs:
                return
            if kind not in ("file", "image", "reset", "button"):
                fields.append((name, attrs.get("value") or ("on" if kind == "checkbox" else "")))
        elif tag == "textarea" and name:
            self._textarea = name
            fields.append((name, ""))
        elif tag == "select" and name:
            self._select = (name, "multiple" in attrs)
        elif tag == "option" and self._select and "selected" in attrs:
            fields.append((self._select[0], attrs.get("value") or ""))

    def handle_endtag(self, tag):
        if tag == "select":
            self._select = None
        elif tag == "textarea":
            self._textarea = None

    def handle_data(self, data):
        if self._textarea and self.forms:
            fields = self.forms[-1][1]
            name, value = fields[-1]
            fields[-1] = (name, value + data)


def edited(fields: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """The form with every free-text field changed, as someone editing the record would send it."""
    changed = []
    for name, value in fields:
        if re.search(r"(summary|description|notes|population|note|title|locator)$", name) and value.strip():
            value = f"{value.strip()} (changed)"
        changed.append((name, value))
    return changed


LOGOUT = "/admin/logout/"
OBJECT_ID = re.compile(r"<(?:path:|int:)?(?:object_)?id>")


def admin_addresses(deleted_pk: int) -> list[str]:
    """Every admin address, with a real record's id where the pattern takes one."""
    addresses = []

    def walk(patterns, prefix: str, model=None):
        for pattern in patterns:
            route = str(pattern.pattern).lstrip("^").rstrip("$")
            if isinstance(pattern, URLResolver):
                found = next(
                    (m for m in admin.site._registry if route == f"{m._meta.app_label}/{m._meta.model_name}/"), None
                )
                walk(pattern.url_patterns, prefix + route, found)
                continue
            assert isinstance(pattern, URLPattern)
            if "content_type_id" in route or "(?P<url>" in route:
                continue  # "view on site" and the catch-all: redirects, no form
            if "<int:object_id>" in route:
                if model is not Deployment:
                    continue  # restore: one deleted record is enough to try it
                route = route.replace("<int:object_id>", str(deleted_pk))
            if OBJECT_ID.search(route):
                record = model._base_manager.order_by("pk").first() if model else None
                if record is None:
                    continue
                route = OBJECT_ID.sub(str(record.pk), route)
            route = re.sub(r"\(\?P<app_label>[^)]*\)", "adoption", route)
            if "<" in route or "(" in route:
                raise AssertionError(f"an admin URL pattern this test cannot fill in: {route}")
            addresses.append(prefix + route)

    walk(admin.site.get_urls(), "/admin/")
    return [address for address in addresses if address != LOGOUT]


@pytest.fixture
def viewer(django_user_model) -> Client:
    user = django_user_model.objects.create_user("viewer", password="unused-password-7", is_staff=True)
    user.user_permissions.set(Permission.objects.filter(codename__startswith="view_"))
    client = Client()
    client.force_login(user)
    return client


def test_a_view_only_user_changes_nothing_through_any_admin_address(admin_client, viewer, seeded):
    deleted = Deployment.objects.order_by("pk").last()
    deleted_pk = deleted.pk
    deleted.delete()
    addresses = admin_addresses(deleted_pk)
    assert any("/restore/" in address for address in addresses) and any("/import-csv/" in a for a in addresses)
    queries = snapshot_queries()
    before = snapshot(queries)
    tried = 0
    for address in addresses:
        page = admin_client.get(address)
        forms = Forms()
        if page.status_code == 200 and not page.streaming:
            forms.feed(page.content.decode())
        # Not the header's log-out form: the viewer must stay signed in for the test to mean anything.
        posts = [(action or address, edited(fields)) for action, fields in forms.forms if action != LOGOUT]
        posts = posts or [(address, [])]
        if address.endswith("/restore/"):
            posts.append((address, []))
        for target, fields in posts:
            data = {}
            for name, value in fields:
                data.setdefault(name, []).append(value)
            if "action" in data and "_selected_action" not in data:
                # A changelist: every action it offers the superuser, on every row, confirmed.
                pks = [str(pk) for pk in page.context["cl"].result_list.values_list("pk", flat=True)]
                for action in page.context["action_form"].fields["action"].choices:
                    if action[0]:
                        sent = {**data, "action": action[0], "_selected_action": pks, "post": "yes"}
                        assert viewer.post(target, sent).status_code < 500, (target, action[0])
                        tried += 1
            response = viewer.post(target, data)
            assert response.status_code < 500, target
            assert "/login/" not in response.get("Location", ""), f"the viewer was signed out by {target}"
            tried += 1
            assert snapshot(queries) == before, f"a view-only user changed data through POST {target}"
    assert tried > 50


def test_the_edited_forms_do_change_data_when_sent_by_someone_allowed(admin_client, seeded):
    # The matrix above is only as good as its forms: sent by the superuser, they do change things.
    record = Deployment.objects.order_by("pk").first()
    address = f"/admin/adoption/deployment/{record.pk}/change/"
    forms = Forms()
    forms.feed(admin_client.get(address).content.decode())
    (action, fields), *_ = [form for form in forms.forms if any(name == "summary" for name, _ in form[1])]
    data = {}
    for name, value in edited(fields):
        data.setdefault(name, []).append(value)
    before = snapshot()
    response = admin_client.post(action or address, data)
    assert response.status_code == 302, re.findall(r'<ul class="errorlist[^>]*>.*?</ul>', response.content.decode())
    assert snapshot() != before
    record.refresh_from_db()
    assert record.summary.endswith("(changed)")


def test_no_admin_page_shows_an_api_token_or_filters_by_one(admin_client, viewer, django_user_model):
    from rest_framework.authtoken.models import Token

    key = Token.objects.create(user=django_user_model.objects.get(username="viewer")).key
    admin_user = django_user_model.objects.filter(is_superuser=True).first()
    other = Token.objects.create(user=admin_user).key
    for client in (viewer, admin_client):
        for page in ("/admin/adoption/apitoken/", f"/admin/adoption/apitoken/{admin_user.pk}/change/"):
            body = client.get(page).content.decode()
            assert key not in body and other not in body and other[:8] not in body, page
        guessed = client.get("/admin/adoption/apitoken/", {"key__startswith": other[0]})
        assert guessed.status_code == 400
