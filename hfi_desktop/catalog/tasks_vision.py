"""Computer-vision and multimodal tasks. Examples and default models are the recorded 2023
calls'."""

from __future__ import annotations

from . import parameters as p
from .define import CANDIDATE_LABELS, QUESTION, image_data, spec, text
from .model import Example, Group, InputField, InputKind, OutputKind

CV = Group.COMPUTER_VISION
CATS = Example("Cats", {"data": "examples/cats.png"})
CHEETAH = Example("Cheetah", {"data": "examples/cheetah.png"})
TORTOISE = (
    "award winning high resolution photo of a giant tortoise/((ladybird)) hybrid, "
    "[trending on artstation]"
)

IMAGE_CLASSIFICATION = spec(
    "image-classification", "Image classification", CV, "Say what an image shows.",
    inputs=[image_data("The image to classify.")],
    output=OutputKind.LABELS,
    model="google/vit-base-patch16-224",
    examples=[CHEETAH],
)

IMAGE_SEGMENTATION = spec(
    "image-segmentation", "Image segmentation", CV,
    "Outline each object and region of an image.",
    inputs=[image_data("The image to segment.")],
    output=OutputKind.SEGMENTATION,
    model="facebook/detr-resnet-50-panoptic",
    examples=[CATS],
)

IMAGE_TO_IMAGE = spec(
    "image-to-image", "Image to image", CV,
    "Make a new image from an image, such as a photo from a sketch or a depth map.",
    inputs=[InputField("inputs", InputKind.IMAGE, "Image",
                       help="The initial image the new one is conditioned on.")],
    parameters=p.IMAGE_TO_IMAGE,
    output=OutputKind.IMAGE,
    model="lllyasviel/sd-controlnet-canny",
    examples=[
        Example("Bird from edges", {"inputs": "examples/bird_canny.png"}),
        Example("Depth map with a prompt", {"inputs": "examples/stormtrooper_depth.png"},
                {"prompt": "elmo's lecture"}, model="lllyasviel/sd-controlnet-depth"),
    ],
)

IMAGE_TO_TEXT = spec(
    "image-to-text", "Image to text", CV, "Describe an image in a sentence.",
    inputs=[image_data("The image to describe.")],
    output=OutputKind.TEXT,
    model="nlpconnect/vit-gpt2-image-captioning",
    examples=[CHEETAH],
)

OBJECT_DETECTION = spec(
    "object-detection", "Object detection", CV, "Find and box the objects in an image.",
    inputs=[image_data("The image to search.")],
    output=OutputKind.DETECTION,
    model="facebook/detr-resnet-50",
    examples=[CATS],
)

TEXT_TO_IMAGE = spec(
    "text-to-image", "Text to image", CV, "Draw an image from a description.",
    inputs=[text("The description of the image to generate.", label="Prompt")],
    parameters=p.TEXT_TO_IMAGE,
    output=OutputKind.IMAGE,
    model="stabilityai/stable-diffusion-2",
    examples=[
        Example("Tortoise", {"inputs": TORTOISE}),
        Example("Small and quick", {"inputs": TORTOISE}, {
            "negative_prompt": "blurry", "width": 512, "height": 128, "num_inference_steps": 10}),
    ],
)

ZERO_SHOT_IMAGE_CLASSIFICATION = spec(
    "zero-shot-image-classification", "Zero-shot image classification", CV,
    "Sort an image into labels you choose.",
    inputs=[InputField("inputs.image", InputKind.IMAGE, "Image", help="The image to classify."),
            CANDIDATE_LABELS],
    output=OutputKind.LABELS,
    model="openai/clip-vit-large-patch14-336",
    examples=[Example("Cheetah", {
        "inputs.image": "examples/cheetah.png",
        "parameters.candidate_labels": ("animal", "toy", "car"),
    })],
)

DOCUMENT_QUESTION_ANSWERING = spec(
    "document-question-answering", "Document question answering", Group.MULTIMODAL,
    "Ask a question about a scanned document.",
    inputs=[InputField("inputs.image", InputKind.IMAGE, "Document",
                       help="The image of the document (a scan or a photo)."),
            QUESTION],
    output=OutputKind.DOC_ANSWER,
    model="impira/layoutlm-document-qa",
    examples=[Example("Invoice", {
        "inputs.image": "examples/invoice.png", "inputs.question": "Invoice number?"})],
)

VISUAL_QUESTION_ANSWERING = spec(
    "visual-question-answering", "Visual question answering", Group.MULTIMODAL,
    "Ask a question about an image.",
    inputs=[InputField("inputs.image", InputKind.IMAGE, "Image", help="The image to ask about."),
            QUESTION],
    output=OutputKind.DOC_ANSWER,
    model="dandelin/vilt-b32-finetuned-vqa",
    examples=[Example("Cats", {
        "inputs.image": "examples/cats.png", "inputs.question": "How many cats are lying down?"})],
)

TASKS = (
    IMAGE_CLASSIFICATION, IMAGE_SEGMENTATION, IMAGE_TO_IMAGE, IMAGE_TO_TEXT, OBJECT_DETECTION,
    TEXT_TO_IMAGE, ZERO_SHOT_IMAGE_CLASSIFICATION, DOCUMENT_QUESTION_ANSWERING,
    VISUAL_QUESTION_ANSWERING,
)
