"""Where models live: the bundled one (inside the package) and user files."""

from __future__ import annotations

import json
from pathlib import Path

BUNDLED = Path(__file__).with_name("bundled-model.json")
BUNDLED_META = Path(__file__).with_name("bundled-model.meta.json")


def bundled_model_version() -> str:
    """The bundled model's version, read from its small metadata file (fast)."""
    try:
        meta = json.loads(BUNDLED_META.read_text(encoding="utf-8"))
        return str(meta.get("version", "unknown"))
    except (OSError, ValueError):
        return "none (rules only)"
