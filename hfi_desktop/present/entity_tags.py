"""What the common named-entity tags mean: ``PER`` is a person, ``B-ORG`` the first word
of an organization's name. Models answer with bare tags (CoNLL-2003's PER, ORG, LOC, MISC;
OntoNotes' PERSON, GPE, …), which a newcomer cannot read."""

from __future__ import annotations

_MEANINGS = {
    "PER": "person",
    "PERSON": "person",
    "ORG": "organization",
    "LOC": "location",
    "MISC": "miscellaneous",
    "GPE": "country, city or state",
    "NORP": "nationality, religious or political group",
    "FAC": "building or facility",
    "DATE": "date",
    "TIME": "time",
    "MONEY": "money",
    "PERCENT": "percentage",
    "O": "not an entity",
}
#: IOB / BIOES tagging without aggregation: where in the entity a word is.
_POSITIONS = {
    "B": "first word",
    "I": "inside",
    "E": "last word",
    "S": "single word",
}


def tag_meaning(tag: str) -> str:
    """``person`` for ``PER``, ``person, first word`` for ``B-PER``; "" for a tag not
    known (``LABEL_3``, a model's own)."""
    position, dash, entity = tag.partition("-")
    if dash and position in _POSITIONS and entity in _MEANINGS:
        return f"{_MEANINGS[entity]}, {_POSITIONS[position]}"
    return _MEANINGS.get(tag, "")

