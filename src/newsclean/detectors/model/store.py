"""Where models live: the bundled one (inside the package) and user files.

The bundled model is ``bundled-model.json`` next to this file, with a tiny
``bundled-model.meta.json`` (``{"version": ...}``) that ``newsclean
--version`` reads without loading the model. Models are loaded lazily, the
first time a page is cleaned with ``use_model=True``, and cached per path
(reloaded when the file changes).

The bundled model is rebuilt with one command, from the repository root::

    python -m newsclean.detectors.model.cli corpus/text/train corpus/text/dev \\
        -o src/newsclean/detectors/model/bundled-model.json

(hyper-parameters are the defaults of :class:`~.train.Settings`, picked on
``corpus/text/dev`` with a model trained on ``corpus/text/train`` only, and by
4-fold cross-validation over train and dev). The real pages of the
benchmark (``--real``, keep/drop labels) are left out of the bundled model:
with the tuning half at weight 0.5, cross-validation on train + dev lost
2.23% of body tokens against 1.24% without them, and keep F1 fell from 0.936
to 0.927 (their gold leaves out standfirsts and headlines, which our corpus
keeps). It
also rewrites the meta file; the same documents give the same bytes. Rebuild
it whenever the rule detectors or the decision's article span change: the
model's features are the rules' verdicts (by rule name) and that span.
"""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path
from typing import TYPE_CHECKING

from newsclean.errors import ModelError

if TYPE_CHECKING:
    from newsclean.detectors.model.sequence import Model

BUNDLED = Path(__file__).with_name("bundled-model.json")
BUNDLED_META = Path(__file__).with_name("bundled-model.meta.json")

_cache: dict[str, tuple[int, int, Model]] = {}


def bundled_model_version() -> str:
    """The bundled model's version, read from its small metadata file (fast)."""
    try:
        meta = json.loads(BUNDLED_META.read_text(encoding="utf-8"))
        return str(meta.get("version", "unknown"))
    except (OSError, ValueError):
        return "none (rules only)"


def load(path: str | Path) -> Model:
    """The model in ``path``, read once and cached (re-read when the file's size or mtime changes)."""
    key = os.fspath(path)
    try:
        st = os.stat(key)
    except OSError:
        raise ModelError(f"model file not found: {key}") from None
    hit = _cache.get(key)
    if hit is not None and hit[0] == st.st_mtime_ns and hit[1] == st.st_size:
        return hit[2]
    from newsclean.detectors.model.sequence import Model  # lazy: --version reads only the meta file

    model = Model.load(key)
    _cache[key] = (st.st_mtime_ns, st.st_size, model)
    return model


def model_version(path: str | Path) -> str:
    """A short version for a model file: format version and the start of its SHA-256."""
    from newsclean.detectors.model.sequence import FORMAT_VERSION

    digest = hashlib.sha256(Path(path).read_bytes()).hexdigest()
    return f"v{FORMAT_VERSION}-{digest[:10]}"


def write_meta(model_path: str | Path, meta_path: str | Path) -> str:
    """Write the ``{"version": ...}`` file next to a model; returns the version."""
    version = model_version(model_path)
    Path(meta_path).write_text(json.dumps({"version": version}) + "\n", encoding="utf-8")
    return version
