"""Downloading a model into the local Hub cache (blocking: run it in a worker), with its
progress in bytes and a prompt cancel.

The files are listed first (the Hub's model info, with their sizes: the total), then each is
fetched with ``hf_hub_download`` into the cache, whose progress object reports every chunk.
``refs/main`` is written last, so a model counts as cached (hub_cache.py) only once all its
files are there; a cancelled or failed download removes the snapshot it began (and the
``.incomplete`` files huggingface_hub leaves to resume)."""

from __future__ import annotations

import errno
import os
import shutil
import time
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from hfi_desktop.sizes import human_size
from hfi_desktop.translatable import QT_TRANSLATE_NOOP, Text

if TYPE_CHECKING:
    import threading
    from collections.abc import Callable
    from pathlib import Path

#: Progress is reported at most this often (the last report always goes).
REPORT_EVERY_S = 0.1
_SPEED_WINDOW_S = 3.0
#: huggingface_hub reads the body in chunks of this size (its default, 10 MB, would report
#: progress, and notice a cancel, only every 10 MB).
CHUNK_BYTES = 64 * 1024


class DownloadError(Exception):
    """The download failed; ``text`` says why, for the user (str(): in English)."""

    def __init__(self, text: Text) -> None:
        super().__init__(text)
        self.text = text


class DownloadCancelled(Exception):
    """The user cancelled the download."""


@dataclass(frozen=True)
class Progress:
    done: int  # bytes received so far
    total: int  # bytes of all the model's files
    speed: float  # bytes per second, over the last few seconds (0: not known yet)
    file: str  # the file being fetched

    @property
    def eta_s(self) -> float | None:
        """Seconds left at the current speed (None: not known)."""
        return (self.total - self.done) / self.speed if self.speed > 0 else None


def offline() -> bool:
    """Whether HF_HUB_OFFLINE (or TRANSFORMERS_OFFLINE) turns the Hub off."""
    value = os.environ.get("HF_HUB_OFFLINE") or os.environ.get("TRANSFORMERS_OFFLINE") or ""
    return value.strip().lower() in ("1", "true", "yes", "on")


#: The context of this module's texts (the UI translates them: ``ui.i18n.shown``).
CONTEXT = "Download"
OFFLINE_MESSAGE = Text(CONTEXT, QT_TRANSLATE_NOOP(
    "Download", "Downloads are off while offline (HF_HUB_OFFLINE is set): start the app "
    "without it to download models."))


class _Meter:
    """The bytes of the whole download, from every file's chunks; raises DownloadCancelled
    from the chunk loop once ``cancel`` is set (huggingface_hub lets it through)."""

    def __init__(self, total: int, report: Callable[[Progress], None],
                 cancel: threading.Event) -> None:
        self.total, self.done, self.file = total, 0, ""
        self._report, self._cancel = report, cancel
        self._samples: list[tuple[float, int]] = [(time.monotonic(), 0)]
        self._last = 0.0

    def add(self, n: int) -> None:
        if self._cancel.is_set():
            raise DownloadCancelled
        self.done += n
        now = time.monotonic()
        self._samples.append((now, self.done))
        while len(self._samples) > 2 and now - self._samples[0][0] > _SPEED_WINDOW_S:
            self._samples.pop(0)
        if now - self._last >= REPORT_EVERY_S or self.done >= self.total:
            self._last = now
            self.report()

    def report(self) -> None:
        (t0, d0), (t1, d1) = self._samples[0], self._samples[-1]
        speed = (d1 - d0) / (t1 - t0) if t1 > t0 else 0.0
        self._report(Progress(self.done, self.total, speed, self.file))

    def bar_class(self) -> type[_Bar]:
        """huggingface_hub's ``tqdm_class``: each file's progress object adds to this."""
        return type("MeterBar", (_Bar,), {"meter": self})


class _Bar:
    """What hf_hub_download needs of a tqdm: a context manager with ``update``."""

    meter: _Meter

    def __init__(self, *_args: Any, **_kwargs: Any) -> None:
        pass

    def __enter__(self) -> _Bar:
        return self

    def __exit__(self, *_exc: object) -> None:
        return None

    def update(self, n: float | None = 1) -> None:
        self.meter.add(int(n or 0))

    def close(self) -> None:
        return None


def repo_folder(cache_dir: Path, model_id: str) -> Path:
    return cache_dir / ("models--" + model_id.replace("/", "--"))


def download_model(model_id: str, *, endpoint: str, token: str | None, cache_dir: Path,
                   report: Callable[[Progress], None], cancel: threading.Event) -> Path:
    """Fetch every file of ``model_id`` from ``endpoint`` (the Hub or a mirror) into
    ``cache_dir`` (with ``token`` when given; None: none, not even $HF_TOKEN); its snapshot
    folder. DownloadCancelled once ``cancel`` is set; DownloadError with the reason."""
    if offline():
        raise DownloadError(OFFLINE_MESSAGE)
    # Imported here, in the worker: huggingface_hub takes 0.3 s and 15 MB to import, and the
    # window's start-up has no need of it (bench/startup.py).
    from huggingface_hub import HfApi, constants, hf_hub_download

    send: str | bool = token or False
    constants.DOWNLOAD_CHUNK_SIZE = CHUNK_BYTES  # read at each download: this process's own
    try:
        info = HfApi(endpoint=endpoint).model_info(model_id, files_metadata=True, token=send)
    except Exception as error:
        raise DownloadError(_explain(error, model_id, endpoint, token)) from error
    commit = info.sha
    if not commit:
        raise DownloadError(Text(CONTEXT, QT_TRANSLATE_NOOP(
            "Download", "{endpoint} gave no revision for {model}"), endpoint=endpoint,
            model=model_id))
    files = [(s.rfilename, s.size or 0) for s in info.siblings or ()]
    meter = _Meter(sum(size for _name, size in files), report, cancel)
    repo = repo_folder(cache_dir, model_id)
    snapshot = repo / "snapshots" / commit
    fresh = not snapshot.exists()
    try:
        for name, _size in files:
            if cancel.is_set():
                raise DownloadCancelled
            meter.file = name
            hf_hub_download(model_id, name, revision=commit, endpoint=endpoint, token=send,
                            cache_dir=cache_dir, tqdm_class=meter.bar_class())
        meter.report()
        (repo / "refs").mkdir(parents=True, exist_ok=True)
        (repo / "refs" / "main").write_text(commit, encoding="utf-8")
    except DownloadCancelled:
        _clean(repo, snapshot if fresh else None)
        raise
    except Exception as error:
        _clean(repo, snapshot if fresh else None)
        raise DownloadError(_explain(error, model_id, endpoint, token)) from error
    return snapshot


def _clean(repo: Path, snapshot: Path | None) -> None:
    """What an unfinished download leaves: its new snapshot, the blobs' .incomplete files."""
    if snapshot is not None:
        shutil.rmtree(snapshot, ignore_errors=True)
    for partial in (repo / "blobs").glob("*.incomplete"):
        partial.unlink(missing_ok=True)


def _explain(error: Exception, model_id: str, endpoint: str, token: str | None) -> Text:
    """The reason a download failed, for the user."""
    import httpx2
    from huggingface_hub.errors import (
        GatedRepoError,
        HfHubHTTPError,
        OfflineModeIsEnabled,
        RepositoryNotFoundError,
        RevisionNotFoundError,
    )

    host = endpoint.removeprefix("https://").removeprefix("http://").rstrip("/")
    if isinstance(error, OfflineModeIsEnabled):
        return OFFLINE_MESSAGE
    if isinstance(error, GatedRepoError):
        return _said(QT_TRANSLATE_NOOP(
            "Download", "{model} is gated: accept its conditions on its page on the Hub, with "
            "an access token of that account in Settings.") if token else QT_TRANSLATE_NOOP(
            "Download", "{model} is gated: it needs an access token (Settings) of an account "
            "that accepted its conditions."), model=model_id)
    if isinstance(error, RepositoryNotFoundError):
        status = error.response.status_code if error.response is not None else 404
        if status == 401 and not token:
            return _said(QT_TRANSLATE_NOOP(
                "Download", "{host} has no public model {model}: check the id, or add an "
                "access token (Settings) if it is private."), host=host, model=model_id)
        if token:
            return _said(QT_TRANSLATE_NOOP(
                "Download", "{host} has no model {model} (or your token cannot see it): check "
                "the id."), host=host, model=model_id)
        return _said(QT_TRANSLATE_NOOP("Download", "{host} has no model {model}: check the id."),
                     host=host, model=model_id)
    if isinstance(error, RevisionNotFoundError):
        return _said(QT_TRANSLATE_NOOP("Download", "{host} has no main revision of {model}."),
                     host=host, model=model_id)
    if isinstance(error, HfHubHTTPError):
        status = error.response.status_code if error.response is not None else "?"
        return _said(QT_TRANSLATE_NOOP("Download", "{host} answered {status} for {model}: "
                                       "{reason}"), host=host, status=status, model=model_id,
                     reason=str(error).splitlines()[0])
    if isinstance(error, (httpx2.TransportError, ConnectionError)):
        return _said(QT_TRANSLATE_NOOP(
            "Download", "Cannot reach {host}: check the network connection (or the Hub's "
            "address)."), host=host)
    if isinstance(error, OSError) and error.errno == errno.ENOSPC:
        return _said(QT_TRANSLATE_NOOP(
            "Download", "The disk is full: free some space and download again."))
    if isinstance(error, OSError):
        return _said(QT_TRANSLATE_NOOP("Download", "Could not write the model's files: {reason}"),
                     reason=error.strerror or str(error))
    return _said(QT_TRANSLATE_NOOP("Download", "The download failed: {reason}"),
                 reason=str(error))


def _said(template: str, /, **values: object) -> Text:
    return Text(CONTEXT, template, **values)



def progress_text(progress: Progress) -> Text:
    """``12.3 MB of 40 MB · 2.1 MB/s · about 15 s left`` (translated where shown)."""
    parts = [_said(QT_TRANSLATE_NOOP("Download", "{done} of {total}"),
                   done=human_size(progress.done), total=human_size(progress.total))]
    if progress.speed > 0:
        parts.append(_said(QT_TRANSLATE_NOOP("Download", "{size}/s"),
                           size=human_size(int(progress.speed))))
    eta = progress.eta_s
    if eta is not None and progress.done < progress.total:
        parts.append(_said(QT_TRANSLATE_NOOP("Download", "about {duration} left"),
                           duration=_duration(eta)))
    return Text.joined(" · ", *parts)


def _duration(seconds: float) -> Text:
    whole = max(1, round(seconds))
    if whole < 60:
        return _said(QT_TRANSLATE_NOOP("Download", "{seconds} s"), seconds=whole)
    minutes = round(whole / 60)
    if minutes < 60:
        return _said(QT_TRANSLATE_NOOP("Download", "{minutes} min"), minutes=minutes)
    return _said(QT_TRANSLATE_NOOP("Download", "{hours} h {minutes} min"),
                 hours=minutes // 60, minutes=minutes % 60)
