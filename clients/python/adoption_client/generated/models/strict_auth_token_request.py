from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="StrictAuthTokenRequest")


@_attrs_define
class StrictAuthTokenRequest:
    """For a serializer: a body field it does not have is a 400 naming it, and so is a read-only
    field sent with a value other than the record's (sent back unchanged, as read, it is fine).

        Attributes:
            username (str):
            password (str):
    """

    username: str
    password: str

    def to_dict(self) -> dict[str, Any]:
        username = self.username

        password = self.password

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "username": username,
                "password": password,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        username = d.pop("username")

        password = d.pop("password")

        strict_auth_token_request = cls(
            username=username,
            password=password,
        )

        return strict_auth_token_request
