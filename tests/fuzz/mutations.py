"""Hypothesis strategies that damage real-looking files: bytes flipped, inserted, cut,
quotes, newlines, tabs and NULs sprinkled in, other encodings, other headers."""

from __future__ import annotations

import codecs

from hypothesis import strategies as st

# Pieces that upset CSV, text and PDF parsers.
SPECIAL = [
    b'"',
    b'""',
    b"\n",
    b"\r\n",
    b"\r",
    b"\t",
    b"\x00",
    b",",
    b";",
    b"\\",
    b'\\"',
    "\ufeff".encode(),
    codecs.BOM_UTF16_LE,
    b"\xff",
    b"\xe9",
    "😀".encode(),
    "𝐁𝐨𝐥𝐝".encode(),
    b"\n\n",
    b"Notes:\n",
    b"obj",
    b"endobj",
    b"stream",
    b"%%EOF",
    b"<<",
    b">>",
    b"0 0 0",
    b"9999999999",
]

unicode_text = st.text(
    alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=40
) | st.sampled_from(["", "😀👍🏽", "𝐁𝐨𝐥𝐝 𝘪𝘵𝘢𝘭𝘪𝘤", "Ünïcödé", "e\u0301", "\u202e", "\u00a0"])


@st.composite
def mutated(draw: st.DrawFn, data: bytes, max_ops: int = 4) -> bytes:
    """`data` with 0 to `max_ops` random edits."""
    out = bytearray(data)
    for _ in range(draw(st.integers(0, max_ops))):
        at = draw(st.integers(0, len(out)))
        op = draw(st.sampled_from(["flip", "insert", "special", "delete", "truncate", "dup"]))
        if op == "flip" and at < len(out):
            out[at] = draw(st.integers(0, 255))
        elif op == "insert":
            out[at:at] = draw(st.binary(min_size=1, max_size=8))
        elif op == "special":
            out[at:at] = draw(st.sampled_from(SPECIAL))
        elif op == "delete":
            del out[at : at + draw(st.integers(1, 64))]
        elif op == "truncate":
            del out[at:]
        elif op == "dup" and at < len(out):
            end = min(len(out), at + draw(st.integers(1, 200)))
            out[at:at] = out[at:end]
    return bytes(out)


ENCODINGS = ["utf-8", "utf-8-sig", "utf-16", "utf-16-be+bom", "utf-16-le", "latin-1", "cp1252"]


def reencode(data: bytes, encoding: str) -> bytes:
    """The text of `data` (UTF-16 with BOM or UTF-8) written in `encoding`."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        text = data.decode("utf-16", "replace")
    else:
        text = data.decode("utf-8-sig", "replace")
    if encoding == "utf-16-be+bom":
        return codecs.BOM_UTF16_BE + text.encode("utf-16-be")
    return text.encode(encoding, "replace")
