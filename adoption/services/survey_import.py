"""Import from survey tools: a KoboToolbox or LimeSurvey export (CSV or XLSX) into a survey's responses.

A survey tool names its columns and answers its own way, so an import needs a mapping
(JSON, saved on the survey as `Survey.import_mapping` and offered to the next wave of
its series):

    {
      "id_column": "_uuid",
      "columns": {
        "group_profile/size": "size_band",          # a response field
        "group_usage/purposes": "purposes",         # a select-multiple in one cell
        "Q3[SQ001]": "purposes=server-consolidation",  # one column per option ("Y" when chosen)
        "xen_stage": "hypervisor:xen"               # that hypervisor's stage
      },
      "values": {"size_band": {"250-999": "100-999", "n/a": ""}},
      "separator": " ",
      "chosen": ["Y", "1"],
      "ignore": ["_id", "_submission_time"]
    }

- `id_column` holds the tool's id of each submission; a response's reference is derived
  from the survey's slug and it (reference_for), so importing the file again updates
  the same responses and never duplicates them.
- `columns` maps each column to a field (FIELDS), to `<field>=<value>` for a column of
  one option of a multiple choice, or to `hypervisor:<slug>` for a column giving that
  hypervisor's stage.
- `values` maps answer texts to the project's values, per field (`hypervisors` for the
  stages in hypervisor columns); "" stands for no answer. A text it does not name is
  matched, ignoring case, to the survey's questionnaire (AnswerOption) and then to the
  project's own values and labels (`Production`, `production`; an industry's name or slug).
- `separator` splits a multiple choice written in one cell (KoboToolbox: a space);
  `chosen` are the cells that mean an option column's option was chosen (empty, `N` and
  `0` mean it was not).
- `ignore` lists the columns to read past (the tool's metadata).

Everything is checked before a row is built: the mapping's keys (MappingError, a
sentence per key) and then the mapping against the file, every problem per column (a
mapped column missing, a column neither mapped nor ignored, a field mapped twice, the
answer texts that map to nothing). Then each row becomes an upsert entry of the
`survey-responses` resource, and services.upsert validates, writes all or nothing, and
records the history, as for a CSV import.

The respondent is confidential from the first byte: only a user who may see respondents
may map a respondent column at all (RespondentRefused, before the file is read); its
texts never go in a mapping (a saved mapping is shown to every importer), and nothing
here logs a cell.
"""

import csv
import hashlib
import io
import json
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from django.conf import settings
from django.db.models.functions import Lower
from django.utils.text import slugify
from django_countries import countries

from ..choices import OSFamily, SizeBand, Stage
from ..confidential import may_see
from ..csv_codec import CsvFileError, decode_file
from ..models import Hypervisor, Industry, Organization, Purpose, Survey, SurveyResponse
from ..models.questionnaire import Question
from ..models.surveys import RESPONDENT_PERMISSION
from ..registry import RESOURCES
from .upsert import Entry, Problem, UpsertError, UpsertResult, upsert

RESOURCE = RESOURCES["survey-responses"]

# The response fields a column can fill.
FIELDS = ("industry", "country", "size_band", "linux_years", "stage", "purposes", "guest_families", "respondent")
# Fields that take several answers: one cell split by `separator`, or one column per option.
MULTIPLE = ("purposes", "guest_families")
# Fields whose answers are a closed list: a text the mapping cannot place is a mapping problem.
# The others (country, linux_years, respondent) go to the row as written, and a wrong one rejects its row.
CLOSED = ("industry", "size_band", "stage", "purposes", "guest_families", "hypervisors")
HYPERVISOR_PREFIX = "hypervisor:"
HYPERVISORS = "hypervisors"  # the `values` key for the stages in hypervisor columns
MAPPING_KEYS = ("id_column", "columns", "values", "separator", "chosen", "ignore")
DEFAULT_SEPARATOR = " "
DEFAULT_CHOSEN = ("Y", "1")
NOT_CHOSEN = ("", "N", "0")
# A workbook is compressed: its byte size says little about its rows, so they are counted too.
MAX_ROWS = 200_000
# Answer texts named in one problem before "and N more".
NAMED_TEXTS = 10
REFERENCE_LENGTH = 100  # SurveyResponse.reference's max_length
# json.loads raises RecursionError, not ValueError, for arrays or objects nested a few thousand deep.
TOO_DEEP = "is nested too deeply to be a mapping: a mapping is an object of objects, a few levels deep."


class MappingError(Exception):
    """The mapping, or the mapping against the file, is wrong; nothing was read into rows or written."""

    def __init__(self, problems: list[Problem]):
        self.problems = problems
        super().__init__("\n".join(str(problem) for problem in problems))


class RespondentRefused(MappingError):
    """The user may not see respondents, and the mapping reads a respondent column."""


@dataclass(frozen=True)
class Table:
    """An export's header and rows, each row with where it is ("line 3", "row 3") as the tool's file counts it."""

    header: list[str]
    rows: list[tuple[str, list[str]]]


@dataclass
class Mapping:
    """A validated mapping (see the module's docstring); `as_json()` is what is saved."""

    id_column: str
    fields: dict[str, str] = field(default_factory=dict)  # column -> field
    options: dict[str, tuple[str, str]] = field(default_factory=dict)  # column -> (field, value)
    hypervisors: dict[str, str] = field(default_factory=dict)  # column -> hypervisor slug
    values: dict[str, dict[str, str]] = field(default_factory=dict)
    separator: str = DEFAULT_SEPARATOR
    chosen: tuple[str, ...] = DEFAULT_CHOSEN
    ignore: tuple[str, ...] = ()
    raw: dict[str, Any] = field(default_factory=dict)

    @property
    def mapped(self) -> list[str]:
        return [self.id_column, *self.fields, *self.options, *self.hypervisors]

    def columns_of(self, name: str) -> str:
        """The file's columns that fill the response field `name`, for a problem's column."""
        found = [column for column, target in self.fields.items() if target == name]
        found += [column for column, (target, _) in self.options.items() if target == name]
        if name == HYPERVISORS:
            found += list(self.hypervisors)
        if name == RESOURCE.key:
            found.append(self.id_column)
        return ", ".join(found) or name

    def as_json(self) -> dict[str, Any]:
        return self.raw


@dataclass(frozen=True)
class PreviewRow:
    """What an import does to one row: created, updated, unchanged, or rejected with its reasons."""

    where: str
    reference: str
    action: str
    reasons: tuple[str, ...] = ()


@dataclass
class Preview:
    rows: list[PreviewRow]
    problems: list[Problem]  # every row's problem; none when the import can be confirmed
    result: UpsertResult | None = None

    @property
    def rejected(self) -> int:
        return sum(row.action == "rejected" for row in self.rows)

    def summary(self) -> str:
        if self.result is not None:
            return self.result.summary()
        return f"{len(self.rows)} rows read: {self.rejected} rejected, so nothing can be imported until they are fixed."


# -- the file ---------------------------------------------------------------------------


def read_export(data: bytes, *, limit: int | None = None) -> Table:
    """An export's header and rows: XLSX (its first sheet) when `data` is a workbook, else CSV
    (UTF-8 with or without BOM, separated by `,` or `;`). Raises CsvFileError saying why not."""
    limit = settings.CSV_IMPORT_MAX_BYTES if limit is None else limit
    if len(data) > limit:
        raise CsvFileError(
            f"The file is {len(data) / 1e6:,.1f} MB; imports take at most {limit / 1e6:,.0f} MB. Split it into parts."
        )
    table = _read_xlsx(data) if data.startswith(b"PK\x03\x04") else _read_csv(data)
    if not table.header or not any(table.header):
        raise CsvFileError("The first row is empty: it must name the columns.")
    if not table.rows:
        raise CsvFileError("The file has a header but no rows.")
    return table


def _read_csv(data: bytes) -> Table:
    text = decode_file(data)
    first = text.split("\n", 1)[0]
    # KoboToolbox writes `;` by default, LimeSurvey and spreadsheets `,`: whichever splits the header more.
    delimiter = max((",", ";", "\t"), key=lambda sep: len(next(csv.reader([first], delimiter=sep), [])))
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    rows: list[tuple[str, list[str]]] = []
    ragged: list[str] = []  # the lines whose cells do not line up with the header's columns
    line = 1
    try:
        header = [cell.strip() for cell in next(reader, [])]
        line = reader.line_num + 1
        for cells in reader:
            if any(cell.strip() for cell in cells):  # a blank line is not a row
                if len(rows) >= MAX_ROWS:
                    raise CsvFileError(f"The file has more than {MAX_ROWS:,} rows; split it into parts.")
                if len(cells) != len(header):
                    ragged.append(f"line {line} has {len(cells)}")
                rows.append((f"line {line}", [cell.strip() for cell in cells]))
            line = reader.line_num + 1
    except csv.Error as exc:
        raise CsvFileError(f"Line {line} cannot be read as CSV: {exc} (is a closing quote missing?).") from None
    if ragged:
        # Read anyway, a cell would land in another column or go missing: a wrong answer, not an error.
        more = f" and {len(ragged) - NAMED_TEXTS:,} more lines" if len(ragged) > NAMED_TEXTS else ""
        raise CsvFileError(
            f"The header has {len(header)} columns, but {', '.join(ragged[:NAMED_TEXTS])}{more} cells: "
            "each line needs one cell per column (was a cell split by an unquoted separator, or cut off?)."
        )
    return Table(header, rows)


def _sheet_rows(sheet) -> tuple[list[str], list[tuple[str, list[str]]]]:
    """A sheet's first row, and its other rows with a value, each named by its number."""
    rows: list[tuple[str, list[str]]] = []
    header: list[str] = []
    try:
        for number, values in enumerate(sheet.iter_rows(values_only=True), start=1):
            cells = [_cell_text(value) for value in values]
            if number == 1:
                header = cells
            elif any(cells):
                if len(rows) >= MAX_ROWS:
                    raise CsvFileError(f"The first sheet has more than {MAX_ROWS:,} rows; split it into parts.")
                rows.append((f"row {number}", cells))
    except CsvFileError:
        raise
    except Exception:  # a sheet is parsed as it is read: a damaged one fails here, not on opening the file
        raise CsvFileError("The first sheet of the workbook cannot be read (is the file damaged?).") from None
    return header, rows


def _read_xlsx(data: bytes) -> Table:
    from openpyxl import load_workbook  # only when a workbook comes

    try:
        book = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception:  # openpyxl raises zipfile, XML and KeyError alike for a damaged file
        raise CsvFileError("The file is not an XLSX workbook that can be read (is it damaged, or an .xls?).") from None
    if not book.worksheets:  # only chart sheets
        book.close()
        raise CsvFileError("The workbook has no worksheet, only charts: export the responses as a sheet.")
    try:
        sheet = book.worksheets[0]
        others = [other.title for other in book.worksheets[1:]]
        header, rows = _sheet_rows(sheet)
    finally:
        book.close()
    if not rows and others:
        # Only the first sheet is read: say so, since the responses are plainly in the file.
        raise CsvFileError(
            f"The first sheet ({sheet.title}) has no rows under its first row, and only the first sheet is read: "
            f"move the responses to it, or delete the sheets before them (the others: {', '.join(others)})."
        )
    while header and not header[-1]:  # openpyxl may read formatted but empty columns
        header.pop()
    beyond = [where for where, cells in rows if any(cells[len(header) :])]
    if beyond:
        more = f" and {len(beyond) - NAMED_TEXTS:,} more rows" if len(beyond) > NAMED_TEXTS else ""
        raise CsvFileError(
            f"The header names {len(header)} columns, but {', '.join(beyond[:NAMED_TEXTS])}{more} "
            "of the first sheet have a value to the right of them: give each column a name in the first row."
        )
    return Table(header, [(where, cells[: len(header)] + [""] * (len(header) - len(cells))) for where, cells in rows])


def _cell_text(value: Any) -> str:
    """A workbook cell as the text a CSV export would hold: 3 not 3.0, dates in ISO form."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return str(value).strip()


# -- the mapping ------------------------------------------------------------------------


def parse_mapping(data: Any) -> Mapping:
    """A mapping from its JSON (text or already decoded); MappingError names each wrong key."""
    if isinstance(data, str | bytes):
        try:
            data = json.loads(data or "{}")
        except ValueError as exc:
            raise MappingError([Problem("mapping", "", f"is not JSON: {exc}.")]) from None
        except RecursionError:
            raise MappingError([Problem("mapping", "", TOO_DEEP)]) from None
    if not isinstance(data, dict):
        raise MappingError([Problem("mapping", "", "must be a JSON object with the keys " + ", ".join(MAPPING_KEYS))])
    parser = _MappingParser(data)
    if parser.problems:
        raise MappingError(parser.problems)
    return parser.mapping


class _MappingParser:
    """Reads a mapping's JSON key by key, a problem per wrong key."""

    def __init__(self, data: dict[str, Any]):
        self.problems: list[Problem] = []
        for key in data:
            if key not in MAPPING_KEYS:
                self.wrong(str(key), f"is not a key of a mapping (they are {', '.join(MAPPING_KEYS)}).")
        id_column = data.get("id_column")
        if not isinstance(id_column, str) or not id_column:
            self.wrong("id_column", "must name the column holding the survey tool's id of each submission (_uuid, id).")
            id_column = ""
        self.mapping = Mapping(id_column, raw=data)
        self.columns(data.get("columns", {}))
        _check_twice(self.mapping, self.wrong)
        self.values(data.get("values", {}))
        self.settings(data)
        for column, (name, value) in self.mapping.options.items():
            if reason := _invalid_value(name, _Vocabulary.project(name).get(value.casefold(), value)):
                self.wrong(f"columns.{column}", f"{value!r} {reason}")

    def wrong(self, key: str, message: str) -> None:
        self.problems.append(Problem("mapping", key, message))

    def columns(self, columns: Any) -> None:
        if not isinstance(columns, dict) or not columns:
            self.wrong("columns", "must be an object mapping at least one column to a response field.")
            return
        hypervisors = set(Hypervisor.objects.values_list("slug", flat=True))
        for column, target in columns.items():
            key = f"columns.{column}"
            if not isinstance(target, str):
                self.wrong(key, "must be a response field's name, as text.")
            elif target.startswith(HYPERVISOR_PREFIX):
                slug = target[len(HYPERVISOR_PREFIX) :]
                if slug in hypervisors:
                    self.mapping.hypervisors[column] = slug
                else:
                    self.wrong(key, f"there is no hypervisor {slug!r}.")
            elif "=" in target:
                name, value = target.split("=", 1)
                if name in MULTIPLE:
                    self.mapping.options[column] = (name, value)
                else:
                    self.wrong(key, f"an option column fills {' or '.join(MULTIPLE)}, not {name!r}.")
            elif target in FIELDS:
                self.mapping.fields[column] = target
            else:
                self.wrong(
                    key,
                    f"{target!r} is not a response field: use one of {', '.join(FIELDS)}, "
                    f"<field>=<value> or {HYPERVISOR_PREFIX}<slug>.",
                )

    def values(self, values: Any) -> None:
        if not isinstance(values, dict):
            self.wrong("values", "must be an object of fields, each mapping answer texts to values.")
            return
        for name, texts in values.items():
            key = f"values.{name}"
            if name == "respondent":
                self.wrong(key, "respondents are confidential: a mapping never names them (cells hold slugs or names).")
            elif name not in (*FIELDS, HYPERVISORS):
                self.wrong(key, f"is not a field (use one of {', '.join((*FIELDS, HYPERVISORS))}).")
            elif not isinstance(texts, dict) or not all(isinstance(v, str) for v in texts.values()):
                self.wrong(key, "must map each answer text to a value, as text.")
            else:
                self.mapping.values[name] = texts
                for text, value in texts.items():
                    if reason := _invalid_value(name, value):
                        self.wrong(key, f"{text!r} maps to {value!r}, which {reason}")

    def settings(self, data: dict[str, Any]) -> None:
        """How multiple choices are written, and the columns to read past."""
        separator = data.get("separator", DEFAULT_SEPARATOR)
        if isinstance(separator, str) and separator:
            self.mapping.separator = separator
        else:
            self.wrong("separator", 'must be the text between the options of a one-cell multiple choice, e.g. " ".')
        chosen = data.get("chosen", list(DEFAULT_CHOSEN))
        if isinstance(chosen, list) and chosen and all(isinstance(text, str) and text for text in chosen):
            self.mapping.chosen = tuple(chosen)
        else:
            self.wrong("chosen", 'must list the cells that mean an option was chosen, e.g. ["Y"].')
        ignore = data.get("ignore", [])
        if not isinstance(ignore, list) or not all(isinstance(column, str) for column in ignore):
            self.wrong("ignore", "must list column names.")
            return
        self.mapping.ignore = tuple(ignore)
        for column in sorted(set(ignore) & set(self.mapping.mapped)):
            self.wrong(f"ignore.{column}", "is mapped too: a column is either mapped or ignored.")


def _check_twice(mapping: Mapping, wrong) -> None:
    """A field filled by two columns (an option, a hypervisor: by two columns for the same one)."""
    for name, columns in _grouped(mapping.fields).items():
        if len(columns) > 1:
            wrong(f"columns.{columns[1]}", f"{name} is mapped twice, from {' and '.join(columns)}.")
        elif name in MULTIPLE and any(target == name for target, _ in mapping.options.values()):
            wrong(f"columns.{columns[0]}", f"{name} is mapped twice: from this column and from option columns.")
    for option, columns in _grouped(mapping.options).items():
        if len(columns) > 1:
            wrong(f"columns.{columns[1]}", f"{'='.join(option)} is mapped twice, from {' and '.join(columns)}.")
    for slug, columns in _grouped(mapping.hypervisors).items():
        if len(columns) > 1:
            wrong(f"columns.{columns[1]}", f"hypervisor {slug} is mapped twice, from {' and '.join(columns)}.")
    if mapping.id_column in (*mapping.fields, *mapping.options, *mapping.hypervisors):
        wrong(f"columns.{mapping.id_column}", "is the id column: it names the submission and fills no field.")


def _grouped(targets: dict[str, Any]) -> dict[Any, list[str]]:
    grouped: dict[Any, list[str]] = defaultdict(list)
    for column, target in targets.items():
        grouped[target].append(column)
    return grouped


def _invalid_value(name: str, value: str) -> str:
    """Why `value` is not one of field `name`'s values ("" for no answer is always one), or ""."""
    if value == "":
        return ""
    if name == "linux_years":
        return "" if value.isascii() and value.isdigit() and int(value) <= 60 else "is not a number of years (0 to 60)."
    if name == "country":
        return "" if value in dict(countries) else "is not a country code."
    valid = _Vocabulary.values_of(name)
    return "" if value in valid else f"is not one of the values of {name} ({', '.join(sorted(valid)[:12])}…)."


class _Vocabulary:
    """The texts an answer may be, per field, and the value each stands for: the mapping's, then
    the questionnaire's, then the project's own (values and labels), all ignoring case."""

    def __init__(self, survey: Survey, mapping: Mapping):
        options: dict[str, dict[str, str]] = defaultdict(dict)
        for question in Question.objects.filter(survey=survey).prefetch_related("options"):
            for option in question.options.all():
                options[question.answers][option.text.strip().casefold()] = option.value
        self.texts = {
            name: {
                **self.project(name),
                **(options.get(name, {}) if name != HYPERVISORS else {}),  # that question's options name hypervisors
                **{text.strip().casefold(): value for text, value in mapping.values.get(name, {}).items()},
            }
            for name in (*FIELDS, HYPERVISORS)
            if name != "respondent"
        }

    def value(self, name: str, text: str) -> str | None:
        """The value `text` stands for in field `name`, or None when nothing maps it."""
        if text == "":
            return ""
        return self.texts[name].get(text.casefold())

    @staticmethod
    def project(name: str) -> dict[str, str]:
        """The project's own texts for field `name`: each value and its label, case-folded."""
        pairs: Iterable[tuple[str, str]]
        if name in ("size_band",):
            pairs = SizeBand.choices
        elif name in ("stage", HYPERVISORS):
            pairs = Stage.choices
        elif name == "guest_families":
            pairs = OSFamily.choices
        elif name == "industry":
            pairs = Industry.objects.values_list("slug", "name")
        elif name == "purposes":
            pairs = Purpose.objects.values_list("slug", "name")
        elif name == "country":
            pairs = [(code, str(label)) for code, label in countries]
        else:
            return {}
        found = {}
        for value, label in pairs:
            found[str(label).casefold()] = value
            found[value.casefold()] = value
        return found

    @staticmethod
    def values_of(name: str) -> set[str]:
        return set(_Vocabulary.project(name).values())


def check_mapping(survey: Survey, mapping: Mapping, table: Table) -> _Vocabulary:
    """Every problem of the mapping against the file, per column; MappingError when there is one."""
    problems: list[Problem] = []
    header = table.header
    for column in sorted({c for c in header if header.count(c) > 1}):
        problems.append(Problem("header", column, "is in the file twice: a column must be named once."))
    present = set(header)
    for column in mapping.mapped:
        if column not in present:
            problems.append(Problem("header", column, "is mapped, but the file has no such column."))
    known = {*mapping.mapped, *mapping.ignore}
    for column in dict.fromkeys(header):
        if column not in known and not column:
            # Named by its position: an empty name would make a problem that names no column at all.
            numbers = ", ".join(str(number) for number, name in enumerate(header, start=1) if not name)
            problems.append(
                Problem("header", f"column {numbers}", 'has no name in the first row: name it, or add "" to ignore.')
            )
        elif column not in known:
            problems.append(Problem("header", column, "is neither mapped nor ignored: map it, or add it to ignore."))
    vocabulary = _Vocabulary(survey, mapping)
    for column, texts in _unmapped_texts(mapping, vocabulary, table).items():
        named = ", ".join(repr(text) for text in texts[:NAMED_TEXTS])
        more = f" and {len(texts) - NAMED_TEXTS:,} more" if len(texts) > NAMED_TEXTS else ""
        problems.append(Problem("values", column, f"no value for {named}{more}."))
    if problems:
        raise MappingError(problems)
    return vocabulary


def _unmapped_texts(mapping: Mapping, vocabulary: _Vocabulary, table: Table) -> dict[str, list[str]]:
    """Per column, the answer texts found in it that map to no value (for the closed fields)."""
    index = {column: number for number, column in enumerate(table.header)}
    closed = {column: name for column, name in mapping.fields.items() if name in CLOSED and column in index}
    hypervisors = [column for column in mapping.hypervisors if column in index]
    options = [column for column in mapping.options if column in index]
    known = {text.casefold() for text in (*NOT_CHOSEN, *mapping.chosen)}
    found: dict[str, dict[str, None]] = defaultdict(dict)
    for _, cells in table.rows:
        for column, name in closed.items():
            for text in _texts(name, _cell(cells, index[column]), mapping):
                if vocabulary.value(name, text) is None:
                    found[column][text] = None
        for column in hypervisors:
            if vocabulary.value(HYPERVISORS, text := _cell(cells, index[column])) is None:
                found[column][text] = None
        for column in options:
            if (text := _cell(cells, index[column])).casefold() not in known:
                found[column][text] = None
    return {column: list(texts) for column, texts in found.items()}


def _cell(cells: list[str], number: int) -> str:
    return cells[number] if number < len(cells) else ""


def _texts(name: str, cell: str, mapping: Mapping) -> list[str]:
    """The answers in one cell: several for a multiple choice written in one cell."""
    if name in MULTIPLE:
        return [text.strip() for text in cell.split(mapping.separator) if text.strip()]
    return [cell] if cell else []


# -- the rows ---------------------------------------------------------------------------


def reference_for(survey: Survey, submission_id: str) -> str:
    """A response's permanent reference: the survey's slug and the tool's id of the submission.

    Readable when the id is a slug already and it fits (`tco-2008-17`); else the slug cut short
    and a digest of the id, so the same submission always gets the same reference, within
    SurveyResponse.reference's 100 characters, and two submissions never share one: slugifying
    would make `A b` and `a-b` (or `R_aB` and `R_Ab`) the same.
    """
    readable = f"{survey.slug}-{submission_id}"
    if submission_id and slugify(submission_id) == submission_id and len(readable) <= REFERENCE_LENGTH:
        return readable
    digest = hashlib.sha256(submission_id.encode()).hexdigest()[:16]
    return f"{survey.slug[: REFERENCE_LENGTH - len(digest) - 1]}-{digest}"


def _entries(survey: Survey, mapping: Mapping, vocabulary: _Vocabulary, table: Table) -> tuple[list[Entry], list]:
    index = {column: number for number, column in enumerate(table.header)}
    respondents = _respondents(mapping, table, index)
    entries, problems = [], []
    for where, cells in table.rows:
        submission = _cell(cells, index[mapping.id_column])
        if not submission:
            problems.append(Problem(where, mapping.id_column, "has no id: each row needs the tool's submission id."))
            continue
        values: dict[str, Any] = {"reference": reference_for(survey, submission), "survey": survey.slug}
        for column, name in mapping.fields.items():
            cell = _cell(cells, index[column])
            if name == "respondent":
                values[name] = respondents.get(cell.casefold(), cell) or None
            elif name in MULTIPLE:
                chosen = [vocabulary.value(name, text) for text in _texts(name, cell, mapping)]
                values[name] = list(dict.fromkeys(value for value in chosen if value))
            else:
                value = vocabulary.value(name, cell)
                value = cell if value is None else value  # an open field: the row's validation judges it
                values[name] = None if value == "" and name in ("industry", "linux_years") else value
        chosen_texts = {text.casefold() for text in mapping.chosen}
        for column, (name, option) in mapping.options.items():
            values.setdefault(name, [])
            if _cell(cells, index[column]).casefold() in chosen_texts:
                value = vocabulary.value(name, option) or option
                if value not in values[name]:
                    values[name].append(value)
        if mapping.hypervisors:
            values[HYPERVISORS] = [
                {"hypervisor": slug, "stage": vocabulary.value(HYPERVISORS, _cell(cells, index[column]))}
                for column, slug in mapping.hypervisors.items()
                if _cell(cells, index[column])
            ]
        entries.append(Entry(where, values))
    return entries, problems


def _respondents(mapping: Mapping, table: Table, index: dict[str, int]) -> dict[str, str]:
    """The organization each respondent cell names (by slug or name, ignoring case), case-folded cell -> slug."""
    columns = [index[column] for column, name in mapping.fields.items() if name == "respondent"]
    if not columns:
        return {}
    texts = {_cell(cells, columns[0]).casefold() for _, cells in table.rows} - {""}
    found = {}
    for slug, name in (
        Organization.objects.annotate(lower_name=Lower("name"))
        .filter(lower_name__in=texts)
        .values_list("slug", "lower_name")
    ):
        found[name] = slug
    for slug in Organization.objects.filter(slug__in=texts).values_list("slug", flat=True):
        found[slug] = slug
    return found


def _other_surveys(survey: Survey, entries: list[Entry]) -> list[Problem]:
    """A reference this import derives that another survey's response already has: never moved."""
    by_reference = {entry.values["reference"]: entry.where for entry in entries}
    return [
        Problem(by_reference[reference], "", f"{reference} is a response of another survey ({slug}); not moved.")
        for reference, slug in SurveyResponse.objects.filter(reference__in=by_reference)
        .exclude(survey=survey)
        .values_list("reference", "survey__slug")
    ]


# -- import -----------------------------------------------------------------------------


def refuse_respondent(survey: Survey, mapping: Mapping, viewer) -> None:
    """RespondentRefused when `viewer` may not see respondents and the mapping reads a respondent column:
    one it maps to respondent, or one the survey's saved mapping (or its series') maps to respondent,
    whatever this mapping makes of it (a field, the id column), since its texts would show."""
    if may_see(viewer, RESPONDENT_PERMISSION):
        return
    saved = suggested_mapping(survey)[0].get("columns", {})
    known = {column for column, target in saved.items() if target == "respondent"} if isinstance(saved, dict) else set()
    for column in mapping.mapped:
        if mapping.fields.get(column) == "respondent":
            reason = "is mapped to respondent"
        elif column in known:
            reason = "holds respondents (the saved mapping says so)"
        else:
            continue
        raise RespondentRefused(
            [
                Problem(
                    "mapping",
                    column,
                    f"{reason}, but only users allowed to see respondents may import them. "
                    "Nothing was read: add the column to ignore (the stored respondents stay as they are), "
                    "or ask someone with that permission to import the file.",
                )
            ]
        )


def _prepare(survey: Survey, data: bytes, mapping: Any, viewer, limit: int | None):
    parsed = mapping if isinstance(mapping, Mapping) else parse_mapping(mapping)
    refuse_respondent(survey, parsed, viewer)  # before a byte of the file is read
    table = read_export(data, limit=limit)
    vocabulary = check_mapping(survey, parsed, table)
    entries, problems = _entries(survey, parsed, vocabulary, table)
    problems += _other_surveys(survey, entries)
    return parsed, entries, problems


def _renamed(mapping: Mapping, problems: list[Problem]) -> list[Problem]:
    """The engine's problems with the file's column names in place of the response fields'."""
    return [
        Problem(
            p.where,
            mapping.columns_of(p.column) if p.column in (*FIELDS, HYPERVISORS, "reference") else p.column,
            p.message,
        )  # fmt: skip
        for p in problems
    ]


def preview_import(
    survey: Survey, data: bytes, mapping: Any, *, viewer=None, user=None, limit: int | None = None
) -> Preview:
    """What importing `data` with `mapping` would do, row by row, writing nothing.

    `viewer` is whose permissions decide what may be read (None: a command's operator, who
    sees all). Raises MappingError (and RespondentRefused) or CsvFileError before any row.
    """
    parsed, entries, problems = _prepare(survey, data, mapping, viewer, limit)
    try:
        result = upsert(RESOURCE, entries, user=user, dry_run=True, problems=problems)
    except UpsertError as exc:
        found = _renamed(parsed, exc.problems)
        reasons: dict[str, list[str]] = defaultdict(list)
        for problem in found:
            reasons[problem.where].append(f"{problem.column}: {problem.message}" if problem.column else problem.message)
        # The rows without a problem, run alone to say what they would do.
        good = [entry for entry in entries if entry.where not in reasons]
        actions = {}
        if good and "" not in reasons:
            try:
                actions = {o.where: o for o in upsert(RESOURCE, good, user=user, dry_run=True).outcomes}
            except UpsertError:
                pass
        references = {entry.where: entry.values["reference"] for entry in entries}
        rows = []
        for where in dict.fromkeys([*(e.where for e in entries), *(p.where for p in problems)]):
            if where in reasons:
                rows.append(PreviewRow(where, references.get(where, ""), "rejected", tuple(reasons[where])))
            elif where in actions:
                rows.append(PreviewRow(where, actions[where].key, actions[where].action))
            else:
                rows.append(PreviewRow(where, references.get(where, ""), "not checked"))
        for where in reasons.keys() - {row.where for row in rows}:
            rows.append(PreviewRow(where, "", "rejected", tuple(reasons[where])))
        return Preview(rows, found)
    return Preview([PreviewRow(o.where, o.key, o.action) for o in result.outcomes], [], result)


def import_responses(
    survey: Survey,
    data: bytes,
    mapping: Any,
    *,
    viewer=None,
    user=None,
    reason: str = "Survey tool import",
    limit: int | None = None,
) -> UpsertResult:
    """Create and update `survey`'s responses from a survey tool's export, all or nothing, with history.

    Saves the mapping on the survey when the import succeeds. Raises MappingError or
    CsvFileError (nothing read into rows) or UpsertError (every row's problem); nothing is
    written then.
    """
    parsed, entries, problems = _prepare(survey, data, mapping, viewer, limit)
    try:
        result = upsert(RESOURCE, entries, user=user, reason=reason, problems=problems)
    except UpsertError as exc:
        raise UpsertError(_renamed(parsed, exc.problems)) from None
    save_mapping(survey, parsed, viewer=viewer)
    return result


def save_mapping(survey: Survey, mapping: Mapping, *, viewer=None) -> None:
    """Keep the mapping on the survey for the next import and the next wave; not a change of the
    survey's own (no history row, its `updated` stays).

    A user who may not see respondents ignores the respondent column: the saved mapping keeps
    mapping it, so that it stays known as one (refuse_respondent) and is offered to those who may.
    """
    saved = mapping.as_json()
    if not may_see(viewer, RESPONDENT_PERMISSION):
        saved = _with_respondent_columns(saved, suggested_mapping(survey)[0])
    if survey.import_mapping != saved:
        Survey.objects.filter(pk=survey.pk).update(import_mapping=saved)
        survey.import_mapping = saved


def _with_respondent_columns(new: dict[str, Any], old: dict[str, Any]) -> dict[str, Any]:
    old_columns = old.get("columns", {}) if isinstance(old.get("columns"), dict) else {}
    kept = [column for column, target in old_columns.items() if target == "respondent"]
    kept = [column for column in kept if column not in new.get("columns", {}) and column != new.get("id_column")]
    if not kept:
        return new
    return {
        **new,
        "columns": {**new.get("columns", {}), **dict.fromkeys(kept, "respondent")},
        "ignore": [column for column in new.get("ignore", []) if column not in kept],
    }


def suggested_mapping(survey: Survey) -> tuple[dict[str, Any], Survey | None]:
    """The mapping to start from: the survey's own, else that of the latest wave of its series
    that has one (and that survey); ({}, None) when there is none."""
    if survey.import_mapping:
        return survey.import_mapping, survey
    if survey.series:
        others = Survey.objects.filter(series=survey.series).exclude(pk=survey.pk).order_by("-fielded_from", "-pk")
        for other in others.only("pk", "slug", "title", "import_mapping", "fielded_from", "series"):
            if other.import_mapping:
                return other.import_mapping, other
    return {}, None
