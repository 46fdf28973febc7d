"""What the common named-entity tags mean: ``PER`` is a person, ``B-ORG`` the first word
of an organization's name. Models answer with bare tags (CoNLL-2003's PER, ORG, LOC, MISC;
OntoNotes' PERSON, GPE, …), which a newcomer cannot read."""

from __future__ import annotations

from hfi_desktop.translatable import QT_TRANSLATE_NOOP, Text

#: The context of the meanings (the UI shows them translated: ``ui.i18n.shown``).
CONTEXT = "EntityTags"


_MEANINGS: dict[str, str] = {
    "PER": QT_TRANSLATE_NOOP("EntityTags", "person"),
    "PERSON": QT_TRANSLATE_NOOP("EntityTags", "person"),
    "ORG": QT_TRANSLATE_NOOP("EntityTags", "organization"),
    "LOC": QT_TRANSLATE_NOOP("EntityTags", "location"),
    "MISC": QT_TRANSLATE_NOOP("EntityTags", "miscellaneous"),
    "GPE": QT_TRANSLATE_NOOP("EntityTags", "country, city or state"),
    "NORP": QT_TRANSLATE_NOOP("EntityTags", "nationality, religious or political group"),
    "FAC": QT_TRANSLATE_NOOP("EntityTags", "building or facility"),
    "DATE": QT_TRANSLATE_NOOP("EntityTags", "date"),
    "TIME": QT_TRANSLATE_NOOP("EntityTags", "time"),
    "MONEY": QT_TRANSLATE_NOOP("EntityTags", "money"),
    "PERCENT": QT_TRANSLATE_NOOP("EntityTags", "percentage"),
    "O": QT_TRANSLATE_NOOP("EntityTags", "not an entity"),
}
#: IOB / BIOES tagging without aggregation: where in the entity a word is.
_POSITIONS: dict[str, str] = {
    "B": QT_TRANSLATE_NOOP("EntityTags", "first word"),
    "I": QT_TRANSLATE_NOOP("EntityTags", "inside"),
    "E": QT_TRANSLATE_NOOP("EntityTags", "last word"),
    "S": QT_TRANSLATE_NOOP("EntityTags", "single word"),
}


def tag_meaning(tag: str) -> str:
    """``person`` for ``PER``, ``person, first word`` for ``B-PER`` (a Text: shown in the
    UI's language); "" for a tag not known (``LABEL_3``, a model's own)."""
    position, dash, entity = tag.partition("-")
    if dash and position in _POSITIONS and entity in _MEANINGS:
        return Text(CONTEXT, QT_TRANSLATE_NOOP("EntityTags", "{entity}, {position}"),
                    entity=Text(CONTEXT, _MEANINGS[entity]),
                    position=Text(CONTEXT, _POSITIONS[position]))
    return Text(CONTEXT, _MEANINGS[tag]) if tag in _MEANINGS else ""

