"""Market facts, step 2 of 3: the vocabulary, each figure's metric and unit, each parent as a period."""

from django.db import migrations

# The market vocabulary as it was first seeded (fixtures/vocabulary.json has it too, for a
# database that was flushed); analysts extend it in the admin.
UNITS = [
    ("money", "Money", True, "An amount in a currency (ISO 4217)."),
    ("percent", "Percent", False, "A percentage: 12.5 is 12.5%."),
    ("customers", "Customers", False, "A count of customers."),
    ("employees", "Employees", False, "A count of employees."),
    ("shares", "Shares", False, "A count of shares (stock)."),
    ("copies", "Copies", False, "A count of copies sold, shipped or downloaded."),
]
METRICS = [
    ("offer-price-per-share", "Offer price per share", ["money"], "The price new shares were sold at in an offering."),
    ("opening-price", "Opening price (per share)", ["money"], "The first traded price of a session."),
    ("closing-price", "Closing price (per share)", ["money"], "The last traded price of a session."),
    ("intraday-high", "Intraday high (per share)", ["money"], "The highest traded price in a session."),
    ("intraday-low", "Intraday low (per share)", ["money"], "The lowest traded price in a session."),
    ("valuation", "Valuation", ["money"], "What the company is valued at (at an offer price, in a funding round)."),
    ("amount-raised", "Amount raised", ["money"], "Money raised in an offering or a funding round."),
    ("deal-value", "Deal value", ["money"], "The total value of an acquisition or investment."),
    ("deal-value-cash", "Deal value: cash", ["money"], "The part of a deal paid in cash."),
    ("deal-value-stock", "Deal value: stock", ["money"], "The part of a deal paid in the buyer's shares."),
    (
        "assumed-options",
        "Deal value: assumed stock options",
        ["money"],
        "Stock options of the target the buyer takes on.",
    ),
    ("premium", "Premium", ["percent"], "How far a price is above a reference price (an offer above the last close)."),
    ("shares-offered", "Shares offered", ["shares"], "The number of shares sold in an offering."),
    ("revenue", "Revenue", ["money"], "Revenue over a stated period."),
    ("customers", "Customers", ["customers"], "The number of customers, usually the vendor's own claim."),
    ("employees", "Employees", ["employees"], "Headcount."),
    ("market-share", "Market share", ["percent"], "A share of a market, as a percentage."),
    ("copies", "Copies", ["copies"], "Copies sold, shipped or downloaded."),
    ("other", "Other", [], "Anything else: say what in the figure's note."),
]
ROLES = [
    ("subject", "Subject", "What the event is about: the event's own organization field."),
    ("counterparty", "Counterparty", "The other side: the event's own counterparty field."),
    ("acquirer", "Acquirer", "Buys, or is said to be buying."),
    ("target", "Target", "Is bought, or is said to be a target."),
    ("issuer", "Issuer", "Issues shares or other securities."),
    ("underwriter", "Underwriter", "A bank that underwrites an offering."),
    ("adviser", "Adviser", "Advises a party (financial, legal)."),
    ("investor", "Investor", "Puts money in."),
    ("analyst", "Analyst", "An analyst firm or bank research desk that comments on or predicts the event."),
    ("partner", "Partner", "A partner in an alliance or a joint product."),
    ("customer", "Customer", "Buys or uses what the event is about."),
    ("commentator", "Commentator", "Comments on the event, without a part in it."),
]


def carry_over(apps, schema_editor):
    """The vocabulary, each figure's metric and unit (money: every figure had a currency), and each
    organization's parent as an ownership period with unknown dates."""
    Unit, Metric, PartyRole = (apps.get_model("adoption", name) for name in ("Unit", "Metric", "PartyRole"))
    units = {}
    for slug, name, currency, description in UNITS:
        units[slug], _ = Unit.objects.get_or_create(
            slug=slug, defaults={"name": name, "currency": currency, "description": description}
        )
    metrics = {}
    for slug, name, allowed, description in METRICS:
        metrics[slug], created = Metric.objects.get_or_create(
            slug=slug, defaults={"name": name, "description": description}
        )
        if created:
            metrics[slug].units.set([units[unit] for unit in allowed])
    for slug, name, description in ROLES:
        PartyRole.objects.get_or_create(slug=slug, defaults={"name": name, "description": description})
    for model_name in ("EventFigure", "HistoricalEventFigure"):
        model = apps.get_model("adoption", model_name)
        for code in model.objects.values_list("metric_code", flat=True).distinct():
            if code not in metrics:
                metrics[code], _ = Metric.objects.get_or_create(
                    slug=code, defaults={"name": code.replace("-", " ").capitalize()}
                )
            model.objects.filter(metric_code=code).update(metric=metrics[code])
        model.objects.update(unit=units["money"])  # a figure was money: its currency was required
    Organization, Ownership = apps.get_model("adoption", "Organization"), apps.get_model("adoption", "Ownership")
    for organization in Organization.objects.filter(parent__isnull=False).select_related("parent"):
        Ownership.objects.create(
            reference=f"{organization.slug}-owned-by-{organization.parent.slug}"[:200],
            organization=organization,
            parent=organization.parent,
            note="Carried over from the organization's former parent field; dates not yet known.",
        )


class Migration(migrations.Migration):
    dependencies = [("adoption", "0010_market_facts")]

    operations = [migrations.RunPython(carry_over, migrations.RunPython.noop)]
