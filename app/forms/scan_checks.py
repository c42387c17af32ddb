"""What an attached scan may not carry, each refusal with what to do instead: a PDF with scripts
or actions that run by themselves (JavaScript, OpenAction, AA), a PDF whose content inflates far
beyond any scan (a decompression bomb), and an image, or an image inside a PDF, over the pixel
limit."""

from __future__ import annotations

import base64
import io
import re
import zlib
from collections.abc import Iterator

import pikepdf
from flask_babel import lazy_gettext as _l

MAX_PIXELS = 80_000_000  # a scan of A3 at 600 dpi is 70 million pixels
MAX_INFLATED = 512 * 1024 * 1024  # a PDF's streams decoded, all together
CHUNK = 1024 * 1024

# actions that run code or leave the document; an OpenAction may only go to a page of it
RUNS_CODE = {"/JavaScript", "/Launch", "/SubmitForm", "/ImportData", "/RichMediaExecute"}
ASCII_FILTERS = {"/ASCIIHexDecode", "/AHx", "/ASCII85Decode", "/A85"}
FLATE = {"/FlateDecode", "/Fl"}
LZW = {"/LZWDecode", "/LZW"}
RUN_LENGTH = {"/RunLengthDecode", "/RL"}
# the most one byte of these can become (LZW codes are 9 to 12 bits, a run 128 bytes), for a
# stream whose bytes are not at hand, after a filter only measured
EXPANDS = dict.fromkeys(LZW, 4096) | dict.fromkeys(RUN_LENGTH, 128)

ACTIVE_CONTENT = _l(
    "This PDF contains a script or an action that runs when it is opened, which the office cannot accept. "
    "Save it again as a plain PDF (for example with Print, then Save as PDF) or scan the paper document, "
    "and attach the new file."
)
TOO_MANY_PIXELS = _l(
    "The image is too large: at most %(megapixels)d million pixels. Scan it at 300 dpi or save it smaller, "
    "and attach it again.",
    megapixels=MAX_PIXELS // 1_000_000,
)
INFLATES = _l(
    "This PDF expands to far more than a scan needs when it is opened. Save it again as a PDF "
    "(for example with Print, then Save as PDF) or scan the document again, and attach the new file."
)


class Unsafe(ValueError):
    """A scan refused for what it carries; ``message`` tells the applicant what to do."""

    def __init__(self, message) -> None:
        super().__init__(str(message))
        self.message = message


class Damaged(ValueError):
    """A PDF whose catalogue, which says what runs on opening, is not what a PDF may hold there:
    what a reader would make of it cannot be told, and the file is taken as unreadable."""


def check_image_size(width: int, height: int) -> None:
    if width * height > MAX_PIXELS:
        raise Unsafe(TOO_MANY_PIXELS)


def check_pdf(data: bytes) -> None:
    """Raise Unsafe when the PDF runs something by itself, inflates beyond MAX_INFLATED or holds
    an image over MAX_PIXELS (raises pikepdf.PdfError when it cannot be read at all, Damaged when
    its catalogue is malformed). Every other entry is read for what it is, whatever kind of value
    a malformed file puts there."""
    with pikepdf.open(io.BytesIO(data)) as pdf:
        opening = _entry(pdf.Root, "/OpenAction")
        form = _entry(pdf.Root, "/AcroForm")
        if not isinstance(opening, pikepdf.Dictionary | pikepdf.Array | None) or not isinstance(
            form, pikepdf.Dictionary | None
        ):
            raise Damaged("the document's opening action or its form is of the wrong kind")
        if isinstance(opening, pikepdf.Dictionary) and _name(_entry(opening, "/S")) != "/GoTo":
            raise Unsafe(ACTIVE_CONTENT)
        if isinstance(form, pikepdf.Dictionary) and "/XFA" in form:
            raise Unsafe(ACTIVE_CONTENT)  # XML forms carry their own scripts
        inflated = 0
        for obj in pdf.objects:
            for dictionary in _dictionaries(obj):
                _check_actions(dictionary)
            if isinstance(obj, pikepdf.Stream):
                if _name(obj.get("/Subtype")) == "/Image":
                    check_image_size(_whole(obj.get("/Width")), _whole(obj.get("/Height")))
                inflated += _decoded_size(obj, MAX_INFLATED - inflated)
                if inflated > MAX_INFLATED:
                    raise Unsafe(INFLATES)


def _entry(obj, key: str):
    """A dictionary's entry, or None when the object is no dictionary."""
    return obj.get(key) if isinstance(obj, pikepdf.Dictionary | pikepdf.Stream) else None


def _name(value) -> str | None:
    """A name as text ("/GoTo"), or None for any other kind of value."""
    return str(value) if isinstance(value, pikepdf.Name) else None


def _dictionaries(obj) -> Iterator[pikepdf.Dictionary]:
    """An object's dictionaries, its direct ones inside included (an annotation's action is
    often written inside it); objects it refers to are walked on their own."""
    pending = [obj]
    while pending:
        item = pending.pop()
        if isinstance(item, pikepdf.Stream):
            item = item.stream_dict
        if isinstance(item, pikepdf.Dictionary):
            yield item
            pending.extend(value for _, value in item.items() if _direct_container(value))
        elif isinstance(item, pikepdf.Array):
            pending.extend(value for value in item if _direct_container(value))


def _direct_container(value) -> bool:
    return isinstance(value, pikepdf.Dictionary | pikepdf.Array) and not value.is_indirect


def _check_actions(dictionary: pikepdf.Dictionary) -> None:
    if "/AA" in dictionary or "/JS" in dictionary:
        raise Unsafe(ACTIVE_CONTENT)  # actions run on opening a page or a field, and scripts
    if "/JavaScript" in dictionary or _name(dictionary.get("/S")) in RUNS_CODE:
        raise Unsafe(ACTIVE_CONTENT)  # the document's scripts by name, and actions that run code


def _whole(value) -> int:
    try:
        return max(int(value), 0)
    except (TypeError, ValueError, OverflowError):
        return 0  # not a number, or not a finite one: no size to check


def _filters(stream: pikepdf.Stream) -> list[str]:
    found = stream.get("/Filter")
    if found is None:
        return []
    names = list(found) if isinstance(found, pikepdf.Array) else [found]
    return [_name(name) or "" for name in names]  # anything but a name is a filter no reader knows


def _decoded_size(stream: pikepdf.Stream, budget: int) -> int:
    """The stream's size once its general filters are undone: Flate measured by inflating it in
    pieces, LZW and run-length by counting what their codes stand for (each stopping past
    ``budget``); after a filter only measured, by the most the next can expand to. Image codecs
    stop the count: their pixels are checked instead."""
    data: bytes | None = bytes(stream.read_raw_bytes())
    size = len(data)
    for index, name in enumerate(_filters(stream)):
        if name in ASCII_FILTERS:
            if data is not None:
                data = _ascii_decoded(name, data)
                size = len(data)
        elif name in FLATE:
            size = _inflated(data, budget) if data is not None else size * 1032
            data = None
        elif name in EXPANDS and data is None:
            size *= EXPANDS[name]
        elif name in LZW:
            early = _entry(_parameters(stream, index), "/EarlyChange") != 0  # 1 unless it says 0
            size, data = _lzw_size(data, budget, int(early)), None
        elif name in RUN_LENGTH:
            size, data = _run_length_size(data, budget), None
        else:
            break
        if size > budget:
            break
    return size


def _parameters(stream: pikepdf.Stream, index: int):
    """The decoding parameters of the stream's filter at ``index`` (a dictionary, or None)."""
    found = stream.get("/DecodeParms")
    if isinstance(found, pikepdf.Array):
        return found[index] if index < len(found) else None
    return found if index == 0 else None


def _lzw_size(data: bytes, budget: int, early: int) -> int:
    """How many bytes LZW codes decode to, without decoding them: each code stands for a string as
    long as the one it extends plus one (PDF's LZW: 9 to 12 bits, most significant first, 256
    clears the table, 257 ends the data). Stops past ``budget``, and at a code no reader can
    decode, as readers do."""
    lengths = [1] * 256 + [0] * (4096 - 256)
    following, width, previous, size = 258, 9, -1, 0
    pending = bits = 0
    for byte in data:
        pending, bits = (pending << 8) | byte, bits + 8
        while bits >= width:
            bits -= width
            code = pending >> bits
            pending &= (1 << bits) - 1
            if code == 256:
                following, width, previous = 258, 9, -1
                continue
            if code == 257 or (previous < 0 and code > 255) or code > following:
                return size
            if previous < 0:
                size, previous = size + 1, code
                continue
            added = lengths[previous] + 1
            size += lengths[code] if code < following else added
            if following < 4096:
                lengths[following] = added
                following += 1
                if following + early >= 1 << width and width < 12:
                    width += 1
            previous = code
            if size > budget:
                return size
    return size


def _run_length_size(data: bytes, budget: int) -> int:
    """How many bytes run-length data decodes to: a length byte under 128 copies that many bytes
    plus one, over 128 repeats the next byte 257 minus it times, 128 ends the data."""
    size = at = 0
    while at < len(data) and size <= budget:
        length = data[at]
        if length == 128:
            break
        if length < 128:
            size += min(length + 1, len(data) - at - 1)
            at += length + 2
        else:
            size += 257 - length
            at += 2
    return size


def _ascii_decoded(name: str, data: bytes) -> bytes:
    try:
        if name in ("/ASCIIHexDecode", "/AHx"):
            digits = re.sub(rb"[^0-9A-Fa-f]", b"", data.split(b">")[0])
            return bytes.fromhex((digits + b"0" * (len(digits) % 2)).decode())
        return base64.a85decode(data.split(b"~>")[0].strip(), ignorechars=b" \t\n\r\x0b\x0c")
    except ValueError:
        return b""  # a broken stream decodes to nothing a reader could show


def _inflated(data: bytes, budget: int) -> int:
    inflater = zlib.decompressobj()
    size = 0
    pending = data
    try:
        while pending and size <= budget:
            size += len(inflater.decompress(pending, CHUNK))
            pending = inflater.unconsumed_tail
        if not pending and size <= budget:
            size += len(inflater.flush())
    except zlib.error:
        pass  # what inflated before the damage is what a reader would show
    return size
