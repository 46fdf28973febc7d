"""Models served on this computer: the local engine and the local servers people run."""
from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class SourceKind(StrEnum):
    ENGINE = "engine"  # hfi_desktop.engine, started by the app (hf-inference routes + chat)
    OPENAI = "openai"  # OpenAI-compatible: Ollama, llama.cpp, LM Studio, vLLM, transformers serve
    HF = "hf"  # HF-style: TGI, TEI (hf-inference routes)


@dataclass(frozen=True)
class LocalSource:
    id: str  # "local" for the engine; "local:<name>" for a server profile
    title: str  # shown in the provider picker, e.g. "Ollama (127.0.0.1:11434)"
    kind: SourceKind
    base_url: str  # e.g. "http://127.0.0.1:11434"
    token: str = ""  # sent only to base_url (the engine's per-start token)
    models: tuple[str, ...] = ()  # the models it serves, when listed ("()" = unknown)
    healthy: bool = True
