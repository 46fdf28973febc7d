"""Custom calls: any model, any JSON inputs (or a file), with or without streaming."""

from __future__ import annotations

from dataclasses import replace

from .define import spec
from .model import Example, Group, InputField, InputKind, OutputKind

#: The Hub's task ids (2023), for the task hint: it picks the default model when none is given.
HUB_TASKS = (
    "audio-classification", "audio-to-audio", "automatic-speech-recognition", "conversational",
    "depth-estimation", "document-question-answering", "feature-extraction", "fill-mask",
    "image-classification", "image-segmentation", "image-to-image", "image-to-text",
    "object-detection", "question-answering", "sentence-similarity", "summarization",
    "table-question-answering", "tabular-classification", "tabular-regression",
    "text-classification", "text-generation", "text-to-image", "text-to-speech",
    "text2text-generation", "token-classification", "translation", "video-classification",
    "visual-question-answering", "zero-shot-classification", "zero-shot-image-classification",
)

JSON_INPUTS = InputField(
    "inputs", InputKind.JSON, "Inputs", required=False,
    help='Any JSON value, sent as the request\'s inputs: a string in quotes ("Hello"), a list, '
    "or an object.",
    placeholder='"I like you. I love you."',
)
PARAMETERS = InputField(
    "parameters", InputKind.JSON, "Parameters", required=False,
    help="A JSON object sent as the request's parameters.", placeholder='{"top_k": 3}',
)
TASK_HINT = InputField(
    "task_hint", InputKind.CHOICE, "Task hint", required=False, choices=HUB_TASKS,
    help="Without a model, the Hub's default model for this task is called.",
)
CUSTOM = Group.CUSTOM

CUSTOM_REQUEST = spec(
    "custom-request", "Custom request", CUSTOM,
    "Call any model with JSON inputs or a file; see the raw answer.",
    inputs=[
        JSON_INPUTS,
        InputField("data", InputKind.FILE, "File", required=False,
                   help="A file sent as is (an image, a sound clip…), instead of JSON inputs."),
        PARAMETERS,
        TASK_HINT,
    ],
    output=OutputKind.RAW,
    model="",
    method="request",
    examples=[
        Example("Sentiment", {"inputs": '"I like you. I love you."'},
                model="distilbert-base-uncased-finetuned-sst-2-english"),
        Example("Image file", {"data": "examples/cheetah.png"},
                model="google/vit-base-patch16-224"),
    ],
)

CUSTOM_STREAMING_REQUEST = spec(
    "custom-streaming-request", "Custom streaming request", CUSTOM,
    "Call any model that streams its answer; see each event as it arrives.",
    inputs=[replace(JSON_INPUTS, required=True), PARAMETERS, TASK_HINT],  # it takes no `data`
    output=OutputKind.RAW,
    model="",
    method="streaming_request",
    examples=[Example("Repeat after me", {"inputs": '"repeat \\"one two three four\\""'},
                      model="google/flan-t5-xxl")],
    streaming=True,
)

TASKS = (CUSTOM_REQUEST, CUSTOM_STREAMING_REQUEST)
