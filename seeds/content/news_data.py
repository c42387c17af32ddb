"""Announcements, written from the filing changes in the domain facts."""

import datetime as dt

NEWS = [
    {
        "code": "mos-residence-applications",
        "published_on": dt.date(2026, 4, 27),
        "editor_note": "",
        "title_pl": "Wnioski pobytowe składane tylko przez system MOS",
        "title_en": "Residence applications filed only through MOS",
        "title_ru": "Заявления о пребывании — только через систему MOS",
        "title_uk": "Заяви щодо перебування — лише через систему MOS",
        "body_pl": (
            "Od 27 kwietnia 2026 r. wnioski o udzielenie zezwolenia na pobyt czasowy, pobyt stały i pobyt rezydenta "
            "długoterminowego UE składa się wyłącznie elektronicznie w krajowym systemie MOS "
            "(mos.cudzoziemcy.gov.pl). Potrzebne są konto login.gov.pl i podpis elektroniczny, a zamiast stempla "
            "w paszporcie wydawane jest zaświadczenie o złożeniu wniosku. Swój załącznik pracodawca wypełnia przez "
            "link przesłany przez system."
        ),
        "body_en": (
            "Since 27 April 2026, applications for temporary residence, permanent residence and EU long-term "
            "resident permits are filed only electronically in the national MOS system (mos.cudzoziemcy.gov.pl). "
            "You need a login.gov.pl account and an electronic signature, and instead of a stamp in the passport "
            "you receive a certificate of filing. The employer fills in its annex through a link sent by the system."
        ),
        "body_ru": (
            "С 27 апреля 2026 г. заявления о разрешении на временное пребывание, постоянное пребывание и пребывание "
            "долгосрочного резидента ЕС подаются только в электронном виде в общегосударственной системе MOS "
            "(mos.cudzoziemcy.gov.pl). Нужны учётная запись login.gov.pl и электронная подпись, а вместо штампа "
            "в паспорте выдаётся справка о подаче заявления. Работодатель заполняет своё приложение по ссылке, "
            "которую присылает система."
        ),
        "body_uk": (
            "З 27 квітня 2026 р. заяви про дозвіл на тимчасове перебування, постійне перебування та перебування "
            "довгострокового резидента ЄС подаються лише в електронній формі в загальнодержавній системі MOS "
            "(mos.cudzoziemcy.gov.pl). Потрібні обліковий запис login.gov.pl та електронний підпис, а замість "
            "штампа в паспорті видається довідка про подання заяви. Роботодавець заповнює свій додаток за "
            "посиланням, яке надсилає система."
        ),
    },
    {
        "code": "work-permits-electronic",
        "published_on": dt.date(2025, 6, 1),
        "editor_note": "",
        "title_pl": "Wnioski o zezwolenie na pracę tylko elektronicznie",
        "title_en": "Work permit applications filed electronically",
        "title_ru": "Заявления о разрешении на работу — только в электронном виде",
        "title_uk": "Заяви про дозвіл на роботу — лише в електронній формі",
        "body_pl": (
            "Od 1 czerwca 2025 r. wnioski o wydanie zezwolenia na pracę składa się elektronicznie przez portal "
            "praca.gov.pl. Wniosek składa pracodawca."
        ),
        "body_en": (
            "Since 1 June 2025, applications for a work permit are filed electronically through praca.gov.pl. "
            "The application is filed by the employer."
        ),
        "body_ru": (
            "С 1 июня 2025 г. заявления о выдаче разрешения на работу подаются в электронном виде через портал "
            "praca.gov.pl. Заявление подаёт работодатель."
        ),
        "body_uk": (
            "З 1 червня 2025 р. заяви про видачу дозволу на роботу подаються в електронній формі через портал "
            "praca.gov.pl. Заяву подає роботодавець."
        ),
    },
]
