"""Server profiles: their checks, names made free, and how they are put into the picker's
list of sources (and taken out)."""

from __future__ import annotations

import pytest

from hfi_desktop.local.profiles import ServerProfile, free_name, publish
from hfi_desktop.local.sources import LocalSource, SourceKind

OLLAMA = ServerProfile("ollama", SourceKind.OPENAI, "http://127.0.0.1:11434/")


class Sink:
    """The picker's list of sources, as LocalSourcesService keeps it."""

    def __init__(self, *sources: LocalSource) -> None:
        self.by_id = {s.id: s for s in sources}
        self.puts: list[LocalSource] = []

    def put(self, source: LocalSource) -> None:
        self.puts.append(source)
        self.by_id[source.id] = source

    def remove(self, source_id: str) -> None:
        del self.by_id[source_id]

    def sources(self) -> list[LocalSource]:
        return list(self.by_id.values())


def test_a_profile_is_a_local_source() -> None:
    assert OLLAMA.source() == LocalSource(
        id="local:ollama", title="ollama (127.0.0.1:11434)", kind=SourceKind.OPENAI,
        base_url="http://127.0.0.1:11434")


def test_a_v1_url_is_taken_as_the_server_root() -> None:
    profile = ServerProfile("lms", SourceKind.OPENAI, "http://127.0.0.1:1234/v1/")
    assert profile.source().base_url == "http://127.0.0.1:1234"


@pytest.mark.parametrize(("profile", "problem"), [
    (ServerProfile("My server", SourceKind.OPENAI, "http://127.0.0.1:1"), "lower-case"),
    (ServerProfile("", SourceKind.OPENAI, "http://127.0.0.1:1"), "lower-case"),
    (ServerProfile("x", SourceKind.OPENAI, "ftp://127.0.0.1"), "x: expected a URL"),
    (ServerProfile("x", SourceKind.OPENAI, "http://127.0.0.1:1/?a=b"), "a query"),
    (ServerProfile("x", SourceKind.ENGINE, "http://127.0.0.1:1"), "unknown kind"),
])
def test_bad_profiles_say_what_is_wrong(profile: ServerProfile, problem: str) -> None:
    assert problem in (profile.problem() or "")


def test_free_names() -> None:
    assert free_name("Ollama", ()) == "ollama"
    assert free_name("Ollama", ("ollama", "ollama-2")) == "ollama-3"
    assert free_name("vLLM / transformers serve", ()) == "vllm-transformers-serve"
    assert free_name("!!!", ()) == "server"


def test_publish_puts_new_profiles_and_removes_old_ones_leaving_the_engine() -> None:
    engine = LocalSource("local", "Local", SourceKind.ENGINE, "http://127.0.0.1:5000")
    gone = ServerProfile("gone", SourceKind.HF, "http://127.0.0.1:8080").source()
    sink = Sink(engine, gone)
    publish([OLLAMA], sink)
    assert sorted(sink.by_id) == ["local", "local:ollama"]


def test_publish_keeps_the_models_already_known_for_the_same_server() -> None:
    known = OLLAMA.source(models=("llama3.2:1b",), healthy=False)
    sink = Sink(known)
    publish([OLLAMA], sink)
    assert sink.puts == []  # nothing new
    moved = ServerProfile("ollama", SourceKind.OPENAI, "http://127.0.0.1:11435")
    publish([moved], sink)
    assert sink.by_id["local:ollama"] == moved.source()  # another server: models unknown
