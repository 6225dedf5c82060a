"""manage.py import_survey_responses SURVEY FILE [--mapping MAPPING.json] [--dry-run] [--user USERNAME]:
a survey tool's export (KoboToolbox, LimeSurvey: CSV or XLSX) into a survey's responses, all or nothing."""

import json
from pathlib import Path

from django.core.management.base import CommandError

from adoption.audit import current
from adoption.csv_codec import CsvFileError
from adoption.management.audited import AuditedCommand
from adoption.models import Survey
from adoption.services.survey_import import (
    TOO_DEEP,
    MappingError,
    import_responses,
    preview_import,
    suggested_mapping,
)
from adoption.services.upsert import UpsertError


class Command(AuditedCommand):
    help = (
        "Create and update a survey's responses from a survey tool's export (CSV separated by , or ;, or XLSX), "
        "mapped by a JSON mapping (docs: how-to/import-from-survey-tools). Without --mapping, the survey's saved "
        "mapping is used, else that of the latest wave of its series. All or nothing: a wrong mapping is "
        "reported per column, a wrong row with its line (or row) and column; nothing is written then, and the "
        "exit status is 1. A successful import saves the mapping on the survey."
    )

    def add_arguments(self, parser):
        parser.add_argument("survey", help="The survey's slug.")
        parser.add_argument("file", help="The export: .csv (UTF-8, with or without BOM) or .xlsx.")
        parser.add_argument("--mapping", metavar="FILE", help="The mapping, a JSON file.")
        parser.add_argument(
            "--dry-run", action="store_true", help="Check everything and say what would change; write nothing."
        )
        super().add_arguments(parser)

    def handle(self, *args, survey, file, mapping, dry_run, **options):
        try:
            record = Survey.objects.get(slug=survey)
        except Survey.DoesNotExist:
            raise CommandError(f"There is no survey {survey!r}.") from None
        data = self._read(file)
        rules = self._mapping(record, mapping)
        reason = f"Survey tool import: {Path(file).name}"
        try:
            if dry_run:
                preview = preview_import(record, data, rules)
                if preview.problems:
                    raise UpsertError(preview.problems)
                summary = preview.summary()
            else:
                # A command's operator sees every column (adoption.confidential): no viewer.
                summary = import_responses(record, data, rules, user=current().user, reason=reason).summary()
        except CsvFileError as exc:
            raise CommandError(f"Nothing was imported. {exc}", returncode=1) from None
        except MappingError as exc:
            raise CommandError(self._problems("the mapping does not fit the file", exc.problems, file)) from None
        except UpsertError as exc:
            raise CommandError(self._problems("rows are wrong", exc.problems, file)) from None
        prefix = "Dry run, nothing written. " if dry_run else ""
        self.stdout.write(self.style.SUCCESS(prefix + summary))

    def _problems(self, what: str, problems, file: str) -> str:
        lines = "\n".join(f"  - {problem}" for problem in problems)
        return f"Nothing was imported: {what}, {len(problems)} problem(s) in {file}.\n{lines}"

    def _mapping(self, survey: Survey, path: str | None):
        if path is None:
            mapping, _ = suggested_mapping(survey)
            if not mapping:
                raise CommandError(
                    f"Survey {survey.slug} has no saved mapping, nor has another wave of its series: give --mapping."
                )
            return mapping
        try:
            return json.loads(Path(path).read_text(encoding="utf-8"))
        except OSError as exc:
            raise CommandError(f"Cannot read {path}: {exc.strerror}.") from None
        except ValueError as exc:
            raise CommandError(f"{path} is not JSON: {exc}.") from None
        except RecursionError:
            raise CommandError(f"{path} {TOO_DEEP}") from None

    def _read(self, file: str) -> bytes:
        try:
            return Path(file).read_bytes()
        except OSError as exc:
            raise CommandError(f"Cannot read {file}: {exc.strerror}.") from None
