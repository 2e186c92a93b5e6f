"""The exceptions newsclean raises on purpose; each message is one readable line."""

from __future__ import annotations


class NewscleanError(Exception):
    """Base class: anything newsclean reports to a user as a one-line error."""


class InputError(NewscleanError):
    """The input cannot be cleaned (binary, undecodable, too large, ...). CLI exit 1."""


class ModelError(NewscleanError):
    """A model file is missing, corrupt or of another version."""


class PageTimeout(InputError):
    """A page took longer to clean than the time limit a batch run set (``--timeout``)."""
