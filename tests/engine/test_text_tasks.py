"""Every text task of the local engine through the project's own client, on tiny models
(real transformers code in a real engine process)."""

from __future__ import annotations

import math

import pytest

from tests.support.engine_process import EngineProcess

PROMPT = "the cat sat on"


@pytest.fixture(scope="module")
def client(engine: EngineProcess):  # type: ignore[no-untyped-def]
    with engine.client() as made:
        yield made


def test_text_classification_gives_every_label_sorted_by_score(client) -> None:
    labels = client.text_classification(inputs="this movie was great", model="tiny/bert-classifier")
    assert sorted(item["label"] for item in labels) == ["NEGATIVE", "NEUTRAL", "POSITIVE"]
    scores = [item["score"] for item in labels]
    assert scores == sorted(scores, reverse=True)
    assert math.isclose(sum(scores), 1.0, abs_tol=1e-5)


def test_text_classification_of_several_texts_gives_one_list_each(client) -> None:
    answers = client.text_classification(
        inputs=["a dog", "the cat", "hello"], model="tiny/bert-classifier"
    )
    assert len(answers) == 3
    assert all(len(labels) == 3 for labels in answers)


def test_token_classification_is_aggregated_simple_by_default(client, engine) -> None:
    # The model's card has no pipeline_tag: its task comes from the config's architecture.
    assert engine.get("/api/models/tiny/bert-ner").json()["pipeline_tag"] == "token-classification"
    text = "John went to Paris"
    entities = client.token_classification(inputs=text, model="tiny/bert-ner")
    assert entities
    for entity in entities:
        assert entity["entity_group"] in {"O", "PER", "LOC"}
        assert "entity" not in entity  # aggregated
        assert text[entity["start"] : entity["end"]].lower() == entity["word"]


def test_fill_mask_gives_the_top_five(client) -> None:
    guesses = client.fill_mask(inputs="the cat sat on the [MASK]", model="tiny/bert-mlm")
    assert len(guesses) == 5
    scores = [guess["score"] for guess in guesses]
    assert scores == sorted(scores, reverse=True)
    assert all(guess["sequence"].startswith("the cat sat on") for guess in guesses)
    assert len({guess["token"] for guess in guesses}) == 5


def test_zero_shot_classification_scores_each_candidate(client) -> None:
    [answer] = client.zero_shot_classification(
        inputs="a dog ran in the park",
        parameters={"candidate_labels": ["animals", "cities", "food"]},
        model="tiny/bert-nli",
    )
    assert sorted(answer["labels"]) == ["animals", "cities", "food"]
    assert math.isclose(sum(answer["scores"]), 1.0, abs_tol=1e-5)


def test_text_generation_honours_return_full_text_and_max_new_tokens(client) -> None:
    full = client.text_generation(
        inputs=PROMPT, model="tiny/gpt2-chat", parameters={"max_new_tokens": 6}
    )["generated_text"]
    new = client.text_generation(
        inputs=PROMPT,
        model="tiny/gpt2-chat",
        parameters={"max_new_tokens": 6, "return_full_text": False},
    )["generated_text"]
    assert new  # a random tiny model still says something
    assert full == PROMPT + new  # greedy by default: the same continuation


def test_the_stream_joins_to_the_greedy_answer(client) -> None:
    parameters = {"max_new_tokens": 12, "return_full_text": False, "do_sample": False}
    expected = client.text_generation(inputs=PROMPT, model="tiny/gpt2-chat", parameters=parameters)
    with client.text_generation_stream(
        inputs=PROMPT, model="tiny/gpt2-chat", parameters=parameters
    ) as stream:
        events = list(stream)
    assert len(events) == 12
    assert all(event["generated_text"] is None for event in events[:-1])
    joined = "".join(event["token"]["text"] for event in events)
    assert joined == expected["generated_text"] == events[-1]["generated_text"]
    for event in events:
        assert isinstance(event["token"]["id"], int)
        assert event["token"]["logprob"] <= 0
        assert event["token"]["special"] is False


def test_feature_extraction_without_sentence_transformers_gives_token_vectors(client) -> None:
    [vectors] = client.feature_extraction(inputs="hello world", model="tiny/bert-features")
    assert len(vectors) == 4  # [CLS] hello world [SEP]
    assert all(len(vector) == 32 for vector in vectors)


def test_chat_completion_stream_joins_to_the_greedy_completion(client, hf_home) -> None:
    from transformers import AutoTokenizer

    messages = [{"role": "user", "content": "hello world"}]
    answer = client.chat_completion(
        messages=messages, model="tiny/gpt2-chat", max_tokens=10, temperature=0
    )
    content = answer["choices"][0]["message"]["content"]
    assert answer["choices"][0]["finish_reason"] in {"length", "stop"}
    chunks = list(
        client.chat_completion_stream(
            messages=messages,
            model="tiny/gpt2-chat",
            max_tokens=10,
            temperature=0,
            stream_options={"include_usage": True},
        )
    )
    streamed = "".join(
        choice["delta"].get("content") or "" for chunk in chunks for choice in chunk["choices"]
    )
    assert streamed == content
    [folder] = (hf_home / "hub" / "models--tiny--gpt2-chat" / "snapshots").iterdir()
    tokenizer = AutoTokenizer.from_pretrained(folder)
    prompt = tokenizer.apply_chat_template(messages, add_generation_prompt=True, tokenize=False)
    prompt_tokens = len(tokenizer(prompt, add_special_tokens=False)["input_ids"])
    usage = answer["usage"]
    assert usage["prompt_tokens"] == prompt_tokens
    assert usage["total_tokens"] == prompt_tokens + usage["completion_tokens"]
    assert chunks[-1]["usage"] == usage


def test_the_model_route_takes_the_chat_route_too(engine) -> None:
    reply = engine.post(
        "/models/tiny/gpt2-chat/v1/chat/completions",
        {"messages": [{"role": "user", "content": "hi"}], "max_tokens": 3, "temperature": 0},
    )
    assert reply.status_code == 200, reply.text
    assert reply.json()["usage"]["completion_tokens"] <= 3


def test_models_and_tasks_are_listed_from_the_cache(engine) -> None:
    models = {item["id"]: item for item in engine.get("/v1/models").json()["data"]}
    assert models["tiny/gpt2-chat"]["chat"] is True
    assert models["tiny/bert-classifier"]["pipeline_tag"] == "text-classification"
    assert models["tiny/bert-classifier"]["size_bytes"] > 0
    tasks = engine.get("/api/tasks").json()
    assert {"id": "tiny/bert-mlm"} in tasks["fill-mask"]["models"]
    info = engine.get("/api/models/tiny/bert-mlm").json()
    assert {"rfilename": "model.safetensors"} in info["siblings"]


def test_a_stop_string_ends_the_chat_reply_streamed_or_not(client) -> None:
    messages = [{"role": "user", "content": "the cat"}]
    settings = {"model": "tiny/gpt2-chat", "max_tokens": 10, "temperature": 0}
    free = client.chat_completion(messages=messages, **settings)["choices"][0]
    content = free["message"]["content"]
    assert len(content) > 3
    stop = content[2:4]
    stopped = client.chat_completion(messages=messages, stop=[stop], **settings)["choices"][0]
    assert stopped["message"]["content"] == content[: content.find(stop)]
    assert stopped["finish_reason"] == "stop"
    chunks = list(client.chat_completion_stream(messages=messages, stop=[stop], **settings))
    streamed = "".join(
        choice["delta"].get("content") or "" for chunk in chunks for choice in chunk["choices"]
    )
    assert streamed == stopped["message"]["content"]
