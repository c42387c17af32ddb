"""Filing electronically: scans told by their content, limits, only the applicant's own files,
filing freezes them and issues the certificate of filing."""

import io

import pytest
from PIL import Image
from pypdf import PdfReader, PdfWriter

from app.extensions import db
from app.forms import drafts
from app.forms.models import Attachment
from plugins.eforms.tests.helpers import submitted
from tests.factories import PASSWORD, login, make_user, submit
from tests.fixtures import run_queued_jobs


def pdf_bytes() -> bytes:
    writer = PdfWriter()
    writer.add_blank_page(width=595, height=842)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def image_bytes(kind: str) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (40, 30), "white").save(out, format=kind)
    return out.getvalue()


@pytest.fixture
def electronic(app, client, login_as, sample_form):
    """A submitted application whose form is filed electronically."""
    submission = submitted(app, client, login_as)
    submission.submission_mode = "electronic"
    db.session.commit()
    return submission


def attach(client, submission, data: bytes, name: str, description="Passport, all pages"):
    url = f"/applications/submitted/{submission.id}/attachments"
    return submit(
        client,
        url,
        {"description": description, "file": (io.BytesIO(data), name)},
        token_from=url,
        content_type="multipart/form-data",
    )


def test_the_catalogue_decides_the_mode_at_submission(app):
    assert drafts.submission_mode("KPL") == "paper"
    assert drafts.submission_mode("TRW") == "external"
    assert drafts.submission_mode("TRW-ANNEX") == "paper"  # with its application, on paper


def test_a_paper_application_has_no_filing(app, client, login_as, sample_form):
    submission = submitted(app, client, login_as)
    assert submission.submission_mode == "paper"
    assert client.get(f"/applications/submitted/{submission.id}/attachments").status_code == 404


def test_scans_attached_and_filed_with_a_certificate(app, client, electronic):
    page = client.get(f"/applications/submitted/{electronic.id}").get_data(as_text=True)
    assert "The application is not filed yet." in page
    assert attach(client, electronic, pdf_bytes(), "paszport.pdf").status_code == 302
    assert attach(client, electronic, image_bytes("JPEG"), "zdjęcie.JPG", "Photo").status_code == 302
    assert attach(client, electronic, image_bytes("PNG"), "skany/opłata.png", "Proof of payment").status_code == 302
    files = db.session.query(Attachment).order_by(Attachment.id).all()
    assert [f.media_type for f in files] == ["application/pdf", "image/jpeg", "image/png"]
    assert [f.original_name for f in files] == ["paszport.pdf", "zdjęcie.JPG", "opłata.png"]
    folder = app.config["ATTACHMENT_DIR"]
    for f in files:  # generated names, nothing of the applicant's name on disk
        assert f.stored_name != f.original_name and len(f.stored_name.split(".")[0]) == 32
        with open(f"{folder}/{f.stored_name}", "rb") as stored:
            assert stored.read(4) in (b"%PDF", b"\xff\xd8\xff\xe0", b"\x89PNG")
    download = client.get(f"/applications/submitted/{electronic.id}/attachments/{files[0].id}")
    assert download.status_code == 200 and download.data.startswith(b"%PDF")

    filed = submit(
        client,
        f"/applications/submitted/{electronic.id}/file",
        {},
        token_from=f"/applications/submitted/{electronic.id}/attachments",
    )
    assert filed.status_code == 302
    run_queued_jobs(app)
    certificate = client.get(f"/applications/submitted/{electronic.id}/certificate")
    assert certificate.status_code == 200 and certificate.mimetype == "application/pdf"
    text = " ".join(page.extract_text() for page in PdfReader(io.BytesIO(certificate.data)).pages)
    assert "Poświadczenie złożenia wniosku" in text and electronic.reference in text
    assert "paszport.pdf" in text and files[0].sha256 in text
    confirmation = client.get(f"/applications/submitted/{electronic.id}").get_data(as_text=True)
    assert "You filed the application electronically" in confirmation

    late = attach(client, electronic, pdf_bytes(), "late.pdf")
    assert late.status_code == 400 and "already filed" in late.get_data(as_text=True)
    removing = submit(
        client,
        f"/applications/submitted/{electronic.id}/attachments/{files[0].id}/delete",
        {},
        token_from="/applications",
        follow_redirects=True,
    )
    assert "already filed" in removing.get_data(as_text=True)
    assert db.session.query(Attachment).count() == 3


@pytest.mark.parametrize(
    ("data", "name", "message"),
    [
        (b"MZ\x90\x00 not a document", "scan.pdf", "The file must be a PDF, JPG or PNG"),
        (b"%PDF-1.7 broken", "scan.pdf", "The file must be a PDF, JPG or PNG"),
        (b"\x89PNG\r\n\x1a\n" + b"\x00" * 40, "photo.png", "The file must be a PDF, JPG or PNG"),
        (b"GIF89a" + b"\x00" * 40, "photo.gif", "The file must be a PDF, JPG or PNG"),
        (b"", "empty.pdf", "The selected file is empty."),
    ],
)
def test_files_are_told_by_their_content(client, electronic, data, name, message):
    response = attach(client, electronic, data, name, description="My passport")
    html = response.get_data(as_text=True)
    assert response.status_code == 400 and message in html
    assert 'value="My passport"' in html  # kept as typed
    assert db.session.query(Attachment).count() == 0


def test_a_description_and_a_file_are_needed(client, electronic):
    url = f"/applications/submitted/{electronic.id}/attachments"
    response = submit(client, url, {"description": ""}, content_type="multipart/form-data")
    html = response.get_data(as_text=True)
    assert response.status_code == 400
    assert "Say what the document is" in html and "Select a file." in html


def test_size_and_count_limits(app, client, electronic):
    app.config["ATTACHMENT_MAX_BYTES"] = 2000
    app.config["ATTACHMENT_MAX_COUNT"] = 1
    large = image_bytes("PNG") + b"\x00" * 3000
    refused = attach(client, electronic, large, "big.png")
    assert refused.status_code == 400 and "smaller than" in refused.get_data(as_text=True)
    assert attach(client, electronic, image_bytes("PNG"), "small.png").status_code == 302
    second = attach(client, electronic, image_bytes("PNG"), "second.png")
    assert second.status_code == 400 and "at most 1 file." in second.get_data(as_text=True)
    huge = attach(client, electronic, b"\x00" * 400_000, "huge.pdf")  # beyond the request limit
    assert huge.status_code == 413


def test_filing_needs_a_file(client, electronic):
    response = submit(
        client,
        f"/applications/submitted/{electronic.id}/file",
        {},
        token_from=f"/applications/submitted/{electronic.id}/attachments",
        follow_redirects=True,
    )
    assert "Attach at least one scan before filing" in response.get_data(as_text=True)
    assert client.get(f"/applications/submitted/{electronic.id}/certificate").status_code == 404


def test_an_applicant_reaches_only_their_own_files(app, client, electronic):
    assert attach(client, electronic, pdf_bytes(), "paszport.pdf").status_code == 302
    attachment = db.session.query(Attachment).one()
    other = make_user("Applicant")
    other_client = app.test_client()
    assert login(other_client, other.email, PASSWORD).status_code == 302
    base = f"/applications/submitted/{electronic.id}"
    assert other_client.get(f"{base}/attachments").status_code == 404
    assert other_client.get(f"{base}/attachments/{attachment.id}").status_code == 404
    assert (
        submit(other_client, f"{base}/attachments/{attachment.id}/delete", {}, token_from="/applications").status_code
        == 404
    )
    assert submit(other_client, f"{base}/file", {}, token_from="/applications").status_code == 404
    assert other_client.get(f"{base}/certificate").status_code == 404
    assert db.session.query(Attachment).count() == 1
