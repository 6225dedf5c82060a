"""Survey tool exports made for the tests: shaped like KoboToolbox's and LimeSurvey's, with their mappings.

KoboToolbox: `;`-separated CSV (its default) or XLSX, group prefixes (`group_profile/size`),
option names as answers, a select-multiple in one cell separated by spaces, and its
metadata columns (`_id`, `_uuid`, `_submission_time`, ...). LimeSurvey: `,`-separated CSV
with `id`, `submitdate`, `lastpage`, `startlanguage`, `seed`, question codes as columns and
one `Y` column per option of a multiple choice (`Q3[SQ001]`).
"""

import csv
import io
from typing import Any

from openpyxl import Workbook

from adoption.models import Survey
from adoption.models.questionnaire import AnswerOption, Question

KOBO_HEADER = [
    "start",
    "end",
    "group_profile/org",
    "group_profile/industry",
    "group_profile/country",
    "group_profile/size",
    "group_profile/linux_years",
    "group_usage/stage",
    "group_usage/purposes",
    "group_usage/guests",
    "group_usage/xen",
    "group_usage/kvm",
    "_id",
    "_uuid",
    "_submission_time",
    "_index",
]
KOBO_ROWS = [
    # org, industry, country, size, linux_years, stage, purposes, guests, xen, kvm
    ["red-hat", "software", "DE", "large", "5", "production", "consolidation testing", "linux windows",
     "production", ""],
    ["", "Financial services", "Switzerland", "small", "", "pilot", "testing", "linux", "", "evaluating"],
    ["", "government", "FR", "enterprise", "12", "evaluating", "", "", "pilot", "pilot"],
]  # fmt: skip
KOBO_UUIDS = [
    "0b7c4f0e-1c2d-4e5f-8a9b-0c1d2e3f4a5b",
    "1c8d5a1f-2d3e-4f6a-9b0c-1d2e3f4a5b6c",
    "2d9e6b2a-3e4f-4a7b-8c1d-2e3f4a5b6c7d",
]

KOBO_MAPPING: dict[str, Any] = {
    "id_column": "_uuid",
    "columns": {
        "group_profile/org": "respondent",
        "group_profile/industry": "industry",
        "group_profile/country": "country",
        "group_profile/size": "size_band",
        "group_profile/linux_years": "linux_years",
        "group_usage/stage": "stage",
        "group_usage/purposes": "purposes",
        "group_usage/guests": "guest_families",
        "group_usage/xen": "hypervisor:xen",
        "group_usage/kvm": "hypervisor:kvm",
    },
    "values": {
        "size_band": {"small": "1-99", "medium": "100-999", "large": "1000-9999", "enterprise": "10000+"},
        "purposes": {"consolidation": "server-consolidation", "testing": "test-and-development"},
    },
    "separator": " ",
    "ignore": ["start", "end", "_id", "_submission_time", "_index"],
}

# Without the respondent column: what a user who may not see respondents imports.
KOBO_MAPPING_ANONYMOUS = {
    **KOBO_MAPPING,
    "columns": {k: v for k, v in KOBO_MAPPING["columns"].items() if v != "respondent"},
    "ignore": [*KOBO_MAPPING["ignore"], "group_profile/org"],
}


def kobo_table(rows=None) -> list[list[str]]:
    table = [KOBO_HEADER]
    for number, row in enumerate(rows or KOBO_ROWS):
        uuid = KOBO_UUIDS[number] if number < len(KOBO_UUIDS) else f"ffffffff-0000-4000-8000-{number:012d}"
        table.append(["2008-01-08T09:00:00", "2008-01-08T09:10:00", *row, str(100 + number), uuid,
                      "2008-01-08T09:10:05", str(number + 1)])  # fmt: skip
    return table


def kobo_csv(rows=None) -> bytes:
    """KoboToolbox's CSV export: `;` between cells, UTF-8 with a BOM."""
    out = io.StringIO()
    csv.writer(out, delimiter=";").writerows(kobo_table(rows))
    return "\ufeff".encode() + out.getvalue().encode()


def kobo_xlsx(rows=None) -> bytes:
    """KoboToolbox's XLSX export: the same table, numbers as numbers."""
    book = Workbook()
    sheet = book.active
    for row in kobo_table(rows):
        sheet.append([int(cell) if cell.isdigit() else cell for cell in row])
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


LIME_HEADER = ["id", "submitdate", "lastpage", "startlanguage", "seed", "Q1", "Q2", "Q3[SQ001]", "Q3[SQ002]",
               "Q3[SQ003]", "Q4"]  # fmt: skip
LIME_ROWS = [
    # size (Q1), stage (Q2), purposes: consolidation, test, disaster recovery (Q3), country (Q4)
    ["100 to 999", "Production", "Y", "", "Y", "GB"],
    ["Fewer than 100", "Considering", "", "Y", "", "IE"],
]

LIME_MAPPING = {
    "id_column": "id",
    "columns": {
        "Q1": "size_band",
        "Q2": "stage",
        "Q3[SQ001]": "purposes=server-consolidation",
        "Q3[SQ002]": "purposes=test-and-development",
        "Q3[SQ003]": "purposes=Disaster recovery",
        "Q4": "country",
    },
    "chosen": ["Y"],
    "ignore": ["submitdate", "lastpage", "startlanguage", "seed"],
}


def lime_csv(rows=None) -> bytes:
    """LimeSurvey's CSV export ("full answers"): `,` between cells, no BOM."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(LIME_HEADER)
    for number, row in enumerate(rows or LIME_ROWS, start=1):
        writer.writerow([str(number), "2009-03-02 10:00:00", "3", "en", str(1000 + number), *row])
    return out.getvalue().encode()


def lime_questionnaire(survey: Survey) -> None:
    """The LimeSurvey survey's size question with its printed answers, which the import maps through."""
    question = Question.objects.create(survey=survey, position=1, code="q1", text="How many employees?",
                                       answers="size_band")  # fmt: skip
    for position, (text, value) in enumerate(
        [("Fewer than 100", "1-99"), ("100 to 999", "100-999"), ("1000 or more", "1000-9999")], start=1
    ):
        AnswerOption.objects.create(question=question, position=position, text=text, value=value)
