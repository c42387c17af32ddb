"""Demo accounts, one for every role (``flask seed --demo``; refused in production).
The README lists them; they share one password, which is public and only for trying out."""

from __future__ import annotations

from flask import current_app

from app.accounts.models import AccountType, PortalUser
from app.accounts.passwords import hash_password
from app.clock import utcnow
from app.extensions import db

DEMO_PASSWORD = "demo przybysz wroclaw 2026"

DEMO_ACCOUNTS = [
    {
        "email": "applicant@demo.przybysz.pl",
        "first_name": "Olena",
        "last_name": "Kovalenko",
        "account_type": AccountType.APPLICANT,
        "role": "Applicant",
        "preferred_language": "uk",
    },
    {
        "email": "employer@demo.przybysz.pl",
        "first_name": "Jan",
        "last_name": "Nowak",
        "account_type": AccountType.EMPLOYER,
        "role": "Employer",
        "preferred_language": "pl",
        "company_name": "Odra Budownictwo sp. z o.o.",
        "nip": "8961000005",
        "regon": "021234003",
    },
    {
        "email": "clerk@demo.przybysz.pl",
        "first_name": "Anna",
        "last_name": "Wiśniewska",
        "account_type": AccountType.STAFF,
        "role": "Clerk",
        "preferred_language": "pl",
    },
    {
        "email": "supervisor@demo.przybysz.pl",
        "first_name": "Piotr",
        "last_name": "Zieliński",
        "account_type": AccountType.STAFF,
        "role": "Supervisor",
        "preferred_language": "pl",
    },
    {
        "email": "editor@demo.przybysz.pl",
        "first_name": "Maria",
        "last_name": "Lewandowska",
        "account_type": AccountType.STAFF,
        "role": "ContentEditor",
        "preferred_language": "pl",
    },
    {
        "email": "admin@demo.przybysz.pl",
        "first_name": "Tomasz",
        "last_name": "Kamiński",
        "account_type": AccountType.STAFF,
        "role": "Admin",
        "preferred_language": "en",
    },
]


def load() -> list[str]:
    sm = current_app.appbuilder.sm
    report = []
    for data in DEMO_ACCOUNTS:
        data = dict(data)
        role = sm.find_role(data.pop("role"))
        if db.session.query(PortalUser.id).filter_by(email=data["email"]).first():
            report.append(f"demo account {data['email']}: kept")
            continue
        db.session.add(
            PortalUser(
                **data,
                username=data["email"],
                password=hash_password(DEMO_PASSWORD),
                active=True,
                email_confirmed_at=utcnow(),
                roles=[role],
            )
        )
        report.append(f"demo account {data['email']}: added")
    db.session.flush()
    return report
