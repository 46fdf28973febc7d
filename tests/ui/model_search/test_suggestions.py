"""What the popup lists: endpoints with trust marks, recent, default, Hub hits with counts."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from hfi_desktop.hub import ModelHit
from hfi_desktop.storage.settings import NamedEndpoint
from hfi_desktop.ui.model_search import (
    NOT_TRUSTED,
    TRUSTED,
    TRUSTED_PLAIN,
    HubState,
    Section,
    Suggestion,
    SuggestionModel,
    build_suggestions,
    trust_mark,
)
from hfi_desktop.ui.model_search.suggestions import Role

ENDPOINTS = [NamedEndpoint("my-tgi", "https://tgi.example/generate", trusted=True),
             NamedEndpoint("lab box", "http://10.0.0.7:8080", trusted=False)]
HITS = [ModelHit("gpt2", 12_345_678, 2_100), ModelHit("acme/gpt2-tiny", 1_234, 5),
        ModelHit("me/gpt2-finetuned", 10, 0)]


def _sections(rows: list[Suggestion]) -> list[tuple[str, str]]:
    return [(row.section.value, row.value) for row in rows]


def test_everything_for_an_empty_query() -> None:
    rows = build_suggestions("", endpoints=ENDPOINTS, recent=["me/gpt2-finetuned", "bert"],
                             default_model="gpt2", hits=HITS, hub_state=HubState.DONE)
    assert _sections(rows) == [
        ("Endpoints", "https://tgi.example/generate"), ("Endpoints", "http://10.0.0.7:8080"),
        ("Recent", "me/gpt2-finetuned"), ("Recent", "bert"), ("Default model", "gpt2"),
        ("On the Hub", "acme/gpt2-tiny"),  # the others are listed above already
    ]
    tgi, lab = rows[0], rows[1]
    assert (tgi.title, tgi.detail, tgi.badge) == ("my-tgi", "https://tgi.example/generate",
                                                  trust_mark(True))
    assert trust_mark(True) in (TRUSTED, TRUSTED_PLAIN) and trust_mark(False) == NOT_TRUSTED
    assert lab.badge == NOT_TRUSTED and "not sent" in lab.tooltip
    assert rows[-1].detail == "1.2k \u2193  \u2665 5"


def test_typing_filters_local_entries() -> None:
    rows = build_suggestions("TGI", endpoints=ENDPOINTS, recent=["bert"], default_model="gpt2")
    assert _sections(rows) == [("Endpoints", "https://tgi.example/generate")]


def test_counts_as_the_hub_writes_them() -> None:
    (row,) = build_suggestions("gpt", hits=[HITS[0]], hub_state=HubState.DONE)
    assert row.detail == "12.3M \u2193  \u2665 2.1k"
    assert "12,345,678 downloads" in row.tooltip


def test_status_rows() -> None:
    searching = build_suggestions("gp", hub_state=HubState.SEARCHING)
    assert [(r.title, r.enabled) for r in searching] == [("Searching the Hub…", False)]
    none = build_suggestions("zzz", hub_state=HubState.DONE)
    assert none[-1].title == "No model on the Hub matches “zzz”"


def test_offline_falls_back_to_every_local_entry() -> None:
    rows = build_suggestions("zzz", endpoints=ENDPOINTS[:1], recent=["bert"],
                             default_model="gpt2", hub_state=HubState.OFFLINE,
                             hub_message="cannot reach 127.0.0.1:9 (offline?)")
    assert _sections(rows) == [("Endpoints", "https://tgi.example/generate"),
                               ("Recent", "bert"), ("Default model", "gpt2"), ("On the Hub", "")]
    assert rows[-1].title == "Hub unreachable: recent and default models only"
    assert not rows[-1].enabled


def test_model(qtmodeltester: object, qtbot: QtBot) -> None:
    model = SuggestionModel()
    rows = build_suggestions("", endpoints=ENDPOINTS, recent=["bert"], default_model="gpt2",
                             hits=HITS, hub_state=HubState.DONE)
    model.set_rows(rows)
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    captions = [model.index(i).data(Role.CAPTION) for i in range(model.rowCount())]
    assert captions == ["Endpoints", "", "Recent", "Default model", "On the Hub", ""]
    assert model.index(0).data(Role.VALUE) == "https://tgi.example/generate"
    assert model.index(0).data() == "my-tgi"
    status = SuggestionModel()
    status.set_rows(build_suggestions("x", hub_state=HubState.SEARCHING))
    assert not status.flags(status.index(0))
    assert Section.HUB.value == status.index(0).data(Role.SECTION)
