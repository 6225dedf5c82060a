"""API tokens as the admin shows them: by their user, never by their key."""

from rest_framework.authtoken.models import TokenProxy


class ApiToken(TokenProxy):
    """A user's API token. Its key is a password: nothing here prints it, not even as its name."""

    class Meta:
        proxy = True
        verbose_name = "API token"

    def __str__(self) -> str:
        return f"API token of {self.user}"
