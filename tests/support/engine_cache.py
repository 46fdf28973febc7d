"""A Hub cache with every tiny model the local engine serves (text, image, audio, seq2seq),
each card with the ``pipeline_tag`` its page asks for.

The application's tests build it in a child process (``python -m tests.support.engine_cache
ROOT``): torch and transformers stay out of the GUI test process, as they stay out of the
application's (and a process holding them makes every test's garbage collection slower)."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

from tests.support import tiny_models
from tests.support import tiny_models_media as media
from tests.support.tiny_models import build_cache, snapshot_folder

#: model id -> (builder of tests/support/tiny_models_media.py, the card's pipeline_tag)
MEDIA_MODELS = {
    "tiny/bert-qa": (media.question_answering, "question-answering"),
    "tiny/bart-summarizer": (media.seq2seq, "summarization"),
    "tiny/bart-translator": (media.seq2seq, "translation"),
    "tiny/bart-text2text": (media.seq2seq, "text2text-generation"),
    "tiny/vit-classifier": (media.image_classification, "image-classification"),
    "tiny/yolos-detector": (media.object_detection, "object-detection"),
    "tiny/segformer": (media.image_segmentation, "image-segmentation"),
    "tiny/clip": (media.zero_shot_image, "zero-shot-image-classification"),
    "tiny/vit-captioner": (media.image_to_text, "image-to-text"),
    "tiny/wav2vec2-ctc": (media.speech_recognition, "automatic-speech-recognition"),
    "tiny/wav2vec2-classifier": (media.audio_classification, "audio-classification"),
    "tiny/vits": (media.text_to_speech, "text-to-speech"),
}
#: tests/support/tiny_models.py's models under another task's card (same files).
RETAGGED = {"tiny/bert-similarity": ("tiny/bert-features", "sentence-similarity")}


def write_card(folder: Path, pipeline_tag: str) -> None:
    (folder / "README.md").write_text(f"---\npipeline_tag: {pipeline_tag}\n---\n# A tiny model\n")


def build_all(root: Path) -> Path:
    """Every tiny model under ``root/hub``, in this process; ``root`` (for HF_HOME)."""
    build_cache(root)
    for model_id, (build, tag) in MEDIA_MODELS.items():
        write_card(build(snapshot_folder(root, model_id)), tag)
    for model_id, (source, tag) in RETAGGED.items():
        [original] = (root / "hub" / ("models--" + source.replace("/", "--")) / "snapshots"
                      ).iterdir()
        folder = snapshot_folder(root, model_id)
        shutil.copytree(original, folder, dirs_exist_ok=True)
        write_card(folder, tag)
    return root


def build_in_child(root: Path) -> Path:
    """:func:`build_all` in a child Python, offline; ``root``."""
    tiny_models.build_in_child("tests.support.engine_cache", str(root), hf_home=root)
    return root


if __name__ == "__main__":
    build_all(Path(sys.argv[1]))
