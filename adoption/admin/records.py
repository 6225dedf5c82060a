"""Admin for data entry: analysts type case studies, sources and market events in here, one class per resource."""

from django.contrib import admin, messages
from django.core.exceptions import ValidationError
from django.db.models import Count
from django.forms.models import BaseInlineFormSet
from django.template.response import TemplateResponse
from django_countries.filters import CountryFilter
from rest_framework.authtoken import admin as authtoken_admin
from rest_framework.authtoken.models import TokenProxy

from ..models import (
    RESPONDENT_PERMISSION,
    AnswerOption,
    ApiToken,
    Citation,
    Deployment,
    EventFigure,
    EventLink,
    EventParty,
    Guest,
    Hypervisor,
    Industry,
    MarketEvent,
    Metric,
    OperatingSystem,
    Organization,
    OrganizationAlias,
    Ownership,
    PartyRole,
    PopulationMargin,
    Product,
    Purpose,
    Question,
    ResponseGuestFamily,
    ResponseHypervisor,
    Source,
    StageObservation,
    Survey,
    SurveyResponse,
    Technique,
    Unit,
    require_citations,
)
from ..models.stages import settled_stage
from ..registry import TIMESTAMPS
from ..services.ownership import planned_changes, record_acquisition
from ..services.weighting import WeightingError, run_summary, weigh
from .base import USED_ONLY, TrackedAdmin, changelist_link, links_list, titled
from .csv import CsvAdminMixin
from .inlines import LabelledTabularInline
from .lookups import LookupGateMixin
from .methodology import MethodologyAdminMixin
from .survey_import import SurveyToolImportMixin


class VocabularyAdmin(CsvAdminMixin, TrackedAdmin):
    list_display: tuple[str, ...] = ("name", "slug", "description")
    prepopulated_fields = {"slug": ("name",)}


admin.site.register(Industry, VocabularyAdmin)
admin.site.register(Technique, VocabularyAdmin)
admin.site.register(Purpose, VocabularyAdmin)
admin.site.register(PartyRole, VocabularyAdmin)


@admin.register(Unit)
class UnitAdmin(VocabularyAdmin):
    list_display = ("name", "slug", "currency", "description")
    list_filter = ("currency",)


@admin.register(Metric)
class MetricAdmin(VocabularyAdmin):
    list_display = ("name", "slug", "unit_list", "description")
    list_filter = ("units",)
    autocomplete_fields = ("units",)

    def get_queryset(self, request):
        return super().get_queryset(request).prefetch_related("units")

    @admin.display(description="units")
    def unit_list(self, obj):
        return ", ".join(unit.name for unit in obj.units.all()) or "any"


class OrganizationAliasInline(LabelledTabularInline):
    model = OrganizationAlias
    extra = 1
    fields = ("name",)
    verbose_name = "alias"
    verbose_name_plural = "aliases (other names it is known by; search finds them)"


class OwnershipInline(LabelledTabularInline):
    model = Ownership
    fk_name = "organization"
    fields = ("reference", "parent", "started_on", "started_precision", "ended_on", "ended_precision", "source")
    autocomplete_fields = ("parent", "source")
    extra = 0
    verbose_name = "owner"
    verbose_name_plural = "owners over time (each period with its dates and source)"


@admin.register(Organization)
class OrganizationAdmin(CsvAdminMixin, TrackedAdmin):
    list_display = ("name", "alias_list", "country", "industry")
    list_filter = ("synthetic", ("country", CountryFilter), ("industry", USED_ONLY))
    list_select_related = ("industry",)
    prepopulated_fields = {"slug": ("name",)}
    autocomplete_fields = ("industry",)
    inlines = (OrganizationAliasInline, OwnershipInline)
    readonly_fields = ("used_by", *TIMESTAMPS)
    fieldsets = (
        (None, {"fields": ("name", "slug", "country", "industry", "website", "description")}),
        ("Where it appears", {"fields": ("used_by",)}),
        ("Record", {"fields": TIMESTAMPS, "classes": ("collapse",)}),
    )

    def get_queryset(self, request):
        return super().get_queryset(request).prefetch_related("aliases")

    @admin.display(description="aliases")
    def alias_list(self, obj):
        return ", ".join(alias.name for alias in obj.aliases.all())

    @admin.display(description="records that use it")
    def used_by(self, obj):
        if obj.pk is None:
            return "—"
        pk = obj.pk
        links = [
            changelist_link(Deployment, "Deployments as customer", obj.deployments.count(), customer__id__exact=pk),
            changelist_link(
                Deployment, "Deployments as supplier", obj.supplied_deployments.count(), supplier__id__exact=pk
            ),
            changelist_link(Hypervisor, "Hypervisors it makes", obj.hypervisors.count(), vendor__id__exact=pk),
            changelist_link(
                OperatingSystem, "Operating systems it makes", obj.operating_systems.count(), vendor__id__exact=pk
            ),
            changelist_link(MarketEvent, "Market events about it", obj.events.count(), organization__id__exact=pk),
            changelist_link(
                MarketEvent,
                "Market events as another party",
                obj.event_parts.count(),
                parties__organization__id__exact=pk,
            ),
            changelist_link(Product, "Products it makes", obj.products.count(), vendor__id__exact=pk),
            changelist_link(
                MarketEvent,
                "Market events as counterparty",
                obj.counterparty_events.count(),
                counterparty__id__exact=pk,
            ),
            changelist_link(Source, "Sources it published", obj.published_sources.count(), publisher__id__exact=pk),
            changelist_link(Ownership, "Periods it was owned", obj.ownerships.count(), organization__id__exact=pk),
            changelist_link(Ownership, "Periods it owned others", obj.owned.count(), parent__id__exact=pk),
        ]
        return links_list(links)


@admin.register(Hypervisor)
class HypervisorAdmin(CsvAdminMixin, TrackedAdmin):
    list_display = ("name", "vendor", "architecture", "licence", "technique_list")
    list_filter = ("architecture", "licence", "techniques", ("vendor", USED_ONLY))
    list_select_related = ("vendor",)
    prepopulated_fields = {"slug": ("name",)}
    autocomplete_fields = ("vendor", "techniques")

    def get_queryset(self, request):
        return super().get_queryset(request).prefetch_related("techniques")

    @admin.display(description="techniques")
    def technique_list(self, obj):
        return ", ".join(technique.name for technique in obj.techniques.all())


@admin.register(Product)
class ProductAdmin(CsvAdminMixin, TrackedAdmin):
    list_display = ("name", "vendor", "hypervisor", "operating_system", "version", "released")
    list_filter = ("synthetic", ("vendor", USED_ONLY), ("hypervisor", USED_ONLY), ("operating_system", USED_ONLY))
    list_select_related = ("vendor", "hypervisor", "operating_system")
    prepopulated_fields = {"slug": ("name",)}
    autocomplete_fields = ("vendor", "hypervisor", "operating_system")
    fieldsets = (
        (None, {"fields": ("name", "slug", "vendor", ("hypervisor", "operating_system"), "version")}),
        ("Released", {"fields": (("released_on", "released_precision"),)}),
        (None, {"fields": ("description",)}),
        ("Record", {"fields": TIMESTAMPS, "classes": ("collapse",)}),
    )

    @admin.display(description="released", ordering="released_on")
    def released(self, obj):
        return obj.released_display or "—"


@admin.register(Ownership)
class OwnershipAdmin(CsvAdminMixin, TrackedAdmin):
    list_display = ("reference", "organization", "parent", "period", "source")
    list_filter = ("synthetic", ("parent", titled(USED_ONLY, "owner")), ("source", titled(USED_ONLY, "source")))
    list_select_related = ("organization", "parent", "source")
    autocomplete_fields = ("organization", "parent", "event", "source")
    linked_lookups = ("organization",)  # an organization's used_by links
    fieldsets = (
        (None, {"fields": ("reference", ("organization", "parent"))}),
        ("Period", {"fields": (("started_on", "started_precision"), ("ended_on", "ended_precision"))}),
        ("On whose word", {"fields": ("event", ("source", "locator"), "note")}),
        ("Record", {"fields": TIMESTAMPS, "classes": ("collapse",)}),
    )

    @admin.display(description="period", ordering="started_on")
    def period(self, obj):
        return obj.period_display


@admin.register(OperatingSystem)
class OperatingSystemAdmin(CsvAdminMixin, TrackedAdmin):
    list_display = ("name", "family", "vendor")
    list_filter = ("family", ("vendor", USED_ONLY))
    list_select_related = ("vendor",)
    prepopulated_fields = {"slug": ("name",)}
    autocomplete_fields = ("vendor",)


class CitationFormSet(BaseInlineFormSet):
    """Applies the shared rule that a deployment or an event cites at least one source."""

    record_label = "record"

    def clean(self):
        super().clean()
        if any(self.errors):
            return
        kept = sum(
            1 for form in self.forms if (form.instance.pk or form.has_changed()) and not self._should_delete_form(form)
        )
        try:
            require_citations(self.record_label, kept)
        except ValidationError as exc:
            raise ValidationError(exc.message_dict["citations"]) from exc


class CitationInline(admin.StackedInline):
    model = Citation
    formset = CitationFormSet
    fields = (("source", "locator"), "note")
    autocomplete_fields = ("source",)
    # One blank citation to fill; the formset, not min_num, enforces the rule so the
    # analyst reads the shared message rather than a bare "This field is required".
    extra = 1

    def get_formset(self, request, obj=None, **kwargs):
        formset = super().get_formset(request, obj, **kwargs)
        formset.record_label = self.parent_model._meta.verbose_name
        return formset


class DeploymentCitationInline(CitationInline):
    fk_name = "deployment"


class EventCitationInline(CitationInline):
    fk_name = "event"


class GuestInline(LabelledTabularInline):
    model = Guest
    fields = ("operating_system", "version", "mode", "vm_count")
    autocomplete_fields = ("operating_system",)
    extra = 1
    verbose_name = "guest operating system"
    verbose_name_plural = "guest operating systems (what runs inside the virtual machines)"


class StageFormSet(BaseInlineFormSet):
    """A deployment has at least one stage observation; its stage is the latest, set here before it is saved."""

    def clean(self):
        super().clean()
        if any(self.errors):
            return
        kept = [
            form.instance
            for form in self.forms
            if (form.instance.pk or form.has_changed()) and not self._should_delete_form(form)
        ]
        try:
            self.instance.stage, _ = settled_stage(self.instance, None, kept, {}, None)
        except ValidationError as exc:
            raise ValidationError(exc.messages) from exc


class StageInline(LabelledTabularInline):
    model = StageObservation
    formset = StageFormSet
    fields = ("stage", "held_from", "held_from_precision", "source", "locator", "note")
    autocomplete_fields = ("source",)
    extra = 1
    verbose_name_plural = "stage history (each stage from a date, on a source's word; the latest is the stage)"


@admin.register(Deployment)
class DeploymentAdmin(CsvAdminMixin, TrackedAdmin):
    list_display = ("reference", "customer", "hypervisor_column", "host_os_column", "guest_list", "stage", "reported")
    list_display_links = ("reference",)
    list_filter = (
        "synthetic",
        "stage",
        ("hypervisor", USED_ONLY),
        ("host_os", USED_ONLY),
        ("guests__operating_system__family", titled(admin.ChoicesFieldListFilter, "guest OS family")),
        ("customer__country", titled(CountryFilter, "customer country")),
        ("customer__industry", titled(USED_ONLY, "customer industry")),
        ("citations__source", titled(USED_ONLY, "cited source")),
    )
    list_select_related = ("customer", "hypervisor", "host_os")
    autocomplete_fields = ("customer", "hypervisor", "product", "host_os", "supplier", "purposes")
    date_hierarchy = "reported_on"
    linked_lookups = ("customer", "supplier")  # an organization's used_by links
    inlines = (StageInline, GuestInline, DeploymentCitationInline)
    readonly_fields = ("stage", *TIMESTAMPS)
    fieldsets = (
        (None, {"fields": ("reference", "customer", "stage", "purposes", "supplier")}),
        (
            "Platform",
            {"fields": (("hypervisor", "hypervisor_version"), "product", ("host_os", "host_os_version"))},
        ),
        ("Scale", {"fields": (("host_count", "vm_count"),)}),
        ("Reported", {"fields": (("reported_on", "reported_precision"), "summary")}),
        ("Record", {"fields": TIMESTAMPS, "classes": ("collapse",)}),
    )

    def get_queryset(self, request):
        return super().get_queryset(request).prefetch_related("guests__operating_system")

    @admin.display(description="hypervisor", ordering="hypervisor__name")
    def hypervisor_column(self, obj):
        return f"{obj.hypervisor} {obj.hypervisor_version}".strip()

    @admin.display(description="host OS", ordering="host_os__name")
    def host_os_column(self, obj):
        return f"{obj.host_os} {obj.host_os_version}".strip() if obj.host_os else "—"

    @admin.display(description="guests")
    def guest_list(self, obj):
        return ", ".join(str(guest) for guest in obj.guests.all()) or "—"

    @admin.display(description="reported", ordering="reported_on")
    def reported(self, obj):
        return obj.reported_display


@admin.register(Source)
class SourceAdmin(CsvAdminMixin, TrackedAdmin):
    list_display = ("title", "kind", "publisher", "published", "citation_count")
    list_filter = ("synthetic", "kind", ("publisher", USED_ONLY))
    list_select_related = ("publisher",)
    prepopulated_fields = {"slug": ("title",)}
    autocomplete_fields = ("publisher",)
    date_hierarchy = "published_on"
    readonly_fields = ("cited_by", *TIMESTAMPS)
    fieldsets = (
        (None, {"fields": ("title", "slug", "kind", "publisher", "authors", "url")}),
        ("Published", {"fields": (("published_on", "published_precision"),)}),
        (None, {"fields": ("notes",)}),
        ("Where it is cited", {"fields": ("cited_by",)}),
        ("Record", {"fields": TIMESTAMPS, "classes": ("collapse",)}),
    )

    def get_queryset(self, request):
        # A GROUP BY query drops Meta.ordering: order it again, or the autocomplete's pages shift.
        queryset = super().get_queryset(request).annotate(citation_total=Count("citations"))
        return queryset.order_by(*Source._meta.ordering)

    @admin.display(description="published", ordering="published_on")
    def published(self, obj):
        return obj.published_display

    @admin.display(description="citations", ordering="citation_total")
    def citation_count(self, obj):
        return obj.citation_total

    @admin.display(description="records that cite it")
    def cited_by(self, obj):
        if obj.pk is None:
            return "—"
        deployments = Deployment.objects.filter(citations__source=obj).distinct().count()
        events = MarketEvent.objects.filter(citations__source=obj).distinct().count()
        return links_list(
            [
                changelist_link(Deployment, "Deployments", deployments, citations__source__id__exact=obj.pk),
                changelist_link(MarketEvent, "Market events", events, citations__source__id__exact=obj.pk),
            ]
        )


class EventPartyInline(LabelledTabularInline):
    model = EventParty
    fields = ("organization", "role", "note")
    autocomplete_fields = ("organization", "role")
    extra = 1
    verbose_name_plural = "other parties (besides the subject and counterparty), each in its role"


class EventFigureInline(admin.StackedInline):
    model = EventFigure
    fields = (
        ("metric", "part_of"),
        ("qualifier", "amount", "amount_to"),
        ("unit", "currency"),
        ("as_of", "as_of_precision"),
        ("source", "stated_by"),
        "note",
    )
    autocomplete_fields = ("metric", "part_of", "unit", "source", "stated_by")
    extra = 1
    verbose_name_plural = "figures (one per value a source states; sources that disagree give two)"


class EventLinkInline(LabelledTabularInline):
    model = EventLink
    fk_name = "event"
    fields = ("kind", "target", "note")
    autocomplete_fields = ("target",)
    extra = 0
    verbose_name_plural = "links to earlier events (this event confirms, denies, completes, supersedes or follows them)"


@admin.register(MarketEvent)
class MarketEventAdmin(CsvAdminMixin, TrackedAdmin):
    list_display = ("title", "kind", "status", "when", "organization", "counterparty", "disagreements")
    list_filter = (
        "synthetic",
        "kind",
        "status",
        ("organization", titled(USED_ONLY, "subject")),
        ("counterparty", titled(USED_ONLY, "counterparty")),
        ("parties__organization", titled(USED_ONLY, "other party")),
        ("parties__role", titled(USED_ONLY, "party role")),
        ("figures__metric", titled(USED_ONLY, "figure")),
        ("citations__source", titled(USED_ONLY, "cited source")),
    )
    list_select_related = ("organization", "counterparty")
    prepopulated_fields = {"slug": ("title",)}
    autocomplete_fields = ("organization", "counterparty", "hypervisors", "operating_systems", "products")
    date_hierarchy = "date"
    inlines = (EventPartyInline, EventFigureInline, EventLinkInline, EventCitationInline)
    readonly_fields = ("figure_disagreements", "linked_from_list", *TIMESTAMPS)
    actions = [*CsvAdminMixin.actions, "record_ownership"]
    fieldsets = (
        (None, {"fields": ("title", "slug", ("kind", "status"), ("date", "date_precision"))}),
        ("Not yet happened", {"fields": (("expected_on", "expected_precision"),)}),
        (
            "Who and what",
            {"fields": (("organization", "counterparty"), "hypervisors", "operating_systems", "products")},
        ),
        (None, {"fields": ("summary",)}),
        ("Read from the rows below and other events", {"fields": ("figure_disagreements", "linked_from_list")}),
        ("Record", {"fields": TIMESTAMPS, "classes": ("collapse",)}),
    )

    def get_queryset(self, request):
        return super().get_queryset(request).prefetch_related("figures__metric")

    @admin.display(description="date", ordering="date")
    def when(self, obj):
        return obj.date_display

    @admin.display(description="figures that disagree")
    def disagreements(self, obj):
        return ", ".join(obj.figure_disagreements) or "—"

    @admin.display(description="later events that bear on it")
    def linked_from_list(self, obj):
        if obj.pk is None:
            return "—"
        links = obj.linked_from.select_related("event").order_by("event__date")
        return links_list([f"{link.event} {link.get_kind_display().lower()} it" for link in links]) if links else "—"

    @admin.action(description="Record the ownership change of the selected completed acquisitions")
    def record_ownership(self, request, queryset):
        if not request.user.has_perm("adoption.add_ownership") or not request.user.has_perm(
            "adoption.change_ownership"
        ):
            self.message_user(
                request, "Recording ownership needs permission to add and change ownership periods.", messages.ERROR
            )
            return None
        plans = [planned_changes(event) for event in queryset.select_related("organization", "counterparty")]
        if request.POST.get("confirmed") != "yes":
            context = {
                **self.admin_site.each_context(request),
                "title": "Record ownership changes?",
                "plans": plans,
                "queryset": queryset,
                "action_checkbox_name": admin.helpers.ACTION_CHECKBOX_NAME,
                "opts": self.model._meta,
            }
            return TemplateResponse(request, "admin/adoption/record_ownership.html", context)
        written = 0
        for plan in plans:
            if plan.problems:
                self.message_user(request, " ".join(plan.problems), messages.WARNING)
                continue
            try:
                record_acquisition(plan.event)
            except ValidationError as exc:
                self.message_user(request, f"{plan.event}: {' '.join(exc.messages)}", messages.ERROR)
                continue
            written += 1
        if written:
            self.message_user(request, f"Recorded the ownership change of {written} acquisition(s).", messages.SUCCESS)
        return None


class PopulationMarginInline(LabelledTabularInline):
    model = PopulationMargin
    extra = 1
    fields = ("dimension", "value", "share")
    verbose_name_plural = "population margins (the shares weighting rakes the responses to)"


@admin.register(Survey)
class SurveyAdmin(SurveyToolImportMixin, MethodologyAdminMixin, CsvAdminMixin, TrackedAdmin):
    list_display = ("title", "conducted_by", "fielded_from", "synthetic", "response_count")
    list_filter = ("synthetic", ("conducted_by", USED_ONLY))
    list_select_related = ("conducted_by",)
    prepopulated_fields = {"slug": ("title",)}
    autocomplete_fields = ("conducted_by", "source")
    date_hierarchy = "fielded_from"
    fieldsets = (
        (None, {"fields": ("title", "slug", "conducted_by", ("fielded_from", "fielded_to"), "source", "synthetic")}),
        ("Who was asked", {"fields": ("description",)}),
        ("Population and weighting", {"fields": ("population", "weight_cap")}),
        ("Questionnaire and methodology", {"fields": ("questionnaire", "methodology")}),
        ("Record", {"fields": TIMESTAMPS, "classes": ("collapse",)}),
    )
    readonly_fields = ("questionnaire", "methodology", *TIMESTAMPS)
    inlines = (PopulationMarginInline,)
    actions = [*CsvAdminMixin.actions, "compute_weights"]

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(response_total=Count("responses"))

    @admin.display(description="responses", ordering="response_total")
    def response_count(self, obj):
        return changelist_link(SurveyResponse, "responses", obj.response_total, survey__id__exact=obj.pk)

    @admin.action(description="Compute weights (raking to the population margins)", permissions=["change"])
    def compute_weights(self, request, queryset):
        for survey in queryset:
            try:
                run = weigh(survey, user=request.user)
            except WeightingError as exc:
                self.message_user(request, f"{survey}: not weighted. {' '.join(exc.messages)}", messages.ERROR)
                continue
            level = messages.SUCCESS if run.converged else messages.WARNING
            self.message_user(request, f"{survey}: {run_summary(run)}", level)


class AnswerOptionInline(LabelledTabularInline):
    model = AnswerOption
    extra = 3
    fields = ("position", "text", "value")
    verbose_name_plural = "answer options, in the order printed"


@admin.register(Question)
class QuestionAdmin(CsvAdminMixin, TrackedAdmin):
    list_display = ("survey", "position", "code", "text", "answers")
    list_display_links = ("code",)
    list_filter = ("survey", "answers")
    list_select_related = ("survey",)
    ordering = ("survey", "position", "code")
    autocomplete_fields = ("survey",)
    inlines = (AnswerOptionInline,)
    fieldsets = (
        (None, {"fields": ("survey", ("position", "code"), "reference", "text", "answers")}),
        ("Record", {"fields": TIMESTAMPS, "classes": ("collapse",)}),
    )


class ResponseHypervisorInline(LabelledTabularInline):
    model = ResponseHypervisor
    extra = 1
    fields = ("hypervisor", "stage")
    autocomplete_fields = ("hypervisor",)
    verbose_name_plural = "hypervisors in use or under evaluation"


class ResponseGuestFamilyInline(LabelledTabularInline):
    model = ResponseGuestFamily
    extra = 1
    fields = ("family",)
    verbose_name = "guest OS family"
    verbose_name_plural = "guest OS families virtualised"


@admin.register(SurveyResponse)
class SurveyResponseAdmin(CsvAdminMixin, TrackedAdmin):
    list_display = ("reference", "survey", "industry", "country", "size_band", "linux_years", "stage")
    list_filter = (
        "synthetic",
        "survey",
        "stage",
        "size_band",
        ("hypervisors__hypervisor", titled(USED_ONLY, "hypervisor")),
        ("guest_families__family", titled(admin.ChoicesFieldListFilter, "guest OS family")),
        ("country", CountryFilter),
        ("industry", USED_ONLY),
    )
    list_select_related = ("survey", "industry")
    autocomplete_fields = ("survey", "respondent", "industry", "purposes")
    inlines = (ResponseHypervisorInline, ResponseGuestFamilyInline)
    readonly_fields = (*TIMESTAMPS, "weight", "weighting_run")

    def may_see_respondent(self, request) -> bool:
        return request.user.has_perm(RESPONDENT_PERMISSION)

    def get_fieldsets(self, request, obj=None):
        who = ("survey", "reference", "respondent") if self.may_see_respondent(request) else ("survey", "reference")
        return (
            (None, {"fields": who}),
            ("Profile", {"fields": ("industry", "country", "size_band", "linux_years")}),
            ("Virtualization", {"fields": ("stage", "purposes")}),
            ("Weighting", {"fields": ("weight", "weighting_run")}),
            ("Record", {"fields": TIMESTAMPS, "classes": ("collapse",)}),
        )

    def get_list_display(self, request):
        if self.may_see_respondent(request):
            return ("reference", "respondent", *self.list_display[1:])
        return self.list_display


# DRF's token admin shows every key, and lets anyone who may view tokens filter by one
# (?key__startswith=a...): a key is a password, so viewing tokens would be acting as their
# users. Here tokens are listed and revoked, never shown; a user gets one from
# POST /api/auth/token/ with their password, the operator from manage.py drf_create_token.
admin.site.unregister(TokenProxy)


@admin.register(ApiToken)
class ApiTokenAdmin(LookupGateMixin, authtoken_admin.TokenAdmin):
    list_display = ("user", "created")
    fields = ("user", "created")
    readonly_fields = ("user", "created")

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False
