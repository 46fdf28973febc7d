"""The 2023 recordings of real Inference API calls (tests/data/tapes.json), as typed values."""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache, cached_property
from typing import Any
from urllib.parse import unquote, urlsplit

from .paths import TAPES_FILE

#: Hub task id -> the recorded model the fake hub lists first for it (GET /api/tasks).
DEFAULT_MODELS: Mapping[str, str] = {
    "audio-classification": "superb/hubert-large-superb-er",
    "audio-to-audio": "speechbrain/sepformer-wham",
    "automatic-speech-recognition": "facebook/wav2vec2-large-960h-lv60-self",
    "conversational": "microsoft/DialoGPT-large",
    "document-question-answering": "impira/layoutlm-document-qa",
    "feature-extraction": "facebook/bart-base",
    "fill-mask": "bert-base-uncased",
    "image-classification": "google/vit-base-patch16-224",
    "image-segmentation": "facebook/detr-resnet-50-panoptic",
    "image-to-image": "lllyasviel/sd-controlnet-canny",
    "image-to-text": "nlpconnect/vit-gpt2-image-captioning",
    "object-detection": "facebook/detr-resnet-50",
    "question-answering": "deepset/roberta-base-squad2",
    "sentence-similarity": "sentence-transformers/paraphrase-xlm-r-multilingual-v1",
    "summarization": "facebook/bart-large-cnn",
    "table-question-answering": "google/tapas-base-finetuned-wtq",
    "tabular-classification": "vvmnnnkv/wine-quality",
    "tabular-regression": "scikit-learn/Fish-Weight",
    "text-classification": "distilbert-base-uncased-finetuned-sst-2-english",
    "text-generation": "gpt2",
    "text2text-generation": "google/flan-t5-xxl",
    "text-to-image": "stabilityai/stable-diffusion-2",
    "text-to-speech": "espnet/kan-bayashi_ljspeech_vits",
    "text-to-audio": "espnet/kan-bayashi_ljspeech_vits",
    "token-classification": "dbmdz/bert-large-cased-finetuned-conll03-english",
    "translation": "t5-base",
    "visual-question-answering": "dandelin/vilt-b32-finetuned-vqa",
    "zero-shot-classification": "facebook/bart-large-mnli",
    "zero-shot-image-classification": "openai/clip-vit-large-patch14-336",
}


@dataclass(frozen=True)
class Tape:
    """One recorded call. ``request_body`` is None where the recording kept no body
    (binary uploads and JSON bodies carrying base64 images)."""

    key: str
    url: str
    method: str
    request_headers: Mapping[str, str]
    request_body: str | None
    status: int
    response_headers: Mapping[str, str]  # lower-case names
    response_body: str

    @cached_property
    def path(self) -> str:
        return unquote(urlsplit(self.url).path)

    @cached_property
    def query(self) -> str:
        return urlsplit(self.url).query

    @property
    def is_hub(self) -> bool:
        return self.path.startswith("/api/")

    @property
    def content_type(self) -> str:
        return self.response_headers.get("content-type", "")

    @cached_property
    def request_json(self) -> Any:
        """The recorded JSON body, or None (binary call or body not kept)."""
        if self.request_body is None:
            return None
        return json.loads(self.request_body)

    @property
    def is_stream_request(self) -> bool:
        body = self.request_json
        return isinstance(body, dict) and body.get("stream") is True

    @cached_property
    def model(self) -> str:
        path = self.path
        for prefix in ("/api/models/", "/models/"):
            if path.startswith(prefix):
                return path[len(prefix):]
        if path.startswith("/pipeline/"):
            return path.split("/", 3)[3]
        raise ValueError(f"no model in {self.url}")

    @cached_property
    def forced_task(self) -> str | None:
        """The task of a legacy ``/pipeline/<task>/<model>`` recording."""
        return self.path.split("/")[2] if self.path.startswith("/pipeline/") else None

    @property
    def serving_paths(self) -> tuple[str, ...]:
        """Paths the fake server answers with this tape: the recorded one, and the current
        route ``/models/<model>/pipeline/<task>`` for a legacy forced-task recording."""
        if self.forced_task is None:
            return (self.path,)
        return (self.path, f"/models/{self.model}/pipeline/{self.forced_task}")

    def response_json(self) -> Any:
        return json.loads(self.response_body)


def _parse(key: str, raw: Mapping[str, Any]) -> Tape:
    init, response = raw["init"], raw["response"]
    return Tape(
        key=key,
        url=raw["url"],
        method=init.get("method", "GET"),
        request_headers=dict(init.get("headers", {})),
        request_body=init.get("body"),
        status=int(response["status"]),
        response_headers={k.lower(): v for k, v in response["headers"].items()},
        response_body=response["body"],
    )


@cache
def load_tapes() -> tuple[Tape, ...]:
    with TAPES_FILE.open(encoding="utf-8") as file:
        raw = json.load(file)
    return tuple(_parse(key, value) for key, value in raw.items())


def tape(prefix: str) -> Tape:
    """The tape whose key starts with ``prefix`` (tests cite tapes by 8 hex digits)."""
    found = [t for t in load_tapes() if t.key.startswith(prefix)]
    if len(found) != 1:
        raise KeyError(f"{len(found)} tapes match {prefix!r}")
    return found[0]
