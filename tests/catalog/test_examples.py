"""Examples become form values; shipped files are found through hfi_desktop.resources."""

from __future__ import annotations

from hfi_desktop import resources
from hfi_desktop.catalog import FileValue, example_files, example_values, task


def test_resources_are_the_repositorys() -> None:
    root = resources.resource_path()
    assert root.name == "resources" and (root / "examples").is_dir()
    assert resources.example_path("cats.png") == root / "examples" / "cats.png"
    assert resources.resource_path("examples/cats.png") == resources.example_path("cats.png")
    assert resources.icon_path("fill-mask.svg").is_file()


def test_file_inputs_become_file_values() -> None:
    spec = task("document-question-answering")
    values = example_values(spec, spec.examples[0])
    image = values["inputs.image"]
    assert isinstance(image, FileValue)
    assert (image.name, image.mime) == ("invoice.png", "image/png")
    assert image.data == resources.example_path("invoice.png").read_bytes()
    assert image.path == str(resources.example_path("invoice.png"))
    assert values["inputs.question"] == "Invoice number?"


def test_audio_example() -> None:
    spec = task("audio-classification")
    [path] = example_files(spec, spec.examples[0]).values()
    assert path == resources.example_path("sample1.flac")
    value = example_values(spec, spec.examples[0])["data"]
    assert isinstance(value, FileValue) and value.mime == "audio/flac"


def test_examples_without_files_are_copied() -> None:
    spec = task("text-classification")
    example = spec.examples[0]
    assert example_files(spec, example) == {}
    values = example_values(spec, example)
    assert values == dict(example.values) and values is not example.values
