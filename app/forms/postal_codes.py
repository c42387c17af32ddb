"""Whether a Polish postal code can belong to the locality written beside it (00-000 for Wrocław
cannot). A warning, not a refusal: the applicant may know better than the table.

Poczta Polska's official list of postal codes (Oficjalny Spis Pocztowych Numerów Adresowych) numbers
them by area: the first digit is the postal district (5 for Wrocław's: Lower Silesia), the first two
the postal area, and every code of a town lies in its areas. The table holds the main localities of
Lower Silesia and the voivodeships' capitals and largest cities, each with the areas all its codes
are in; a locality the table does not hold is not judged. A section declares the pair with a
``postal_code_locality`` check.
"""

from __future__ import annotations

import re
import unicodedata

from flask_babel import lazy_gettext as _l

# locality → the first two digits of every postal code it has (from, to)
AREAS = {
    # Lower Silesia
    "Wrocław": ("50", "54"),
    "Legnica": ("59", "59"),
    "Wałbrzych": ("58", "58"),
    "Jelenia Góra": ("58", "58"),
    "Lubin": ("59", "59"),
    "Głogów": ("67", "67"),
    "Świdnica": ("58", "58"),
    "Bolesławiec": ("59", "59"),
    "Oleśnica": ("56", "56"),
    "Oława": ("55", "55"),
    "Kłodzko": ("57", "57"),
    "Dzierżoniów": ("58", "58"),
    "Zgorzelec": ("59", "59"),
    "Polkowice": ("59", "59"),
    "Jawor": ("59", "59"),
    "Bielawa": ("58", "58"),
    "Nowa Ruda": ("57", "57"),
    "Kamienna Góra": ("58", "58"),
    "Ząbkowice Śląskie": ("57", "57"),
    "Złotoryja": ("59", "59"),
    "Trzebnica": ("55", "55"),
    "Środa Śląska": ("55", "55"),
    "Strzegom": ("58", "58"),
    "Świebodzice": ("58", "58"),
    "Lubań": ("59", "59"),
    "Milicz": ("56", "56"),
    "Wołów": ("56", "56"),
    "Strzelin": ("57", "57"),
    # the voivodeships' capitals and largest cities
    "Warszawa": ("00", "04"),
    "Kraków": ("30", "31"),
    "Łódź": ("90", "94"),
    "Poznań": ("60", "61"),
    "Gdańsk": ("80", "80"),
    "Gdynia": ("81", "81"),
    "Szczecin": ("70", "71"),
    "Katowice": ("40", "40"),
    "Lublin": ("20", "20"),
    "Białystok": ("15", "15"),
    "Bydgoszcz": ("85", "85"),
    "Toruń": ("87", "87"),
    "Opole": ("45", "45"),
    "Zielona Góra": ("65", "65"),
    "Gorzów Wielkopolski": ("66", "66"),
    "Rzeszów": ("35", "35"),
    "Kielce": ("25", "25"),
    "Olsztyn": ("10", "10"),
}
CODE = re.compile(r"^\s*(\d{2})-\d{3}\s*$")  # a Polish code: NN-NNN
MISMATCH = _l("Postal codes in %(locality)s begin with %(areas)s: check the postal code and the locality.")


def _plain(name: str) -> str:
    """Letter case, diacritics, hyphens and spacing aside (WROCLAW, wrocław, Jelenia-Góra)."""
    decomposed = unicodedata.normalize("NFKD", name.replace("ł", "l").replace("Ł", "L"))
    letters = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(letters.replace("-", " ").casefold().split())


BY_NAME = {_plain(name): (name, areas) for name, areas in AREAS.items()}


def mismatch(code: str, locality: str) -> str | None:
    """The warning when ``code`` cannot belong to ``locality``; None when it can or when the
    table does not hold the locality."""
    found, typed = BY_NAME.get(_plain(locality)), CODE.match(code)
    if found is None or typed is None:
        return None
    name, (first, last) = found
    if first <= typed.group(1) <= last:
        return None
    areas = f"{first}" if first == last else f"{first}–{last}"
    return str(MISMATCH % {"locality": name, "areas": areas})


def check_section(section: dict, known: dict, errors: dict, notes: dict) -> None:
    """A warning on the postal code of each declared pair that cannot go together."""
    for rule in section.get("checks", []):
        if rule["rule"] != "postal_code_locality":
            continue
        code, locality = known.get(rule["fields"]["postal_code"]), known.get(rule["fields"]["locality"])
        path = rule["fields"]["postal_code"]
        if isinstance(code, str) and isinstance(locality, str) and path not in errors:
            warning = mismatch(code, locality)
            if warning:
                notes[path] = warning
