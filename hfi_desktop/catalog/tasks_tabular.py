"""Tabular tasks: one prediction per row of a table. Examples and default models are the
recorded 2023 calls'."""

from __future__ import annotations

from .define import TABLE_HELP, spec
from .model import Example, Group, InputField, InputKind, OutputKind

ROWS = InputField("inputs.data", InputKind.TABLE, "Data", help=TABLE_HELP)

TABULAR_CLASSIFICATION = spec(
    "tabular-classification", "Tabular classification", Group.TABULAR,
    "Predict a class for each row of a table.",
    inputs=[ROWS],
    output=OutputKind.NUMBERS,
    model="vvmnnnkv/wine-quality",
    examples=[Example("Wine quality", {"inputs.data": {
        "fixed_acidity": ("7.4", "7.8", "10.3"),
        "volatile_acidity": ("0.7", "0.88", "0.32"),
        "citric_acid": ("0", "0", "0.45"),
        "residual_sugar": ("1.9", "2.6", "6.4"),
        "chlorides": ("0.076", "0.098", "0.073"),
        "free_sulfur_dioxide": ("11", "25", "5"),
        "total_sulfur_dioxide": ("34", "67", "13"),
        "density": ("0.9978", "0.9968", "0.9976"),
        "pH": ("3.51", "3.2", "3.23"),
        "sulphates": ("0.56", "0.68", "0.82"),
        "alcohol": ("9.4", "9.8", "12.6"),
    }})],
)

TABULAR_REGRESSION = spec(
    "tabular-regression", "Tabular regression", Group.TABULAR,
    "Predict a number for each row of a table.",
    inputs=[ROWS],
    output=OutputKind.NUMBERS,
    model="scikit-learn/Fish-Weight",
    examples=[Example("Fish weight", {"inputs.data": {
        "Height": ("11.52", "12.48", "12.3778"),
        "Length1": ("23.2", "24", "23.9"),
        "Length2": ("25.4", "26.3", "26.5"),
        "Length3": ("30", "31.2", "31.1"),
        "Species": ("Bream", "Bream", "Bream"),
        "Width": ("4.02", "4.3056", "4.6961"),
    }})],
)

TASKS = (TABULAR_CLASSIFICATION, TABULAR_REGRESSION)
