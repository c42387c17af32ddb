"""Editors' Markdown: rendered, sanitised, and with headings fitted under the page's own."""

from app.content.markdown import render


def test_headings_start_below_the_heading_the_text_sits_under():
    text = "## Section\n\n### Detail\n\nText."
    assert "<h2>Section</h2>" in render(text)
    shifted = render(text, 4)
    assert "<h4>Section</h4>" in shifted and "<h5>Detail</h5>" in shifted
    assert "<h6>Deep</h6>" in render("##### Deep", 4)  # never beyond h6


def test_scripts_and_unsafe_links_are_removed():
    html = render("[x](javascript:alert(1)) <script>alert(1)</script> <img src=x onerror=alert(1)>", 4)
    assert "javascript:" not in html and "<script" not in html and "<img" not in html
