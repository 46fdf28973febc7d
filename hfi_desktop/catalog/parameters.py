"""The tasks' parameters, each defined once: types, defaults, ranges and help from the seed.

``default`` is the value the server uses when the parameter is not sent (None: no documented
default). Ranges are the seed's where it gives one ("Int (0-250)"), otherwise the current task
schemas' (task-specs/*/input.json), otherwise a sane bound for a form's spin box.
"""

from __future__ import annotations

from .model import Parameter, ParamType

# -- text generation, summarization, conversation -------------------------------------------

DO_SAMPLE = Parameter(
    "do_sample", ParamType.BOOL, default=True,
    help="Whether to use sampling; greedy decoding otherwise.",
)
MAX_NEW_TOKENS = Parameter(
    "max_new_tokens", ParamType.INT, minimum=0, maximum=250,
    help="The number of new tokens to generate, not counting the input: an estimate of the "
    "length of text you want. Each new token slows the request down, so balance response "
    "time against the length of the generated text.",
)
MAX_TIME = Parameter(
    "max_time", ParamType.FLOAT, minimum=0, maximum=120,
    help="The most time in seconds the query should take. The network can add some overhead, "
    "so this is a soft limit. Best combined with a token limit.",
)
NUM_RETURN_SEQUENCES = Parameter(
    "num_return_sequences", ParamType.INT, default=1, minimum=1, maximum=10,
    help="The number of proposals to return.",
)
REPETITION_PENALTY = Parameter(
    "repetition_penalty", ParamType.FLOAT, minimum=0, maximum=100,
    help="The more a token has been used during generation, the more it is penalized in the "
    "following generation steps.",
)
RETURN_FULL_TEXT = Parameter(
    "return_full_text", ParamType.BOOL, default=True,
    help="If false, the result does not include the original query, which makes prompting "
    "easier.",
)
STOP_SEQUENCES = Parameter(
    "stop_sequences", ParamType.STRING_LIST, default=(),
    help="The model stops generating text when it generates one of these strings.",
)
TEMPERATURE = Parameter(
    "temperature", ParamType.FLOAT, default=1.0, minimum=0, maximum=100,
    help="The temperature of the sampling operation: 1 means regular sampling, 0 means always "
    "take the highest score, 100 gets close to uniform probability.",
)
TOP_K = Parameter(
    "top_k", ParamType.INT, minimum=1, maximum=1000,
    help="The number of most likely tokens the sampling operation considers to create new "
    "text.",
)
TOP_P = Parameter(
    "top_p", ParamType.FLOAT, minimum=0, maximum=1,
    help="Tokens are added to the sample from most to least probable until the sum of their "
    "probabilities is greater than top_p.",
)
TRUNCATE = Parameter(
    "truncate", ParamType.INT, minimum=0, maximum=100_000,
    help="The largest number of tokens taken from the input.",
)
MAX_LENGTH = Parameter(
    "max_length", ParamType.INT, minimum=1, maximum=100_000,
    help="The maximum length of the output, in tokens.",
)
MIN_LENGTH = Parameter(
    "min_length", ParamType.INT, minimum=0, maximum=100_000,
    help="The minimum length of the output, in tokens.",
)

#: text_generation and text_generation_stream, in the seed's order.
GENERATION = (
    DO_SAMPLE, MAX_NEW_TOKENS, MAX_TIME, NUM_RETURN_SEQUENCES, REPETITION_PENALTY,
    RETURN_FULL_TEXT, STOP_SEQUENCES, TEMPERATURE, TOP_K, TOP_P, TRUNCATE,
)
#: summarization and conversational, in the seed's order.
LENGTH_AND_SAMPLING = (
    MAX_LENGTH, MAX_TIME, MIN_LENGTH, REPETITION_PENALTY, TEMPERATURE, TOP_K, TOP_P,
)

# -- chat completion (PROVIDERS.md §3.1) -------------------------------------------------------

MAX_TOKENS = Parameter(
    "max_tokens", ParamType.INT, minimum=1, maximum=1_000_000,
    help="The most tokens the reply may have; it stops there, cut short. Unset: the "
    "provider's limit (often the model's context length).",
)
CHAT_TEMPERATURE = Parameter(
    "temperature", ParamType.FLOAT, default=1.0, minimum=0, maximum=2,
    help="How random the reply is: 0 nearly always picks the likeliest word, higher values "
    "give more varied (and less focused) text.",
)
SEED = Parameter(
    "seed", ParamType.INT, minimum=0, maximum=2**31 - 1,
    help="With the same seed and parameters, a provider that supports it gives the same reply "
    "again.",
)
STOP = Parameter(
    "stop", ParamType.STRING_LIST, default=(),
    help="Up to 4 sequences: the model stops generating when it writes one of them.",
)
FREQUENCY_PENALTY = Parameter(
    "frequency_penalty", ParamType.FLOAT, default=0.0, minimum=-2, maximum=2,
    help="Positive values lower the chance of a word the more often it already appeared: "
    "less repetition.",
)
PRESENCE_PENALTY = Parameter(
    "presence_penalty", ParamType.FLOAT, default=0.0, minimum=-2, maximum=2,
    help="Positive values lower the chance of any word that already appeared: the model "
    "moves on to new topics.",
)

#: The chat page's parameters, in the order its panel shows them.
CHAT = (
    MAX_TOKENS, CHAT_TEMPERATURE, TOP_P, SEED, STOP, FREQUENCY_PENALTY, PRESENCE_PENALTY,
)

# -- classification -----------------------------------------------------------------------

AGGREGATION_STRATEGY = Parameter(
    "aggregation_strategy", ParamType.CHOICE, default="simple",
    choices=("none", "simple", "first", "average", "max"),
    help="How tokens are grouped into entities. none: every token is classified, without "
    "further aggregation. simple: entities are grouped by the default scheme (B- and I- tags "
    "are merged when the tag is the same). first: like simple, but a word cannot end up with "
    "different tags; on ambiguity it takes the tag of its first token. average: like simple, "
    "but the scores are averaged over a word's tokens before the best label is taken. max: "
    "like simple, but the word takes the label of its highest-scoring token.",
)
MULTI_LABEL = Parameter(
    "multi_label", ParamType.BOOL, default=False,
    help="Set to true if the classes can overlap.",
)

# -- image generation ---------------------------------------------------------------------

GUIDANCE_SCALE = Parameter(
    "guidance_scale", ParamType.FLOAT, minimum=0, maximum=50,
    help="A higher guidance scale pushes the model to generate images closely linked to the "
    "text prompt, usually at the expense of image quality.",
)
HEIGHT = Parameter(
    "height", ParamType.INT, minimum=8, maximum=4096,
    help="The height in pixels of the generated image.",
)
WIDTH = Parameter(
    "width", ParamType.INT, minimum=8, maximum=4096,
    help="The width in pixels of the generated image.",
)
NEGATIVE_PROMPT = Parameter(
    "negative_prompt", ParamType.STRING,
    help="An optional negative prompt: what the image should not show.",
)
NUM_INFERENCE_STEPS = Parameter(
    "num_inference_steps", ParamType.INT, minimum=1, maximum=500,
    help="The number of denoising steps. More steps usually give a higher quality image, at "
    "the expense of slower inference.",
)
PROMPT = Parameter(
    "prompt", ParamType.STRING,
    help="The text prompt that guides the image generation.",
)
STRENGTH = Parameter(
    "strength", ParamType.FLOAT, minimum=0, maximum=1,
    help="Only for SD img2img and AltDiffusion img2img models. How much to transform the "
    "reference image, between 0 and 1: the image is the starting point, and the larger the "
    "strength, the more noise is added to it. At 1 the noise is maximal and denoising runs "
    "all the inference steps, so the image is essentially ignored.",
)
GUESS_MODE = Parameter(
    "guess_mode", ParamType.BOOL, default=False,
    help="Only for ControlNet models. The ControlNet encoder tries its best to recognize the "
    "content of the input image even without any prompt. A guidance scale between 3.0 and "
    "5.0 is recommended.",
)

#: text_to_image, in the seed's order.
TEXT_TO_IMAGE = (GUIDANCE_SCALE, HEIGHT, NEGATIVE_PROMPT, NUM_INFERENCE_STEPS, WIDTH)
#: image_to_image, in the seed's order.
IMAGE_TO_IMAGE = (
    GUESS_MODE, GUIDANCE_SCALE, HEIGHT, NEGATIVE_PROMPT, NUM_INFERENCE_STEPS, PROMPT, STRENGTH,
    WIDTH,
)
