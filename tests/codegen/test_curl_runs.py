"""The curl snippet, run with bash against the fake server, gets what the app's call got:
the server receives the same request and answers the same."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from hfi_desktop.catalog import invoke
from hfi_desktop.codegen import curl_snippet, describe_call
from hfi_desktop.inference import HfInference, Options
from tests.support.fake_api import FakeInferenceAPI, RecordedRequest

from .conftest import SECRET, example_request

pytestmark = pytest.mark.skipif(shutil.which("curl") is None, reason="curl is not installed")

SHELL_TOKEN = "hf_from_the_shell"


def run_curl(source: str, cwd: Path) -> str:
    env = {**os.environ, "HF_TOKEN": SHELL_TOKEN}
    done = subprocess.run(["bash", "-c", "set -euo pipefail\n" + source], capture_output=True,
                          text=True, env=env, cwd=cwd, timeout=30, check=False)
    assert done.returncode == 0, done.stderr
    return done.stdout


def _app_then_curl(client: HfInference, fake_api: FakeInferenceAPI, task_id: str,
                   tmp_path: Path, **kwargs: object
                   ) -> tuple[object, str, RecordedRequest, RecordedRequest]:
    request = example_request(task_id, **kwargs)  # type: ignore[arg-type]
    code = describe_call(client, request)
    fake_api.clear_requests()
    result = invoke(client, request)
    if hasattr(result, "__next__"):
        result = list(result)
    (app_sent,) = fake_api.requests
    fake_api.clear_requests()
    output = run_curl(curl_snippet(code), tmp_path)
    (curl_sent,) = fake_api.requests
    return result, output, app_sent, curl_sent


def _same_request(app: RecordedRequest, curl: RecordedRequest) -> None:
    assert (curl.method, curl.raw_path, curl.body) == (app.method, app.raw_path, app.body)
    assert app.header("authorization") == f"Bearer {SECRET}"
    assert curl.header("authorization") == f"Bearer {SHELL_TOKEN}"
    assert app.x_headers == curl.x_headers


def test_json_task(client: HfInference, fake_api: FakeInferenceAPI, tmp_path: Path) -> None:
    result, output, app, curl = _app_then_curl(client, fake_api, "question-answering", tmp_path)
    _same_request(app, curl)
    assert json.loads(output) == result


def test_binary_task(client: HfInference, fake_api: FakeInferenceAPI, tmp_path: Path) -> None:
    result, output, app, curl = _app_then_curl(client, fake_api, "image-classification",
                                               tmp_path, options=Options(wait_for_model=True))
    _same_request(app, curl)
    assert curl.header("content-type") == "image/png"  # curl would say form data otherwise
    assert json.loads(output) == result


def test_file_inside_json(client: HfInference, fake_api: FakeInferenceAPI,
                          tmp_path: Path) -> None:
    """The image goes in base64 inside the JSON body: the shell builds the same body."""
    result, output, app, curl = _app_then_curl(client, fake_api, "visual-question-answering",
                                               tmp_path)
    _same_request(app, curl)
    assert json.loads(output)[0] == result


def test_stream(client: HfInference, fake_api: FakeInferenceAPI, tmp_path: Path) -> None:
    events, output, app, curl = _app_then_curl(client, fake_api, "text-generation-stream",
                                               tmp_path)
    _same_request(app, curl)
    streamed = [json.loads(line[5:]) for line in output.splitlines()
                if line.startswith("data:")]
    assert streamed == events
