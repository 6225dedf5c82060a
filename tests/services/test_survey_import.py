"""Import from survey tools: KoboToolbox and LimeSurvey exports into a survey's responses, all or nothing."""

import datetime
import io
import json
import zipfile

import pytest
from django.contrib.auth.models import Permission
from django.core.management import call_command
from django.core.management.base import CommandError
from openpyxl import Workbook, load_workbook

from adoption.csv_codec import CsvFileError
from adoption.models import Organization, ResponseGuestFamily, ResponseHypervisor, Survey, SurveyResponse
from adoption.services.survey_import import (
    MappingError,
    RespondentRefused,
    import_responses,
    preview_import,
    reference_for,
    suggested_mapping,
)
from adoption.services.upsert import UpsertError

from ..factories import SurveyFactory
from ..survey_exports import (
    KOBO_MAPPING,
    KOBO_MAPPING_ANONYMOUS,
    KOBO_ROWS,
    KOBO_UUIDS,
    LIME_MAPPING,
    kobo_csv,
    kobo_xlsx,
    lime_csv,
    lime_questionnaire,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def survey(vocabulary):
    return SurveyFactory(slug="kobo-2008", series="eu-it-managers", fielded_from=datetime.date(2008, 1, 7))


def history_rows() -> int:
    models = (SurveyResponse, ResponseHypervisor, ResponseGuestFamily, Survey)
    return sum(model.history.count() for model in models)


def snapshot() -> list[tuple]:
    return list(SurveyResponse.objects.order_by("reference").values_list("reference", "updated"))


@pytest.mark.parametrize("export", [kobo_csv, kobo_xlsx], ids=["csv", "xlsx"])
def test_a_kobotoolbox_export_imports_as_responses(survey, export):
    result = import_responses(survey, export(), KOBO_MAPPING, reason="Survey tool import: kobo")
    assert result.counts["created"] == 3
    first = SurveyResponse.objects.get(reference=f"kobo-2008-{KOBO_UUIDS[0]}")
    assert (first.survey, first.respondent.slug, first.industry.slug, first.country.code) == (
        survey, "red-hat", "software", "DE"
    )  # fmt: skip
    assert (first.size_band, first.linux_years, first.stage) == ("1000-9999", 5, "production")
    assert sorted(first.purposes.values_list("slug", flat=True)) == ["server-consolidation", "test-and-development"]
    assert sorted(first.guest_families.values_list("family", flat=True)) == ["linux", "windows"]
    assert list(first.hypervisors.values_list("hypervisor__slug", "stage")) == [("xen", "production")]
    second = SurveyResponse.objects.get(reference=f"kobo-2008-{KOBO_UUIDS[1]}")
    # By label ("Financial services"), by country name, an empty number, the other hypervisor.
    assert (second.respondent, second.industry.slug, second.country.code, second.linux_years) == (
        None, "financial-services", "CH", None
    )  # fmt: skip
    assert list(second.hypervisors.values_list("hypervisor__slug", "stage")) == [("kvm", "evaluating")]
    assert first.history.get().history_change_reason == "Survey tool import: kobo"
    # The mapping is kept for the next import and the next wave, without a change of the survey's own.
    survey.refresh_from_db()
    assert survey.import_mapping == KOBO_MAPPING and survey.history.count() == 1


def test_a_limesurvey_export_imports_through_the_questionnaire(vocabulary):
    survey = SurveyFactory(slug="lime-2009")
    lime_questionnaire(survey)
    result = import_responses(survey, lime_csv(), LIME_MAPPING)
    assert result.counts["created"] == 2
    first, second = SurveyResponse.objects.filter(survey=survey).order_by("reference")
    assert first.reference == "lime-2009-1"
    assert (first.size_band, first.stage, first.country.code) == ("100-999", "production", "GB")
    assert sorted(first.purposes.values_list("slug", flat=True)) == ["disaster-recovery", "server-consolidation"]
    assert (second.size_band, second.stage) == ("1-99", "considering")
    assert list(second.purposes.values_list("slug", flat=True)) == ["test-and-development"]


@pytest.mark.parametrize("export", [kobo_csv, kobo_xlsx], ids=["csv", "xlsx"])
def test_importing_the_same_export_twice_changes_nothing_the_second_time(survey, export):
    import_responses(survey, export(), KOBO_MAPPING)
    before, rows = snapshot(), history_rows()
    preview = preview_import(survey, export(), KOBO_MAPPING)
    assert [row.action for row in preview.rows] == ["unchanged"] * 3
    result = import_responses(survey, export(), KOBO_MAPPING)
    assert result.counts == {"unchanged": 3}
    assert (snapshot(), history_rows()) == (before, rows)


def test_a_corrected_row_updates_its_response_and_never_duplicates(survey):
    import_responses(survey, kobo_csv(), KOBO_MAPPING)
    rows = [list(row) for row in KOBO_ROWS]
    rows[2][5] = "production"  # the third respondent moved on
    preview = preview_import(survey, kobo_csv(rows), KOBO_MAPPING)
    assert [row.action for row in preview.rows] == ["unchanged", "unchanged", "updated"]
    import_responses(survey, kobo_csv(rows), KOBO_MAPPING)
    assert SurveyResponse.objects.filter(survey=survey).count() == 3
    assert SurveyResponse.objects.get(reference=f"kobo-2008-{KOBO_UUIDS[2]}").stage == "production"


def test_a_wrong_mapping_is_reported_per_column_before_anything_is_written(survey):
    mapping = json.loads(json.dumps(KOBO_MAPPING))
    del mapping["values"]["size_band"]["large"]  # a text with no value
    mapping["columns"]["group_profile/linux"] = "linux_years"  # a column the file lacks, a field mapped twice
    mapping["ignore"].remove("_index")  # a column neither mapped nor ignored
    rows = [list(row) for row in KOBO_ROWS]
    rows[1][3] = "n/a"
    with pytest.raises(MappingError) as caught:
        preview_import(survey, kobo_csv(rows), mapping)
    assert str(caught.value).splitlines() == [
        "mapping, columns.group_profile/linux: linux_years is mapped twice, from group_profile/linux_years and "
        "group_profile/linux."
    ]
    del mapping["columns"]["group_profile/linux_years"]
    with pytest.raises(MappingError) as caught:
        import_responses(survey, kobo_csv(rows), mapping)
    assert str(caught.value).splitlines() == [
        "header, group_profile/linux: is mapped, but the file has no such column.",
        "header, group_profile/linux_years: is neither mapped nor ignored: map it, or add it to ignore.",
        "header, _index: is neither mapped nor ignored: map it, or add it to ignore.",
        "values, group_profile/size: no value for 'large', 'n/a'.",
    ]
    assert not SurveyResponse.objects.exists()
    survey.refresh_from_db()
    assert survey.import_mapping == {}


def test_a_mapping_names_each_wrong_key(survey):
    mapping = {
        "id_column": "",
        "columns": {"a": "colour", "b": "hypervisor:nonesuch", "c": "stage=pilot", "d": "purposes=flying"},
        "values": {"stage": {"live": "live"}, "respondent": {"Acme": "red-hat"}},
        "chosen": [],
        "extra": 1,
    }
    with pytest.raises(MappingError) as caught:
        preview_import(survey, kobo_csv(), mapping)
    assert [problem.column for problem in caught.value.problems] == [
        "extra", "id_column", "columns.a", "columns.b", "columns.c", "values.stage", "values.respondent", "chosen",
        "columns.d",
    ]  # fmt: skip
    with pytest.raises(MappingError, match="is not JSON"):
        preview_import(survey, kobo_csv(), "{nope")


def test_a_bad_row_is_rejected_with_its_row_and_column_and_nothing_is_written(survey):
    rows = [list(row) for row in KOBO_ROWS]
    rows[0][4] = "lots"  # linux_years
    rows[2][2] = "Narnia"  # country
    preview = preview_import(survey, kobo_csv(rows), KOBO_MAPPING)
    assert [(row.where, row.action) for row in preview.rows] == [
        ("line 2", "rejected"), ("line 3", "created"), ("line 4", "rejected")
    ]  # fmt: skip
    assert preview.rows[0].reasons == ("group_profile/linux_years: “lots” value must be an integer.",)
    assert preview.rows[2].reasons == ("group_profile/country: Value 'Narnia' is not a valid choice.",)
    with pytest.raises(UpsertError) as caught:
        import_responses(survey, kobo_csv(rows), KOBO_MAPPING)
    assert [(p.where, p.column) for p in caught.value.problems] == [
        ("line 2", "group_profile/linux_years"), ("line 4", "group_profile/country")
    ]  # fmt: skip
    assert not SurveyResponse.objects.exists() and history_rows() == 1  # the survey's own creation


def test_a_bad_row_of_a_workbook_is_named_by_its_row(survey):
    rows = [list(row) for row in KOBO_ROWS]
    rows[2][4] = "lots"
    with pytest.raises(UpsertError) as caught:
        import_responses(survey, kobo_xlsx(rows), KOBO_MAPPING)
    assert [str(p) for p in caught.value.problems] == [
        "row 4, group_profile/linux_years: “lots” value must be an integer."
    ]


def test_a_bad_file_is_refused_in_a_sentence(survey):
    with pytest.raises(CsvFileError, match="not an XLSX workbook"):
        preview_import(survey, b"PK\x03\x04broken", KOBO_MAPPING)
    with pytest.raises(CsvFileError, match="header but no rows"):
        preview_import(survey, kobo_csv().splitlines()[0], KOBO_MAPPING)
    with pytest.raises(CsvFileError, match="imports take at most"):
        preview_import(survey, kobo_csv(), KOBO_MAPPING, limit=100)


def test_a_row_whose_cells_do_not_line_up_with_the_header_is_refused(survey):
    # A cell lost or split (an unquoted separator) would shift or drop answers, silently.
    table = [row.split(";") for row in kobo_csv().decode("utf-8-sig").splitlines()]
    table[1] = table[1][:-2]
    table[3] = [*table[3], "stray"]
    data = "\n".join(";".join(row) for row in table).encode()
    with pytest.raises(CsvFileError, match="has 16 columns, but line 2 has 14, line 4 has 17 cells"):
        import_responses(survey, data, KOBO_MAPPING)
    book = load_workbook(io.BytesIO(kobo_xlsx()))
    book.active.cell(row=3, column=20, value="stray")
    out = io.BytesIO()
    book.save(out)
    with pytest.raises(CsvFileError, match="but row 3 of the first sheet have a value to the right"):
        import_responses(survey, out.getvalue(), KOBO_MAPPING)
    assert not SurveyResponse.objects.exists()


def test_a_column_without_a_name_is_named_by_its_position(survey):
    table = kobo_csv().decode("utf-8-sig").splitlines()
    table[0] = table[0].replace("start;", ";", 1)
    with pytest.raises(MappingError) as caught:
        preview_import(survey, "\n".join(table).encode(), KOBO_MAPPING)
    assert [str(problem) for problem in caught.value.problems] == [
        'header, column 1: has no name in the first row: name it, or add "" to ignore.'
    ]


def test_a_workbook_whose_first_sheet_is_not_the_responses_says_so(survey):
    book = load_workbook(io.BytesIO(kobo_xlsx()))
    notes = book.create_sheet("Notes", 0)
    notes.append(["Exported from KoboToolbox"])
    out = io.BytesIO()
    book.save(out)
    with pytest.raises(CsvFileError, match=r"The first sheet \(Notes\) has no rows .* \(the others: Sheet\)"):
        preview_import(survey, out.getvalue(), KOBO_MAPPING)


def test_a_workbook_with_no_worksheet_says_so(survey):
    book = Workbook()
    book.create_chartsheet("Chart")
    book.remove(book.active)
    out = io.BytesIO()
    book.save(out)
    # Refused in a sentence (openpyxl cannot open it read-only), never an IndexError.
    with pytest.raises(CsvFileError, match="has no worksheet|not an XLSX workbook that can be read"):
        preview_import(survey, out.getvalue(), KOBO_MAPPING)


def test_a_workbook_whose_sheet_is_damaged_is_refused_in_a_sentence(survey):
    # The workbook's index opens; its first sheet's XML is cut short, which openpyxl finds only as it reads.
    source = zipfile.ZipFile(io.BytesIO(kobo_xlsx()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as damaged:
        for item in source.infolist():
            data = source.read(item.filename)
            damaged.writestr(item, data[: len(data) // 2] if item.filename == "xl/worksheets/sheet1.xml" else data)
    with pytest.raises(CsvFileError, match="cannot be read"):
        preview_import(survey, out.getvalue(), KOBO_MAPPING)


def test_the_reference_is_stable_and_fits(survey):
    long = Survey(slug="s" * 100)
    assert reference_for(long, "abc") == reference_for(long, "abc") != reference_for(long, "abd")
    assert len(reference_for(long, "abc")) == 100
    assert reference_for(survey, "17") == "kobo-2008-17"


def test_submissions_whose_ids_differ_only_in_case_or_punctuation_stay_apart(survey):
    # Slugified, each pair would be one reference: the second import would overwrite the first's response.
    ids = ["A b", "a-b", "R_3aB", "R_3Ab"]
    rows = [list(KOBO_ROWS[0]) for _ in ids]
    table = kobo_csv(rows).decode("utf-8-sig").splitlines()
    for number, submission in enumerate(ids, start=1):
        cells = table[number].split(";")
        cells[13] = submission
        table[number] = ";".join(cells)
    result = import_responses(survey, "\n".join(table).encode(), KOBO_MAPPING)
    assert result.counts["created"] == 4
    assert len({reference_for(survey, submission) for submission in ids}) == 4
    assert SurveyResponse.objects.filter(survey=survey).count() == 4


def test_the_next_wave_of_the_series_is_offered_the_saved_mapping(survey):
    import_responses(survey, kobo_csv(), KOBO_MAPPING)
    next_wave = SurveyFactory(slug="kobo-2009", series="eu-it-managers", fielded_from=datetime.date(2009, 1, 5))
    assert suggested_mapping(next_wave) == (KOBO_MAPPING, survey)
    assert suggested_mapping(SurveyFactory(slug="other")) == ({}, None)
    # The next wave imports its own file with it, under its own references.
    import_responses(next_wave, kobo_csv(), suggested_mapping(next_wave)[0])
    assert SurveyResponse.objects.filter(survey=next_wave).count() == 3
    assert suggested_mapping(next_wave) == (KOBO_MAPPING, next_wave)


@pytest.fixture
def analyst(django_user_model):
    """May add and change responses, may not see respondents."""
    user = django_user_model.objects.create_user("analyst", password="unused-password-5", is_staff=True)
    user.user_permissions.set(
        Permission.objects.filter(content_type__app_label="adoption").exclude(codename="view_respondent")
    )
    return django_user_model.objects.get(pk=user.pk)


def test_a_user_who_may_not_see_respondents_cannot_map_a_respondent_column(survey, analyst):
    rows = [list(row) for row in KOBO_ROWS]
    rows[1][0] = "Unknown Organisation Ltd"
    with pytest.raises(RespondentRefused) as caught:
        preview_import(survey, kobo_csv(rows), KOBO_MAPPING, viewer=analyst, user=analyst)
    assert "only users allowed to see respondents may import them" in str(caught.value)
    assert "red-hat" not in str(caught.value) and "Unknown Organisation" not in str(caught.value)
    # Refused before the file is read: even a file that is not one.
    with pytest.raises(RespondentRefused):
        preview_import(survey, b"", KOBO_MAPPING, viewer=analyst)
    assert not SurveyResponse.objects.exists()


def test_a_column_the_saved_mapping_says_holds_respondents_cannot_be_mapped_to_anything_else(survey, analyst):
    import_responses(survey, kobo_csv(), KOBO_MAPPING)
    disguised = json.loads(json.dumps(KOBO_MAPPING_ANONYMOUS))
    disguised["ignore"].remove("group_profile/org")
    disguised["columns"]["group_profile/org"] = "hypervisor:vmware-esx-server"  # its texts: unmapped stages
    with pytest.raises(RespondentRefused, match="holds respondents"):
        preview_import(survey, kobo_csv(), disguised, viewer=analyst)
    del disguised["columns"]["group_profile/org"]
    disguised["id_column"] = "group_profile/org"  # its texts would be in the references
    disguised["ignore"].append("_uuid")
    with pytest.raises(RespondentRefused, match="holds respondents"):
        preview_import(survey, kobo_csv(), disguised, viewer=analyst)


def test_ignoring_the_respondent_column_keeps_the_stored_respondents(survey, analyst):
    import_responses(survey, kobo_csv(), KOBO_MAPPING)
    result = import_responses(survey, kobo_csv(), KOBO_MAPPING_ANONYMOUS, viewer=analyst, user=analyst)
    assert result.counts == {"unchanged": 3}
    assert SurveyResponse.objects.get(reference=f"kobo-2008-{KOBO_UUIDS[0]}").respondent.slug == "red-hat"
    # The saved mapping still says which column holds respondents, for those who may import it.
    survey.refresh_from_db()
    assert survey.import_mapping == KOBO_MAPPING


def test_an_unknown_respondent_is_shown_only_to_those_who_may_see_it(survey):
    rows = [list(row) for row in KOBO_ROWS]
    rows[1][0] = "Unknown Organisation Ltd"
    with pytest.raises(UpsertError) as caught:
        import_responses(survey, kobo_csv(rows), KOBO_MAPPING)
    assert [str(p) for p in caught.value.problems] == [
        "line 3, group_profile/org: there is no organization 'Unknown Organisation Ltd'."
    ]
    # A respondent named by its name, ignoring case, is found.
    rows[1][0] = Organization.objects.get(slug="red-hat").name.upper()
    import_responses(survey, kobo_csv(rows), KOBO_MAPPING)
    assert SurveyResponse.objects.filter(respondent__slug="red-hat").count() == 2


def test_a_reference_of_another_survey_is_never_moved(survey):
    other = SurveyFactory(slug="other-2008")
    other.responses.create(reference=f"kobo-2008-{KOBO_UUIDS[0]}")
    with pytest.raises(UpsertError, match="is a response of another survey"):
        import_responses(survey, kobo_csv(), KOBO_MAPPING)
    assert SurveyResponse.objects.get().survey == other


def test_the_command_previews_imports_and_reuses_the_saved_mapping(survey, tmp_path):
    export, mapping = tmp_path / "kobo.csv", tmp_path / "mapping.json"
    export.write_bytes(kobo_csv())
    mapping.write_text(json.dumps(KOBO_MAPPING))
    out = io.StringIO()
    call_command("import_survey_responses", "kobo-2008", str(export), "--mapping", str(mapping), "--dry-run",
                 stdout=out)  # fmt: skip
    assert "Dry run, nothing written. 3 survey responses read: 3 would be created" in out.getvalue()
    assert not SurveyResponse.objects.exists()
    call_command("import_survey_responses", "kobo-2008", str(export), "--mapping", str(mapping), stdout=out)
    assert SurveyResponse.objects.count() == 3
    assert SurveyResponse.objects.first().history.get().history_change_reason == "Survey tool import: kobo.csv"
    out = io.StringIO()
    call_command("import_survey_responses", "kobo-2008", str(export), stdout=out)  # the saved mapping
    assert "3 unchanged" in out.getvalue()


def test_the_command_says_what_is_wrong_in_sentences(survey, tmp_path):
    export, mapping = tmp_path / "kobo.csv", tmp_path / "mapping.json"
    rows = [list(row) for row in KOBO_ROWS]
    rows[0][4] = "lots"
    export.write_bytes(kobo_csv(rows))
    with pytest.raises(CommandError, match="has no saved mapping"):
        call_command("import_survey_responses", "kobo-2008", str(export))
    with pytest.raises(CommandError, match="There is no survey 'nope'"):
        call_command("import_survey_responses", "nope", str(export))
    mapping.write_text("{")
    with pytest.raises(CommandError, match="is not JSON"):
        call_command("import_survey_responses", "kobo-2008", str(export), "--mapping", str(mapping))
    mapping.write_text("[" * 100_000)  # json.loads raises RecursionError for this, not ValueError
    with pytest.raises(CommandError, match="is nested too deeply to be a mapping"):
        call_command("import_survey_responses", "kobo-2008", str(export), "--mapping", str(mapping))
    with pytest.raises(MappingError, match="is nested too deeply to be a mapping"):
        preview_import(survey, kobo_csv(), "[" * 50_000)
    mapping.write_text(json.dumps({**KOBO_MAPPING, "ignore": []}))
    with pytest.raises(CommandError, match="the mapping does not fit the file, 5 problem") as caught:
        call_command("import_survey_responses", "kobo-2008", str(export), "--mapping", str(mapping))
    assert "  - header, _submission_time: is neither mapped nor ignored" in str(caught.value)
    mapping.write_text(json.dumps(KOBO_MAPPING))
    for dry_run in ([], ["--dry-run"]):
        with pytest.raises(CommandError, match="rows are wrong, 1 problem") as caught:
            call_command("import_survey_responses", "kobo-2008", str(export), "--mapping", str(mapping), *dry_run)
        assert "line 2, group_profile/linux_years: “lots” value must be an integer." in str(caught.value)
    assert not SurveyResponse.objects.exists()
