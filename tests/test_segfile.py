"""The .seg reader: the labelling guide's format, and clear errors when a file breaks it."""

from __future__ import annotations

import pytest

from newsclean.segfile import SegFormatError, parse_seg
from newsclean.types import Label


def test_header_blank_lines_and_text_round_trip() -> None:
    doc = parse_seg("# lang: de\n# style: regional\nheadline\tTitel\n\nbody\tErster Absatz.\nchrome\t  Teilen\n")
    assert doc.header == {"lang": "de", "style": "regional"}
    assert doc.text == "Titel\n\nErster Absatz.\n  Teilen"
    assert doc.labels() == [Label.HEADLINE, Label.BODY, Label.CHROME]
    assert doc.lang == "de"


def test_text_keeps_tabs_after_the_first() -> None:
    doc = parse_seg("body\tcol1\tcol2\n")
    assert doc.text == "col1\tcol2"


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("body no tab\n", "no TAB"),
        ("bodyy\ttext\n", "unknown label"),
        ("body\t   \n", "blank line"),
    ],
)
def test_format_errors_name_the_line(content: str, message: str) -> None:
    with pytest.raises(SegFormatError, match=message):
        parse_seg(content, "x.seg")


def test_hash_lines_after_the_header_are_text() -> None:
    doc = parse_seg("# lang: en\nbody\tFirst.\nchrome\t# not a header\n")
    assert doc.lines[-1] == (Label.CHROME, "# not a header")
