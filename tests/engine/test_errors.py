"""The engine's answers to bad requests, raw over HTTP: status and a JSON error that says
what is wrong."""

from __future__ import annotations

import requests

from tests.engine.conftest import CORRUPT, UNLOADED
from tests.support.engine_process import EngineProcess

TEXT = {"inputs": "the cat sat on the mat"}


def test_a_request_without_the_token_is_refused(engine: EngineProcess) -> None:
    for headers in ({}, {"Authorization": "Bearer wrong"}, {"Authorization": engine.token}):
        reply = requests.get(f"{engine.url}/v1/models", headers=headers, timeout=30)
        assert reply.status_code == 401
        assert "token" in reply.json()["error"]
    assert engine.get("/v1/models").status_code == 200


def test_a_model_not_in_the_cache_is_named_and_offline_said(engine: EngineProcess) -> None:
    reply = engine.post("/models/nobody/nothing", TEXT)
    assert reply.status_code == 404
    assert "nobody/nothing" in reply.json()["error"]
    assert "offline" in reply.json()["error"]
    assert engine.get("/api/models/nobody/nothing").status_code == 404


def test_a_model_of_another_task_names_its_task(engine: EngineProcess) -> None:
    reply = engine.post("/models/tiny/bert-classifier/pipeline/fill-mask", TEXT)
    assert reply.status_code == 400
    assert "text-classification" in reply.json()["error"]
    reply = engine.post("/v1/chat/completions", {"model": "tiny/bert-mlm", "messages": []})
    assert reply.status_code == 400
    assert "fill-mask" in reply.json()["error"]


def test_malformed_bodies_and_inputs_are_refused(engine: EngineProcess) -> None:
    route = "/models/tiny/bert-classifier"
    wait = {"X-Wait-For-Model": "true", "Content-Type": "application/json"}
    for body in (b"{nope", b'{"inputs": NaN}', b"[1]", b'{"parameters": {}}'):
        reply = requests.post(
            f"{engine.url}{route}", data=body, headers={**engine.auth, **wait}, timeout=60
        )
        assert reply.status_code == 400, body
        assert reply.json()["error"]
    reply = engine.post(route, {"inputs": 5}, headers=wait)
    assert reply.status_code == 400, engine.explain(reply)
    assert "inputs" in reply.json()["error"]
    reply = engine.post(route, {**TEXT, "parameters": {"bogus": 1}}, headers=wait)
    assert reply.status_code == 400
    assert "bogus" in reply.json()["error"]


def test_a_loading_model_answers_503_unless_asked_to_wait(engine: EngineProcess) -> None:
    route = f"/models/{UNLOADED}"
    reply = engine.post(route, TEXT)
    assert reply.status_code == 503
    assert UNLOADED in reply.json()["error"]
    assert reply.json()["estimated_time"] > 0
    reply = engine.post(route, {**TEXT, "options": {"wait_for_model": True}})
    assert reply.status_code == 200, reply.text
    assert engine.post(route, TEXT).status_code == 200  # loaded now


def test_a_corrupt_model_folder_answers_500_with_the_reason(engine: EngineProcess) -> None:
    reply = engine.post(f"/models/{CORRUPT}", TEXT, headers={"X-Wait-For-Model": "true"})
    assert reply.status_code == 500
    error = reply.json()["error"]
    assert CORRUPT in error
    assert "failed to load" in error


def test_unknown_routes_answer_json(engine: EngineProcess) -> None:
    reply = engine.get("/nothing/here")
    assert reply.status_code == 404
    assert reply.json()["error"]
