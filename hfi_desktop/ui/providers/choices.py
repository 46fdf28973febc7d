"""What the provider picker lists, as plain rows: the automatic policies, each provider that
serves the model for the page's task (status, price, speed), and the 2023 call. Building the
rows is pure (no Qt); ``picker.py`` shows them.

A choice is a string: a policy ("auto", "cheapest", "preferred"), a provider's name,
:data:`SEED` for the 2023 call (hf-inference at the base URL, no provider look-up), or a
source on this computer ("local": the engine; "local:<name>": a server).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from PySide6.QtCore import QCoreApplication

from hfi_desktop.inference import known_providers, tasks_of
from hfi_desktop.inference.urls import PROVIDERS_PAGE
from hfi_desktop.local.clients import ENGINE_ID, is_local
from hfi_desktop.local.sources import SourceKind
from hfi_desktop.ui.i18n_mark import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from hfi_desktop.inference import ChatProvider, ProviderMapping
    from hfi_desktop.local.sources import LocalSource

AUTO = "auto"
CHEAPEST = "cheapest"
PREFERRED = "preferred"
#: The choice of the 2023 call: provider None (hf-inference at the base URL, no look-up).
SEED = "2023-api"
#: The mapping's task name of chat models.
CHAT = "conversational"
HF_INFERENCE = "hf-inference"
SEED_TITLE = QT_TRANSLATE_NOOP("ProviderPicker", "hf-inference (2023 API)")
LOCAL_CAPTION = QT_TRANSLATE_NOOP("ProviderPicker", "On this computer")
ENGINE_TITLE = QT_TRANSLATE_NOOP("ProviderPicker", "Local engine")
_POLICY_ALIASES = {"fastest": AUTO}


class Kind(StrEnum):
    CAPTION = "caption"  # a section's title
    CHOICE = "choice"  # something to choose
    NOTE = "note"  # a line of status (looking up, failed, none)


class Lookup(StrEnum):
    """Where the look-up of the model's providers is."""

    NONE = "none"  # nothing to look up (no model, a URL)
    RUNNING = "running"
    DONE = "done"
    FAILED = "failed"


@dataclass(frozen=True)
class PickerRow:
    kind: Kind
    title: str
    choice: str = ""  # what choosing the row chooses ("" for captions and notes)
    detail: str = ""  # the muted second line: what it does, or price and speed
    status: str = ""  # a provider's status: live, staging, error ("" for the rest)
    enabled: bool = True
    tooltip: str = ""


def normalize(choice: str | None, task: str | None) -> str:
    """A stored or default choice as the picker has it: "fastest" is Auto; "cheapest" is a
    chat policy only (Auto elsewhere); None: Auto."""
    choice = _POLICY_ALIASES.get(choice or AUTO, choice or AUTO)
    if choice == CHEAPEST and task != CHAT:
        return AUTO
    return choice


def provider_of(choice: str) -> str | None:
    """What a call's ``provider=`` is for ``choice`` (None: the 2023 call)."""
    return None if choice == SEED else choice


def choice_of(provider: str | None) -> str:
    """The choice a call's ``provider`` was made with (history, a run shown again)."""
    return SEED if provider is None else normalize(provider, CHAT)


def title_of(choice: str, task: str | None) -> str:
    """How ``choice`` reads in the closed picker and in a run's details."""
    if choice == AUTO:
        return (QCoreApplication.translate("ProviderPicker", "Auto (fastest)") if task == CHAT
                else QCoreApplication.translate("ProviderPicker", "Auto"))
    if is_local(choice):
        if choice == ENGINE_ID:
            return QCoreApplication.translate("ProviderPicker", ENGINE_TITLE)
        return QCoreApplication.translate("ProviderPicker", "{name} (local)").format(
            name=choice.partition(":")[2])
    titles = {CHEAPEST: QT_TRANSLATE_NOOP("ProviderPicker", "Cheapest"),
              PREFERRED: QT_TRANSLATE_NOOP("ProviderPicker", "Preferred"), SEED: SEED_TITLE}
    return QCoreApplication.translate("ProviderPicker", titles[choice]) if choice in titles \
        else choice


def run_provider(provider: str | None, model: str, url: str = "") -> str:
    """A run's provider as its details say it: what was asked for and, for a policy, who
    answered (the route the call went to); "" for an endpoint or a server of the user's."""
    if model.startswith(("http://", "https://")):
        return ""
    route = urlsplit(url).path.strip("/").partition("/")[0] if url else ""
    if provider is None:
        return (QCoreApplication.translate("ProviderPicker", SEED_TITLE)
                if route == HF_INFERENCE else "")
    title = title_of(normalize(provider, CHAT), None)
    if provider in (AUTO, CHEAPEST, PREFERRED, "fastest") and route in known_providers():
        return f"{title}: {route}"
    return title


def can_call(provider: str, task: str) -> bool:
    """Whether this application can call ``provider`` for ``task`` (any provider for chat)."""
    return task == CHAT or task in tasks_of(provider)


def _policy_rows(task: str) -> list[PickerRow]:
    chat = task == CHAT
    auto = (QCoreApplication.translate(
                "ProviderPicker", "The fastest live provider (most tokens per second)")
            if chat else QCoreApplication.translate(
                "ProviderPicker", "The first live provider that serves the model, in your order"))
    return [
        PickerRow(Kind.CAPTION, QCoreApplication.translate("ProviderPicker", "Automatic")),
        PickerRow(Kind.CHOICE, title_of(AUTO, task), AUTO, auto, tooltip=QCoreApplication.translate(
            "ProviderPicker", "The application's default")),
        PickerRow(Kind.CHOICE, title_of(CHEAPEST, task), CHEAPEST,
                  QCoreApplication.translate("ProviderPicker", "The lowest price per output token")
                  if chat else QCoreApplication.translate("ProviderPicker", "For chat models only"),
                  enabled=chat),
        PickerRow(Kind.CHOICE, title_of(PREFERRED, task), PREFERRED,
                  QCoreApplication.translate(
                      "ProviderPicker", "Your order at hf.co/settings/inference-providers"),
                  tooltip=QCoreApplication.translate(
                      "ProviderPicker", "The first of your providers, in the order set at {page}"
                  ).format(page=PROVIDERS_PAGE)),
    ]


def build_rows(
    task: str,
    model: str,
    *,
    lookup: Lookup,
    entries: Sequence[ProviderMapping] = (),
    offers: Mapping[str, ChatProvider] | None = None,
    message: str = "",
    selected: str = AUTO,
    local: Sequence[PickerRow] = (),
) -> list[PickerRow]:
    """The picker's rows for ``model`` on a page of ``task`` (the mapping's task name).
    ``entries``: the model's provider mapping (once looked up); ``offers``: the router's
    catalogue entries of the model by provider (chat models); ``message``: why the look-up
    failed; ``selected``: the current choice, kept listed even where it does not apply;
    ``local``: the rows of the sources on this computer (:func:`local_row`)."""
    offers = offers or {}
    chat = task == CHAT
    rows = _policy_rows(task)
    rows.append(PickerRow(Kind.CAPTION,
                          QCoreApplication.translate("ProviderPicker", "Providers of this model")))
    serving = [e for e in entries if e.serves(task) and (chat or e.provider != HF_INFERENCE)]
    listed = {e.provider for e in serving} | {row.choice for row in local}
    if lookup is Lookup.RUNNING:
        rows.append(PickerRow(Kind.NOTE, QCoreApplication.translate(
            "ProviderPicker", "Looking up the providers of {model}…").format(model=model)))
    elif lookup is Lookup.FAILED:
        rows.append(PickerRow(Kind.NOTE, QCoreApplication.translate(
            "ProviderPicker", "Could not look up its providers"), tooltip=message, detail=message))
    elif lookup is Lookup.NONE:
        rows.append(PickerRow(Kind.NOTE, QCoreApplication.translate(
            "ProviderPicker", "Choose a model from the Hub to see its providers")))
    elif not serving:
        rows.append(PickerRow(Kind.NOTE, _none_serve(task, entries)))
    rows += [_provider_row(e, task, offers.get(e.provider)) for e in serving]
    if selected not in (AUTO, CHEAPEST, PREFERRED, SEED) and selected not in listed:
        if lookup is Lookup.DONE:
            note = QCoreApplication.translate(
                "ProviderPicker", "Does not serve this model for this task")
            tip = QCoreApplication.translate(
                "ProviderPicker", "{provider}: does not serve this model for this task")
        else:
            note = QCoreApplication.translate("ProviderPicker", "Chosen before")
            tip = QCoreApplication.translate("ProviderPicker", "{provider}: chosen before")
        rows.append(PickerRow(Kind.CHOICE, selected, selected, note,
                              tooltip=tip.format(provider=selected)))
    if local:
        rows.append(PickerRow(Kind.CAPTION,
                              QCoreApplication.translate("ProviderPicker", LOCAL_CAPTION)))
        rows += local
    if not chat:
        rows.append(PickerRow(Kind.CAPTION, QCoreApplication.translate(
            "ProviderPicker", "Without Inference Providers")))
        rows.append(_seed_row(entries, task, lookup))
    return rows


def local_row(source: LocalSource, task: str, detail: str) -> PickerRow:
    """A source on this computer as a choice: the engine and HF-style servers serve every
    task; OpenAI-compatible servers, chat only."""
    chat_only = source.kind is SourceKind.OPENAI and task != CHAT
    status = "" if source.healthy else "error"
    if source.kind is SourceKind.ENGINE and source.base_url:
        status = "live"
    if chat_only:
        detail = QCoreApplication.translate(
            "ProviderPicker", "Chat only (an OpenAI-compatible server)")
    tip = f"{source.title}: {detail}" if detail else source.title
    return PickerRow(Kind.CHOICE, source.title, source.id, detail, status,
                     enabled=not chat_only, tooltip=tip)


def _none_serve(task: str, entries: Sequence[ProviderMapping]) -> str:
    if any(e.provider == HF_INFERENCE and e.serves(task) for e in entries):
        return QCoreApplication.translate(
            "ProviderPicker", "Only hf-inference serves it for {task}: its 2023 call, below"
        ).format(task=task)
    others = sorted({e.task for e in entries if not e.serves(task)})
    if others:
        return QCoreApplication.translate(
            "ProviderPicker", "No provider serves it for {task} (only for {others})").format(
                task=task, others=", ".join(others))
    return QCoreApplication.translate(
        "ProviderPicker", "No provider serves it for {task}").format(task=task)


def _provider_row(entry: ProviderMapping, task: str, offer: ChatProvider | None) -> PickerRow:
    callable_here = can_call(entry.provider, task)
    status = entry.status  # the router's health check may know worse
    if status == "live" and offer is not None and offer.status != "live":
        status = offer.status
    word = _STATUS_WORDS.get(status)
    parts = [] if status == "live" else [
        QCoreApplication.translate("ProviderPicker", word) if word else status]
    if offer is not None:
        parts.append(offer_text(offer))
    if not callable_here:
        parts = [QCoreApplication.translate(
            "ProviderPicker", "This application cannot call {provider} for {task} yet").format(
                provider=entry.provider, task=task)]
    detail = " · ".join(p for p in parts if p)
    tip = f"{entry.provider}: {status}" + (f"\n{detail}" if detail else "")
    return PickerRow(Kind.CHOICE, entry.provider, entry.provider, detail, status,
                     enabled=callable_here, tooltip=tip)


_STATUS_WORDS = {
    "staging": QT_TRANSLATE_NOOP("ProviderPicker", "Staging: for tests only"),
    "error": QT_TRANSLATE_NOOP("ProviderPicker", "Error: its last health check failed"),
}


def _seed_row(entries: Sequence[ProviderMapping], task: str, lookup: Lookup) -> PickerRow:
    own = next((e for e in entries if e.provider == HF_INFERENCE and e.serves(task)), None)
    if own is not None:
        detail = QCoreApplication.translate(
            "ProviderPicker", "The 2023 call, to hf-inference on the router (it serves this model)")
    elif lookup is Lookup.DONE:
        detail = QCoreApplication.translate(
            "ProviderPicker", "The 2023 call, to hf-inference: it does not serve this model (404)")
    else:
        detail = QCoreApplication.translate(
            "ProviderPicker", "The 2023 call, to hf-inference on the router: no provider look-up")
    return PickerRow(Kind.CHOICE, title_of(SEED, None), SEED, detail, own.status if own else "",
                     tooltip=QCoreApplication.translate(
                         "ProviderPicker",
                         "Call the model the 2023 way (the seed application's call)"))


def offer_text(offer: ChatProvider) -> str:
    """Price, context length and speed, as far as the router says them."""
    parts = []
    if offer.input_price is not None or offer.output_price is not None:
        parts.append(QCoreApplication.translate(
            "ProviderPicker", "{input} in · {output} out /1M").format(
                input=_price(offer.input_price), output=_price(offer.output_price)))
    if offer.context_length:
        parts.append(QCoreApplication.translate("ProviderPicker", "{tokens} context").format(
            tokens=_tokens(offer.context_length)))
    if offer.first_token_latency_ms is not None:
        parts.append(QCoreApplication.translate("ProviderPicker", "{seconds} s first token").format(
            seconds=f"{offer.first_token_latency_ms / 1000:.2f}"))
    if offer.throughput is not None:
        parts.append(QCoreApplication.translate("ProviderPicker", "{rate} tok/s").format(
            rate=f"{offer.throughput:.0f}"))
    return " · ".join(parts)


def _price(value: float | None) -> str:
    if value is None:
        return "?"
    return QCoreApplication.translate("ProviderPicker", "free") if value == 0 else f"${value:.2f}"


def _tokens(count: int) -> str:
    if count >= 1_000_000:
        return f"{count / 1_000_000:.1f}".removesuffix(".0") + "M"
    return f"{count / 1000:.0f}k" if count >= 1000 else str(count)
