"""Tiny random-weight models for the engine's image, audio and text-to-text runners, built
offline (no download): small configs, vocabularies written here, processors made from their
classes with explicit sizes, each saved into its own folder with save_pretrained."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from pathlib import Path

WORDS = [
    "the", "a", "cat", "dog", "sat", "on", "mat", "who", "where", "what", "is", "was", "red",
    "blue", "green", "paris", "london", "city", "capital", "of", "france", "england",
]
LETTERS = "abcdefghijklmnopqrstuvwxyz"
SPECIALS = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]"]  # ids 0..4
PAD, CLS, SEP = 0, 2, 3
IMAGE_SIZE = 32
SAMPLING_RATE = 16000
CLASSES = {0: "tabby", 1: "beagle", 2: "teapot", 3: "kite", 4: "sofa", 5: "lamp", 6: "cup"}


def _seed() -> None:
    import torch

    torch.manual_seed(0)


def wordpiece_tokenizer(**kwargs: Any) -> Any:
    """A lower-casing WordPiece (BERT) tokenizer: a few words, letters and ##letters."""
    from transformers import BertTokenizer

    vocab = SPECIALS + WORDS + list(LETTERS + ".,?") + [f"##{c}" for c in LETTERS]
    return BertTokenizer(vocab={token: i for i, token in enumerate(vocab)}, **kwargs)


def _labels(config_kwargs: dict[str, Any], labels: dict[int, str]) -> dict[str, Any]:
    return {**config_kwargs, "id2label": labels, "label2id": {v: k for k, v in labels.items()}}


def _save(folder: Path, *parts: Any) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for part in parts:
        part.save_pretrained(str(folder))
    return folder


_BERT = {"hidden_size": 16, "num_hidden_layers": 1, "num_attention_heads": 2,
         "intermediate_size": 32, "max_position_embeddings": 64}
_VIT = {"image_size": IMAGE_SIZE, "patch_size": 8, "hidden_size": 16, "num_hidden_layers": 1,
        "num_attention_heads": 2, "intermediate_size": 32}


# ------------------------------------------------------------------------------- text


def question_answering(folder: Path) -> Path:
    from transformers import BertConfig, BertForQuestionAnswering

    _seed()
    tokenizer = wordpiece_tokenizer()
    model = BertForQuestionAnswering(BertConfig(vocab_size=len(tokenizer), **_BERT))
    return _save(folder, model, tokenizer)


def seq2seq(folder: Path) -> Path:
    """A tiny BART with the WordPiece vocabulary that says "cat" again and again."""
    import torch
    from transformers import BartConfig, BartForConditionalGeneration

    _seed()
    tokenizer = wordpiece_tokenizer()
    config = BartConfig(
        vocab_size=len(tokenizer), d_model=16, encoder_layers=1, decoder_layers=1,
        encoder_attention_heads=2, decoder_attention_heads=2, encoder_ffn_dim=32,
        decoder_ffn_dim=32, max_position_embeddings=64, pad_token_id=PAD, bos_token_id=CLS,
        eos_token_id=SEP, decoder_start_token_id=SEP, forced_eos_token_id=None,
    )
    model = BartForConditionalGeneration(config)
    # random weights favour no token: make "cat" the likely one, so a text's length shows
    # how many tokens were generated
    with torch.no_grad():
        model.final_logits_bias[0, tokenizer.convert_tokens_to_ids("cat")] = 8.0
    return _save(folder, model, tokenizer)


# ----------------------------------------------------------------------------- images


def _vit_processor() -> Any:
    from transformers import ViTImageProcessor

    return ViTImageProcessor(size={"height": IMAGE_SIZE, "width": IMAGE_SIZE})


def image_classification(folder: Path) -> Path:
    from transformers import ViTConfig, ViTForImageClassification

    _seed()
    model = ViTForImageClassification(ViTConfig(**_labels(_VIT, CLASSES)))
    return _save(folder, model, _vit_processor())


def object_detection(folder: Path) -> Path:
    """YOLOS: a ViT with detection tokens, no separate backbone (no timm)."""
    import torch
    from transformers import YolosConfig, YolosForObjectDetection, YolosImageProcessor

    _seed()
    config = YolosConfig(
        **_labels({**_VIT, "image_size": [IMAGE_SIZE, IMAGE_SIZE]}, {0: "cat", 1: "dog"}),
        num_detection_tokens=4,
    )
    processor = YolosImageProcessor(size={"shortest_edge": IMAGE_SIZE, "longest_edge": IMAGE_SIZE})
    model = YolosForObjectDetection(config)
    # random weights score every class about alike (1/3 with "no object"), below the default
    # threshold of 0.5: make "cat" the likely class, so a page shows boxes
    with torch.no_grad():
        model.class_labels_classifier.layers[-1].bias[0] = 4.0
    return _save(folder, model, processor)


def image_segmentation(folder: Path) -> Path:
    from transformers import (
        SegformerConfig,
        SegformerForSemanticSegmentation,
        SegformerImageProcessor,
    )

    _seed()
    config = SegformerConfig(
        **_labels({}, {0: "sky", 1: "road", 2: "tree"}),
        num_encoder_blocks=1, depths=[1], sr_ratios=[1], hidden_sizes=[16], patch_sizes=[3],
        strides=[2], num_attention_heads=[1], mlp_ratios=[2], decoder_hidden_size=16,
    )
    processor = SegformerImageProcessor(size={"height": IMAGE_SIZE, "width": IMAGE_SIZE})
    return _save(folder, SegformerForSemanticSegmentation(config), processor)


def zero_shot_image(folder: Path) -> Path:
    from transformers import CLIPConfig, CLIPImageProcessor, CLIPModel

    _seed()
    tokenizer = wordpiece_tokenizer(model_input_names=["input_ids", "attention_mask"])
    text = {**_BERT, "vocab_size": len(tokenizer), "eos_token_id": SEP, "pad_token_id": PAD,
            "bos_token_id": CLS}
    config = CLIPConfig(text_config=text, vision_config=dict(_VIT), projection_dim=16)
    processor = CLIPImageProcessor(
        size={"shortest_edge": IMAGE_SIZE}, crop_size={"height": IMAGE_SIZE, "width": IMAGE_SIZE}
    )
    return _save(folder, CLIPModel(config), processor, tokenizer)


def image_to_text(folder: Path) -> Path:
    """A VisionEncoderDecoder: a tiny ViT encoder and a tiny BERT decoder."""
    from transformers import (
        BertConfig,
        VisionEncoderDecoderConfig,
        VisionEncoderDecoderModel,
        ViTConfig,
    )

    _seed()
    tokenizer = wordpiece_tokenizer()
    decoder = BertConfig(vocab_size=len(tokenizer), is_decoder=True, add_cross_attention=True,
                         **_BERT)
    config = VisionEncoderDecoderConfig.from_encoder_decoder_configs(ViTConfig(**_VIT), decoder)
    config.decoder_start_token_id = CLS
    config.pad_token_id = PAD
    config.eos_token_id = SEP
    model = VisionEncoderDecoderModel(config=config)
    model.generation_config.decoder_start_token_id = CLS
    model.generation_config.pad_token_id = PAD
    model.generation_config.eos_token_id = SEP
    return _save(folder, model, _vit_processor(), tokenizer)


# ------------------------------------------------------------------------------ audio

_WAV2VEC2 = {"hidden_size": 16, "num_hidden_layers": 1, "num_attention_heads": 2,
             "intermediate_size": 32, "conv_dim": (16, 16), "conv_stride": (5, 4),
             "conv_kernel": (10, 8), "num_feat_extract_layers": 2,
             "num_conv_pos_embeddings": 16, "num_conv_pos_embedding_groups": 2}


def _feature_extractor() -> Any:
    from transformers import Wav2Vec2FeatureExtractor

    return Wav2Vec2FeatureExtractor(sampling_rate=SAMPLING_RATE, return_attention_mask=False)


def speech_recognition(folder: Path) -> Path:
    from transformers import Wav2Vec2Config, Wav2Vec2CTCTokenizer, Wav2Vec2ForCTC

    _seed()
    folder.mkdir(parents=True, exist_ok=True)
    vocab = {token: i for i, token in enumerate(["<pad>", "<unk>", "|", *LETTERS.upper()])}
    vocab_file = folder / "vocab.json"
    vocab_file.write_text(json.dumps(vocab))
    tokenizer = Wav2Vec2CTCTokenizer(str(vocab_file))
    model = Wav2Vec2ForCTC(Wav2Vec2Config(vocab_size=len(vocab), pad_token_id=0, **_WAV2VEC2))
    return _save(folder, model, tokenizer, _feature_extractor())


def audio_classification(folder: Path) -> Path:
    from transformers import Wav2Vec2Config, Wav2Vec2ForSequenceClassification

    _seed()
    labels = {0: "yes", 1: "no", 2: "up", 3: "down", 4: "left", 5: "right", 6: "stop"}
    config = Wav2Vec2Config(**_labels(_WAV2VEC2, labels), classifier_proj_size=8)
    return _save(folder, Wav2Vec2ForSequenceClassification(config), _feature_extractor())


def text_to_speech(folder: Path) -> Path:
    """A tiny VITS (the MMS-TTS architecture) with a character vocabulary, no phonemizer."""
    from transformers import VitsConfig, VitsModel, VitsTokenizer

    _seed()
    folder.mkdir(parents=True, exist_ok=True)
    vocab = {c: i for i, c in enumerate(" " + LETTERS + "'")}
    vocab["<unk>"] = len(vocab)
    vocab_file = folder / "vocab.json"
    vocab_file.write_text(json.dumps(vocab))
    tokenizer = VitsTokenizer(str(vocab_file), add_blank=True, phonemize=False)
    config = VitsConfig(
        vocab_size=len(vocab), hidden_size=16, num_hidden_layers=1, num_attention_heads=2,
        ffn_dim=32, flow_size=16, spectrogram_bins=17, upsample_initial_channel=16,
        upsample_rates=[4, 4], upsample_kernel_sizes=[8, 8], resblock_kernel_sizes=[3],
        resblock_dilation_sizes=[[1, 3]], prior_encoder_num_flows=1,
        prior_encoder_num_wavenet_layers=1, posterior_encoder_num_wavenet_layers=1,
        duration_predictor_num_flows=1, duration_predictor_filter_channels=16,
        depth_separable_num_layers=1, sampling_rate=SAMPLING_RATE, window_size=4,
    )
    return _save(folder, VitsModel(config), tokenizer)


_LOADED: dict[str, Any] = {}


def loaded_runner(root: Path, task: str, build: Any) -> Any:
    """``task``'s runner loaded on the model ``build`` makes under ``root`` (once a session)."""
    from hfi_desktop.engine.tasks import RUNNERS

    key = f"{task}:{build.__name__}"
    if key not in _LOADED:
        folder = root / build.__name__
        if not folder.exists():
            build(folder)
        _LOADED[key] = RUNNERS[task].load(folder, "cpu")
    return _LOADED[key]


def png_bytes(size: tuple[int, int] = (40, 30), color: tuple[int, int, int] = (200, 9, 9)) -> bytes:
    import io

    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", size, color).save(buffer, "PNG")
    return buffer.getvalue()


def tone_wav(rate: int = SAMPLING_RATE, seconds: float = 0.25, channels: int = 1) -> bytes:
    """A 440 Hz tone as a 16-bit PCM WAV file (stdlib wave)."""
    import io
    import math
    import struct
    import wave

    frames = int(rate * seconds)
    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as out:
        out.setnchannels(channels)
        out.setsampwidth(2)
        out.setframerate(rate)
        samples = (int(8000 * math.sin(2 * math.pi * 440 * i / rate)) for i in range(frames))
        out.writeframes(b"".join(struct.pack("<h", s) * channels for s in samples))
    return buffer.getvalue()


class TinyRunners:
    """The runners of a test module, each loaded on its tiny model when first run."""

    def __init__(self, root: Path) -> None:
        self.root = root

    def run(self, task: str, inputs: Any, **parameters: Any) -> Any:
        from hfi_desktop.engine.tasks import RUNNERS
        from hfi_desktop.engine.tasks.base import EngineRequest

        loaded = loaded_runner(self.root, task, BUILDERS[task])
        return RUNNERS[task].run(loaded, EngineRequest(inputs, parameters))


#: The tiny model each image and audio task's tests run.
BUILDERS: dict[str, Any] = {
    "image-classification": image_classification,
    "object-detection": object_detection,
    "image-segmentation": image_segmentation,
    "zero-shot-image-classification": zero_shot_image,
    "image-to-text": image_to_text,
    "automatic-speech-recognition": speech_recognition,
    "audio-classification": audio_classification,
    "text-to-speech": text_to_speech,
}
