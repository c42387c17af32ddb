"""Logs never carry PESEL numbers, passport numbers, e-mail addresses or phone numbers."""

import logging

import pytest

from app.web.logmask import mask


@pytest.mark.parametrize(
    ("text", "hidden"),
    [
        ("user olena.kovalenko@example.org signed in", "olena.kovalenko@example.org"),
        ("PESEL 02270803628 given", "02270803628"),
        ("passport EA1234567 scanned", "EA1234567"),
        ("passport FA 123456 scanned", "FA 123456"),
        ("call +48 71 701 11 00 now", "+48 71 701 11 00"),
        ("sms to 600 100 200", "600 100 200"),
        ("sms to 600100200", "600100200"),
        ("call 067 123 45 67", "067 123 45 67"),
        ("call 0048600100200", "0048600100200"),
        ("helpline 71 701 11 00", "71 701 11 00"),
        ('he said "call me" 600 100 200', "600 100 200"),
        ('"GET /account?phone=600100200 HTTP/1.1" 200 512', "600100200"),
        ("passport fa123456", "fa123456"),
        ("GET /users/list/?_flt_0_email=olena%40example.org", "olena"),
    ],
)
def test_identifiers_are_masked(text, hidden):
    assert hidden not in mask(text)


@pytest.mark.parametrize(
    "text",
    [
        "case 2026-11-23 at 09:00",
        "took 1234 ms",
        "HTTP/1.1 200",
        "ip 127.0.0.1",
        '127.0.0.1 - - [06/Dec/2026:10:00:00 +0100] "GET /faq HTTP/1.1" 302 123456 "-" "curl/8"',
        '"GET /my-cases HTTP/2" 200 1234567',
    ],
)
def test_ordinary_numbers_stay(text):
    assert mask(text) == text


def test_records_are_masked_whatever_the_logger(app, caplog):
    with caplog.at_level(logging.INFO):
        logging.getLogger("some.library").info("lookup %s with PESEL %s", "jan@example.org", "02270803628")
    assert "jan@example.org" not in caplog.text
    assert "02270803628" not in caplog.text
    assert "[e-mail]" in caplog.text


def test_a_broken_format_string_is_still_masked(app, caplog):
    logging.getLogger("x").warning("no placeholder here", "jan@example.org")
    assert "jan@example.org" not in caplog.text


def test_exception_text_is_masked(app, caplog):
    try:
        raise ValueError("bad address jan@example.org")
    except ValueError:
        logging.getLogger("x").exception("failed")
    assert "jan@example.org" not in caplog.text
