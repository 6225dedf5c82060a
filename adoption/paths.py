"""Which part of the site a request is for, by its path."""

API_PREFIX = "/api/"
ADMIN_PREFIX = "/admin/"


def is_api(path: str) -> bool:
    """Whether `path` is the API's (JSON errors), not a page for people."""
    return path.startswith(API_PREFIX)


def entry_point_of(path: str) -> str:
    """What the history records a request came through: "admin", "api" or "web"."""
    if path.startswith(ADMIN_PREFIX):
        return "admin"
    return "api" if is_api(path) else "web"
