"""Each flavour for a text task, a binary-input task and a streaming task (golden-ish: the
right method, arguments, model, URL); every task's snippets parse; never the token."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from hfi_desktop.catalog import CATALOG, PageKind
from hfi_desktop.codegen import (
    Flavour,
    curl_snippet,
    flavours_for,
    javascript_snippet,
    python_snippet,
    snippet,
)
from hfi_desktop.inference import Options
from tests.support.fake_api import FakeInferenceAPI
from tests.support.paths import example

from .checks import bash_parses, javascript_parses, literal_keywords, python_parses
from .conftest import SECRET, Describe

SST2 = "distilbert-base-uncased-finetuned-sst-2-english"
VIT = "google/vit-base-patch16-224"
CHEETAH = str(example("cheetah.png"))


def _calls(source: str) -> list[ast.Call]:
    return [node for node in ast.walk(ast.parse(source)) if isinstance(node, ast.Call)]


def _call(source: str, name: str) -> ast.Call:
    found = [c for c in _calls(source)
             if (isinstance(c.func, ast.Attribute) and c.func.attr == name)
             or (isinstance(c.func, ast.Name) and c.func.id == name)]
    assert len(found) == 1, source
    return found[0]


def _keywords(call: ast.Call) -> dict[str | None, object]:
    """The keyword arguments whose values are literals (not os.environ[...], f-strings)."""
    return literal_keywords(call, others=False)


# -- text: text_classification ----------------------------------------------------------

def test_python_text(describe: Describe, fake_api: FakeInferenceAPI) -> None:
    source = python_snippet(describe("text-classification"))
    python_parses(source)
    call = _call(source, "text_classification")
    assert [ast.literal_eval(a) for a in call.args] == ["I like you. I love you."]
    client = _call(source, "InferenceClient")
    assert _keywords(client) == {"base_url": f"{fake_api.url}/models/{SST2}"}
    assert 'api_key=os.environ["HF_TOKEN"]' in source
    assert "print(result)" in source


def test_javascript_text(describe: Describe, fake_api: FakeInferenceAPI,
                         tmp_path: Path) -> None:
    source = javascript_snippet(describe("text-classification"))
    javascript_parses(source, tmp_path)
    assert 'import { InferenceClient } from "@huggingface/inference";' in source
    assert "new InferenceClient(process.env.HF_TOKEN, {" in source
    assert f'endpointUrl: "{fake_api.url}/models/{SST2}"' in source
    assert 'client.textClassification({ inputs: "I like you. I love you." })' in source


def test_curl_text(describe: Describe, fake_api: FakeInferenceAPI) -> None:
    source = curl_snippet(describe("text-classification"))
    bash_parses(source)
    assert source.startswith(f"curl {fake_api.url}/models/{SST2} \\\n")
    assert '-H "Authorization: Bearer $HF_TOKEN"' in source
    assert "-H 'Content-Type: application/json'" in source
    assert """-d '{"inputs":"I like you. I love you.","options":{}}'""" in source


def test_library_defaults_name_the_model(describe: Describe) -> None:
    from hfi_desktop.codegen import describe_call
    from hfi_desktop.inference import HfInference

    from .conftest import example_request

    with HfInference(SECRET, base_url="https://router.huggingface.co/hf-inference",
                     hub_url="http://127.0.0.1:9") as client:
        code = describe_call(client, example_request("text-classification"))
    python = python_snippet(code)
    assert _keywords(_call(python, "InferenceClient")) == {"provider": "hf-inference"}
    assert _keywords(_call(python, "text_classification")) == {"model": SST2}
    javascript = javascript_snippet(code)
    assert "new InferenceClient(process.env.HF_TOKEN);" in javascript
    assert f'model: "{SST2}",\n  provider: "hf-inference",' in javascript
    curl = curl_snippet(code)
    assert curl.startswith(f"curl https://router.huggingface.co/hf-inference/models/{SST2} ")


# -- binary input: image_classification --------------------------------------------------

def test_python_binary(describe: Describe) -> None:
    source = python_snippet(describe("image-classification"))
    python_parses(source)
    call = _call(source, "image_classification")
    assert [ast.literal_eval(a) for a in call.args] == [CHEETAH]


def test_javascript_binary(describe: Describe, tmp_path: Path) -> None:
    source = javascript_snippet(describe("image-classification"))
    javascript_parses(source, tmp_path)
    assert source.startswith('import fs from "node:fs";\n')
    assert (f'const image = new Blob([fs.readFileSync("{CHEETAH}")], {{ type: "image/png" }});'
            in source)
    assert "client.imageClassification({ inputs: image })" in source


def test_curl_binary(describe: Describe, fake_api: FakeInferenceAPI) -> None:
    source = curl_snippet(describe("image-classification", options=Options(wait_for_model=True)))
    bash_parses(source)
    assert f"--data-binary @{CHEETAH}" in source
    assert "-H 'X-Wait-For-Model: true'" in source
    assert "-H 'Content-Type: image/png'" in source
    assert f"curl {fake_api.url}/models/{VIT} " in source


def test_options_go_as_headers_in_the_libraries(describe: Describe, tmp_path: Path) -> None:
    code = describe("image-classification", options=Options(wait_for_model=True, use_cache=False))
    python = python_snippet(code)
    assert _keywords(_call(python, "InferenceClient"))["headers"] == {
        "X-Wait-For-Model": "true", "X-Use-Cache": "false"}
    javascript = javascript_snippet(code)
    javascript_parses(javascript, tmp_path)
    assert '"X-Wait-For-Model": "true", "X-Use-Cache": "false"' in javascript


# -- streaming: text_generation_stream ---------------------------------------------------

def test_python_stream(describe: Describe) -> None:
    code = describe("text-generation-stream",
                    parameters={"max_new_tokens": 20, "max_time": 3.0, "stop_sequences": ["\n"]})
    source = python_snippet(code)
    python_parses(source)
    call = _call(source, "text_generation")
    assert [ast.literal_eval(a) for a in call.args] == ['repeat "one two three four"']
    assert _keywords(call) == {"max_new_tokens": 20, "stop": ["\n"], "stream": True}
    assert "# max_time=3.0" in source  # sent by the app, not an InferenceClient argument
    assert "for token in client.text_generation(" in source


def test_javascript_stream(describe: Describe, tmp_path: Path) -> None:
    source = javascript_snippet(describe("text-generation-stream",
                                         parameters={"max_new_tokens": 20}))
    javascript_parses(source, tmp_path)
    assert "for await (const output of client.textGenerationStream({" in source
    assert "parameters: { max_new_tokens: 20 }" in source
    assert "process.stdout.write(output.token.text)" in source


def test_curl_stream(describe: Describe) -> None:
    source = curl_snippet(describe("text-generation-stream"))
    bash_parses(source)
    assert "\n    -N \\\n" in source
    assert '"stream":true' in source


# -- every task --------------------------------------------------------------------------

@pytest.mark.parametrize("spec", [s for s in CATALOG if s.page is PageKind.FORM],
                         ids=lambda spec: spec.id)
def test_every_task_parses_and_hides_the_token(
    spec: object, describe: Describe, tmp_path: Path
) -> None:
    from hfi_desktop.catalog import TaskSpec

    assert isinstance(spec, TaskSpec)
    code = describe(spec.id, options=Options(use_cache=False))
    sources = {flavour: snippet(flavour, code) for flavour in flavours_for(spec.method)}
    python_parses(sources[Flavour.PYTHON])
    javascript_parses(sources[Flavour.JAVASCRIPT], tmp_path)
    bash_parses(sources[Flavour.CURL])
    for flavour, source in sources.items():
        assert SECRET not in source, flavour
        assert "HF_TOKEN" in source, flavour


def test_pasted_input_has_a_placeholder_path(describe: Describe, tmp_path: Path) -> None:
    import dataclasses

    from hfi_desktop.codegen import FileRef

    code = describe("image-classification")
    ref = FileRef("image.png", "image/png", True, code.files["data"].data)
    code = dataclasses.replace(code, kwargs={"data": ref}, files={"data": ref})
    for flavour in flavours_for(code.method):
        source = snippet(flavour, code)
        assert "Save the image input as image.png first" in source, flavour
    assert "--data-binary @image.png" in curl_snippet(code)
    assert 'client.image_classification("image.png")' in python_snippet(code)


def test_custom_request_uses_plain_http(describe: Describe, tmp_path: Path) -> None:
    code = describe("custom-request")  # JSON inputs, to the example's model
    python = python_snippet(code)
    python_parses(python)
    post = _call(python, "post")
    assert _keywords(post)["json"] == {"inputs": "I like you. I love you.", "options": {}}
    javascript = javascript_snippet(code)
    javascript_parses(javascript, tmp_path)
    assert 'body: JSON.stringify({ inputs: "I like you. I love you.", options: {} })' in (
        javascript)
    file_code = describe("custom-request", index=1)
    assert "data=open(" in python_snippet(file_code)
    assert "fs.readFileSync(" in javascript_snippet(file_code)


def test_a_token_pasted_into_an_input_is_not_in_any_snippet(describe: Describe) -> None:
    """Fault 11: an input holding the token (in any encoding) is redacted in every flavour."""
    import dataclasses

    from tests.support.token_copies import needles, planted

    copies = " ".join(c.decode("latin-1") for c in planted(SECRET).values())
    code = describe("text-classification")
    code = dataclasses.replace(code, kwargs={**code.kwargs, "inputs": f"see {copies}"})
    for flavour in flavours_for(code.method):
        source = snippet(flavour, code).encode("utf-8", "replace")
        assert [n for n in needles(SECRET) if n in source] == [], flavour
