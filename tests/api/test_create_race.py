"""Clients racing to create one new deployment reference: the losers hear it already exists.

Each client runs in its own thread with its own database connection, as under a real
server. The paused tests stop one client at a chosen statement until another has created
the record, so each moment of the race is tested every time, not only when the timing
happens to fall there.
"""

import re
import threading

import pytest
from django.db import connection
from rest_framework.test import APIClient

from adoption.models import Deployment

from .conftest import list_url, new_record

pytestmark = [
    pytest.mark.skipif(connection.vendor != "postgresql", reason="writers run at once on PostgreSQL only"),
    pytest.mark.django_db(transaction=True),
]
BODY = new_record("deployments")
REFERENCE = BODY["reference"]


def post_in_thread(credentials: dict, results: list, pause=None) -> threading.Thread:
    """POST the new deployment from a thread of its own (so a connection of its own)."""

    def run():
        try:
            client = APIClient()
            client.credentials(**credentials)
            if pause is None:
                response = client.post(list_url("deployments"), BODY, format="json")
            else:
                with connection.execute_wrapper(pause):
                    response = client.post(list_url("deployments"), BODY, format="json")
            results.append((response.status_code, response.json()))
        finally:
            connection.close()

    thread = threading.Thread(target=run)
    thread.start()
    return thread


def heard(body: dict) -> dict:
    """An answer's fields and messages, in lower case: the model's unique check capitalises the
    names (as the admin shows them), the serializer's does not."""
    return {field: [message.lower() for message in messages] for field, messages in body.items()}


def what_a_later_client_hears(editor) -> dict:
    """The answer to the same POST once the record exists: the loser must hear just this."""
    response = editor.post(list_url("deployments"), BODY, format="json")
    assert response.status_code == 400
    assert heard(response.json()) == {"reference": ["deployment with this reference already exists."]}
    return heard(response.json())


@pytest.mark.parametrize(
    "moment",
    [
        # Its checks found the reference free in the deployments, but not yet looked in the history.
        "select.*adoption_historicaldeployment",
        # Every check passed: it is about to insert.
        'insert into "adoption_deployment"',
    ],
)
def test_a_client_that_loses_the_race_at_any_moment_hears_the_reference_exists(seeded, editor, moment):
    reached, winner_done = threading.Event(), threading.Event()

    def pause(execute, sql, params, many, context):
        if not reached.is_set() and re.search(moment, sql, re.IGNORECASE):
            reached.set()
            assert winner_done.wait(30), "the winner did not finish"
        return execute(sql, params, many, context)

    results = []
    loser = post_in_thread(editor._credentials, results, pause)
    assert reached.wait(30), "the loser never reached " + moment
    winner = editor.post(list_url("deployments"), BODY, format="json")
    winner_done.set()
    loser.join(30)
    assert winner.status_code == 201
    assert [(status, heard(body)) for status, body in results] == [(400, what_a_later_client_hears(editor))]
    assert Deployment.objects.filter(reference=REFERENCE).count() == 1


def test_of_four_simultaneous_creates_one_wins_and_three_hear_the_reference_exists(seeded, editor):
    results = []
    start = threading.Barrier(4)
    threads = [post_in_thread(editor._credentials, results, starting_together(start)) for _ in range(4)]
    for thread in threads:
        thread.join(60)
    statuses = sorted(status for status, _ in results)
    assert statuses == [201, 400, 400, 400], results
    later = what_a_later_client_hears(editor)
    assert [heard(body) for status, body in results if status == 400] == [later] * 3


def starting_together(barrier: threading.Barrier):
    """A pause that holds each client at its first statement until all have reached theirs."""
    state = {"waited": False}

    def pause(execute, sql, params, many, context):
        if not state["waited"]:
            state["waited"] = True
            barrier.wait(30)
        return execute(sql, params, many, context)

    return pause
