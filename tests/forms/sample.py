"""A small definition that uses every field type and rule, for the engine's tests."""

import copy


def t(text: str) -> dict:
    return {"pl": f"{text} (pl)", "en": text, "ru": f"{text} (ru)", "uk": f"{text} (uk)"}


SAMPLE = {
    "code": "TST",
    "case_type": "TRP",
    "filed_by": "foreigner",
    "title": t("Test application"),
    "intro": t("For the tests."),
    "hints": [t("One"), t("Two"), t("Three")],
    "common_errors": [{"title": t("E1"), "text": t("E1 text")}, {"title": t("E2"), "text": t("E2 text")}],
    "faq": [{"question": t("Q"), "answer": t("A")}],
    "sections": [
        {
            "key": "personal",
            "title": t("A. Personal data"),
            "fields": [
                {"key": "surname", "type": "text", "label": t("Surname"), "required": True, "latin": True},
                {"key": "birth_date", "type": "date", "label": t("Date of birth"), "required": True, "date": "past"},
                {
                    "key": "sex",
                    "type": "radio",
                    "label": t("Sex"),
                    "required": True,
                    "choices": [{"value": "K", "label": t("Woman")}, {"value": "M", "label": t("Man")}],
                },
                {"key": "pesel", "type": "pesel", "label": t("PESEL")},
                {"key": "has_pesel", "type": "yes_no", "label": t("Do you have a PESEL?"), "required": True},
                {"key": "height", "type": "number", "label": t("Height"), "min": 50, "max": 250},
                {"key": "citizenship", "type": "citizenship", "label": t("Citizenship"), "required": True},
                {"key": "phone", "type": "phone", "label": t("Phone")},
                {"key": "email", "type": "email", "label": t("E-mail")},
            ],
            "checks": [
                {
                    "rule": "pesel_matches",
                    "fields": {"pesel": "personal.pesel", "birth_date": "personal.birth_date", "sex": "personal.sex"},
                }
            ],
        },
        {
            "key": "stay",
            "title": t("B. Stay"),
            "fields": [
                {"key": "country", "type": "country", "label": t("Country"), "required": True},
                {"key": "postal_code", "type": "text", "label": t("Postal code"), "required": True},
                {
                    "key": "employer_nip",
                    "type": "nip",
                    "label": t("Employer's NIP"),
                    "required": {"field": "stay.purposes", "equals": "work"},
                    "shown_if": {"field": "stay.purposes", "equals": "work"},
                },
                {
                    "key": "purposes",
                    "type": "checkboxes",
                    "label": t("Purposes"),
                    "choices": [{"value": "work", "label": t("Work")}, {"value": "study", "label": t("Study")}],
                },
                {"key": "income", "type": "money", "label": t("Monthly income"), "min": 0},
                {"key": "issued_on", "type": "date", "label": t("Issued on"), "date": "past"},
                {"key": "expires_on", "type": "date", "label": t("Expires on"), "after": "stay.issued_on"},
                {
                    "key": "family",
                    "type": "group",
                    "label": t("Family members"),
                    "max_items": 3,
                    "fields": [
                        {"key": "name", "type": "text", "label": t("Name"), "required": True, "latin": True},
                        {"key": "regon", "type": "regon", "label": t("REGON")},
                    ],
                },
            ],
            "checks": [
                {"rule": "polish_postal_code", "fields": {"country": "stay.country", "postal_code": "stay.postal_code"}}
            ],
        },
    ],
    "warnings": [
        {
            "key": "no_income",
            "when": {"field": "stay.income", "filled": False},
            "message": t("You gave no income."),
            "explanation": t("The office will ask for it."),
        }
    ],
}


def sample() -> dict:
    return copy.deepcopy(SAMPLE)


def good_answers() -> dict:
    return {
        "personal": {
            "surname": "Kowalenko",
            "birth_date": {"day": "14", "month": "05", "year": "1944"},
            "sex": "M",
            "pesel": "44051401458",
            "has_pesel": "yes",
            "height": "180",
            "citizenship": "UA",
            "phone": "+380 44 123 4567",
            "email": "Olena@Example.com",
        },
        "stay": {
            "country": "PL",
            "postal_code": "50-153",
            "purposes": ["work"],
            "employer_nip": "526-000-12-46",
            "income": "4300,50",
            "issued_on": {"day": "1", "month": "2", "year": "2020"},
            "expires_on": {"day": "1", "month": "2", "year": "2030"},
            "family": [{"name": "Olena", "regon": ""}],
        },
    }
