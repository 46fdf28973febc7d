"""A saved comparison: one ``.hficompare`` file with its models, the form (input files
embedded), parameters, options and every column's outcome (binary results embedded).

The file is a ZIP archive, not JSON with base64: inputs and results are often images or
audio of several MB; in a ZIP they are stored as they are (no base64 growth of a third, no
re-compression of PNG/JPEG/FLAC), once each however many columns refer to them (by
sha256), and a reader can check the small manifest before touching the rest. Layout::

    manifest.json   {"format": "hfi-comparison", "version": 1, "task": …, "form": …,
                     "reference": …, "show_differences": …, "columns": [{"record": …,
                     "response": …, "provider": …, "stats": …} | {"model": …,
                     "provider": …}]}
    files/<sha256>  the bytes of every input file and binary result

Each column's run is a :class:`RunRecord` (files and Blobs as ``FileRef.to_json()``; a
Blob's ref says ``"blob": true``). A column's ``provider`` is the ``provider=`` of its calls
(null: the 2023 call, as in files saved before columns had providers, where it is absent);
its ``stats`` are what ``present.run_stats.RunStats.to_json`` writes. Written atomically
(``storage.atomic.atomic_write``: a temp file in the same folder, fsync'd, then
``os.replace``). No Qt here: reading and writing run in worker threads.

A file to open may be crafted: before anything is unpacked, the sizes its entries declare
must fit ``MAX_TOTAL_BYTES`` and ``MAX_RATIO`` times the archive's own size (beyond a first
``RATIO_FREE_BYTES``: a zip bomb declares gigabytes in a few MB); entries are then unpacked
a chunk at a time and counted, refused as soon as one gives more than it declared (headers
can lie). A manifest nested too deeply for the parser, or holding numbers JSON does not
have (``Infinity``, ``NaN``) or no float can hold (``1e400``), is a damaged file too:
every way a file can be malformed ends as a :class:`ComparisonFileError` with the reason.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import logging
import math
import time
import zipfile
import zlib
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO

from hfi_desktop.catalog.model import FileValue
from hfi_desktop.inference import Blob, ResponseInfo
from hfi_desktop.present.run_stats import RunStats
from hfi_desktop.redaction import redact_data
from hfi_desktop.sizes import human_size
from hfi_desktop.storage.atomic import atomic_write
from hfi_desktop.storage.records import FileRef, RunRecord, escaped, map_files

if TYPE_CHECKING:
    import os

    from hfi_desktop.runs import RunState

log = logging.getLogger(__name__)

FORMAT = "hfi-comparison"
VERSION = 1
SUFFIX = ".hficompare"
MANIFEST = "manifest.json"
MAX_MANIFEST_BYTES = 64 * 1024 * 1024
MAX_TOTAL_BYTES = 1024 * 1024 * 1024  # refuse archives that would unpack bigger
MAX_RATIO = 100  # unpacked / archive size; PNG, audio are stored, JSON deflates ~10 times
RATIO_FREE_BYTES = 16 * 1024 * 1024  # a small file may deflate as well as it likes
_CHUNK_BYTES = 1024 * 1024

#: Already compressed: stored as is in the archive.
_STORED_MIMES = ("image/png", "image/jpeg", "image/webp", "image/gif", "audio/flac",
                 "audio/x-flac", "audio/mpeg", "audio/ogg", "audio/webm", "video/")


class ComparisonFileError(ValueError):
    """A comparison file that cannot be read or written; the message names the file."""


@dataclass
class FormSnapshot:
    """The form a comparison sends to every model: input values by InputField key
    (FileValue for files), parameter values, and the options form's check boxes."""

    values: dict[str, Any]
    parameters: dict[str, Any]
    options: dict[str, bool]


@dataclass
class SavedColumn:
    """One column: its model, its provider and, if it ran, the outcome (``state`` None:
    never ran).

    ``provider``: its calls' ``provider=`` (None: the 2023 call); ``result`` is the client's
    value (Blobs for binary results; a stream's events); ``text`` a stream's text (partial
    when cancelled or failed); ``error`` (title, message); ``stats`` the run's figures.
    """

    model: str
    state: RunState | None = None
    result: Any = None
    text: str = ""
    tokens: int = 0
    elapsed_s: float | None = None
    started_at: float | None = None
    response: ResponseInfo | None = None
    error: tuple[str, str] | None = None
    provider: str | None = None
    stats: RunStats | None = None


@dataclass
class ComparisonDocument:
    task_id: str
    form: FormSnapshot
    columns: list[SavedColumn]
    reference: int = 0
    show_differences: bool = True
    saved_at: float = field(default_factory=time.time)


# ------------------------------------------------------------------------------ writing
def write_comparison(path: str | os.PathLike[str], document: ComparisonDocument) -> Path:
    """Write ``document`` to ``path`` atomically (the old file, if any, stays whole until
    the new one is complete). Returns the path written."""
    target = Path(path)
    files: dict[str, tuple[bytes, str]] = {}
    manifest = redact_data(_manifest(document, files))  # no access token in the file
    try:
        manifest_bytes = json.dumps(manifest, ensure_ascii=False, indent=1).encode()
    except (TypeError, ValueError) as error:
        raise ComparisonFileError(f"Cannot save {target.name}: {error}") from error

    def write(stream: BinaryIO) -> None:
        with zipfile.ZipFile(stream, "w") as archive:
            archive.writestr(MANIFEST, manifest_bytes, zipfile.ZIP_DEFLATED)
            for digest, (data, mime) in files.items():
                method = zipfile.ZIP_STORED if mime.startswith(_STORED_MIMES) \
                    else zipfile.ZIP_DEFLATED
                archive.writestr(f"files/{digest}", data, method)

    try:
        atomic_write(target, write)
    except OSError as error:
        raise ComparisonFileError(f"Cannot save {target.name}: {error.strerror or error}"
                                  ) from error
    return target


def _manifest(document: ComparisonDocument, files: dict[str, tuple[bytes, str]]
              ) -> dict[str, Any]:
    form = _encode(document.form.values, files)
    parameters = _encode(document.form.parameters, files)
    options = dict(document.form.options)
    columns: list[dict[str, Any]] = []
    for column in document.columns:
        if column.state is None:
            columns.append({"model": column.model, "provider": column.provider})
            continue
        record = RunRecord(
            task_id=document.task_id,
            model=column.model,
            form=form,
            parameters=parameters,
            options=options,
            started_at=column.started_at or document.saved_at,
            state=column.state,
            elapsed_s=column.elapsed_s,
            http_status=column.response.status if column.response else None,
            response_bytes=column.response.bytes if column.response else None,
            result=_encode(column.result, files),
            error={"title": column.error[0], "message": column.error[1]}
            if column.error else None,
            text=column.text,
            tokens=column.tokens,
        )
        columns.append({
            "record": record.to_json(),
            "response": dataclasses.asdict(column.response) if column.response else None,
            "provider": column.provider,
            "stats": column.stats.to_json() if column.stats is not None else None,
        })
    return {
        "format": FORMAT,
        "version": VERSION,
        "task": document.task_id,
        "saved_at": document.saved_at,
        "form": form,
        "parameters": parameters,
        "options": options,
        "reference": document.reference,
        "show_differences": document.show_differences,
        "columns": columns,
    }


def _store(files: dict[str, tuple[bytes, str]], data: bytes, mime: str) -> str:
    digest = hashlib.sha256(data).hexdigest()
    files.setdefault(digest, (bytes(data), mime))
    return digest


def _encode(value: Any, files: dict[str, tuple[bytes, str]]) -> Any:
    """JSON-safe: FileValue/Blob/bytes as file refs (their bytes go to ``files``)."""
    if value is None or isinstance(value, bool | int | float | str):
        return value
    if isinstance(value, FileValue):
        digest = _store(files, value.data, value.mime)
        return FileRef(digest, value.name, value.mime, len(value.data)).to_json()
    if isinstance(value, Blob):
        digest = _store(files, value.data, value.type)
        return {**FileRef(digest, "result", value.type, len(value.data)).to_json(),
                "blob": True}
    if isinstance(value, bytes | bytearray | memoryview):
        data = bytes(value)
        digest = _store(files, data, "application/octet-stream")
        return {**FileRef(digest, "data", "application/octet-stream", len(data)).to_json(),
                "bytes": True}
    if isinstance(value, Mapping):
        return escaped({str(k): _encode(v, files) for k, v in value.items()})
    if isinstance(value, list | tuple):
        return [_encode(item, files) for item in value]
    raise ComparisonFileError(f"a {type(value).__name__} cannot be saved in a comparison")


# ------------------------------------------------------------------------------ reading
def read_comparison(path: str | os.PathLike[str]) -> ComparisonDocument:
    """Read a comparison written by :func:`write_comparison`; ComparisonFileError says
    what is wrong with a file that is not one (or is damaged, or crafted)."""
    source = Path(path)
    name = source.name
    try:
        archive_bytes = source.stat().st_size
        with zipfile.ZipFile(source) as archive:
            _check_sizes(archive.infolist(), archive_bytes, name)
            try:
                info = archive.getinfo(MANIFEST)
            except KeyError:
                raise ComparisonFileError(f"{name} is not a saved comparison") from None
            if info.file_size > MAX_MANIFEST_BYTES:
                raise ComparisonFileError(f"{name}: its manifest is too large")
            manifest = _load_manifest(_unpack(archive, info, name), name)
            return _document(manifest, _Files(archive, name), name)
    except FileNotFoundError:
        raise ComparisonFileError(f"{name} does not exist") from None
    except zipfile.BadZipFile:
        raise ComparisonFileError(f"{name} is not a saved comparison (not a ZIP archive)"
                                  ) from None
    except OSError as error:
        raise ComparisonFileError(f"Cannot read {name}: {error.strerror or error}") from error
    except ComparisonFileError:
        raise
    except Exception as error:  # anything else a crafted file breaks: still the file's fault
        log.warning("reading %s failed", name, exc_info=True)
        raise ComparisonFileError(f"{name} cannot be opened ({type(error).__name__}: {error})"
                                  ) from error


def _check_sizes(infos: list[zipfile.ZipInfo], archive_bytes: int, name: str) -> None:
    """Refuse, before unpacking anything, what the entries say they would unpack to."""
    total = sum(info.file_size for info in infos)
    if total > MAX_TOTAL_BYTES:
        raise ComparisonFileError(
            f"{name} is too large to open: it would unpack to {human_size(total)} "
            f"(at most {human_size(MAX_TOTAL_BYTES)})")
    if total > RATIO_FREE_BYTES + MAX_RATIO * archive_bytes:
        raise ComparisonFileError(
            f"{name} cannot be opened: it would unpack to {human_size(total)} from "
            f"{human_size(archive_bytes)}, over {MAX_RATIO} times its size, as a zip bomb "
            "does")


def _unpack(archive: zipfile.ZipFile, info: zipfile.ZipInfo, name: str) -> bytes:
    """An entry's bytes, unpacked a chunk at a time and never more than it declared."""
    data = bytearray()
    try:
        with archive.open(info) as entry:
            while chunk := entry.read(_CHUNK_BYTES):
                data += chunk
                if len(data) > info.file_size:
                    raise ComparisonFileError(
                        f"{name} is damaged: {info.filename} holds more than it declares")
    # damaged data, cut short, a compression method or an encryption zipfile does not have
    except (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError, RuntimeError
            ) as error:
        raise ComparisonFileError(f"{name} is damaged: {info.filename} cannot be read "
                                  f"({error})") from None
    return bytes(data)


class _NotJsonNumber(ValueError):
    """A number the manifest may not hold; the message says which."""


def _finite(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):
        raise _NotJsonNumber(f"a number out of range: {text}")
    return value


def _no_constant(text: str) -> float:
    raise _NotJsonNumber(f"{text}, which is not a JSON number")


def _load_manifest(data: bytes, name: str) -> Any:
    try:
        return json.loads(data, parse_float=_finite, parse_constant=_no_constant)
    except RecursionError:
        raise ComparisonFileError(f"{name} is damaged: its manifest is nested too deeply"
                                  ) from None
    except _NotJsonNumber as error:
        raise ComparisonFileError(f"{name} is damaged: its manifest holds {error}") from None
    except ValueError as error:
        raise ComparisonFileError(f"{name}: damaged manifest ({error})") from error


class _Files:
    """The archive's files by sha256, checked as they are read."""

    def __init__(self, archive: zipfile.ZipFile, name: str) -> None:
        self._archive = archive
        self._name = name
        self._cache: dict[str, bytes] = {}

    def get(self, digest: str) -> bytes:
        if digest not in self._cache:
            try:
                info = self._archive.getinfo(f"files/{digest}")
            except KeyError:
                raise ComparisonFileError(
                    f"{self._name} is damaged: a file it refers to is missing") from None
            data = _unpack(self._archive, info, self._name)
            if hashlib.sha256(data).hexdigest() != digest:
                raise ComparisonFileError(f"{self._name} is damaged: a file does not match")
            self._cache[digest] = data
        return self._cache[digest]


def _document(manifest: Any, files: _Files, name: str) -> ComparisonDocument:
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise ComparisonFileError(f"{name} is not a saved comparison")
    version = manifest.get("version")
    if not isinstance(version, int) or version > VERSION:
        raise ComparisonFileError(
            f"{name} was saved by a newer version of the application (format {version})")
    try:
        form = FormSnapshot(
            values=dict(_decode(manifest.get("form") or {}, files)),
            parameters=dict(_decode(manifest.get("parameters") or {}, files)),
            options={str(k): bool(v) for k, v in (manifest.get("options") or {}).items()},
        )
        columns = [_column(entry, files) for entry in manifest["columns"]]
        return ComparisonDocument(
            task_id=str(manifest["task"]),
            form=form,
            columns=columns,
            reference=int(manifest.get("reference", 0)),
            show_differences=bool(manifest.get("show_differences", True)),
            saved_at=float(manifest.get("saved_at") or 0.0),
        )
    except ComparisonFileError:
        raise
    except RecursionError:
        raise ComparisonFileError(f"{name} is damaged: its manifest is nested too deeply"
                                  ) from None
    except (KeyError, TypeError, ValueError, AttributeError, OverflowError) as error:
        raise ComparisonFileError(f"{name} is damaged ({type(error).__name__}: {error})"
                                  ) from error


def _column(entry: Mapping[str, Any], files: _Files) -> SavedColumn:
    provider = entry.get("provider")
    provider = provider if isinstance(provider, str) and provider else None
    if "record" not in entry:
        return SavedColumn(model=str(entry["model"]), provider=provider)
    record = RunRecord.from_json(entry["record"])
    response = entry.get("response")
    error = record.error
    return SavedColumn(
        model=record.model,
        state=record.state,
        result=_decode(record.result, files),
        text=record.text,
        tokens=int(record.tokens or 0),
        elapsed_s=record.elapsed_s,
        started_at=record.started_at,
        response=_response_info(response) if isinstance(response, dict) else None,
        error=(str(error.get("title", "")), str(error.get("message", ""))) if error else None,
        provider=provider,
        stats=RunStats.from_json(entry.get("stats")),
    )


def _response_info(saved: dict[str, Any]) -> ResponseInfo:
    """A saved ResponseInfo; a file from before request ids has none, and a request id that
    is not text (a hand-edited file) is dropped rather than shown."""
    known = {f.name for f in dataclasses.fields(ResponseInfo)}
    values = {key: value for key, value in saved.items() if key in known}
    if not isinstance(values.get("request_id"), str | None):
        values["request_id"] = None
    return ResponseInfo(**values)


def _decode(value: Any, files: _Files) -> Any:
    def file(saved: dict[str, Any]) -> Any:
        ref = FileRef.from_json(saved)
        data = files.get(ref.sha256)
        if saved.get("blob"):
            return Blob(data, ref.mime)
        if saved.get("bytes"):
            return data
        return FileValue(ref.name, data, ref.mime)

    return map_files(value, file)
