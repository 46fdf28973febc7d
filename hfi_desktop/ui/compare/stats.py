"""A column's stats line: its run's latency (to the first byte or token, and in total),
tokens per second for streamed text, the token usage the answer reports and, where the
router lists the answering provider's prices, what that cost ("≈", with where the prices
come from in the tooltip). The fastest and the cheapest column are marked.

The figures are ``present.run_stats.RunStats``; here they are looked up (prices, in a
worker) and shown.
"""

from __future__ import annotations

import html
import logging
import math
import time
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QLabel, QWidget

from hfi_desktop.hub import is_url
from hfi_desktop.inference import InferenceError, known_providers
from hfi_desktop.present.run_stats import Price, RunStats
from hfi_desktop.ui.providers.choices import AUTO, CHEAPEST, PREFERRED
from hfi_desktop.ui.viewers.theme import tint

if TYPE_CHECKING:
    from hfi_desktop.inference import HfInference
    from hfi_desktop.ui.services import Services

log = logging.getLogger(__name__)

FASTEST = str(QT_TRANSLATE_NOOP("StatsLine", "Fastest"))  # translated where shown
CHEAPEST_BADGE = str(QT_TRANSLATE_NOOP("StatsLine", "Cheapest"))
_POLICIES = frozenset({AUTO, CHEAPEST, PREFERRED, "fastest"})
_BADGE_COLOUR = "#2e9e5b"
_NBSP = "\N{NO-BREAK SPACE}"  # a character, not "&nbsp;": the text reads the same as plain


def answered_by(provider: object, model: str, url: str) -> str:
    """The provider that answered a call made with ``provider=``: the one asked for, or for a
    policy (or the 2023 call) the route the answer came from; "" when unknown (an endpoint,
    the auto chat router)."""
    if is_url(model):
        return ""
    if isinstance(provider, str) and provider not in _POLICIES:
        return provider
    route = urlsplit(url).path.strip("/").partition("/")[0] if url else ""
    return route if route in known_providers() else ""


async def price_of(services: Services, model: str, provider: str) -> Price | None:
    """``provider``'s prices of ``model`` from the router's ``/v1/models`` (the client keeps
    it ten minutes); None when it lists neither price, or cannot be read."""
    client = services.client()
    return await services.bridge.run(lambda: listed_price(client, model, provider))


def listed_price(client: HfInference, model: str, provider: str) -> Price | None:
    """:func:`price_of`, blocking (in a worker)."""
    try:
        catalogue = client.chat_models()
    except InferenceError as error:
        log.info("no prices for %s on %s: %s", model, provider, error)
        return None
    listed = next((listed for listed in catalogue if listed.id == model), None)
    offer = listed.provider(provider) if listed is not None else None
    if offer is None or (offer.input_price is None and offer.output_price is None):
        return None
    return Price(provider, offer.input_price, offer.output_price,
                 f"{client.router_url.rstrip('/')}/v1/models", time.time())


def money(usd: float) -> str:
    """Two significant digits, in decimals: $0.00019, $0.042, $1.30."""
    if usd == 0:
        return "$0"
    decimals = max(2, -math.floor(math.log10(usd)) + 1)
    return f"${usd:.{decimals}f}"


def parts(stats: RunStats, *, streaming: bool) -> list[str]:
    """The figures, each a short phrase, in the order they show."""
    shown: list[str] = []
    rate = stats.tokens_per_s if streaming else None
    if streaming and stats.first_token_s is not None:
        shown.append(QCoreApplication.translate("StatsLine", "first token {s} s").format(
                s=f"{stats.first_token_s:.2f}"))
        if rate is not None:
            shown.append(QCoreApplication.translate("StatsLine", "then {rate} tok/s").format(
                    rate=f"{rate:.1f}"))
    elif not streaming and stats.first_byte_s is not None:
        shown.append(QCoreApplication.translate("StatsLine", "first byte {s} s").format(
                s=f"{stats.first_byte_s:.2f}"))
    if rate is not None and stats.first_token_s is None:
        shown.append(QCoreApplication.translate("StatsLine", "{rate} tok/s").format(
                rate=f"{rate:.1f}"))
    if stats.total_s is not None:
        shown.append(QCoreApplication.translate("StatsLine", "total {s} s").format(
                s=f"{stats.total_s:.2f}"))
    usage = stats.usage
    if usage is not None and usage.prompt_tokens is not None \
            and usage.completion_tokens is not None:
        shown.append(QCoreApplication.translate("StatsLine",
                                                "{prompt} in + {completion} out tokens").format(
            prompt=f"{usage.prompt_tokens:,}", completion=f"{usage.completion_tokens:,}"))
    elif usage is not None and usage.total is not None:
        shown.append(_tokens(usage.total))
    elif streaming and stats.tokens:
        shown.append(_tokens(stats.tokens))
    cost = stats.cost_usd
    if cost is not None:
        shown.append(f"≈ {money(cost)}")
    return shown


def _tokens(count: int) -> str:
    return (QCoreApplication.translate("StatsLine", "{count} token") if count == 1 else
            QCoreApplication.translate("StatsLine", "{count} tokens")).format(count=f"{count:,}")


def tooltip(stats: RunStats, *, streaming: bool, model: str) -> str:
    """What each figure is, and where the prices come from."""
    lines = []
    if streaming and stats.first_token_s is not None:
        lines.append(QCoreApplication.translate(
            "StatsLine", "First token: {s} s after the request was sent").format(
            s=f"{stats.first_token_s:.2f}"))
    elif not streaming and stats.first_byte_s is not None:
        lines.append(QCoreApplication.translate(
            "StatsLine", "First byte: the answer began to arrive {s} s after the call's first "
            "request").format(s=f"{stats.first_byte_s:.2f}"))
    if stats.total_s is not None:
        lines.append(QCoreApplication.translate("StatsLine", "Total: {s} s").format(
                s=f"{stats.total_s:.2f}"))
    if streaming and stats.tokens_per_s is not None:
        rate = (
            QCoreApplication.translate(
                "StatsLine", "{rate} tokens per second after the first token ({tokens} streamed)")
            if stats.first_token_s is not None else
            QCoreApplication.translate("StatsLine", "{rate} tokens per second ({tokens} streamed)"))
        lines.append(rate.format(rate=f"{stats.tokens_per_s:.1f}",
                                 tokens=_tokens(stats.tokens)))
    usage = stats.usage
    if usage is not None:
        counts = [f"{name} {value:,}" for name, value in (
            (QCoreApplication.translate("StatsLine", "prompt"), usage.prompt_tokens),
            (QCoreApplication.translate("StatsLine", "completion"), usage.completion_tokens),
            (QCoreApplication.translate("StatsLine", "total"), usage.total)) if value is not None]
        lines.append(QCoreApplication.translate(
            "StatsLine", "Tokens as the answer reports them: {counts}").format(
            counts=", ".join(counts)))
    if stats.provider:
        lines.append(QCoreApplication.translate("StatsLine", "Answered by {provider}").format(
                provider=stats.provider))
    lines.append(_cost_line(stats, model))
    return "\n".join(line for line in lines if line)


def _cost_line(stats: RunStats, model: str) -> str:
    price, cost, usage = stats.price, stats.cost_usd, stats.usage
    if cost is not None and price is not None and usage is not None:
        read = time.strftime("%Y-%m-%d %H:%M", time.localtime(price.read_at))
        return QCoreApplication.translate(
            "StatsLine", "Cost ≈ {cost}: {prompt} prompt tokens at ${input} and {completion} "
            "completion tokens at ${output} per million, {provider}'s prices for {model} in "
            "the router's list of models ({source}, read {read}). What is billed may differ."
        ).format(cost=money(cost), prompt=f"{usage.prompt_tokens:,}",
                 input=f"{price.input_per_m:g}", completion=f"{usage.completion_tokens:,}",
                 output=f"{price.output_per_m:g}", provider=price.provider, model=model,
                 source=price.source, read=read)
    if usage is None:
        return ""
    if not stats.provider:
        return QCoreApplication.translate("StatsLine",
                                          "No cost: which provider answered is not known")
    return QCoreApplication.translate(
        "StatsLine", "No cost: the router lists no prices of {model} on {provider}").format(
        model=model, provider=stats.provider)


class StatsLine(QLabel):
    """The compact line under a column's header; hidden until there is something to say.
    ``badges``: "Fastest", "Cheapest" when the comparison says so."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("runStats")
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setAccessibleDescription(QCoreApplication.translate("StatsLine", "Run figures"))
        self.hide()
        self.stats: RunStats | None = None
        self.badges: tuple[str, ...] = ()
        self._shown: list[str] = []

    def show_stats(self, stats: RunStats | None, *, streaming: bool, model: str) -> None:
        self.stats = stats
        self._shown = parts(stats, streaming=streaming) if stats is not None else []
        self.setToolTip(tooltip(stats, streaming=streaming, model=model)
                        if stats is not None else "")
        self._render()
        self.setVisible(bool(self._shown))

    def set_badges(self, badges: tuple[str, ...]) -> None:
        if badges != self.badges:
            self.badges = badges
            self._render()

    def plain_text(self) -> str:
        """The line as it reads (badges first), without markup."""
        return " ".join([*self._badges(), " · ".join(self._shown)]).strip()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._render()  # the badges' colours follow the theme

    def _badges(self) -> tuple[str, ...]:
        """The badges as shown (in the user's language)."""
        if not self._shown:
            return ()
        return tuple(QCoreApplication.translate("StatsLine", badge) for badge in self.badges)

    def _render(self) -> None:
        palette = self.palette()
        background = tint(_BADGE_COLOUR, palette, 0.3).name()
        text = palette.color(QPalette.ColorRole.WindowText).name()
        badges = "".join(
            f"<span style='background:{background}; color:{text}'>{_NBSP}<b>{html.escape(b)}"
            f"</b>{_NBSP}</span>{_NBSP} " for b in self._badges())
        # Each figure stays whole when the line wraps ("≈ $0.0004" never split), and the
        # dot stays with the figure before it.
        self.setText(badges + f"{_NBSP}· ".join(html.escape(p).replace(" ", _NBSP)
                                                for p in self._shown))
        self.setAccessibleName(self.plain_text())
