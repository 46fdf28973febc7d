"""Natural-language tasks. Examples and default models are the recorded 2023 calls'."""

from __future__ import annotations

from . import parameters as p
from .define import CANDIDATE_LABELS, QUESTION, TABLE_HELP, spec, text
from .model import Example, Group, InputField, InputKind, OutputKind

NL = Group.NATURAL_LANGUAGE

CONVERSATIONAL = spec(
    "conversational", "Conversation", NL, "Chat with a model that remembers the conversation.",
    inputs=[InputField(
        "inputs", InputKind.CONVERSATION, "Conversation",
        help="Your last message, after the earlier turns: the user's past inputs and the "
        "model's past responses (as many of each).",
        placeholder="Write a message",
    )],
    parameters=p.LENGTH_AND_SAMPLING,
    output=OutputKind.CONVERSATION,
    model="microsoft/DialoGPT-large",
    examples=[Example("Movie talk", {"inputs": {
        "past_user_inputs": ("Which movie is the best ?",),
        "generated_responses": ("It is Die Hard for sure.",),
        "text": "Can you explain why ?",
    }})],
)

FEATURE_EXTRACTION = spec(
    "feature-extraction", "Feature extraction", NL,
    "Turn a text into numbers (an embedding) that capture its meaning.",
    inputs=[text("The text to extract features from.")],
    output=OutputKind.EMBEDDINGS,
    model="sentence-transformers/distilbert-base-nli-mean-tokens",
    examples=[Example("A happy person", {"inputs": "That is a happy person"})],
)

FILL_MASK = spec(
    "fill-mask", "Fill mask", NL, "Guess the hidden word of a sentence.",
    inputs=[text(
        "The text with one mask token to fill in: [MASK] for BERT-like models such as the "
        "default one, <mask> for RoBERTa-like ones.",
        placeholder="Paris is the [MASK] of France.",
    )],
    output=OutputKind.FILL_MASK,
    model="bert-base-uncased",
    examples=[Example("Hello world", {"inputs": "[MASK] world!"})],
)

QUESTION_ANSWERING = spec(
    "question-answering", "Question answering", NL, "Find the answer to a question in a text.",
    inputs=[
        QUESTION,
        InputField("inputs.context", InputKind.LONG_TEXT, "Context",
                   help="The text that holds the answer."),
    ],
    output=OutputKind.ANSWER_SPAN,
    model="deepset/roberta-base-squad2",
    examples=[Example("Capital of France", {
        "inputs.question": "What is the capital of France?",
        "inputs.context": "The capital of France is Paris.",
    })],
)

SENTENCE_SIMILARITY = spec(
    "sentence-similarity", "Sentence similarity", NL,
    "Score how close in meaning sentences are to a source sentence.",
    inputs=[
        InputField("inputs.source_sentence", InputKind.TEXT, "Source sentence",
                   help="The sentence the others are compared with."),
        InputField("inputs.sentences", InputKind.TEXT_LIST, "Sentences",
                   help="The sentences to compare with the source sentence, one per entry.",
                   placeholder="Add a sentence"),
    ],
    output=OutputKind.SIMILARITY,
    model="sentence-transformers/paraphrase-xlm-r-multilingual-v1",
    examples=[Example("Happy", {
        "inputs.source_sentence": "That is a happy person",
        "inputs.sentences": (
            "That is a happy dog", "That is a very happy person", "Today is a sunny day"),
    })],
)

SUMMARIZATION = spec(
    "summarization", "Summarization", NL, "Shorten a long text, keeping what matters.",
    inputs=[text("The text to summarize.")],
    parameters=p.LENGTH_AND_SAMPLING,
    output=OutputKind.TEXT,
    model="facebook/bart-large-cnn",
    examples=[Example("Eiffel Tower", {"inputs": (
        "The tower is 324 metres (1,063 ft) tall, about the same height as an 81-storey "
        "building, and the tallest structure in Paris. Its base is square, measuring 125 "
        "metres (410 ft) on each side. During its construction, the Eiffel Tower surpassed "
        "the Washington Monument to become the tallest man-made structure in the world, a "
        "title it held for 41 years until the Chrysler Building in New York City was "
        "finished in 1930."
    )}, {"max_length": 100})],
)

TABLE_QUESTION_ANSWERING = spec(
    "table-question-answering", "Table question answering", NL,
    "Ask a question about a table of data.",
    inputs=[
        InputField("inputs.query", InputKind.TEXT, "Query",
                   help="The plain-text question you want to ask the table."),
        InputField("inputs.table", InputKind.TABLE, "Table", help=TABLE_HELP),
    ],
    output=OutputKind.TABLE_ANSWER,
    model="google/tapas-base-finetuned-wtq",
    examples=[Example("GitHub stars", {
        "inputs.query": "How many stars does the transformers repository have?",
        "inputs.table": {
            "Repository": ("Transformers", "Datasets", "Tokenizers"),
            "Stars": ("36542", "4512", "3934"),
            "Contributors": ("651", "77", "34"),
            "Programming language": ("Python", "Python", "Rust, Python and NodeJS"),
        },
    })],
)

TEXT_CLASSIFICATION = spec(
    "text-classification", "Text classification", NL,
    "Sort a text into labels, such as positive or negative.",
    inputs=[text("The text to classify.")],
    output=OutputKind.LABELS,
    model="distilbert-base-uncased-finetuned-sst-2-english",
    examples=[Example("Sentiment", {"inputs": "I like you. I love you."})],
)

_PROMPT_HELP = "The text to continue."

TEXT_GENERATION = spec(
    "text-generation", "Text generation", NL, "Continue a text.",
    inputs=[text(_PROMPT_HELP, label="Prompt")],
    parameters=p.GENERATION,
    output=OutputKind.TEXT,
    model="gpt2",
    examples=[Example("The universe", {"inputs": "The answer to the universe is"})],
)

TEXT_GENERATION_STREAM = spec(
    "text-generation-stream", "Text generation (streamed)", NL,
    "Continue a text, watching the tokens arrive one by one.",
    inputs=[text(_PROMPT_HELP, label="Prompt")],
    parameters=p.GENERATION,
    output=OutputKind.TEXT_STREAM,
    model="google/flan-t5-xxl",
    examples=[Example("Repeat after me", {"inputs": 'repeat "one two three four"'})],
    streaming=True,
)

TOKEN_CLASSIFICATION = spec(
    "token-classification", "Token classification", NL,
    "Find the names of people, places and organizations in a text.",
    inputs=[text("The text to classify.")],
    parameters=[p.AGGREGATION_STRATEGY],
    output=OutputKind.ENTITIES,
    model="dbmdz/bert-large-cased-finetuned-conll03-english",
    examples=[Example("People", {
        "inputs": "My name is Sarah Jessica Parker but you can call me Jessica"})],
)

TRANSLATION = spec(
    "translation", "Translation", NL,
    "Translate a text (the default model goes from English to German).",
    inputs=[text("The text to translate.")],
    output=OutputKind.TEXT,
    model="t5-base",
    examples=[Example("English to German", {"inputs": "My name is Wolfgang and I live in Berlin"})],
)

ZERO_SHOT_CLASSIFICATION = spec(
    "zero-shot-classification", "Zero-shot classification", NL,
    "Sort a text into labels you choose.",
    inputs=[text("The text to classify."), CANDIDATE_LABELS],
    parameters=[p.MULTI_LABEL],
    output=OutputKind.ZERO_SHOT,
    model="facebook/bart-large-mnli",
    examples=[Example("Customer request", {
        "inputs": "Hi, I recently bought a device from your company but it is not working as "
        "advertised and I would like to get reimbursed!",
        "parameters.candidate_labels": ("refund", "legal", "faq"),
    })],
)

TASKS = (
    CONVERSATIONAL, FEATURE_EXTRACTION, FILL_MASK, QUESTION_ANSWERING, SENTENCE_SIMILARITY,
    SUMMARIZATION, TABLE_QUESTION_ANSWERING, TEXT_CLASSIFICATION, TEXT_GENERATION,
    TEXT_GENERATION_STREAM, TOKEN_CLASSIFICATION, TRANSLATION, ZERO_SHOT_CLASSIFICATION,
)
