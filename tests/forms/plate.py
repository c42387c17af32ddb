"""A field type the portal does not have, added in tests by registering it alone: a Polish car
registration plate, typed in any case and spacing, shown spaced, printed as it is kept."""

import re
from collections.abc import Iterator
from contextlib import contextmanager

from app.forms.fields import REGISTRY, FieldType, Input, Invalid, register
from app.forms.fields.parsing import FILL_IN
from tests.forms.sample import sample, t


def _plate(raw, field) -> str:
    value = re.sub(r"\s", "", raw).upper() if isinstance(raw, str) else ""
    if not re.fullmatch(r"[A-Z]{2,3}[A-Z0-9]{4,5}", value):
        raise Invalid(FILL_IN)
    return value


PLATE = FieldType(
    "plate",
    _plate,
    FILL_IN,
    input=Input(medium=True, spellcheck=False),
    display=lambda value, field, language, each: f"{value[:2]} {value[2:]}",
)


@contextmanager
def plate_registered() -> Iterator[FieldType]:
    register(PLATE)
    try:
        yield PLATE
    finally:
        del REGISTRY[PLATE.name]


def with_a_plate(code: str = "TST") -> dict:
    """The sample definition with a car's plate asked in its second part."""
    data = sample()
    data["code"] = code
    data["sections"][1]["fields"].append({"key": "car", "type": "plate", "label": t("Car registration")})
    return data
