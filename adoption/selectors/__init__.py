"""Reads: the queries behind lists, reports, timelines, the dashboard and deleted records.

Nothing here writes; writes are in adoption.services. Both use the filter sets
(adoption.filters) and the registry, and neither imports the API or the admin.
"""
