"""The public dashboard at `/`: the view and its cache (views.py) and the charts it draws (charts.py);
its queries are adoption.selectors.dashboard."""

from .views import cache_key, dashboard

__all__ = ["cache_key", "dashboard"]
