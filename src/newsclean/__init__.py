"""newsclean: keep the article, drop the page.

>>> import newsclean
>>> article = newsclean.clean(open("page.txt", encoding="utf-8").read())  # doctest: +SKIP
>>> article.headline, article.body                                         # doctest: +SKIP

Every input line gets exactly one of eight labels (:class:`Label`), with the
detector and the reason that chose it (``article.segments``). See
``newsclean --help`` for the command-line filter.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from newsclean._version import __version__
from newsclean.errors import InputError, ModelError, NewscleanError
from newsclean.types import Article, Label, Options, Segment

if TYPE_CHECKING:
    from newsclean.pipeline import clean


def __getattr__(name: str) -> Any:
    # the pipeline compiles its patterns on import: load it on first use, so that
    # `import newsclean` and `newsclean --version` stay fast
    if name == "clean":
        from newsclean.pipeline import clean

        return clean
    raise AttributeError(f"module 'newsclean' has no attribute {name!r}")


__all__ = [
    "Article",
    "InputError",
    "Label",
    "ModelError",
    "NewscleanError",
    "Options",
    "Segment",
    "__version__",
    "clean",
]
