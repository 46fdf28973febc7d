"""Tiny random-weight models built offline, in the Hub cache's folder layout, for the local
engine's tests: real transformers code end to end in seconds.

``build_cache(root)`` writes ``root/hub/models--tiny--<name>/snapshots/<commit>/`` (+
``refs/main``) for each model below; point HF_HOME at ``root``."""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
from pathlib import Path

SENTENCES = [
    "the cat sat on the mat",
    "a dog ran in the park with a ball",
    "Paris is a city in France and Berlin is in Germany",
    "John and Mary went to London last summer",
    "this movie was great and I loved it",
    "the food was terrible and the service was slow",
    "hello world, how are you today?",
    "machine learning models run on this computer",
]
ROOT = Path(__file__).resolve().parents[2]
BUILD_TIMEOUT_S = 300.0
BERT_SPECIALS = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]"]
CHAT_TEMPLATE = (
    "{% for message in messages %}<|{{ message['role'] }}|>{{ message['content'] }}\n"
    "{% endfor %}{% if add_generation_prompt %}<|assistant|>{% endif %}"
)
#: model id -> (what it is, the card's pipeline_tag or None)
MODELS = {
    "tiny/bert-classifier": ("sequence", "text-classification"),
    "tiny/bert-ner": ("token", None),  # task from its config's architectures
    "tiny/bert-mlm": ("masked", "fill-mask"),
    "tiny/bert-nli": ("nli", "zero-shot-classification"),
    "tiny/bert-features": ("base", "feature-extraction"),
    "tiny/gpt2-chat": ("gpt2", "text-generation"),
}


def _commit(name: str) -> str:
    return hashlib.sha1(name.encode()).hexdigest()


def snapshot_folder(root: Path, model_id: str) -> Path:
    """Make the cache entry of ``model_id`` under ``root/hub``; its snapshot folder."""
    repo = root / "hub" / ("models--" + model_id.replace("/", "--"))
    commit = _commit(model_id)
    folder = repo / "snapshots" / commit
    folder.mkdir(parents=True, exist_ok=True)
    (repo / "refs").mkdir(exist_ok=True)
    (repo / "refs" / "main").write_text(commit)
    return folder


def _card(folder: Path, pipeline_tag: str | None) -> None:
    meta = f"pipeline_tag: {pipeline_tag}\n" if pipeline_tag else "license: mit\n"
    (folder / "README.md").write_text(f"---\n{meta}---\n# A tiny test model\n")


def _bert_tokenizer():  # type: ignore[no-untyped-def]
    from tokenizers import Tokenizer, models, normalizers, pre_tokenizers, processors, trainers
    from transformers import BertTokenizerFast

    tokenizer = Tokenizer(models.WordPiece(unk_token="[UNK]"))
    tokenizer.normalizer = normalizers.BertNormalizer(lowercase=True)
    tokenizer.pre_tokenizer = pre_tokenizers.BertPreTokenizer()
    trainer = trainers.WordPieceTrainer(vocab_size=200, special_tokens=BERT_SPECIALS)
    tokenizer.train_from_iterator(SENTENCES, trainer)
    cls, sep = tokenizer.token_to_id("[CLS]"), tokenizer.token_to_id("[SEP]")
    tokenizer.post_processor = processors.TemplateProcessing(
        single="[CLS] $A [SEP]",
        pair="[CLS] $A [SEP] $B:1 [SEP]:1",
        special_tokens=[("[CLS]", cls), ("[SEP]", sep)],
    )
    from tokenizers import decoders

    tokenizer.decoder = decoders.WordPiece()
    return BertTokenizerFast(
        tokenizer_object=tokenizer,
        unk_token="[UNK]",
        pad_token="[PAD]",
        cls_token="[CLS]",
        sep_token="[SEP]",
        mask_token="[MASK]",
    )


def _gpt2_tokenizer():  # type: ignore[no-untyped-def]
    from tokenizers import Tokenizer, decoders, models, pre_tokenizers, trainers
    from transformers import PreTrainedTokenizerFast

    tokenizer = Tokenizer(models.BPE())
    tokenizer.pre_tokenizer = pre_tokenizers.ByteLevel(add_prefix_space=False)
    tokenizer.decoder = decoders.ByteLevel()
    trainer = trainers.BpeTrainer(
        vocab_size=300,
        special_tokens=["<|endoftext|>"],
        initial_alphabet=pre_tokenizers.ByteLevel.alphabet(),
    )
    tokenizer.train_from_iterator(SENTENCES, trainer)
    fast = PreTrainedTokenizerFast(
        tokenizer_object=tokenizer,
        eos_token="<|endoftext|>",
        bos_token="<|endoftext|>",
        unk_token="<|endoftext|>",
    )
    fast.chat_template = CHAT_TEMPLATE
    return fast


def _bert_config(tokenizer, **extra):  # type: ignore[no-untyped-def]
    from transformers import BertConfig

    return BertConfig(
        vocab_size=len(tokenizer),
        hidden_size=32,
        num_hidden_layers=1,
        num_attention_heads=2,
        intermediate_size=37,
        max_position_embeddings=128,
        pad_token_id=tokenizer.pad_token_id,
        **extra,
    )


def _labels(names: list[str]) -> dict[str, object]:
    return {
        "id2label": dict(enumerate(names)),
        "label2id": {name: index for index, name in enumerate(names)},
    }


def build_model(kind: str, folder: Path) -> None:
    import torch
    import transformers as tf

    torch.manual_seed(0)
    if kind == "gpt2":
        tokenizer = _gpt2_tokenizer()
        config = tf.GPT2Config(
            vocab_size=len(tokenizer),
            n_embd=32,
            n_layer=2,
            n_head=2,
            n_positions=2048,
            bos_token_id=tokenizer.eos_token_id,
            eos_token_id=tokenizer.eos_token_id,
        )
        model = tf.GPT2LMHeadModel(config)
    else:
        tokenizer = _bert_tokenizer()
        if kind == "sequence":
            model = tf.BertForSequenceClassification(
                _bert_config(tokenizer, **_labels(["NEGATIVE", "NEUTRAL", "POSITIVE"]))
            )
        elif kind == "nli":
            model = tf.BertForSequenceClassification(
                _bert_config(tokenizer, **_labels(["contradiction", "neutral", "entailment"]))
            )
        elif kind == "token":
            names = ["O", "B-PER", "I-PER", "B-LOC", "I-LOC"]
            model = tf.BertForTokenClassification(_bert_config(tokenizer, **_labels(names)))
        elif kind == "masked":
            model = tf.BertForMaskedLM(_bert_config(tokenizer))
        else:
            model = tf.BertModel(_bert_config(tokenizer))
    model.save_pretrained(folder)
    tokenizer.save_pretrained(folder)


def build_cache(root: Path) -> Path:
    """Every tiny model under ``root/hub``; ``root`` (for HF_HOME)."""
    for model_id, (kind, tag) in MODELS.items():
        folder = snapshot_folder(root, model_id)
        build_model(kind, folder)
        _card(folder, tag)
    return root


def build_in_child(module: str, *arguments: str, hf_home: Path) -> None:
    """``python -m module arguments`` (a builder of tiny models), offline, with HF_HOME at
    ``hf_home``: torch and transformers stay out of the test process (tests/conftest.py)."""
    env = {key: value for key, value in os.environ.items() if not key.startswith("HF_")}
    env.update(HF_HOME=str(hf_home), HF_HUB_OFFLINE="1", PYTHONPATH=str(ROOT))
    done = subprocess.run([sys.executable, "-m", module, *arguments], env=env, cwd=ROOT,
                          capture_output=True, text=True, timeout=BUILD_TIMEOUT_S, check=False)
    assert done.returncode == 0, f"building the tiny models failed:\n{done.stderr[-4000:]}"


def add_folder(root: Path, model_id: str, source: Path) -> Path:
    """A copy of a model folder (a packaged model) as ``model_id`` in the cache."""
    folder = snapshot_folder(root, model_id)
    shutil.copytree(source, folder, dirs_exist_ok=True)
    return folder


def bert_classifier(folder: Path, *, hidden_size: int, layers: int, heads: int) -> None:
    """A random-weight BERT text classifier of the given size, with the tiny tokenizer (for
    bench/local_engine.py: a model whose call takes tens of milliseconds)."""
    import torch
    import transformers as tf

    torch.manual_seed(0)
    tokenizer = _bert_tokenizer()
    config = _bert_config(tokenizer, **_labels(["NEGATIVE", "POSITIVE"]))
    config.update({"hidden_size": hidden_size, "num_hidden_layers": layers,
                   "num_attention_heads": heads, "intermediate_size": 4 * hidden_size,
                   "max_position_embeddings": 512})
    tf.BertForSequenceClassification(config).save_pretrained(folder)
    tokenizer.save_pretrained(folder)
    _card(folder, "text-classification")


if __name__ == "__main__":  # KIND FOLDER: one model, for build_in_child
    build_model(sys.argv[1], Path(sys.argv[2]))
