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


class _UniqueKeys(SafeLoader):
    """A key given twice in one mapping is refused: YAML keeps the last one silently, so a word class named twice in a
    lexicon lost the first one's words without a trace (round 60)."""

    def construct_mapping(self, node, deep=False):
        seen = set()
        for key_node, _ in node.value:
            key = self.construct_object(key_node, deep=deep)
            if key in seen:
                raise yaml.constructor.ConstructorError(None, None, f"{key!r} is given twice", key_node.start_mark)
            seen.add(key)
        return super().construct_mapping(node, deep)


def read_yaml(path: Path):
    return yaml.load(path.read_text(encoding="utf-8"), Loader=_UniqueKeys)
