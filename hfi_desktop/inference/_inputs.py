"""Turning user arguments into request pieces, with errors that name the argument."""

from __future__ import annotations

import base64
import os
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any, Literal, NotRequired, TypeAlias, TypedDict

from ._errors import InferenceInputError
from ._types import Blob

BinaryInput: TypeAlias = bytes | bytearray | memoryview | str | os.PathLike[str] | Blob


def read_binary(value: object, argument: str) -> bytes:
    """The bytes of a binary input given as bytes, a Blob, or a file path."""
    if value is None:
        raise InferenceInputError(argument, "required")
    if isinstance(value, Blob):
        data = value.data
    elif isinstance(value, bytes | bytearray | memoryview):
        data = bytes(value)
    elif isinstance(value, str | os.PathLike):
        path = Path(value)
        try:
            data = path.read_bytes()
        except FileNotFoundError:
            raise InferenceInputError(argument, f"file not found: {path}") from None
        except IsADirectoryError:
            raise InferenceInputError(argument, f"is a folder, not a file: {path}") from None
        except OSError as exc:
            raise InferenceInputError(
                argument, f"cannot read {path}: {exc.strerror or exc}"
            ) from None
    else:
        raise InferenceInputError(
            argument, f"expected bytes or a file path, got {type(value).__name__}"
        )
    if not data:
        raise InferenceInputError(argument, "is empty (0 bytes)")
    return data


def base64_of(value: object, argument: str) -> str:
    return base64.b64encode(read_binary(value, argument)).decode("ascii")


def require_text(value: object, argument: str) -> str:
    if value is None:
        raise InferenceInputError(argument, "required")
    if not isinstance(value, str):
        raise InferenceInputError(argument, f"expected a string, got {type(value).__name__}")
    return value


def require_text_or_texts(value: object, argument: str) -> str | list[str]:
    if isinstance(value, list | tuple):
        if not value:
            raise InferenceInputError(argument, "the list is empty")
        return [require_text(item, f"{argument}[{index}]") for index, item in enumerate(value)]
    return require_text(value, argument)


def require_texts(value: object, argument: str) -> list[str]:
    if value is None:
        raise InferenceInputError(argument, "required")
    if isinstance(value, str) or not isinstance(value, Sequence):
        raise InferenceInputError(
            argument, f"expected a list of strings, got {type(value).__name__}"
        )
    return [require_text(item, f"{argument}[{index}]") for index, item in enumerate(value)]


def require_mapping(value: object, argument: str) -> Mapping[str, Any]:
    if value is None:
        raise InferenceInputError(argument, "required")
    if not isinstance(value, Mapping):
        raise InferenceInputError(
            argument, f"expected an object (mapping), got {type(value).__name__}"
        )
    return value


def optional_parameters(value: object, argument: str = "parameters") -> dict[str, Any] | None:
    if value is None:
        return None
    return dict(require_mapping(value, argument))


def require_labels(value: object, argument: str) -> list[str]:
    """Labels as a list of strings or one comma-separated string (``"refund, legal, faq"``),
    each trimmed; none may be empty."""
    items = value.split(",") if isinstance(value, str) else require_texts(value, argument)
    labels = [label.strip() for label in items]
    if not any(labels):
        raise InferenceInputError(argument, "give at least one label")
    if "" in labels:
        raise InferenceInputError(argument, "a label is empty")
    return labels


class ZeroShotParameters(TypedDict):
    """``zero_shot_classification(parameters=...)``; ``candidate_labels`` may be one
    comma-separated string."""

    candidate_labels: Sequence[str] | str
    multi_label: NotRequired[bool]


class ZeroShotImageParameters(TypedDict):
    """``zero_shot_image_classification(parameters=...)``; ``candidate_labels`` may be one
    comma-separated string."""

    candidate_labels: Sequence[str] | str


Truncation: TypeAlias = Literal["do_not_truncate", "longest_first", "only_first", "only_second"]
TRUNCATIONS: tuple[Truncation, ...] = (
    "do_not_truncate", "longest_first", "only_first", "only_second"
)


class TranslationParameters(TypedDict, total=False):
    """``translation(parameters=...)`` (task-specs/translation/input.json). Multilingual
    models (mBART, NLLB, M2M100) need ``src_lang`` and ``tgt_lang``; other keys are sent as
    given."""

    src_lang: str
    tgt_lang: str
    clean_up_tokenization_spaces: bool
    truncation: Truncation
    generate_parameters: Mapping[str, Any]


def translation_parameters(value: object, argument: str = "parameters") -> dict[str, Any] | None:
    """The parameters, the ones the task's schema names checked (a None among them: not sent)."""
    params = optional_parameters(value, argument)
    if params is None:
        return None
    for key in ("src_lang", "tgt_lang", "clean_up_tokenization_spaces", "truncation",
                "generate_parameters"):
        if key in params and params[key] is None:
            del params[key]
    for key in ("src_lang", "tgt_lang"):
        if key in params and not require_text(params[key], f"{argument}.{key}").strip():
            raise InferenceInputError(f"{argument}.{key}", "is empty (give a language code)")
    clean_up = params.get("clean_up_tokenization_spaces")
    if clean_up is not None and not isinstance(clean_up, bool):
        raise InferenceInputError(
            f"{argument}.clean_up_tokenization_spaces",
            f"expected true or false, got {type(clean_up).__name__}",
        )
    truncation = params.get("truncation")
    if truncation is not None and truncation not in TRUNCATIONS:
        choices = ", ".join(TRUNCATIONS)
        raise InferenceInputError(
            f"{argument}.truncation", f"expected one of {choices}, got {truncation!r}"
        )
    if "generate_parameters" in params:
        params["generate_parameters"] = dict(
            require_mapping(params["generate_parameters"], f"{argument}.generate_parameters")
        )
    return params


def require_table(value: object, argument: str) -> dict[str, list[str]]:
    """A column → values table whose columns all have the same length."""
    table = require_mapping(value, argument)
    if not table:
        raise InferenceInputError(argument, "the table has no columns")
    columns: dict[str, list[str]] = {}
    for name, cells in table.items():
        if not isinstance(name, str):
            raise InferenceInputError(argument, f"column names must be strings, got {name!r}")
        if isinstance(cells, str) or not isinstance(cells, Sequence):
            raise InferenceInputError(f"{argument}[{name!r}]", "expected a list of cell values")
        columns[name] = [str(cell) for cell in cells]
    lengths = {len(cells) for cells in columns.values()}
    if len(lengths) > 1:
        detail = ", ".join(f"{name!r}: {len(cells)}" for name, cells in columns.items())
        raise InferenceInputError(argument, f"columns have different lengths ({detail})")
    if lengths == {0}:
        raise InferenceInputError(argument, "the table has no rows")
    return columns
