"""Reading a request's ``parameters`` and text inputs: each wrong one is a RunnerInputError
naming it."""
from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from hfi_desktop.engine.tasks.base import RunnerInputError

#: generate() arguments a request may set, with the JSON types each accepts.
_GENERATE_TYPES: dict[str, tuple[type, ...]] = {
    "max_new_tokens": (int,),
    "min_new_tokens": (int,),
    "max_length": (int,),
    "min_length": (int,),
    "do_sample": (bool,),
    "temperature": (int, float),
    "top_k": (int,),
    "top_p": (int, float),
    "typical_p": (int, float),
    "num_beams": (int,),
    "repetition_penalty": (int, float),
    "no_repeat_ngram_size": (int,),
    "length_penalty": (int, float),
    "early_stopping": (bool,),
}
#: Where the task specs nest generate()'s arguments (summarization/translation; the others).
_NESTED_GENERATE = ("generate_parameters", "generation_parameters")


def _typed(name: str, value: Any, types: tuple[type, ...], expected: str) -> Any:
    if isinstance(value, bool) and bool not in types:  # JSON true is not a number here
        raise RunnerInputError(f"parameter {name!r} must be {expected}, not {value!r}")
    if not isinstance(value, types):
        raise RunnerInputError(f"parameter {name!r} must be {expected}, not {value!r}")
    return value


def optional_int(params: Mapping[str, Any], name: str, minimum: int = 0) -> int | None:
    value = params.get(name)
    if value is None:
        return None
    number = int(_typed(name, value, (int,), "an integer"))
    if number < minimum:
        raise RunnerInputError(f"parameter {name!r} must be at least {minimum}, not {number}")
    return number


def optional_float(params: Mapping[str, Any], name: str) -> float | None:
    value = params.get(name)
    if value is None:
        return None
    return float(_typed(name, value, (int, float), "a number"))


def optional_bool(params: Mapping[str, Any], name: str) -> bool | None:
    value = params.get(name)
    return None if value is None else bool(_typed(name, value, (bool,), "true or false"))


def optional_text(params: Mapping[str, Any], name: str) -> str | None:
    value = params.get(name)
    return None if value is None else str(_typed(name, value, (str,), "a string"))


def optional_choice(params: Mapping[str, Any], name: str, choices: tuple[str, ...]) -> str | None:
    value = optional_text(params, name)
    if value is not None and value not in choices:
        raise RunnerInputError(
            f"parameter {name!r} must be one of {', '.join(choices)}, not {value!r}"
        )
    return value


_FUNCTIONS = ("sigmoid", "softmax", "none")


def classification_kwargs(params: Mapping[str, Any]) -> dict[str, Any]:
    """An image or audio classification pipeline's arguments: ``top_k`` (5 by default, as
    hf-inference answers) and ``function_to_apply``."""
    kwargs: dict[str, Any] = {"top_k": optional_int(params, "top_k", 1) or 5}
    function = optional_choice(params, "function_to_apply", _FUNCTIONS)
    if function is not None:
        kwargs["function_to_apply"] = function
    return kwargs


def generate_kwargs(params: Mapping[str, Any]) -> dict[str, Any]:
    """generate()'s arguments from the parameters: the known ones given flat, then those in
    ``generate_parameters``/``generation_parameters`` (where an unknown one is an error)."""
    out: dict[str, Any] = {}
    for name, types in _GENERATE_TYPES.items():
        if params.get(name) is not None:
            out[name] = _typed(name, params[name], types, _describe(types))
    for key in _NESTED_GENERATE:
        nested = params.get(key)
        if nested is None:
            continue
        if not isinstance(nested, Mapping):
            raise RunnerInputError(f"parameter {key!r} must be an object, not {nested!r}")
        for name, value in nested.items():
            if name not in _GENERATE_TYPES:
                known = ", ".join(_GENERATE_TYPES)
                raise RunnerInputError(f"{key}.{name} is not supported here (known: {known})")
            if value is not None:
                types = _GENERATE_TYPES[name]
                out[name] = _typed(f"{key}.{name}", value, types, _describe(types))
    return out


def _describe(types: tuple[type, ...]) -> str:
    if types == (bool,):
        return "true or false"
    return "an integer" if types == (int,) else "a number"


def text_input(inputs: Any, name: str = "inputs") -> str:
    if not isinstance(inputs, str):
        raise RunnerInputError(f"{name!r} must be a string, not {type(inputs).__name__}")
    if not inputs.strip():
        raise RunnerInputError(f"{name!r} is empty")
    return inputs


def text_inputs(inputs: Any) -> tuple[list[str], bool]:
    """The texts of ``inputs`` (one string or a list of them) and whether it was a list."""
    if isinstance(inputs, list):
        if not inputs:
            raise RunnerInputError("'inputs' is an empty list")
        return [text_input(item, f"inputs[{i}]") for i, item in enumerate(inputs)], True
    return [text_input(inputs)], False
