"""Secondary (complementary) suppression: a withheld survey cell must not be worked out from the others.

Primary suppression (selectors.reports) withholds a response count from 1 to
`ADOPTION_REPORT_MIN_COUNT - 1`. That alone is not enough when the cells add up to a
base the report shows: if respondents each fall in one size band and one band of a
group is withheld, the group's base minus the other bands gives it back. So, within one
report:

- in each group of cells that share a base (every cell with one dimension; each value
  of the first with two), when exactly one cell is withheld and the base is shown, the
  next smallest cell with responses is withheld too;
- when exactly one group's base is withheld, the report's total of responses is withheld,
  since the total minus the other groups' bases would give it back.

Both rules are applied whether or not the cells of a group partition it (a response can
name several hypervisors): withholding one more cell than needed costs a figure, never a
respondent. Differences across reports (one filter and another) are not covered: see the
reports reference.
"""

from collections import defaultdict


def withhold_complements(rows: list[dict], dimensions) -> bool:
    """Withhold the cells that would give a withheld one away; return whether the total must be withheld too."""
    groups: dict = defaultdict(list)
    for row in rows:
        groups[row[dimensions[0].name] if len(dimensions) > 1 else None].append(row)
    for group in groups.values():
        withheld = [row for row in group if row["suppressed"]]
        base_shown = any(row["of"] is not None for row in group)
        if len(withheld) == 1 and base_shown:
            candidates = [row for row in group if not row["suppressed"] and row.get("responses")]
            if candidates:
                withhold(min(candidates, key=lambda row: row["responses"]))
    if len(dimensions) > 1:
        bases_withheld = [group for group in groups.values() if all(row["of"] is None for row in group)]
        return len(bases_withheld) == 1
    return False


def withhold(row: dict) -> None:
    """Withhold a cell as primary suppression does: its response count, its n and its share."""
    row["responses"] = None
    row["n"] = None
    row["share"] = None
    row["suppressed"] = True
