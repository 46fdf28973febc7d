"""The catalog: the chat, and one TaskSpec per method of the seed's HfInference (all but
``endpoint``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from . import tasks_audio, tasks_chat, tasks_custom, tasks_nlp, tasks_tabular, tasks_vision
from .model import Group, TaskSpec

if TYPE_CHECKING:
    from collections.abc import Mapping

_GROUP_ORDER = tuple(Group)

#: The sidebar's order: pinned tasks first, then grouped in the order of :class:`Group`, by
#: title within a group.
CATALOG: tuple[TaskSpec, ...] = tuple(sorted(
    (
        *tasks_chat.TASKS, *tasks_nlp.TASKS, *tasks_audio.TASKS, *tasks_vision.TASKS,
        *tasks_tabular.TASKS, *tasks_custom.TASKS,
    ),
    key=lambda spec: (not spec.pinned, _GROUP_ORDER.index(spec.group), spec.title.casefold()),
))

_BY_ID: Mapping[str, TaskSpec] = {spec.id: spec for spec in CATALOG}

#: Icon file (under resources/icons/) of each group.
GROUP_ICONS: Mapping[Group, str] = {
    group: "group-" + group.name.lower().replace("_", "-") + ".svg" for group in Group
}


def task(task_id: str) -> TaskSpec:
    """The spec of ``task_id`` ("text-classification"); KeyError naming it if there is none."""
    try:
        return _BY_ID[task_id]
    except KeyError:
        raise KeyError(f"no task {task_id!r} in the catalog") from None


def by_group() -> dict[Group, tuple[TaskSpec, ...]]:
    """The catalog's tasks of each group, every group present (the custom one included)."""
    return {group: tuple(s for s in CATALOG if s.group is group) for group in Group}
