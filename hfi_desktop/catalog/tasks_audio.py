"""Audio tasks. Examples and default models are the recorded 2023 calls'."""

from __future__ import annotations

from .define import audio_data, spec, text
from .model import Example, Group, OutputKind

AUDIO = Group.AUDIO
SPEECH = Example("Speech", {"data": "examples/sample1.flac"})

AUDIO_CLASSIFICATION = spec(
    "audio-classification", "Audio classification", AUDIO,
    "Label a sound clip, such as the emotion in a voice.",
    inputs=[audio_data("The audio clip to classify.")],
    output=OutputKind.LABELS,
    model="superb/hubert-large-superb-er",
    examples=[SPEECH],
)

AUDIO_TO_AUDIO = spec(
    "audio-to-audio", "Audio to audio", AUDIO,
    "Transform a sound clip, such as separating voices or removing noise.",
    inputs=[audio_data("The audio clip to transform.")],
    output=OutputKind.AUDIO_SOURCES,
    model="speechbrain/sepformer-wham",
    examples=[SPEECH],
)

AUTOMATIC_SPEECH_RECOGNITION = spec(
    "automatic-speech-recognition", "Speech recognition", AUDIO, "Write down what is said.",
    inputs=[audio_data("The speech to transcribe.")],
    output=OutputKind.TEXT,
    model="facebook/wav2vec2-large-960h-lv60-self",
    examples=[SPEECH],
)

TEXT_TO_SPEECH = spec(
    "text-to-speech", "Text to speech", AUDIO, "Read a text aloud.",
    inputs=[text("The text to read aloud.")],
    output=OutputKind.AUDIO,
    model="espnet/kan-bayashi_ljspeech_vits",
    examples=[Example("Greeting", {"inputs": "hello there!"})],
)

TASKS = (AUDIO_CLASSIFICATION, AUDIO_TO_AUDIO, AUTOMATIC_SPEECH_RECOGNITION, TEXT_TO_SPEECH)
