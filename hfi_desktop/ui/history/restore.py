"""Showing a past run on its task page: the form as it was, and the result as it came.

``TaskPage.show_record(record)`` calls :func:`restore_record`, which sees the page as a
``PageApi`` (ui/page_api.py): the form goes back through ``set_form``, the rebuilt run
through ``show_past_run``. Input files come back from the content store (read in a worker
through the bridge) and go through the input's own loader, as a dropped file would; the
stored result is prepared in a worker (``prepare_outcome``) and shown in the page's viewer.
A stream that did not finish shows its text under the partial banner. Files
that were not kept leave their input empty with a message.
"""

from __future__ import annotations

import asyncio
import logging
import time
from datetime import datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from hfi_desktop.catalog import CallRequest, FormError, TaskSpec, build_request
from hfi_desktop.catalog.model import FileValue, OutputKind
from hfi_desktop.inference import Blob, Options
from hfi_desktop.present import Prepared, PresentError, ResultContext
from hfi_desktop.present.error_messages import error_text
from hfi_desktop.runs import Run, RunState
from hfi_desktop.storage.records import FileRef, RunRecord, files_in, map_files
from hfi_desktop.ui.i18n import kept_error_title
from hfi_desktop.ui.page_api import PageApi, PageForm
from hfi_desktop.ui.providers.choices import run_provider
from hfi_desktop.ui.run_controller import make_run
from hfi_desktop.ui.run_driver import prepare_outcome

if TYPE_CHECKING:
    from hfi_desktop.storage.history.content_store import ContentStore
    from hfi_desktop.ui.services import Services

log = logging.getLogger(__name__)

LOAD_TIMEOUT_S = 30.0
INTERRUPTED_MESSAGE = str(QT_TRANSLATE_NOOP("RestoreRecord",
                                              "The application stopped before this run finished."))
_STATE_WORDS = {  # translated where shown
    RunState.DONE: str(QT_TRANSLATE_NOOP("RestoreRecord", "Done")),
    RunState.ERROR: str(QT_TRANSLATE_NOOP("RestoreRecord", "Failed")),
    RunState.CANCELLED: str(QT_TRANSLATE_NOOP("RestoreRecord", "Cancelled")),
    RunState.INTERRUPTED: str(QT_TRANSLATE_NOOP("RestoreRecord", "Interrupted")),
    RunState.RUNNING: str(QT_TRANSLATE_NOOP("RestoreRecord", "Running")),
}


class _MissingFileError(LookupError):
    pass


async def restore_record(page: PageApi, services: Services, record: RunRecord, *,
                         run: bool = False) -> bool:
    """Restore ``record`` on ``page`` and show its result; with ``run``, then run it again
    (once the input files are loaded). False when the page is busy running."""
    if page.is_running():
        page.show_status(QCoreApplication.translate("RestoreRecord",
                                                    "Busy: cancel the current run first"))
        return False
    if record.task_id != page.spec.id:
        raise ValueError(f"a {record.task_id} run can't be shown on the {page.spec.id} page")
    files = services.history.files if services.history is not None else None
    datas = await services.bridge.run(lambda: _read_files(files, record))
    _restore_form(page, record, datas)
    if run:
        await _wait_for_loads(page)
        page.run()
        return True
    await _show_outcome(page, services, record, datas)
    return True


# -- the form ---------------------------------------------------------------------------------

def _read_files(files: ContentStore | None, record: RunRecord) -> dict[str, bytes | None]:
    """The bytes of each stored file of the record (by sha256; None when not kept)."""
    datas: dict[str, bytes | None] = {}
    for ref in files_in([record.form, record.result]):
        if ref.sha256 not in datas:
            datas[ref.sha256] = files.get(ref) if files is not None else None
    return datas


def _file_values(value: Any, datas: dict[str, bytes | None]) -> Any:
    """A stored form value as the form takes it: files as FileValues (None: not kept)."""
    def file(saved: dict[str, Any]) -> FileValue | None:
        ref = FileRef.from_json(saved)
        data = datas.get(ref.sha256)
        return None if data is None else FileValue(ref.name, data, ref.mime)
    return map_files(value, file)


def _restore_form(page: PageApi, record: RunRecord, datas: dict[str, bytes | None]) -> None:
    values: dict[str, Any] = {}
    errors: dict[str, str] = {}
    for key, value in record.form.items():
        restored = _file_values(value, datas)
        if FileRef.is_ref(value) and restored is None:
            ref = FileRef.from_json(value)
            why = f" ({ref.lost})" if ref.lost else ""
            errors[key] = QCoreApplication.translate(
                "RestoreRecord", "{name} was not kept in the history{why}: choose the "
                "file again to run this again.").format(name=ref.name, why=why)
        else:
            values[key] = restored
    page.set_form(record.model, values, record.parameters, record.options, errors=errors)


async def _wait_for_loads(page: PageApi) -> None:
    """Until no input is loading a file (restored files load through the inputs' loaders)."""
    deadline = time.monotonic() + LOAD_TIMEOUT_S
    while page.is_loading():
        if time.monotonic() > deadline:
            break
        await asyncio.sleep(0.01)


# -- the outcome ------------------------------------------------------------------------------

async def _show_outcome(page: PageApi, services: Services, record: RunRecord,
                        datas: dict[str, bytes | None]) -> None:
    panel = page.result_panel
    spec = page.spec
    prepared: Prepared | None = None
    result = None
    if (spec.streaming or record.text) and (record.text or record.error is None):
        prepared = await _show_stream(page, services, record)
    elif record.error is not None:  # a stream that failed before any text: no stream shown
        panel.show_error(kept_error_title(record.error.get("title", "")),
                         record.error.get("message", ""))
    elif record.result is None:
        interrupted = record.state is not RunState.DONE
        panel.show_error(QCoreApplication.translate("RestoreRecord", "Interrupted") if interrupted
                         else QCoreApplication.translate("RestoreRecord", "No result"),
                         QCoreApplication.translate("RestoreRecord", INTERRUPTED_MESSAGE)
                         if interrupted else "")
    else:
        try:
            result = _with_blobs(record.result, datas)
        except _MissingFileError as missing:
            ref = missing.args[0]
            why = ref.lost or QCoreApplication.translate("RestoreRecord",
                                                         "it was over the size cap")
            panel.show_error(QCoreApplication.translate("RestoreRecord", "The result was not kept"),
                             QCoreApplication.translate(
                                 "RestoreRecord", "{name} could not be kept in the history: {why}.")
                             .format(name=ref.name, why=why))
        else:
            values = _form_values(record, datas)
            try:
                prepared = await prepare_outcome(
                    services.bridge, spec.output, result,
                    lambda: _context(spec, values, record), raw_fallback=True)
            except Exception as error:  # shown in the page, as a live run's would be
                panel.show_error(*error_text(error))
            else:
                panel.show_result(prepared)
    asked = record.options.get("provider")
    panel.details.set_details(status=record.http_status, elapsed_s=record.elapsed_s,
                              size_bytes=record.response_bytes, model=record.model,
                              provider=run_provider(asked, record.model) if isinstance(
                                  asked, str) else "")
    when = datetime.fromtimestamp(record.started_at).strftime("%Y-%m-%d %H:%M:%S")
    state = QCoreApplication.translate("RestoreRecord", _STATE_WORDS[record.state])
    status = (QCoreApplication.translate("RestoreRecord",
                                         "From the history · {state} (partial) · {when}")
              if record.partial else
              QCoreApplication.translate("RestoreRecord", "From the history · {state} · {when}"))
    page.show_status(status.format(state=state, when=when))
    page.show_past_run(_run_of(page.spec, record, _form_values(record, datas), result,
                               prepared))


async def _show_stream(page: PageApi, services: Services, record: RunRecord
                       ) -> Prepared | None:
    panel = page.result_panel
    if record.state is RunState.DONE and isinstance(record.result, list):
        try:
            prepared = await prepare_outcome(services.bridge, OutputKind.TEXT_STREAM,
                                             record.result)
        except PresentError:
            pass
        else:
            panel.show_result(prepared)
            return prepared
    panel.begin_stream()
    panel.append_text(record.text, record.tokens or 0)
    if record.state is RunState.DONE:
        panel.end_stream("done")
    elif record.state is RunState.CANCELLED:
        panel.end_stream("cancelled")
    elif record.state is RunState.ERROR and record.error is not None:
        title = kept_error_title(record.error.get("title", ""))
        panel.end_stream("error", title)
        panel.show_error(title, record.error.get("message", ""), keep_result=True)
    else:  # INTERRUPTED (or still RUNNING in another window)
        panel.end_stream("error",
                         QCoreApplication.translate("RestoreRecord",
                                                    "the application stopped before the end"))
    return None


def _with_blobs(value: Any, datas: dict[str, bytes | None]) -> Any:
    """The stored result with its files as Blobs again, as the client returned it."""
    def blob(saved: dict[str, Any]) -> Blob:
        ref = FileRef.from_json(saved)
        data = datas.get(ref.sha256)
        if data is None:
            raise _MissingFileError(ref)
        return Blob(data, ref.mime)
    return map_files(value, blob)


def _form_values(record: RunRecord, datas: dict[str, bytes | None]) -> dict[str, Any]:
    return {key: _file_values(value, datas) for key, value in record.form.items()}


def _request(spec: TaskSpec, values: dict[str, Any], record: RunRecord) -> CallRequest | None:
    try:
        return build_request(spec, values, record.parameters, model=record.model,
                             options=Options())
    except (FormError, TypeError, ValueError):
        return None


def _context(spec: TaskSpec, values: dict[str, Any], record: RunRecord) -> ResultContext:
    """In a worker: the inputs as the viewer's context (an input image for boxes and
    masks); without them (files not kept), none: the result may then show as raw JSON."""
    request = _request(spec, values, record)
    return ResultContext.from_call(request.kwargs) if request is not None else ResultContext()


def _run_of(spec: TaskSpec, record: RunRecord, form: dict[str, Any], result: Any,
            prepared: Prepared | None) -> Run:
    """The page's ``last_run`` for what is shown (so Save as… saves this run): the form
    with its files as FileValues again (None where not kept), the result with its Blobs."""
    return make_run(spec, None, PageForm(record.model, form, record.parameters,
                                         record.options),
                    id=record.id, started_at=record.started_at, state=record.state,
                    elapsed_s=record.elapsed_s,
                    result=result if result is not None else record.result,
                    prepared=prepared, text=record.text)
