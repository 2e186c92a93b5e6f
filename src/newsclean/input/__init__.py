"""Input stage: bytes or str → text, and which kind of page it is."""

from newsclean.input.decode import decode, looks_binary
from newsclean.input.sniff import looks_like_html

__all__ = ["decode", "looks_binary", "looks_like_html"]
