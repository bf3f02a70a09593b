"""Plain data in, JSON out and back: the context a caller gives a letter kind.

A kind declares its context as a dataclass of str, int, bool, Decimal, date, lists and nested
dataclasses. `to_json` stores it in `Letter.context`; `from_json` rebuilds it (from a caller's dict
or from the stored JSON), turning ISO dates and decimal strings back and reporting missing or
malformed fields as a field-keyed ValidationError in Indonesian.
"""

import dataclasses
import datetime as dt
import types
import typing
from decimal import Decimal, InvalidOperation
from typing import Any

from django.core.exceptions import ValidationError


def to_json(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {field.name: to_json(getattr(value, field.name)) for field in dataclasses.fields(value)}
    if isinstance(value, list | tuple):
        return [to_json(item) for item in value]
    if isinstance(value, dt.datetime):
        return value.isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    return value


def _optional_inner(hint):
    """(inner type, True) for `X | None` / Optional[X]; (hint, False) otherwise."""
    origin = typing.get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        args = [arg for arg in typing.get_args(hint) if arg is not type(None)]
        if len(args) == 1:
            return args[0], True
    return hint, False


def _convert(hint, value, path: str):
    hint, optional = _optional_inner(hint)
    if value is None or (value == "" and hint in (dt.date, Decimal, int)):
        if optional:
            return None
        raise ValidationError({path: "Wajib diisi."})
    origin = typing.get_origin(hint)
    if origin in (list, tuple):
        (inner,) = typing.get_args(hint)[:1] or (str,)
        if isinstance(value, str) or not isinstance(value, list | tuple):
            raise ValidationError({path: "Harus berupa daftar."})
        return [_convert(inner, item, f"{path}.{index}") for index, item in enumerate(value)]
    if dataclasses.is_dataclass(hint):
        return from_json(hint, value, prefix=f"{path}.")
    try:
        if hint is dt.date:
            return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value)[:10])
        if hint is Decimal:
            return Decimal(str(value))
        if hint is int:
            return int(value)
        if hint is bool:
            return bool(value)
        if hint is str:
            return str(value)
    except (ValueError, TypeError, InvalidOperation):
        raise ValidationError({path: "Format tidak sah."})
    return value


def from_json(cls, data: Any, *, prefix: str = ""):
    """An instance of dataclass `cls` from a dict (or an instance, returned as it is)."""
    if isinstance(data, cls):
        return data
    if not isinstance(data, dict):
        raise ValidationError({prefix.rstrip(".") or "data": "Data surat harus berupa objek."})
    hints = typing.get_type_hints(cls)
    values, errors = {}, {}
    for field in dataclasses.fields(cls):
        path = f"{prefix}{field.name}"
        has_default = field.default is not dataclasses.MISSING or field.default_factory is not dataclasses.MISSING
        if field.name not in data:
            if not has_default:
                errors[path] = ["Wajib diisi."]
            continue
        try:
            values[field.name] = _convert(hints[field.name], data[field.name], path)
        except ValidationError as error:
            errors.update(error.message_dict)
    unknown = sorted(set(data) - {field.name for field in dataclasses.fields(cls)})
    for name in unknown:
        errors[f"{prefix}{name}"] = ["Kolom tidak dikenal untuk surat ini."]
    if errors:
        raise ValidationError(errors)
    return cls(**values)
