"""Schema helpers: only /api/ paths, and the shared error responses every operation documents."""

from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiResponse, extend_schema, extend_schema_view

from pintu.apikit.errors import ErrorSerializer
from pintu.files.limits import SUPPORTED_TYPES


def only_api_paths(endpoints, **kwargs):
    """Preprocessing hook: the schema lists /api/ operations only (not /open311/ nor web pages)."""
    return [(path, regex, method, view) for path, regex, method, view in endpoints if path.startswith("/api/")]


def errors(*codes: int) -> dict:
    """extend_schema(responses=...) entries for the error codes an operation can answer."""
    text = {
        400: "Isian tidak valid atau tindakan tidak dapat dilakukan.",
        401: "Belum masuk atau token tidak valid.",
        403: "Bukan wewenang Anda.",
        404: "Tidak ditemukan (atau tidak terlihat oleh Anda).",
        409: "Konflik.",
        422: "Idempotency-Key ini sudah dipakai untuk kiriman dengan isi lain.",
        429: "Terlalu banyak permintaan (detail dan Retry-After menyebut berapa lama menunggu).",
    }
    return {code: OpenApiResponse(ErrorSerializer, description=text[code]) for code in codes}


def binary(*media_types: str, description: str = "Berkas") -> dict:
    """extend_schema(responses=...) entry: a 200 whose body is a file of one of `media_types`."""
    return {(200, *media_types): OpenApiResponse(OpenApiTypes.BINARY, description=description)}


def binary_responses(*codes: int) -> dict:
    """A file in any type an upload can be cleaned to (an attachment, a requester's file), and the JSON errors."""
    return {**binary(*sorted(SUPPORTED_TYPES)), **errors(*codes)}


def list_schema(*, tags: list, summary: str, codes: tuple, **extra):
    """Class decorator for a generics.ListAPIView: documents its GET as a list of the view's serializer_class
    (paginated as the view is) with the error bodies of `codes`; `extra` (parameters, operation_id) goes to
    extend_schema as it is. The view states its tag, summary, serializer and errors once, and needs no get()
    that only calls super() to carry @extend_schema."""

    def decorate(view):
        responses = {200: view.serializer_class(many=True), **errors(*codes)}
        schema = extend_schema(tags=tags, summary=summary, responses=responses, **extra)
        return extend_schema_view(get=schema)(view)

    return decorate


def action_schema(*, tags: list, summary: str, answer, codes: tuple, status: int = 200, **extra):
    """Class decorator for the view of one action whose post() is its base class's (a case's action view):
    documents that POST with the view's `serializer` as its body (unless `extra` names another `request`),
    `answer` as the `status` response and the error bodies of `codes`, so the view needs no post() that only
    calls super() to carry @extend_schema."""

    def decorate(view):
        kwargs = {"request": view.serializer, **extra}
        schema = extend_schema(tags=tags, summary=summary, responses={status: answer, **errors(*codes)}, **kwargs)
        return extend_schema_view(post=schema)(view)

    return decorate


READ_PUBLIC = (400, 404, 429)
WRITE_PUBLIC = (400, 403, 404, 429)
STAFF = (400, 401, 403, 404, 429)


def shared_responses(result, generator, request, public):
    """Postprocessing hook: every operation, whichever app adds it, documents 401 (a bad token is refused
    everywhere) and 429 (throttling) with the common error body, and every paginated list 400 (a cursor
    that cannot be read or does not fit, pintu.apikit.pagination)."""
    schemas = result.setdefault("components", {}).setdefault("schemas", {})
    schemas.setdefault("Error", {
        "type": "object",
        "properties": {
            "detail": {"type": "string"},
            "errors": {"type": "object", "additionalProperties": {"type": "array", "items": {"type": "string"}}},
            "code": {"type": "string"},
            "retry_after": {"type": "integer"},
        },
        "required": ["detail"],
    })  # fmt: skip
    body = {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}
    texts = {"401": "Token tidak valid atau sudah dicabut.", "429": "Terlalu banyak permintaan."}
    for operations in result.get("paths", {}).values():
        for operation in operations.values():
            if not isinstance(operation, dict) or "responses" not in operation:
                continue
            for code, text in texts.items():
                operation["responses"].setdefault(code, {"description": text, "content": body})
            if any(p.get("name") == "cursor" for p in operation.get("parameters", [])):  # a forged cursor: 400
                operation["responses"].setdefault("400", {"description": "Kursor halaman tidak sah.", "content": body})
    return result
