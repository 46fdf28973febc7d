"""Reading an answer: its body within a size cap, its JSON with a clear error for each way
it can be unreadable (the inference client's and the Hub client's).

Non-finite numbers are read alike, whichever way a server writes them: ``1e400`` overflows to
``inf`` and the ``Infinity``/``-Infinity``/``NaN`` literals (what Python servers write by
default) give the same floats. Nesting deeper than Python's recursion limit and integers of
more digits than ``int`` reads (4300) are refused with a message that says so.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from ._errors import InferenceOutputError, ResponseTooLargeError

if TYPE_CHECKING:
    from collections.abc import Callable

    import requests

#: Bytes asked of the socket per read.
READ_SIZE = 64 * 1024


def read_json(data: str | bytes, what: str = "the server sent") -> Any:
    """``data`` parsed; InferenceOutputError (``"{what} JSON …"``) if it cannot be."""
    try:
        return json.loads(data)
    except json.JSONDecodeError as exc:
        where = "byte" if isinstance(data, bytes) else "character"
        raise InferenceOutputError(f"{what} malformed JSON ({exc.msg} at {where} {exc.pos})"
                                   ) from None
    except UnicodeDecodeError:
        raise InferenceOutputError(f"{what} JSON that is not valid UTF-8") from None
    except RecursionError:
        raise InferenceOutputError(f"{what} JSON nested too deeply to read") from None
    except ValueError:  # an integer of more digits than int() takes
        raise InferenceOutputError(f"{what} JSON with a number too long to read") from None


def read_capped(
    response: requests.Response, limit: int, progress: Callable[[int], None] | None = None
) -> bytes:
    """The body of ``response`` (opened with ``stream=True``), read whole but at most
    ``limit`` bytes: ResponseTooLargeError as soon as its declared length or what arrived
    passes the limit (the rest is not read). ``progress(size)`` after each read; requests'
    own errors pass through."""
    length = response.headers.get("Content-Length", "")
    if length.isdigit() and int(length) > limit:
        raise ResponseTooLargeError(_too_large(int(length), limit))
    chunks: list[bytes] = []
    size = 0
    for chunk in response.iter_content(READ_SIZE):
        size += len(chunk)
        if size > limit:
            raise ResponseTooLargeError(_too_large(size, limit))
        chunks.append(chunk)
        if progress is not None:
            progress(size)
    return b"".join(chunks)


def _too_large(size: int, limit: int) -> str:
    return f"the response is larger than the limit of {limit:,} bytes ({size:,} bytes or more)"
