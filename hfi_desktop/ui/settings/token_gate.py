"""Before a run to a server that is neither Hugging Face's nor trusted, with a token set: ask.

"Send your access token to https://example.com:8443?" — *Yes for this server* (this origin:
scheme, host and port; remembered in the settings), *No (send without token)* (for this
session), *Cancel* (nothing is sent). One question per origin at a time: runs that start
while it is open (a comparison's columns) wait for the same answer. The question is a
non-blocking ``QMessageBox.open()``. Plain http to another machine is never asked about:
the token does not go there.

The client enforces the decision on every request (``HfInference(token_policy=...)``);
this only asks first.
"""

from __future__ import annotations

import asyncio
import html
from enum import Enum
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QMessageBox, QWidget

from hfi_desktop.credentials.trust import Decision, TokenTrust, normalize_origin
from hfi_desktop.ui.i18n import translate

if TYPE_CHECKING:
    from collections.abc import Callable

    from hfi_desktop.inference import HfInference
    from hfi_desktop.runs import Run

QUESTION_OBJECT_NAME = "tokenHostQuestion"


class Answer(Enum):
    YES = "yes"
    NO = "no"
    CANCEL = "cancel"


def target_url(client: HfInference, model: str) -> str:
    """Where a call for ``model`` goes: the model itself when it is a URL, else the base."""
    model = model.strip()
    if model.lower().startswith(("http://", "https://")):
        return model
    return f"{client.base_url}/models/{model}"


class TokenGate:
    """``Services.before_run``: True to send the run, False when the user cancelled."""

    def __init__(self, trust: TokenTrust, client: Callable[[], HfInference]) -> None:
        self._trust = trust
        self._client = client
        self._asking: dict[str, asyncio.Future[Answer]] = {}
        self.box: QMessageBox | None = None  # the question on screen (tests answer it)

    async def __call__(self, run: Run, parent: QWidget, asking: Callable[[], None]) -> bool:
        client = self._client()
        if not client.has_token:
            return True
        url = target_url(client, run.model)
        if self._trust.decision(url) is not Decision.ASK:
            return True
        origin = normalize_origin(url)
        if origin is None:
            return True  # the client will refuse the URL itself
        pending = self._asking.get(origin)
        if pending is None:
            pending = asyncio.get_running_loop().create_future()
            self._asking[origin] = pending
            self._ask(origin, parent.window(), pending)
        asking()
        answer = await asyncio.shield(pending)
        if answer is Answer.YES:
            self._trust.allow(origin)
        elif answer is Answer.NO:
            self._trust.withhold(origin)
        return answer is not Answer.CANCEL

    def _ask(self, origin: str, parent: QWidget, future: asyncio.Future[Answer]) -> None:
        box = QMessageBox(parent)
        box.setObjectName(QUESTION_OBJECT_NAME)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(translate("TokenGate", "Send your access token?"))
        box.setText(translate("TokenGate", "Send your access token to <b>{origin}</b>?").format(
            origin=html.escape(origin)))
        plain = (" " + translate("TokenGate", "It is plain http: only this machine can read it "
                                 "on the way.") if origin.startswith("http://") else "")
        box.setInformativeText(translate(
            "TokenGate", "{origin} is not a Hugging Face server. Whoever runs it could use your "
            "token as you. Send it only to servers you trust; other ports or schemes of the same "
            "host are asked about separately.").format(origin=origin) + plain)
        yes = box.addButton(translate("TokenGate", "Yes for this server"),
                            QMessageBox.ButtonRole.YesRole)
        no = box.addButton(translate("TokenGate", "No (send without token)"),
                           QMessageBox.ButtonRole.NoRole)
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(cancel)
        box.setEscapeButton(cancel)

        def finished(_result: int) -> None:
            clicked = box.clickedButton()
            answer = (Answer.YES if clicked == yes else Answer.NO if clicked == no
                      else Answer.CANCEL)
            self._asking.pop(origin, None)
            self.box = None
            box.deleteLater()
            if not future.done():
                future.set_result(answer)

        box.finished.connect(finished)
        self.box = box
        box.open()
