"""Sources (what we know things from) and citations (which source supports which record)."""

from urllib.parse import parse_qsl, urlencode, urlsplit

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.urls import NoReverseMatch, reverse

from ..choices import SourceKind
from ..dates import format_precise_date
from .base import (
    FoldedKeyMixin,
    FoldedKeyQuerySet,
    NaturalKeyManager,
    PreciseDatesMixin,
    TimeStampedModel,
    precision_field,
    tracked_history,
)
from .synthetic import synthetic_field

# Query parameters that only say how a reader arrived (campaign, click and referral tags):
# the same document with or without them.
TRACKING_PARAMETERS = {
    "fbclid", "gclid", "dclid", "gbraid", "wbraid", "msclkid", "yclid", "twclid", "igshid", "mc_cid", "mc_eid",
    "_ga", "_gl", "_hsenc", "_hsmi", "mkt_tok", "oly_anon_id", "oly_enc_id", "vero_id", "spm",
}  # fmt: skip
DEFAULT_PORTS = {"http": 80, "https": 443}


def url_key(url: str) -> str:
    """What two source addresses must not share: the URL with http and https alike, the host in
    lower case without `www.` or a default port, no trailing slash, no fragment, and its
    query without tracking parameters (utm_*, fbclid, gclid...) and in sorted order.
    "http://WWW.Example.com:80/story/?utm_source=x" and "https://example.com/story" have one key.
    """
    url = (url or "").strip()
    if not url:
        return ""
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError:
        return url  # not a URL the validator takes; the field's own error says so
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").rstrip(".")
    if host.startswith("www."):
        host = host[4:]
    if port is not None and port != DEFAULT_PORTS.get(scheme):
        host = f"{host}:{port}"
    if scheme in DEFAULT_PORTS:
        scheme = "https"
    query = sorted(
        (name, value)
        for name, value in parse_qsl(parts.query, keep_blank_values=True)
        if not name.lower().startswith("utm_") and name.lower() not in TRACKING_PARAMETERS
    )
    path = parts.path.rstrip("/")
    return f"{scheme}://{host}{path}" + (f"?{urlencode(query)}" if query else "")


class Source(FoldedKeyMixin, PreciseDatesMixin, TimeStampedModel):
    """A document facts are taken from: an article, a press release, an analyst note...

    One source per address: `url_key` (never shown) holds url_key(url) under a unique
    constraint, so http and https, a trailing slash, `www.`, the host's case, a default port
    and tracking parameters do not make a second source of the same document. It is
    filled on every write (FoldedKeyMixin).
    """

    precise_dates = (("published_on", "published_precision"),)

    slug = models.SlugField(max_length=200, unique=True, help_text="Short name used in URLs, filters and CSV.")
    kind = models.CharField(max_length=30, choices=SourceKind.choices, db_index=True)
    title = models.CharField(max_length=300, help_text="Headline or title, as published.")
    publisher = models.ForeignKey(
        "adoption.Organization",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="published_sources",
        help_text="Who published it (a newspaper, a bank's research desk, a vendor).",
    )
    authors = models.CharField(max_length=500, blank=True, help_text="Authors' names, separated by semicolons.")
    url = models.URLField(max_length=500, blank=True, help_text="Where it can be read, if anywhere.")
    url_key = models.CharField(
        max_length=600,
        blank=True,
        default="",
        editable=False,
        help_text="The URL normalised (scheme, host, port, trailing slash, tracking parameters), "
        "so that no two sources have one address. Never shown.",
    )
    published_on = models.DateField(
        null=True,
        blank=True,
        db_index=True,
        help_text="Publication date; with a coarser precision, any day in the period (stored as its first day).",
    )
    published_precision = precision_field()
    notes = models.TextField(
        blank=True, max_length=5000, help_text="What it is and how it was found, in our own words."
    )
    synthetic = synthetic_field()

    # Fields unique after normalising: field -> the column holding its key (CSV import checks it there).
    FOLDED_UNIQUE = {"url": "url_key"}

    objects = NaturalKeyManager.from_queryset(FoldedKeyQuerySet)()
    history = tracked_history(excluded_fields=["url_key"])

    class Meta:
        ordering = ["-published_on", "title"]
        constraints = [
            # Implied by the next one; kept so that every path that checks unique fields sees the URL's.
            models.UniqueConstraint(
                fields=["url"],
                condition=~Q(url=""),
                name="source_url_unique",
                violation_error_message="Another source already has this URL.",
            ),
            models.UniqueConstraint(
                fields=["url_key"],
                condition=~Q(url_key=""),
                name="source_url_key_unique",
                violation_error_message="Another source already has this address.",
            ),
        ]

    def __str__(self):
        published = self.published_display
        return f"{self.title} ({published})" if published else self.title

    def natural_key(self):
        return (self.slug,)

    def fill_folded_keys(self) -> None:
        if isinstance(self.url, str):
            self.url_key = url_key(self.url)

    def validate_unique(self, exclude=None):
        # The conditional unique constraint would report this without a field; say which, and
        # name the source that has the address. (A check against other rows, so it sits with
        # Django's uniqueness checks.)
        super().validate_unique(exclude)
        if (not exclude or "url" not in exclude) and self.url:
            other = Source.objects.filter(url_key=url_key(self.url)).exclude(pk=self.pk).first()
            if other is not None:
                raise ValidationError({"url": other.duplicate_message()})

    def validate_constraints(self, exclude=None):
        # validate_unique() checks the address, naming the source that has it; the constraints
        # would only say "another source" without a field.
        super().validate_constraints(exclude={*(exclude or ()), "url", "url_key"})

    def duplicate_message(self, field_name: str = "url", where: str = "") -> str:
        """The error for another record given this source's address (in any equivalent
        spelling), linking to this one; `where` names it ("line 2") when it is not saved yet."""
        if where or self.pk is None:
            return f"{where or self.slug} already has this address."
        try:
            links = (
                f"{reverse('admin:adoption_source_change', args=[self.pk])} "
                f"(API: {reverse('api:source-detail', args=[self.pk])})"
            )
        except NoReverseMatch:
            links = f"source {self.pk}"
        return f"“{self.title}” ({self.slug}) already has this address: {links}"

    @property
    def published_display(self) -> str:
        return format_precise_date(self.published_on, self.published_precision)


class Citation(TimeStampedModel):
    """A link from a deployment or a market event to a source that supports it."""

    source = models.ForeignKey(Source, on_delete=models.PROTECT, related_name="citations")
    deployment = models.ForeignKey(
        "adoption.Deployment", on_delete=models.CASCADE, null=True, blank=True, related_name="citations"
    )
    event = models.ForeignKey(
        "adoption.MarketEvent", on_delete=models.CASCADE, null=True, blank=True, related_name="citations"
    )
    locator = models.CharField(
        max_length=100, blank=True, help_text='Where in the source: "p. 3", "paragraph 12", "slide 7".'
    )
    note = models.TextField(blank=True, max_length=2000, help_text="What the source supports, in our own words.")

    history = tracked_history()

    class Meta:
        ordering = ["pk"]
        constraints = [
            models.CheckConstraint(
                condition=Q(deployment__isnull=False, event__isnull=True)
                | Q(deployment__isnull=True, event__isnull=False),
                name="citation_cites_one_record",
                violation_error_message="A citation belongs to exactly one deployment or one event.",
            ),
            models.UniqueConstraint(
                fields=["deployment", "source", "locator"],
                condition=Q(deployment__isnull=False),
                name="citation_unique_per_deployment",
                violation_error_message="This deployment already cites that source at that locator.",
            ),
            models.UniqueConstraint(
                fields=["event", "source", "locator"],
                condition=Q(event__isnull=False),
                name="citation_unique_per_event",
                violation_error_message="This event already cites that source at that locator.",
            ),
        ]

    def __str__(self):
        return f"{self.source.title}, {self.locator}" if self.locator else self.source.title


def require_citations(record_label: str, citation_count: int) -> None:
    """Raise a ValidationError on `citations` unless the record cites at least one source.

    A constraint cannot say this (the citations are saved after their record), so every
    entry point (admin, API, CSV import, seeds) calls this before it commits.
    """
    if citation_count < 1:
        raise ValidationError(
            {"citations": f"A {record_label} needs at least one citation: add the source it comes from."}
        )
