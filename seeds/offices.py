"""The four service points of the Lower Silesian Voivodeship Office (DUW).

Inserted when missing; a point that exists is left as the editors keep it, except that one
without any accessibility notes gets the default ones.
Hours: Mon, Tue, Thu, Fri 9:00–16:00, Wed 8:00–18:00; phone: the office's helpline.
"""

from __future__ import annotations

from app.extensions import db
from app.offices.models import OpeningHours, ServicePoint

HELPLINE = "+48 71 701 11 00"
WEEKDAY_HOURS, WEDNESDAY_HOURS = ("09:00", "16:00"), ("08:00", "18:00")
STANDARD_HOURS = {0: WEEKDAY_HOURS, 1: WEEKDAY_HOURS, 2: WEDNESDAY_HOURS, 3: WEEKDAY_HOURS, 4: WEEKDAY_HOURS}

# The facts gathered for the seed do not describe the buildings: the note sends readers to the
# helpline and lists what to ask; editors replace it with each building's own description.
ACCESSIBILITY = {
    "accessibility_pl": (
        "Przed wizytą zapytaj na infolinii (71 701 11 00) o dostępność budynku: wejście bez schodów, windę, "
        "toaletę dla osób z niepełnosprawnościami i pętlę indukcyjną. Osoba z psem asystującym może wejść z nim "
        "do budynku."
    ),
    "accessibility_en": (
        "Before your visit, ask the helpline (71 701 11 00) about access to the building: a step-free entrance, a "
        "lift, an accessible toilet and an induction loop. A person with an assistance dog may enter the building "
        "with it."
    ),
    "accessibility_ru": (
        "Перед визитом узнайте по телефону горячей линии (71 701 11 00) о доступности здания: вход без "
        "ступенек, лифт, туалет для людей с инвалидностью и индукционная петля. Человек с собакой-помощником "
        "может войти с ней в здание."
    ),
    "accessibility_uk": (
        "Перед візитом дізнайтеся на інфолінії (71 701 11 00) про доступність будівлі: вхід без сходинок, ліфт, "
        "туалет для людей з інвалідністю та індукційна петля. Людина із собакою-асистентом може увійти з нею до "
        "будівлі."
    ),
}

SERVICE_POINTS = [
    {
        "code": "wroclaw",
        "name_pl": "Dolnośląski Urząd Wojewódzki we Wrocławiu – siedziba",
        "name_en": "Lower Silesian Voivodeship Office in Wrocław – main seat",
        "name_ru": "Нижнесилезское воеводское управление во Вроцлаве – главное здание",
        "name_uk": "Нижньосілезьке воєводське управління у Вроцлаві – головний офіс",
        "street": "pl. Powstańców Warszawy 1",
        "postal_code": "50-153",
        "city": "Wrocław",
    },
    {
        "code": "legnica",
        "name_pl": "Delegatura w Legnicy",
        "name_en": "Legnica branch office",
        "name_ru": "Отделение в Легнице",
        "name_uk": "Відділення в Легниці",
        "street": "ul. F. Skarbka 3",
        "postal_code": "59-220",
        "city": "Legnica",
    },
    {
        "code": "walbrzych",
        "name_pl": "Delegatura w Wałbrzychu",
        "name_en": "Wałbrzych branch office",
        "name_ru": "Отделение в Валбжихе",
        "name_uk": "Відділення у Валбжиху",
        "street": "ul. Słowackiego 23a",
        "postal_code": "58-300",
        "city": "Wałbrzych",
    },
    {
        "code": "jelenia-gora",
        "name_pl": "Delegatura w Jeleniej Górze",
        "name_en": "Jelenia Góra branch office",
        "name_ru": "Отделение в Еленя-Гуре",
        "name_uk": "Відділення в Єленя-Гурі",
        "street": "ul. Piłsudskiego 12",
        "postal_code": "58-500",
        "city": "Jelenia Góra",
    },
]


def load() -> list[str]:
    report = []
    for position, data in enumerate(SERVICE_POINTS):
        point = db.session.query(ServicePoint).filter_by(code=data["code"]).one_or_none()
        if point is not None:
            if not any(getattr(point, key) for key in ACCESSIBILITY):  # points from before the notes existed
                for key, value in ACCESSIBILITY.items():
                    setattr(point, key, value)
                report.append(f"service point {data['code']}: kept, accessibility notes added")
            else:
                report.append(f"service point {data['code']}: kept")
            continue
        hours = [OpeningHours(weekday=day, opens=o, closes=c) for day, (o, c) in STANDARD_HOURS.items()]
        db.session.add(ServicePoint(**data, **ACCESSIBILITY, phone=HELPLINE, position=position, hours=hours))
        report.append(f"service point {data['code']}: added")
    db.session.flush()
    return report
