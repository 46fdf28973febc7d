"""A card-less model's task from its files: its config's architectures read with what the
model takes in (text, images or audio), since one architecture ending means different tasks
by modality (``Wav2Vec2ForSequenceClassification`` classifies audio, ``BertFor...`` text;
``WhisperForConditionalGeneration`` transcribes, ``BartFor...`` writes text)."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any, Literal

if TYPE_CHECKING:
    from pathlib import Path

Modality = Literal["text", "image", "audio"]

#: Whole architecture names whose task their ending does not tell (bare ``...Model`` classes).
_ARCHITECTURES = {
    "CLIPModel": "zero-shot-image-classification",
    "SiglipModel": "zero-shot-image-classification",
    "Siglip2Model": "zero-shot-image-classification",
    "AltCLIPModel": "zero-shot-image-classification",
    "ChineseCLIPModel": "zero-shot-image-classification",
    "VisionEncoderDecoderModel": "image-to-text",
    "SpeechEncoderDecoderModel": "automatic-speech-recognition",
    "VitsModel": "text-to-speech",
    "SpeechT5ForTextToSpeech": "text-to-speech",
    "BarkModel": "text-to-speech",
}
#: Architecture name endings -> the Hub's pipeline tag by modality (the first match wins);
#: one task for every modality where the ending alone says it.
_ENDINGS: tuple[tuple[str, dict[Modality, str]], ...] = (
    ("ForSequenceClassification",
     {"text": "text-classification", "audio": "audio-classification",
      "image": "image-classification"}),
    ("ForAudioClassification", {"audio": "audio-classification"}),
    ("ForTokenClassification", {"text": "token-classification"}),
    ("ForMaskedLM", {"text": "fill-mask"}),
    ("ForCausalLM", {"text": "text-generation"}),
    ("LMHeadModel", {"text": "text-generation"}),
    ("ForQuestionAnswering", {"text": "question-answering"}),
    ("ForConditionalGeneration",
     {"text": "text2text-generation", "image": "image-to-text",
      "audio": "automatic-speech-recognition"}),
    ("ForSpeechSeq2Seq", {"audio": "automatic-speech-recognition"}),
    ("ForCTC", {"audio": "automatic-speech-recognition"}),
    ("ForVision2Seq", {"image": "image-to-text"}),
    ("ForImageClassification", {"image": "image-classification"}),
    ("ForObjectDetection", {"image": "object-detection"}),
    ("ForSemanticSegmentation", {"image": "image-segmentation"}),
    ("ForUniversalSegmentation", {"image": "image-segmentation"}),
    ("ForInstanceSegmentation", {"image": "image-segmentation"}),
    ("ForZeroShotImageClassification", {"image": "zero-shot-image-classification"}),
)
#: Config ``model_type``s of models that take images or audio, for folders without a
#: preprocessor_config.json that says so.
_IMAGE_TYPES = frozenset({
    "vit", "deit", "beit", "convnext", "convnextv2", "swin", "swinv2", "resnet", "regnet",
    "mobilevit", "mobilenet_v2", "efficientnet", "dinov2", "yolos", "detr", "conditional_detr",
    "deformable_detr", "rt_detr", "segformer", "mask2former", "maskformer", "dpt", "blip",
    "blip-2", "git", "pix2struct", "clip", "siglip", "vision-encoder-decoder", "owlvit",
})
_AUDIO_TYPES = frozenset({
    "wav2vec2", "wav2vec2-bert", "wav2vec2-conformer", "hubert", "wavlm", "whisper",
    "data2vec-audio", "unispeech", "unispeech-sat", "sew", "sew-d", "audio-spectrogram-transformer",
    "speech_to_text", "speech-encoder-decoder", "mctct", "clap", "seamless_m4t",
})


def _json(path: Path) -> dict[str, Any]:
    try:
        value = json.loads(path.read_text(encoding="utf-8", errors="replace") or "{}")
    except (OSError, ValueError):
        return {}
    return value if isinstance(value, dict) else {}


def modality(snapshot: Path, config: dict[str, Any]) -> Modality:
    """What the model takes in: its preprocessor's kind (an image processor, or a feature
    extractor with a sampling rate), else its config's ``model_type``."""
    preprocessor = _json(snapshot / "preprocessor_config.json")
    kind = str(preprocessor.get("image_processor_type") or "")
    extractor = str(preprocessor.get("feature_extractor_type") or "")
    if kind or "Image" in extractor:
        return "image"
    if extractor or "sampling_rate" in preprocessor:
        return "audio"
    model_type = str(config.get("model_type") or "")
    if model_type in _IMAGE_TYPES:
        return "image"
    return "audio" if model_type in _AUDIO_TYPES else "text"


def task_from_config(snapshot: Path) -> str | None:
    """The task of the snapshot's model from its config.json and preprocessor (None when its
    architectures tell none)."""
    config = _json(snapshot / "config.json")
    architectures = config.get("architectures")
    names = [name for name in architectures if isinstance(name, str)] if isinstance(
        architectures, list) else []
    takes = modality(snapshot, config) if names else "text"
    for name in names:
        if name in _ARCHITECTURES:
            return _ARCHITECTURES[name]
        for ending, tasks in _ENDINGS:
            if name.endswith(ending):
                return tasks.get(takes) or next(iter(tasks.values()))
    return None
