"""Scans that would harm whoever opens them are refused with what to do instead: a PDF that runs a
script or an action by itself, a PDF that inflates to a gigabyte, an image over the pixel limit.
The files are made here."""

import io
import random
import struct
import zlib

import pikepdf
import pytest
from flask_babel import force_locale
from PIL import Image

from app.extensions import db
from app.forms import attachments, scan_checks
from app.forms.models import Attachment
from plugins.eforms.tests.test_filing import attach, electronic  # noqa: F401  (a fixture)

JS = pikepdf.Name.JavaScript


@pytest.fixture(autouse=True)
def english(app):
    with force_locale("en"):
        yield


def make_pdf(change=None) -> bytes:
    pdf = pikepdf.new()
    pdf.add_blank_page(page_size=(595, 842))
    if change:
        change(pdf, pdf.pages[0].obj)
    out = io.BytesIO()
    # written as built: qpdf would otherwise inflate and compress the streams again
    pdf.save(out, stream_decode_level=pikepdf.StreamDecodeLevel.none)
    return out.getvalue()


def script(text="app.alert('x')"):
    return pikepdf.Dictionary(S=JS, JS=pikepdf.String(text))


def open_script(pdf, page):
    pdf.Root.OpenAction = pdf.make_indirect(script())


def open_launch(pdf, page):
    pdf.Root.OpenAction = pikepdf.Dictionary(S=pikepdf.Name.Launch, F=pikepdf.String("cmd.exe"))


def page_action(pdf, page):
    page.AA = pikepdf.Dictionary(O=pikepdf.Dictionary(S=pikepdf.Name.URI, URI=pikepdf.String("http://x.example")))


def named_script(pdf, page):
    pdf.Root.Names = pikepdf.Dictionary(
        JavaScript=pikepdf.Dictionary(Names=pikepdf.Array([pikepdf.String("start"), pdf.make_indirect(script())]))
    )


def link_script(pdf, page):
    link = pikepdf.Dictionary(Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.Link, Rect=[0, 0, 99, 99], A=script())
    page.Annots = pikepdf.Array([link])


def gigabyte(pdf, page):
    """A content stream of a gigabyte of zeros, a megabyte compressed."""
    packer = zlib.compressobj(9)
    zeros = bytes(1 << 20)
    data = b"".join(packer.compress(zeros) for _ in range(1024)) + packer.flush()
    page.Contents = pdf.make_stream(data, Filter=pikepdf.Name.FlateDecode)


def huge_image(pdf, page):
    image = pdf.make_stream(
        zlib.compress(bytes(1000)),
        Type=pikepdf.Name.XObject,
        Subtype=pikepdf.Name.Image,
        Width=20_000,
        Height=20_000,
        BitsPerComponent=1,
        ColorSpace=pikepdf.Name.DeviceGray,
        Filter=pikepdf.Name.FlateDecode,
    )
    page.Resources = pikepdf.Dictionary(XObject=pikepdf.Dictionary(Im0=image))
    page.Contents = pdf.make_stream(b"q 595 0 0 842 0 0 cm /Im0 Do Q")


def go_to_first_page(pdf, page):
    pdf.Root.OpenAction = pikepdf.Array([page, pikepdf.Name.Fit])


@pytest.mark.parametrize(
    "change",
    [open_script, open_launch, page_action, named_script, link_script],
    ids=["JavaScript on opening", "a program on opening", "a page's own action", "named scripts", "a link's script"],
)
def test_a_pdf_that_runs_something_by_itself_is_refused(app, change):
    with pytest.raises(attachments.Refused, match="runs when it is opened"):
        attachments.media_type(make_pdf(change))


def test_a_pdf_that_inflates_to_a_gigabyte_is_refused(app):
    data = make_pdf(gigabyte)
    assert len(data) < 2 * 1024 * 1024
    with pytest.raises(attachments.Refused, match="expands to far more than a scan needs"):
        attachments.media_type(data)


def test_an_image_inside_a_pdf_is_held_to_the_pixel_limit(app):
    with pytest.raises(attachments.Refused, match="at most 80 million pixels"):
        attachments.media_type(make_pdf(huge_image))


def test_an_ordinary_pdf_is_accepted_even_when_it_opens_at_its_first_page(app):
    assert attachments.media_type(make_pdf()) == "application/pdf"
    assert attachments.media_type(make_pdf(go_to_first_page)) == "application/pdf"


def png_header(width: int, height: int) -> bytes:
    """A PNG that declares its size and holds almost nothing (Pillow reads the size first)."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(b"")) + chunk(b"IEND", b"")


def test_an_image_over_the_pixel_limit_is_refused(app):
    side = 9_000  # 81 million pixels: over the limit, under twice it (where Pillow only warns)
    out = io.BytesIO()
    Image.new("1", (side, side)).save(out, format="PNG")
    assert side * side > scan_checks.MAX_PIXELS
    with pytest.raises(attachments.Refused, match="at most 80 million pixels"):
        attachments.media_type(out.getvalue())
    with pytest.raises(attachments.Refused, match="at most 80 million pixels"):
        attachments.media_type(png_header(40_000, 40_000))  # Pillow's own refusal, in the same words


def test_the_applicant_is_told_why_and_nothing_is_kept(client, electronic):  # noqa: F811
    response = attach(client, electronic, make_pdf(open_script), "passport.pdf")
    assert response.status_code == 400
    page = response.get_data(as_text=True)
    assert "runs when it is opened" in page and "Save as PDF" in page
    assert "Passport, all pages" in page  # the description typed is kept
    assert db.session.query(Attachment).filter_by(submission_id=electronic.id).count() == 0


def form_as_array(pdf, page):
    pdf.Root.AcroForm = pikepdf.Array([pikepdf.Name.XFA, 1])


def form_as_number(pdf, page):
    pdf.Root.AcroForm = 7


def action_kind_as_array(pdf, page):
    page.Annots = pikepdf.Array([pikepdf.Dictionary(A=pikepdf.Dictionary(S=pikepdf.Array([])))])


def action_kind_as_dictionary(pdf, page):
    page.Annots = pikepdf.Array([pikepdf.Dictionary(A=pikepdf.Dictionary(S=pikepdf.Dictionary(N=1)))])


def odd_values_everywhere(pdf, page):
    """Names where numbers go, and numbers where names go, in the entries the check reads."""
    image = pdf.make_stream(
        b"\x00" * 16,
        Subtype=pikepdf.Name.Image,
        Width=pikepdf.Name.Wide,
        Height=pikepdf.Array([4]),
        Filter=pikepdf.Array([pikepdf.Dictionary(), 3]),
        DecodeParms=pikepdf.Name.Nothing,
    )
    page.Resources = pikepdf.Dictionary(XObject=pikepdf.Dictionary(Im0=image), Font=pikepdf.Array([1]))
    page.Contents = pdf.make_stream(b"q Q", Filter=pikepdf.Dictionary(N=1))


@pytest.mark.parametrize(
    "change", [action_kind_as_array, action_kind_as_dictionary, odd_values_everywhere], ids=["a list", "a dict", "odd"]
)
def test_a_pdf_with_values_of_the_wrong_kind_is_checked_without_failing(app, change):
    """Each entry the check reads is taken for what it is: an action whose kind is not a name runs
    nothing a reader knows, a size that is not a number has no pixels to count."""
    scan_checks.check_pdf(make_pdf(change))
    assert attachments.media_type(make_pdf(change)) == "application/pdf"


@pytest.mark.parametrize("change", [form_as_array, form_as_number], ids=["a form that is a list", "a number"])
def test_a_pdf_whose_catalogue_is_malformed_is_refused_as_unreadable(app, change):
    with pytest.raises(scan_checks.Damaged):
        scan_checks.check_pdf(make_pdf(change))
    assert attachments.media_type(make_pdf(change)) is None


def broken_png() -> bytes:
    """A PNG whose image data fails its checksum (Pillow's check raises SyntaxError)."""
    out = io.BytesIO()
    Image.new("RGB", (4, 4), "white").save(out, format="PNG")
    data = bytearray(out.getvalue())
    at = data.index(b"IDAT")
    size = struct.unpack(">I", data[at - 4 : at])[0]
    data[at + 4 + size] ^= 0xFF  # the chunk's checksum
    return bytes(data)


def unreadable_pdf() -> bytes:
    """A PDF whose trailer is a number: its readers fail on it in ways of their own."""
    pdf = pikepdf.new()
    pdf.add_blank_page(page_size=(595, 842))
    out = io.BytesIO()
    pdf.save(out, compress_streams=False, object_stream_mode=pikepdf.ObjectStreamMode.disable)
    return out.getvalue().replace(b"trailer <<", b"trailer 7 <", 1)


@pytest.mark.parametrize("data", [broken_png(), unreadable_pdf()], ids=["a PNG that fails its checksum", "a PDF"])
def test_a_file_its_readers_fail_on_is_refused_as_unreadable(app, data):
    assert attachments.media_type(data) is None


@pytest.mark.parametrize(
    "data",
    [make_pdf(form_as_array), make_pdf(form_as_number), broken_png(), unreadable_pdf()],
    ids=["a form that is a list", "a form that is a number", "a broken PNG", "a PDF its readers fail on"],
)
def test_the_upload_page_refuses_a_malformed_file_with_a_message(client, electronic, data):  # noqa: F811
    response = attach(client, electronic, data, "scan.pdf")
    assert response.status_code == 400
    page = response.get_data(as_text=True)
    assert "The file must be a PDF, JPG or PNG" in page and "Passport, all pages" in page
    assert db.session.query(Attachment).filter_by(submission_id=electronic.id).count() == 0


def test_the_upload_page_takes_a_pdf_whose_action_kinds_are_malformed(client, electronic):  # noqa: F811
    assert attach(client, electronic, make_pdf(action_kind_as_dictionary), "scan.pdf").status_code == 302


class Bits:
    """Codes written most significant bit first, as PDF's LZW reads them."""

    def __init__(self) -> None:
        self.out, self.pending, self.count = bytearray(), 0, 0

    def write(self, code: int, width: int) -> None:
        self.pending, self.count = (self.pending << width) | code, self.count + width
        while self.count >= 8:
            self.count -= 8
            self.out.append((self.pending >> self.count) & 0xFF)
        self.pending &= (1 << self.count) - 1

    def bytes(self) -> bytes:
        return bytes(self.out) + (bytes([(self.pending << (8 - self.count)) & 0xFF]) if self.count else b"")


def lzw(data: bytes) -> bytes:
    """PDF's LZW (early change), as a scanner writes it."""
    bits, table, following, width = Bits(), {bytes([i]): i for i in range(256)}, 258, 9
    bits.write(256, width)
    word = b""
    for byte in data:
        longer = word + bytes([byte])
        if longer in table:
            word = longer
            continue
        bits.write(table[word], width)
        table[longer], following = following, following + 1
        if following + 1 > 1 << width and width < 12:
            width += 1
        if following >= 4094:
            bits.write(256, width)
            table, following, width = {bytes([i]): i for i in range(256)}, 258, 9
        word = bytes([byte])
    bits.write(table[word], width)
    bits.write(257, width)
    return bits.bytes()


def lzw_bomb(tables: int) -> bytes:
    """Codes that each stand for one byte more than the one before: 7 MB a table, 5 kB written."""
    bits, width = Bits(), 9
    for _ in range(tables):
        bits.write(256, width)  # a new table: the codes start again at 9 bits
        bits.write(0, 9)
        width = 9
        for code in range(258, 4094):
            bits.write(code, width)
            if code + 2 >= 1 << width and width < 12:
                width += 1
    bits.write(257, 12)
    return bits.bytes()


def run_length(data: bytes) -> bytes:
    """Run-length data of literal runs only, as a scanner writes noise."""
    return b"".join(bytes([len(data[i : i + 128]) - 1]) + data[i : i + 128] for i in range(0, len(data), 128)) + b"\x80"


def image_pdf(data: bytes, filter_name, width: int, height: int) -> bytes:
    def change(pdf, page):
        image = pdf.make_stream(
            data,
            Type=pikepdf.Name.XObject,
            Subtype=pikepdf.Name.Image,
            Width=width,
            Height=height,
            BitsPerComponent=8,
            ColorSpace=pikepdf.Name.DeviceRGB,
            Filter=filter_name,
        )
        page.Resources = pikepdf.Dictionary(XObject=pikepdf.Dictionary(Im0=image))
        page.Contents = pdf.make_stream(b"q 595 0 0 842 0 0 cm /Im0 Do Q")

    return make_pdf(change)


def noise(size: int) -> bytes:
    return random.Random(size).randbytes(size)


def test_a_scan_of_lzw_or_run_length_images_over_128_kb_is_accepted(app):
    """What they decode to is counted, not the most they could expand to."""
    pixels = noise(300 * 200 * 3)
    data = lzw(pixels)
    assert len(data) > 128 * 1024
    pdf = pikepdf.open(io.BytesIO(image_pdf(data, pikepdf.Name.LZWDecode, 300, 200)))
    assert pdf.pages[0].Resources.XObject.Im0.read_bytes() == pixels  # as readers decode it
    assert attachments.media_type(image_pdf(data, pikepdf.Name.LZWDecode, 300, 200)) == "application/pdf"
    data = run_length(noise(1400 * 1000 * 3))
    assert len(data) * 128 > scan_checks.MAX_INFLATED
    assert attachments.media_type(image_pdf(data, pikepdf.Name.RunLengthDecode, 1400, 1000)) == "application/pdf"


def test_an_lzw_bomb_is_refused(app):
    data = lzw_bomb(80)
    assert len(data) < 512 * 1024
    assert scan_checks._lzw_size(lzw_bomb(1), 10**9, 1) == sum(range(1, 4094 - 258 + 2))
    with pytest.raises(attachments.Refused, match="expands to far more than a scan needs"):
        attachments.media_type(image_pdf(data, pikepdf.Name.LZWDecode, 100, 100))


def test_a_run_length_bomb_is_refused(app, monkeypatch):
    monkeypatch.setattr(scan_checks, "MAX_INFLATED", 1024 * 1024)
    data = b"\x81\x00" * 10_000  # each pair 128 zeros: 1.28 MB
    with pytest.raises(attachments.Refused, match="expands to far more than a scan needs"):
        attachments.media_type(image_pdf(data, pikepdf.Name.RunLengthDecode, 100, 100))
    assert attachments.media_type(image_pdf(data[:7_000], pikepdf.Name.RunLengthDecode, 100, 100))
