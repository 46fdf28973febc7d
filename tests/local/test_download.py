"""Downloading a model into the local Hub cache from a fake Hub on 127.0.0.1 (HF_ENDPOINT
style: ``endpoint=`` its URL): progress in bytes that adds up to the total, a prompt cancel
on a slow server that leaves nothing counted as a model, clear errors (no such model, gated,
network down), and no download while HF_HUB_OFFLINE is set. The files served are a tiny
model's (tests/support/tiny_models.py), so what lands in the cache is a real model folder."""

from __future__ import annotations

import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from huggingface_hub import constants

from hfi_desktop.local.download import (
    OFFLINE_MESSAGE,
    DownloadCancelled,
    DownloadError,
    Progress,
    download_model,
    progress_text,
    repo_folder,
)
from hfi_desktop.local.hub_cache import cached_models, fitting
from tests.support.fake_hub_files import FakeHubFiles, served_classifier

MODEL = "tiny/bert-classifier"


@pytest.fixture(scope="session")
def tiny_classifier(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A tiny text classifier's files, with a card naming its task (built once)."""
    return served_classifier(tmp_path_factory.getbasetemp())


@pytest.fixture(autouse=True)
def _online(monkeypatch: pytest.MonkeyPatch) -> None:
    """The tests' environment may set HF_HUB_OFFLINE; these downloads go to 127.0.0.1."""
    monkeypatch.delenv("HF_HUB_OFFLINE", raising=False)
    monkeypatch.delenv("TRANSFORMERS_OFFLINE", raising=False)
    monkeypatch.setattr(constants, "HF_HUB_OFFLINE", False)


@pytest.fixture
def hub(tiny_classifier: Path) -> Iterator[FakeHubFiles]:
    with FakeHubFiles({MODEL: tiny_classifier}, gated=("tiny/gated",)) as fake:
        yield fake
    assert not fake.errors


def download(hub: FakeHubFiles, cache: Path, model: str = MODEL,
             cancel: threading.Event | None = None,
             report: list[Progress] | None = None) -> Path:
    seen = report if report is not None else []
    return download_model(model, endpoint=hub.url, token=None, cache_dir=cache,
                          report=seen.append, cancel=cancel or threading.Event())


def test_a_download_reports_bytes_that_add_up_to_the_total_then_the_model_is_cached(
        hub: FakeHubFiles, tmp_path: Path) -> None:
    reports: list[Progress] = []
    snapshot = download(hub, tmp_path, report=reports)
    total = hub.total(MODEL)
    assert reports and all(r.total == total for r in reports)
    done = [r.done for r in reports]
    assert done == sorted(done) and done[-1] == total
    for name, source in hub.files(MODEL).items():
        assert (snapshot / name).read_bytes() == source.read_bytes()
    assert (repo_folder(tmp_path, MODEL) / "refs" / "main").read_text() == hub.commit(MODEL)
    [model] = cached_models(tmp_path)
    assert (model.id, model.task) == (MODEL, "text-classification")
    assert model.size_bytes == total
    assert fitting([model], "text-classification") == [model]
    assert fitting([model], "fill-mask") == []
    assert all(auth is None for _method, _path, auth in hub.seen)  # no token: none sent


def test_a_token_goes_to_the_hub_it_is_given_for(hub: FakeHubFiles, tmp_path: Path) -> None:
    download_model(MODEL, endpoint=hub.url, token="hf_secret", cache_dir=tmp_path,
                   report=lambda _p: None, cancel=threading.Event())
    assert {auth for _m, _p, auth in hub.seen} == {"Bearer hf_secret"}


def test_cancel_mid_way_on_a_slow_server_stops_and_keeps_nothing_as_a_model(
        tiny_classifier: Path, tmp_path: Path) -> None:
    cancel = threading.Event()
    reports: list[Progress] = []

    def report(progress: Progress) -> None:
        reports.append(progress)
        if progress.done > 0:
            cancel.set()  # the user pressed Cancel while bytes arrive

    with FakeHubFiles({MODEL: tiny_classifier}, slow=True, piece=4096) as hub:
        finished = threading.Event()
        outcome: list[BaseException] = []

        def run() -> None:
            try:
                download_model(MODEL, endpoint=hub.url, token=None, cache_dir=tmp_path,
                               report=report, cancel=cancel)
            except BaseException as error:
                outcome.append(error)
            finished.set()

        worker = threading.Thread(target=run)
        worker.start()
        assert cancel.wait(30)
        hub.release.set()  # the next piece arrives: the download notices the cancel
        assert finished.wait(30)
        worker.join(30)
    assert [type(e) for e in outcome] == [DownloadCancelled]
    assert reports[-1].done < hub.total(MODEL)
    repo = repo_folder(tmp_path, MODEL)
    assert not (repo / "refs" / "main").exists()
    assert not list(repo.glob("snapshots/*/*"))
    assert not list(repo.glob("blobs/*.incomplete"))
    assert cached_models(tmp_path) == []


def test_a_model_the_hub_does_not_have_is_named(hub: FakeHubFiles, tmp_path: Path) -> None:
    with pytest.raises(DownloadError, match=r"has no model tiny/nothing-here: check the id"):
        download(hub, tmp_path, "tiny/nothing-here")
    assert cached_models(tmp_path) == []


def test_a_gated_model_says_it_needs_a_token(hub: FakeHubFiles, tmp_path: Path) -> None:
    with pytest.raises(DownloadError, match=r"tiny/gated is gated: it needs an access token"):
        download(hub, tmp_path, "tiny/gated")


def test_a_hub_that_cannot_be_reached_is_said(refused_url: str, tmp_path: Path) -> None:
    with pytest.raises(DownloadError, match=r"Cannot reach 127\.0\.0\.1:\d+: check the network"):
        download_model(MODEL, endpoint=refused_url, token=None, cache_dir=tmp_path,
                       report=lambda _p: None, cancel=threading.Event())


def test_no_download_while_offline(hub: FakeHubFiles, tmp_path: Path,
                                   monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    with pytest.raises(DownloadError) as raised:
        download(hub, tmp_path)
    assert str(raised.value) == OFFLINE_MESSAGE
    assert hub.seen == []  # not even the model's info was asked for


def test_progress_text_says_bytes_speed_and_time_left() -> None:
    text = progress_text(Progress(done=3 * 1024**2, total=13 * 1024**2, speed=1024**2,
                                  file="model.safetensors"))
    assert text == "3 MB of 13 MB · 1 MB/s · about 10 s left"
    assert progress_text(Progress(0, 2048, 0.0, "")) == "0 bytes of 2 KB"


def test_listing_the_cache_does_not_import_torch() -> None:
    code = ("import sys; from hfi_desktop.local.hub_cache import cached_models; "
            "import hfi_desktop.local.download; cached_models(); "
            "print([m for m in ('torch', 'transformers') if m in sys.modules])")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True, cwd=Path(__file__).resolve().parents[2]).stdout
    assert out.strip() == "[]"
