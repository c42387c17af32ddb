"""Whole numbers from a request are ASCII digits within bounds, whatever str.isdigit() thinks."""

import pytest

from app.web.numbers import whole_number


@pytest.mark.parametrize(
    ("text", "most", "expected"),
    [
        ("0", 10, 0),
        ("007", 10, 7),
        ("10", 10, 10),
        ("11", 10, None),
        ("²", 10, None),  # a digit to str.isdigit(), not to int()
        ("٣", 10, None),  # an Arabic-Indic three: int() reads it, the portal does not
        ("9" * 5000, 10**9, None),  # more digits than int() reads
        ("-1", 10, None),
        (" 1", 10, None),
        ("1\n", 10, None),
        ("", 10, None),
        (None, 10, None),
        (5, 10, None),
    ],
)
def test_only_ascii_digits_within_the_bound_are_a_number(text, most, expected):
    assert whole_number(text, most) == expected
