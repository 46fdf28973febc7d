"""Package data that lives outside the package: the top-level ``resources/`` directory
(icons, examples, translations) ships as ``hfi_desktop/_resources`` in wheels and sdists,
read through hfi_desktop/resources.py (importlib.resources).

Everything else is declared in pyproject.toml. The packages are listed here because
pyproject's ``packages.find`` cannot add one whose directory is mapped elsewhere. Each data
folder is named as a package of its own (setuptools treats any folder as importable).
"""

from pathlib import Path

from setuptools import find_packages, setup

RESOURCES = "hfi_desktop._resources"
#: Data folder under resources/ -> the files of it that ship (sources like *.ts stay out).
DATA = {"icons": ["*.svg"], "examples": ["*"], "i18n": ["*.qm"]}

folders = [name for name in DATA if (Path(__file__).parent / "resources" / name).is_dir()]
setup(
    packages=[*find_packages(include=["hfi_desktop", "hfi_desktop.*"]), RESOURCES,
              *(f"{RESOURCES}.{name}" for name in folders)],
    package_dir={RESOURCES: "resources"},
    package_data={f"{RESOURCES}.{name}": DATA[name] for name in folders},
)
