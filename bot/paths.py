"""Where the shipped data lives, and how it is read, so every module finds it the same way."""

from pathlib import Path

import yaml

try:  # libyaml reads the lexicons and the taxonomy ten times faster
    from yaml import CSafeLoader as SafeLoader
except ImportError:  # pragma: no cover - PyYAML built without libyaml
    from yaml import SafeLoader

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "data"
LOCALES = ROOT / "locales"


def read_yaml(path: Path):
    return yaml.load(path.read_text(encoding="utf-8"), Loader=SafeLoader)
