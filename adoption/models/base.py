"""Pieces every table shares: timestamps, text validated as the API validates it, lookup by natural key."""

import re
from functools import cache
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from django.core.exceptions import ValidationError
from django.core.validators import MaxLengthValidator, ProhibitNullCharactersValidator
from django.db import models
from django.db.models.signals import pre_save
from django.dispatch import receiver
from django.utils import timezone
from simple_history.models import HistoricalRecords
from simple_history.utils import get_history_manager_for_model

from ..audit import history_user
from ..batches import chunked
from ..choices import DatePrecision
from ..dates import latest_start_over_by, period_start

if TYPE_CHECKING:
    from django.contrib.auth.base_user import AbstractBaseUser


class TimeStampedModel(models.Model):
    """Abstract base: when a row was created and last changed, and text held to the API's rules.

    full_clean() is the one validation every write path runs (admin, API, CSV import,
    seeds), so the rules the API's serializer fields add on their own are here too: text
    is stripped of leading and trailing whitespace, a TextField's max_length is enforced
    (Django leaves that to forms), and NUL or surrogate characters are refused. save()
    strips as well, for the paths that write without validating (demo data, tests).
    """

    # Defaults rather than auto_now(_add): loaddata saves raw, which skips auto_now and
    # would leave the columns empty for fixtures that do not list them.
    created = models.DateTimeField(default=timezone.now, editable=False)
    updated = models.DateTimeField(default=timezone.now, editable=False)

    class Meta:
        abstract = True

    def save(self, *args, **kwargs):
        self.strip_text()
        self.updated = timezone.now()
        if kwargs.get("update_fields") is not None:
            kwargs["update_fields"] = {*kwargs["update_fields"], "updated"}
        super().save(*args, **kwargs)

    def strip_text(self, exclude=()) -> None:
        """Leading and trailing whitespace off every text field, as the API and the admin's forms trim it."""
        for field in text_fields(type(self)):
            value = getattr(self, field.attname)
            if field.name not in exclude and isinstance(value, str):
                setattr(self, field.attname, value.strip())

    def clean_fields(self, exclude=None):
        exclude = set(exclude or ())
        self.strip_text(exclude)
        errors: dict[str, list[ValidationError]] = {}
        try:
            super().clean_fields(exclude=exclude)
        except ValidationError as exc:
            errors = exc.update_error_dict(errors)
        for field in text_fields(type(self)):
            if field.name in exclude or field.name in errors:
                continue
            messages = text_problems(field, getattr(self, field.attname))
            if messages:
                errors[field.name] = [ValidationError(message) for message in messages]
        if errors:
            raise ValidationError(errors)


SURROGATE = re.compile("[\ud800-\udfff]")


@cache
def text_fields(model: type[models.Model]) -> tuple[models.Field, ...]:
    """The model's stored text fields (CharField and TextField, their subclasses too)."""
    return tuple(
        field for field in model._meta.concrete_fields if isinstance(field, models.CharField | models.TextField)
    )


def text_problems(field: models.Field, value) -> list[str]:
    """What the API's CharField would refuse in `value` that a model field's own validation lets through."""
    if not isinstance(value, str):
        return []
    messages = []
    try:
        ProhibitNullCharactersValidator()(value)
    except ValidationError as exc:
        messages.extend(exc.messages)
    surrogate = SURROGATE.search(value)
    if surrogate is not None:
        messages.append(f"Surrogate characters are not allowed: U+{ord(surrogate.group()):X}.")
    if isinstance(field, models.TextField) and field.max_length is not None:
        try:
            MaxLengthValidator(field.max_length)(value)
        except ValidationError as exc:
            messages.extend(exc.messages)
    return messages


# The kinds of history row (simple-history's history_type): created, changed, deleted.
CREATED, CHANGED, DELETED = "+", "~", "-"


class HistoryAudit(models.Model):
    """Abstract base of every history table: who made a change, through what, and with what else.

    `history_user` (simple-history's own column) links the account when there is one;
    these add what it cannot hold. They are filled in by adoption.audit.
    """

    history_entry_point = models.CharField(
        "through", max_length=40, blank=True, help_text='Where the change came from: "admin", "api", "manage.py …".'
    )
    history_actor = models.CharField(
        "by", max_length=150, blank=True, help_text="The account's name, kept even if the account is deleted later."
    )
    history_change = models.UUIDField(
        null=True, blank=True, db_index=True, help_text="Shared by every row one request or command wrote."
    )

    if TYPE_CHECKING:
        # simple-history's own column, which it adds to each history model.
        history_user: AbstractBaseUser | None

    class Meta:
        abstract = True

    @property
    def changed_by(self) -> str:
        """Who made the change: the name recorded with it, else the account's, else ""."""
        return self.history_actor or (self.history_user.get_username() if self.history_user else "")


def tracked_history(**options) -> HistoricalRecords:
    """A model's change history, with the audit columns above."""
    return HistoricalRecords(bases=[HistoryAudit], get_user=history_user, **options)


def history_of(model: type[models.Model]) -> "models.Manager[Any]":
    """`model`'s history rows (its tracked_history()): simple-history's manager, typed as the
    Manager it is (the package has no type hints)."""
    manager: models.Manager[Any] = get_history_manager_for_model(model)
    return manager


class NaturalKeyManager(models.Manager):
    """Finds a row by its natural key (a slug or a reference), for fixtures and seeds."""

    def __init__(self, field: str = "slug"):
        super().__init__()
        self.natural_key_field = field

    def get_by_natural_key(self, key):
        return self.get(**{self.natural_key_field: key})


class VocabularyModel(TimeStampedModel):
    """Abstract base for a small named list (purposes, techniques, industries)."""

    name = models.CharField(max_length=100, unique=True)
    slug = models.SlugField(max_length=100, unique=True, help_text="Short name used in URLs, filters and CSV.")
    description = models.TextField(blank=True, max_length=2000)

    objects = NaturalKeyManager()

    class Meta:
        abstract = True
        ordering = ["name"]

    def __str__(self):
        return self.name

    def natural_key(self):
        return (self.slug,)


def precision_field() -> models.CharField:
    """The precision that goes with a date field: how much of the date is known."""
    return models.CharField(
        max_length=10,
        choices=DatePrecision.choices,
        default=DatePrecision.DAY,
        help_text="How much of the date is known: day, week, month, quarter or year.",
    )


if TYPE_CHECKING:
    # The mixins below stand in front of a Model in every class that uses them: to the type
    # checker they are models, so super() and _meta resolve; at run time they are plain classes.
    _ModelMixin = models.Model
else:
    _ModelMixin = object

_Folded = TypeVar("_Folded", bound="FoldedKeyMixin")


class FoldedKeyQuerySet(models.QuerySet[_Folded]):
    """Bulk writes keep each folded key filled (FoldedKeyMixin), as save() does."""

    def bulk_create(self, objs, *args, **kwargs):
        objs = list(objs)
        for obj in objs:
            obj.fill_folded_keys()
        return super().bulk_create(objs, *args, **kwargs)

    def bulk_update(self, objs, fields, *args, **kwargs):
        objs, fields = list(objs), list(fields)
        keys = [key for field, key in self.model.FOLDED_UNIQUE.items() if field in fields]
        if keys:
            for obj in objs:
                obj.fill_folded_keys()
            fields.extend(key for key in keys if key not in fields)
        return super().bulk_update(objs, fields, *args, **kwargs)


class FoldedKeyMixin(_ModelMixin):
    """Fields unique after folding (an organization's name ignoring case and spacing, a source's
    address ignoring scheme and tracking parameters): FOLDED_UNIQUE maps each to a hidden column
    holding its folded form under a unique constraint, filled by fill_folded_keys() in
    full_clean(), save() (with update_fields), bulk writes (FoldedKeyQuerySet) and loaddata
    (the pre_save signal below). CSV import compares on the key columns."""

    FOLDED_UNIQUE: dict[str, str] = {}

    def fill_folded_keys(self) -> None:
        raise NotImplementedError

    def clean_fields(self, exclude=None):
        self.fill_folded_keys()
        # A key follows its field; the field's own errors say what is wrong with both.
        super().clean_fields(exclude={*(exclude or ()), *self.FOLDED_UNIQUE.values()})

    def save(self, *args, **kwargs):
        fields = kwargs.get("update_fields")
        if fields is not None:
            keys = {key for field, key in self.FOLDED_UNIQUE.items() if field in fields}
            kwargs["update_fields"] = {*fields, *keys}
        super().save(*args, **kwargs)


@receiver(pre_save, dispatch_uid="adoption.fill_folded_keys")
def _fill_folded_keys_before_saving(sender, instance, **kwargs):
    # A signal rather than save(): loaddata (fixtures, backups) saves raw, past save().
    if isinstance(instance, FoldedKeyMixin):
        instance.fill_folded_keys()


class PermanentKeyMixin(_ModelMixin):
    """A key that a saved record keeps and a deleted record's never passes on (permanent keys: docs/explanation).

    The model names it in `permanent_key`. The rule is checked with Django's uniqueness
    checks, in validate_unique(), so every path that validates (admin, API, CSV import,
    seeds, restore) applies it; a bulk path calls key_problems() once for all its rows.
    """

    permanent_key = ""
    if TYPE_CHECKING:
        # Every model with a permanent key has these: its manager and its history (tracked_history()).
        objects: NaturalKeyManager
        history: ClassVar[Any]  # simple-history's manager; the package has no type hints

    def validate_unique(self, exclude=None):
        errors: dict[str, list[ValidationError]] = {}
        try:
            super().validate_unique(exclude)
        except ValidationError as exc:
            errors = exc.update_error_dict(errors)
        if not exclude or self.permanent_key not in exclude:
            problem = type(self).key_problems([self])[0]
            if problem:
                errors.setdefault(self.permanent_key, []).append(ValidationError(problem))
        if errors:
            raise ValidationError(errors)

    def key_taken_message(self) -> str:
        """What validate_unique() says of a key another record has."""
        return self.unique_error_message(type(self), (self.permanent_key,)).messages[0]

    @classmethod
    def key_problems(cls, records: list) -> list[str]:
        """For each record, why its key cannot be saved, or "" when it can: a saved record keeps
        its own, and one that belonged to a deleted record stays retired (the history says so)."""
        key = cls.permanent_key
        stored = cls._stored_keys([record.pk for record in records if record.pk is not None])
        holders = cls._past_holders({getattr(record, key) for record in records if getattr(record, key)})
        return [cls._key_problem(record, stored.get(record.pk), holders) for record in records]

    @classmethod
    def _stored_keys(cls, pks: list) -> dict:
        """The key each saved record holds now: {pk: key}."""
        stored: dict[Any, Any] = {}
        for chunk in chunked(pks):
            stored.update(cls.objects.filter(pk__in=chunk).values_list("pk", cls.permanent_key))
        return stored

    @classmethod
    def _past_holders(cls, keys: set) -> dict[str, dict]:
        """The history's holders of each of `keys` that no live record holds, by what became of them:
        {kind: {key: pks}}, the kind "taken" (it holds the key now), "renamed" or "retired" (deleted)."""
        key = cls.permanent_key
        live: set[Any] = set()
        for chunk in chunked(keys):
            live.update(cls.objects.filter(**{f"{key}__in": chunk}).values_list(key, flat=True))
        holders: dict[str, dict] = {"taken": {}, "renamed": {}, "retired": {}}
        for chunk in chunked(keys - live):
            # Whether each id is live is read in the same statement as its history: a record
            # another client created since the query above has both by now, and is taken, not retired.
            # A live record that no longer holds the key was renamed before keys were permanent:
            # its old key is retired too, not taken.
            rows = (
                cls.history.filter(**{f"{key}__in": chunk})
                .annotate(
                    live=models.Exists(cls.objects.filter(pk=models.OuterRef("id"))),
                    holds=models.Exists(cls.objects.filter(pk=models.OuterRef("id"), **{key: models.OuterRef(key)})),
                )
                .values_list(key, "id", "live", "holds")
                .distinct()
            )
            for value, pk, is_live, holds in rows:
                kind = "taken" if holds else "renamed" if is_live else "retired"
                holders[kind].setdefault(value, set()).add(pk)
        return holders

    @classmethod
    def _key_problem(cls, record, kept, holders: dict[str, dict]) -> str:
        """Why `record` cannot have its key, given the key it holds now (`kept`, None when
        unsaved) and the key's other holders (_past_holders), or "" when it can."""
        key, label = cls.permanent_key, cls._meta.verbose_name
        value = getattr(record, key)
        key_field = cls._meta.get_field(key)
        assert isinstance(key_field, models.Field)
        field = key_field.verbose_name

        def others(kind: str) -> set:
            return holders[kind].get(value, set()) - {record.pk}

        if kept is not None and kept != value:
            return f"A {field} is permanent: this {label} stays {kept}."
        if others("taken"):
            return record.key_taken_message()
        if others("retired"):
            return f"{value} belonged to a deleted {label}; {field}s are never reused."
        if others("renamed"):
            return f"{value} was once another {label}'s {field}; {field}s are never reused."
        return ""


class PreciseDatesMixin(_ModelMixin):
    """Stores each (date, precision) pair's date as the first day of its period.

    `precise_dates` names the pairs. Normalising in clean() as well as save() means a
    validated instance already holds the value the database will store.
    """

    precise_dates: tuple[tuple[str, str], ...] = ()

    def clean(self):
        super().clean()
        self.normalize_precise_dates()

    def save(self, *args, **kwargs):
        self.normalize_precise_dates()
        super().save(*args, **kwargs)

    def normalize_precise_dates(self) -> None:
        for date_field, precision_field_name in self.precise_dates:
            value = getattr(self, date_field)
            if value is not None:
                setattr(self, date_field, period_start(value, getattr(self, precision_field_name)))


def restated(field: str) -> str:
    """The annotation a filter puts a field's value on a date in (a deployment's stage as of a date), which
    lists, CSV and reports read in place of the field when a queryset has it."""
    return f"{field}_as_of"


def is_restated(annotation: str) -> bool:
    return annotation.endswith(restated(""))


def known_by(day, date_field: str, precision_field_name: str) -> models.Q:
    """Rows whose (date, precision) has certainly passed by the end of `day`: a date given as a
    period (2007-Q3) counts from the period's last day, since any day in it may be the one meant."""
    passed = models.Q(pk__in=[])
    for precision in DatePrecision.values:
        passed |= models.Q(
            **{precision_field_name: precision, f"{date_field}__lte": latest_start_over_by(day, precision)}
        )
    return passed


class PeriodEnd(models.Func):
    """In SQL, dates.period_end: the last day of the period a (date, precision) pair stands for.

    The date is the period's first day, as stored (PreciseDatesMixin)."""

    output_field = models.DateField()
    # Months to add, and days for a week, by precision; a day is its own end.
    MONTHS = {DatePrecision.MONTH: 1, DatePrecision.QUARTER: 3, DatePrecision.YEAR: 12}

    def __init__(self, date, precision, **extra):
        super().__init__(date, precision, **extra)

    def _sql(self, compiler, connection, week: str, months: str):
        date_sql, date_params = compiler.compile(self.source_expressions[0])
        precision_sql, precision_params = compiler.compile(self.source_expressions[1])
        whens = [f"WHEN '{DatePrecision.WEEK}' THEN {week.format(date=date_sql)}"]
        params = [*precision_params, *date_params]
        for precision, count in self.MONTHS.items():
            whens.append(f"WHEN '{precision}' THEN {months.format(date=date_sql, months=count)}")
            params.extend(date_params)
        sql = f"CASE {precision_sql} {' '.join(whens)} ELSE {date_sql} END"
        return sql, [*params, *date_params]

    def as_sql(self, compiler, connection, function=None, template=None, arg_joiner=None, **extra_context):
        return self._sql(
            compiler,
            connection,
            week="({date} + 6)",
            months="(({date} + interval '{months} month') - interval '1 day')::date",
        )

    def as_sqlite(self, compiler, connection, **extra_context):
        return self._sql(
            compiler, connection, week="date({date}, '+6 days')", months="date({date}, '+{months} months', '-1 day')"
        )
