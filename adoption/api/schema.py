"""OpenAPI schema additions: the error responses every operation can give, and brief forms."""

import copy

from django.contrib.auth.models import AnonymousUser
from drf_spectacular import openapi
from drf_spectacular.plumbing import build_basic_type, build_object_type
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, OpenApiResponse, extend_schema_field
from rest_framework import serializers

from ..filters import IdFilter, KeyFilter
from ..registry import RESOURCES, resource_for

# The filters document their values as what a client sends: a natural key, an id.
extend_schema_field(OpenApiTypes.STR)(KeyFilter)
extend_schema_field(OpenApiTypes.INT)(IdFilter)


class ErrorSerializer(serializers.Serializer):
    detail = serializers.CharField(help_text="What went wrong, in a sentence.")


# An object of field (or parameter) name -> list of messages; nested rows give one object per row.
VALIDATION_ERRORS = OpenApiTypes.OBJECT


def error(description: str, body=ErrorSerializer) -> OpenApiResponse:
    return OpenApiResponse(response=body, description=description)


IF_MATCH = OpenApiParameter(
    "If-Match",
    OpenApiTypes.STR,
    location=OpenApiParameter.HEADER,
    description="The ETag of the version you read (from GET); if the record changed since, the write is refused "
    "with 412 and nothing changes. Optional.",
)


RETRY_AFTER = OpenApiParameter(
    "Retry-After",
    OpenApiTypes.INT,
    location=OpenApiParameter.HEADER,
    response=[429],
    description="Seconds to wait before asking again.",
)


def etag_header(code: int) -> OpenApiParameter:
    return OpenApiParameter(
        "ETag",
        OpenApiTypes.STR,
        location=OpenApiParameter.HEADER,
        response=[code],
        description="The record's version: send it back as If-Match to write only over this version.",
    )


class AutoSchema(openapi.AutoSchema):
    """Documents the error responses of each operation next to its success response, and If-Match."""

    def _versioned(self) -> bool:
        action = getattr(self.view, "action", None)
        return self.method in ("PUT", "PATCH", "DELETE") and action in ("update", "partial_update", "destroy")

    def get_override_parameters(self):
        parameters = [*super().get_override_parameters(), RETRY_AFTER]
        answers = getattr(self.view, "answers_etag", {})  # by action (a viewset) or by method
        code = answers.get(getattr(self.view, "action", None) or self.method)
        if code is not None:
            parameters.append(etag_header(code))
        return [*parameters, IF_MATCH] if self._versioned() else parameters

    def _get_response_bodies(self, direction="response"):
        responses = super()._get_response_bodies(direction)
        if getattr(self.view, "action", None) == "restore" and "200" in responses:
            responses["201"] = responses.pop("200")
        for code, response in self._errors().items():
            responses.setdefault(code, self._get_response_for_code(response, code, direction=direction))
        csv = responses.get("200", {}).get("content", {}).get("text/csv")
        if csv is not None:
            csv["schema"] = {
                "type": "string",
                "description": "The whole filtered list (or report) as CSV: a header row, then one row per record "
                "(or cell).",
            }
        return responses

    def _errors(self) -> dict[str, OpenApiResponse]:
        """The error responses this operation can give, by status code."""
        action = getattr(self.view, "action", None)
        method = self.method
        # history/ and deleted/ name who changed what: signed-in users with the view permission only.
        gated = method in ("POST", "PUT", "PATCH", "DELETE") or action in ("history", "deleted")
        conflict = {
            "restore": "The record is not deleted: there is nothing to restore.",
            "destroy": "The record is in use by others (say, an organization that deployments name).",
        }
        candidates = [
            ("429", True, "Too many requests: throttled; retry after the Retry-After header's seconds."),
            ("400", method != "DELETE", "Bad input: a message per field or parameter."),
            (
                "415",
                method in ("POST", "PUT", "PATCH"),
                "Unsupported media type, or a body that cannot be parsed as it: send JSON.",
            ),
            ("401", gated, "Not authenticated: send `Authorization: Token <key>` or log in."),
            ("403", gated, "The user lacks the model permission this needs."),
            ("404", "{" in self.path, "No record with this id."),
            ("409", action == "restore" or method == "DELETE", conflict.get(action or "", conflict["destroy"])),
            (
                "412",
                self._versioned(),
                "If-Match names an older version: someone changed the record since; nothing changed.",
            ),
        ]
        return {
            code: error(text, VALIDATION_ERRORS if code == "400" else ErrorSerializer)
            for code, applies, text in candidates
            if applies
        }


def brief_schema(model) -> dict:
    resource = resource_for(model)
    properties = {"id": build_basic_type(OpenApiTypes.INT)}
    if resource.api:
        properties["url"] = build_basic_type(OpenApiTypes.URI)
    properties[resource.key] = build_basic_type(OpenApiTypes.STR)
    properties[resource.brief_label] = build_basic_type(OpenApiTypes.STR)
    return build_object_type(properties=properties, required=list(properties))


def brief_forms_hook(result, generator, request, public):
    """A resource's response is its full form, or its brief form under `?brief=true` (reads only: a write
    answers the full form). The full form's every field is in every response (`required`), but the
    confidential ones a user without their permission is not shown."""
    schemas = result.get("components", {}).get("schemas", {})
    for resource in RESOURCES.values():
        model = resource.model
        name = model.__name__
        if not resource.api or name not in schemas:
            continue
        full = schemas[f"{name}Full"] = schemas.pop(name)
        sometimes = resource.hidden_from(AnonymousUser())
        full["required"] = [field for field in full.get("properties", {}) if field not in sometimes]
        schemas[f"Brief{name}"] = brief_schema(model)
        schemas[name] = {
            "anyOf": [{"$ref": f"#/components/schemas/{name}Full"}, {"$ref": f"#/components/schemas/Brief{name}"}],
            "description": "The full record; with `?brief=true`, its brief form.",
        }
        for operations in result.get("paths", {}).values():
            for method in ("post", "put", "patch"):
                for response in operations.get(method, {}).get("responses", {}).values():
                    body = response.get("content", {}).get("application/json", {})
                    if body.get("schema") == {"$ref": f"#/components/schemas/{name}"}:
                        body["schema"] = {"$ref": f"#/components/schemas/{name}Full"}
    return result


def anonymous_reads_hook(result, generator, request, public):
    """A read anyone may make says so: `{}` (no credentials) among its security requirements. History and
    deleted records are for signed-in users with the view permission."""
    for path, operations in result.get("paths", {}).items():
        read = operations.get("get")
        if read is None or path.rstrip("/").endswith(("/history", "/deleted")):
            continue
        security = read.setdefault("security", [])
        if {} not in security:
            security.append({})
    return result


def strict_request_bodies_hook(result, generator, request, public):
    """Request bodies take only the fields they list (api/strict.py): `additionalProperties: false`,
    which also lets a schema-driven fuzzer send unknown fields as negative cases."""
    for name, component in result.get("components", {}).get("schemas", {}).items():
        if name.endswith("Request") and component.get("type") == "object":
            component["additionalProperties"] = False
    return result


VALIDATION_COMPONENT = "ValidationErrors"


def shared_components_hook(result, generator, request, public):
    """One component per shape, for code generators (which make a class of every inline object or enum):

    - every 400 body is the ValidationErrors component, and every error body is JSON (a CSV list's
      errors too; an error declared without a body has the Error component's);
    - every enum a query parameter takes is a component, the vocabulary's own where its values are
      those of one (`stage`, `stage__n` and a report's `reached` all name StageEnum)."""
    schemas = result.setdefault("components", {}).setdefault("schemas", {})
    schemas[VALIDATION_COMPONENT] = {
        "type": "object",
        "additionalProperties": {},
        "description": "A list of messages per field or query parameter that was wrong; a nested row's "
        "fields under its list's name and position.",
    }
    enums = {frozenset(schema["enum"]): name for name, schema in schemas.items() if "enum" in schema}
    for path, operations in result.get("paths", {}).items():
        for operation in operations.values():
            for code, response in operation.get("responses", {}).items():
                content = response.get("content", {})
                if code >= "400":
                    error_body = {"schema": {"$ref": "#/components/schemas/Error"}}
                    response["content"] = {"application/json": content.get("application/json", error_body)}
                if code == "400":
                    response["content"]["application/json"]["schema"] = {
                        "$ref": f"#/components/schemas/{VALIDATION_COMPONENT}"
                    }
            for parameter in operation.get("parameters", []):
                schema = parameter.get("schema", {})
                holder = schema.get("items", schema)
                if "enum" in holder:
                    name = _enum_component(schemas, enums, parameter["name"], path, holder)
                    for key in ("enum", "type"):
                        holder.pop(key, None)
                    holder["$ref"] = f"#/components/schemas/{name}"
    return result


def _enum_component(schemas: dict, enums: dict, parameter: str, path: str, schema: dict) -> str:
    """The enum component with `schema`'s values, made if none has them yet."""
    values = frozenset(schema["enum"])
    if values in enums:
        return enums[values]
    words = parameter.removesuffix("__n").split("_")
    name = "".join(word.title() for word in words) + "Enum"
    if name in schemas:  # another vocabulary by that name: prefix the resource
        name = path.strip("/").split("/")[1].replace("-", " ").title().replace(" ", "") + name
    schemas[name] = {"enum": sorted(values), "type": schema.get("type", "string")}
    enums[values] = name
    return name


def negotiation_hook(result, generator, request, public):
    """`?format=` (and `Accept`) is content negotiation, taken everywhere and not declared: a generated
    client would parse whatever a `format` asked for as the one body type its operation has. CSV has its
    own operations (csv_operations_hook)."""
    for operations in result.get("paths", {}).values():
        for operation in operations.values():
            kept = [parameter for parameter in operation.get("parameters", []) if parameter["name"] != "format"]
            if kept:
                operation["parameters"] = kept
            else:
                operation.pop("parameters", None)
    return result


# What a CSV answer does not take: it is the whole filtered list, every column (api/strict.py).
NOT_FOR_CSV = ("brief", "limit", "offset", "cursor", "count")


def csv_operations_hook(result, generator, request, public):
    """CSV at its own address, for code generators, which read one body type per response: a list or report
    that answers CSV (`?format=csv`) is declared twice, JSON at its address and CSV at the same address
    ending in `.csv` (`/api/deployments.csv`), with the same filters and its own operation id."""
    paths = result.get("paths", {})
    for path in [path for path in paths if path.endswith(".csv")]:
        del paths[path]  # a .csv address routed by hand (the report's), declared below as the rest are
    for path, operations in list(paths.items()):
        read = operations.get("get", {})
        content = read.get("responses", {}).get("200", {}).get("content", {})
        if "text/csv" not in content:
            continue
        csv = copy.deepcopy(read)
        del content["text/csv"]
        csv["operationId"] = read["operationId"].removesuffix("_list").removesuffix("_retrieve") + "_csv"
        csv["parameters"] = [p for p in csv.get("parameters", []) if p["name"] not in NOT_FOR_CSV]
        csv["description"] = f"As CSV, the same as `{path}?format=csv`. {csv.get('description', '')}".strip()
        csv["responses"]["200"]["content"] = {"text/csv": csv["responses"]["200"]["content"]["text/csv"]}
        paths[path.rstrip("/") + ".csv"] = {"get": csv}
    return result
