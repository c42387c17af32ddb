"""Texts that several kinds of cases share word for word (each kind still gets rows of its own,
which editors can then change separately)."""

# BLU, TRP
STEP_FILING_IN_MOS = {
    "title": {
        "pl": "Złożenie wniosku w MOS",
        "en": "Filing in MOS",
        "ru": "Подача заявления в MOS",
        "uk": "Подання заяви в MOS",
    },
    "description": {
        "pl": (
            "Wypełniasz wniosek w systemie MOS, dołączasz skany dokumentów i dowód zapłaty, a potem "
            "podpisujesz go podpisem elektronicznym. Po złożeniu otrzymujesz zaświadczenie o złożeniu wniosku, "
            "a sprawa trafia do inspektora."
        ),
        "en": (
            "You fill in the application in the MOS system, attach scans of your documents and the proof of "
            "payment, and sign it with an electronic signature. After filing, you receive a certificate of "
            "filing, and the case is assigned to an officer."
        ),
        "ru": (
            "Вы заполняете заявление в системе MOS, прикладываете сканы документов и подтверждение оплаты и "
            "подписываете его электронной подписью. После подачи вы получаете справку о подаче заявления, а "
            "дело передаётся инспектору."
        ),
        "uk": (
            "Ви заповнюєте заяву в системі MOS, додаєте скани документів і підтвердження оплати та підписуєте "
            "її електронним підписом. Після подання ви отримуєте довідку про подання заяви, а справу передають "
            "інспектору."
        ),
    },
}


# BLU, TRP, TRW
STEP_APPEARANCE_AND_FINGERPRINTS = {
    "title": {
        "pl": "Stawiennictwo i odciski palców",
        "en": "Appearance and fingerprints",
        "ru": "Явка и отпечатки пальцев",
        "uk": "Явка та відбитки пальців",
    },
    "description": {
        "pl": (
            "Urząd sporządza protokół przyjęcia wniosku i wzywa Cię do osobistego stawiennictwa albo wyznacza "
            "wizytę na biometrię. Podczas wizyty pobiera się odciski palców potrzebne do karty pobytu."
        ),
        "en": (
            "The office draws up the record of receipt of your application and summons you to appear in person "
            "or sets a biometrics appointment. During the visit, your fingerprints are taken for the residence "
            "card."
        ),
        "ru": (
            "Управление составляет протокол приёма заявления и вызывает вас на личную явку или назначает визит "
            "для сдачи биометрии. Во время визита у вас снимают отпечатки пальцев для карты побыту."
        ),
        "uk": (
            "Управління складає протокол прийняття заяви та викликає вас на особисту явку або призначає візит "
            "для здачі біометрії. Під час візиту у вас знімають відбитки пальців для карти побиту."
        ),
    },
}


# BLU, TRP, TRW
STEP_COMPLETENESS_CHECK = {
    "title": {
        "pl": "Sprawdzenie kompletności wniosku",
        "en": "Completeness check",
        "ru": "Проверка полноты заявления",
        "uk": "Перевірка повноти заяви",
    },
    "description": {
        "pl": (
            "Urząd sprawdza, czy wniosek nie ma braków formalnych i czy opłata została wniesiona. Jeśli czegoś "
            "brakuje, dostaniesz wezwanie z terminem na uzupełnienie. Jeśli nie uzupełnisz braków w terminie, "
            "wniosek zostanie pozostawiony bez rozpoznania."
        ),
        "en": (
            "The office checks whether the application has any formal deficiencies and whether the fee has "
            "been paid. If something is missing, you will receive a request with a deadline to complete it. If "
            "you do not remedy the deficiencies in time, the application will be left without examination."
        ),
        "ru": (
            "Управление проверяет, нет ли в заявлении формальных недостатков и уплачен ли сбор. Если чего-то "
            "не хватает, вы получите требование со сроком для дополнения. Если вы не устраните недостатки в "
            "срок, заявление оставят без рассмотрения."
        ),
        "uk": (
            "Управління перевіряє, чи немає в заяві формальних недоліків і чи сплачено збір. Якщо чогось "
            "бракує, ви отримаєте вимогу зі строком для доповнення. Якщо ви не усунете недоліки в строк, заяву "
            "залишать без розгляду."
        ),
    },
}


# BLU, TRP, TRW
STEP_DECISION_AND_RESIDENCE_CARD = {
    "title": {
        "pl": "Decyzja i karta pobytu",
        "en": "Decision and residence card",
        "ru": "Решение и карта побыту",
        "uk": "Рішення і карта побиту",
    },
    "description": {
        "pl": (
            "Decyzję wydaje Wojewoda Dolnośląski. Po decyzji pozytywnej karta pobytu jest produkowana od razu, "
            "a o jej gotowości powiadamiamy SMS-em, e-mailem i zmianą statusu w portalu Przybysz. Od decyzji "
            "możesz się odwołać w ciągu 14 dni do Szefa Urzędu do Spraw Cudzoziemców."
        ),
        "en": (
            "The Voivode of Lower Silesia issues the decision. After a positive decision, the residence card "
            "is produced right away, and we let you know it is ready by text message, e-mail and a status "
            "change in the Przybysz portal. You can appeal against the decision within 14 days to the Head of "
            "the Office for Foreigners."
        ),
        "ru": (
            "Решение выносит Нижнесилезский воевода. После положительного решения карту побыту изготавливают "
            "сразу, а о её готовности мы сообщаем по SMS, электронной почте и изменением статуса на портале "
            "Przybysz. Решение можно обжаловать в течение 14 дней Начальнику Управления по делам иностранцев."
        ),
        "uk": (
            "Рішення ухвалює Нижньосілезький воєвода. Після позитивного рішення карту побиту виготовляють "
            "одразу, а про її готовність ми повідомляємо через SMS, електронною поштою та зміною статусу на "
            "порталі Przybysz. Рішення можна оскаржити протягом 14 днів до Голови Управління у справах "
            "іноземців."
        ),
    },
}


# BLU, TRP, TRW
STEP_END_OF_THE_CASE = {
    "title": {
        "pl": "Zakończenie sprawy",
        "en": "End of the case",
        "ru": "Завершение дела",
        "uk": "Завершення справи",
    },
    "description": {
        "pl": (
            "Sprawa kończy się po odbiorze karty pobytu. Może też zakończyć się wcześniej – pozostawieniem "
            "wniosku bez rozpoznania albo umorzeniem postępowania, np. gdy wycofasz wniosek."
        ),
        "en": (
            "The case ends when you collect your residence card. It may also end earlier – if the application "
            "is left without examination or the proceedings are discontinued, for example when you withdraw "
            "the application."
        ),
        "ru": (
            "Дело завершается после получения карты побыту. Оно может завершиться и раньше — оставлением "
            "заявления без рассмотрения или прекращением производства, например если вы отзовёте заявление."
        ),
        "uk": (
            "Справа завершується після отримання карти побиту. Вона може завершитися й раніше — залишенням "
            "заяви без розгляду або закриттям провадження, наприклад якщо ви відкличете заяву."
        ),
    },
}


# BLU, TRP, TRW
STATUSES_BLU_TRP_TRW = [
    ("filed", 1),
    ("assigned", 1),
    ("intake-record", 2),
    ("fingerprints-summons", 2),
    ("biometrics-visit", 2),
    ("formal-check", 3),
    ("deficiency-request", 3),
    ("fee-request", 3),
    ("opinions", 4),
    ("evidence-review", 4),
    ("summons", 4),
    ("draft-decision", 4),
    ("supervisor-approval", 4),
    ("decision-issued", 5),
    ("card-ready", 5),
    ("left-unexamined", 6),
    ("discontinued", 6),
    ("closed", 6),
]


# BLU, TRP, TRW
REQUIREMENT_COPY_OF_A_VALID_PASSPORT = {
    "kind": "document",
    "title": {
        "pl": "Kopia ważnego paszportu",
        "en": "Copy of a valid passport",
        "ru": "Копия действительного паспорта",
        "uk": "Копія дійсного паспорта",
    },
    "details": {
        "pl": (
            "Dołącz do wniosku skan ważnego paszportu. Danych paszportu nie wpisuje się już do formularza – "
            "urząd korzysta z dołączonej kopii."
        ),
        "en": (
            "Attach a scan of your valid passport to the application. Passport details are no longer entered "
            "in the form – the office uses the attached copy."
        ),
        "ru": (
            "Приложите к заявлению скан действительного паспорта. Паспортные данные больше не вписываются в "
            "форму — управление использует приложенную копию."
        ),
        "uk": (
            "Додайте до заяви скан дійсного паспорта. Паспортні дані більше не вписують у форму — управління "
            "використовує додану копію."
        ),
    },
    "amount": "",
    "recipient": "",
    "account": "",
    "editor_note": (
        "FACTS mówi tylko, że kopię paszportu dołącza się do wniosku. Sprawdź, które strony paszportu trzeba "
        "zeskanować w MOS (np. wszystkie zapisane) i czy oryginał okazuje się przy stawiennictwie."
    ),
}


# BLU, TRP, TRW
REQUIREMENT_RECENT_PHOTO = {
    "kind": "photo",
    "title": {
        "pl": "Aktualne zdjęcie",
        "en": "Recent photo",
        "ru": "Актуальная фотография",
        "uk": "Актуальна фотографія",
    },
    "details": {
        "pl": (
            "Zdjęcie musi mieć wymiary 35×45 mm i być wykonane w ciągu ostatnich 6 miesięcy. Zdjęcie, które "
            "nie spełnia wymogów, to częsty brak formalny."
        ),
        "en": (
            "The photo must measure 35×45 mm and must have been taken within the last 6 months. A photo that "
            "does not meet the requirements is a common formal deficiency."
        ),
        "ru": (
            "Фотография должна быть размером 35×45 мм и сделана не раньше чем 6 месяцев назад. Фотография, "
            "которая не соответствует требованиям, — частый формальный недостаток."
        ),
        "uk": (
            "Фотографія має бути розміром 35×45 мм і зроблена не раніше ніж 6 місяців тому. Фотографія, яка не "
            "відповідає вимогам, — частий формальний недолік."
        ),
    },
    "amount": "",
    "recipient": "",
    "account": "",
    "editor_note": (
        "Wymiary i wiek zdjęcia według FACTS. Sprawdź, w jakiej formie MOS przyjmuje zdjęcie (plik, parametry "
        "techniczne), ile zdjęć jest potrzebnych i czy trzeba przynieść odbitkę na stawiennictwo."
    ),
}


# BLU, TRP, TRW
REQUIREMENT_RESIDENCE_CARD_FEE = {
    "kind": "fee",
    "title": {
        "pl": "Opłata za wydanie karty pobytu",
        "en": "Residence card fee",
        "ru": "Плата за выдачу карты побыту",
        "uk": "Плата за видачу карти побиту",
    },
    "details": {
        "pl": (
            "Za wydanie karty pobytu płacisz osobno 100 zł – to inna opłata niż opłata skarbowa za zezwolenie. "
            "Sposób i termin zapłaty wskaże urząd; zachowaj dowód zapłaty."
        ),
        "en": (
            "You pay a separate 100 zł for issuing the residence card – this is not the same as the stamp duty "
            "for the permit. The office will tell you how and when to pay; keep the proof of payment."
        ),
        "ru": (
            "За выдачу карты побыту вы отдельно платите 100 злотых — это другая плата, не гербовый сбор за "
            "разрешение. Способ и срок оплаты укажет управление; сохраните подтверждение оплаты."
        ),
        "uk": (
            "За видачу карти побиту ви окремо сплачуєте 100 злотих — це інша плата, не гербовий збір за "
            "дозвіл. Спосіб і строк оплати вкаже управління; збережіть підтвердження оплати."
        ),
    },
    "amount": "100 zł",
    "recipient": "Dolnośląski Urząd Wojewódzki we Wrocławiu",
    "account": "",
    "editor_note": (
        "Kwota 100 zł według FACTS (komunikat DUW 18369). Odbiorcy i terminu zapłaty FACTS nie podaje – "
        "odbiorcę (DUW) przyjęto z praktyki urzędów wojewódzkich; zweryfikuj odbiorcę i moment zapłaty oraz "
        "wpisz numer rachunku."
    ),
}


# BLU, TRP, TRW
REQUIREMENT_POWER_OF_ATTORNEY_FEE_BLU_TRP_TRW = {
    "kind": "fee",
    "title": {
        "pl": "Opłata za pełnomocnictwo",
        "en": "Power of attorney fee",
        "ru": "Сбор за доверенность",
        "uk": "Збір за довіреність",
    },
    "details": {
        "pl": (
            "Tę opłatę płacisz tylko wtedy, gdy w Twoim imieniu działa pełnomocnik. Dołącz pełnomocnictwo i "
            "dowód zapłaty 17 zł na rzecz Gminy Wrocław."
        ),
        "en": (
            "You pay this fee only if a proxy acts on your behalf. Attach the power of attorney and the proof "
            "that you paid 17 zł to the Municipality of Wrocław."
        ),
        "ru": (
            "Этот сбор платится, только если от вашего имени действует представитель. Приложите доверенность и "
            "подтверждение уплаты 17 злотых в пользу гмины Вроцлав."
        ),
        "uk": (
            "Цей збір сплачують, лише якщо від вашого імені діє представник. Додайте довіреність і "
            "підтвердження сплати 17 злотих на користь гміни Вроцлав."
        ),
    },
    "amount": "17 zł",
    "recipient": "Gmina Wrocław",
    "account": "",
    "editor_note": (
        "Kwota według FACTS. Wpisz zweryfikowany numer rachunku Gminy Wrocław. Ustawa o opłacie skarbowej "
        "przewiduje zwolnienia (np. pełnomocnictwo udzielone najbliższej rodzinie) – FACTS ich nie podaje; "
        "rozważ dopisanie po weryfikacji."
    ),
}


# BLU, TRP, TRW
REQUIREMENT_PERSONAL_APPEARANCE_AND_FINGERPRINTS_BLU_TRP_TRW = {
    "kind": "appearance",
    "title": {
        "pl": "Osobiste stawiennictwo i odciski palców",
        "en": "Personal appearance and fingerprints",
        "ru": "Личная явка и отпечатки пальцев",
        "uk": "Особиста явка та відбитки пальців",
    },
    "details": {
        "pl": (
            "Po złożeniu wniosku musisz osobiście przyjść do urzędu, aby złożyć odciski palców do karty pobytu "
            "– pełnomocnik nie może zrobić tego za Ciebie. Termin na wydanie decyzji liczy się m.in. od dnia "
            "tego stawiennictwa."
        ),
        "en": (
            "After filing, you must come to the office in person to give your fingerprints for the residence "
            "card – a proxy cannot do this for you. The deadline for the decision runs, among other things, "
            "from the day of this appearance."
        ),
        "ru": (
            "После подачи заявления вы должны лично прийти в управление, чтобы сдать отпечатки пальцев для "
            "карты побыту, — представитель не может сделать это за вас. Срок вынесения решения отсчитывается в "
            "том числе со дня этой явки."
        ),
        "uk": (
            "Після подання заяви ви маєте особисто прийти до управління, щоб здати відбитки пальців для карти "
            "побиту, — представник не може зробити це за вас. Строк ухвалення рішення відраховують, зокрема, "
            "від дня цієї явки."
        ),
    },
    "amount": "",
    "recipient": "",
    "account": "",
    "editor_note": (
        "Sprawdź, jak w sprawach złożonych w MOS wyznacza się termin stawiennictwa (wezwanie urzędu czy "
        "rezerwacja w wizyta.duw.pl), co trzeba zabrać oraz od jakiego wieku dziecka pobiera się odciski "
        "palców – FACTS tego nie podaje."
    ),
}


# BLU, TRP, TRW
REQUIREMENT_DEADLINES_IN_THE_CASE = {
    "kind": "deadline",
    "title": {
        "pl": "Terminy w sprawie",
        "en": "Deadlines in the case",
        "ru": "Сроки по делу",
        "uk": "Строки у справі",
    },
    "details": {
        "pl": (
            "Złóż wniosek przed upływem swojego legalnego pobytu w Polsce. Na uzupełnienie braków formalnych "
            "masz co najmniej 7 dni (art. 64 § 2 KPA), a na wniesienie brakującej opłaty skarbowej – od 7 do "
            "14 dni (art. 261 § 2 KPA). Od decyzji możesz się odwołać do Szefa Urzędu do Spraw Cudzoziemców w "
            "ciągu 14 dni od jej doręczenia."
        ),
        "en": (
            "File the application before your legal stay in Poland ends. You have at least 7 days to remedy "
            "formal deficiencies (Article 64 § 2 KPA) and 7 to 14 days to pay a missing stamp duty (Article "
            "261 § 2 KPA). You can appeal against the decision to the Head of the Office for Foreigners (Szef "
            "Urzędu do Spraw Cudzoziemców) within 14 days of receiving it."
        ),
        "ru": (
            "Подайте заявление до окончания срока вашего законного пребывания в Польше. На устранение "
            "формальных недостатков у вас есть не менее 7 дней (ст. 64 § 2 KPA), а на уплату недостающего "
            "гербового сбора — от 7 до 14 дней (ст. 261 § 2 KPA). Решение можно обжаловать Начальнику "
            "Управления по делам иностранцев (Szef Urzędu do Spraw Cudzoziemców) в течение 14 дней со дня его "
            "получения."
        ),
        "uk": (
            "Подайте заяву до закінчення строку вашого законного перебування в Польщі. На усунення формальних "
            "недоліків у вас є щонайменше 7 днів (ст. 64 § 2 KPA), а на сплату відсутнього гербового збору — "
            "від 7 до 14 днів (ст. 261 § 2 KPA). Рішення можна оскаржити до Голови Управління у справах "
            "іноземців (Szef Urzędu do Spraw Cudzoziemców) протягом 14 днів від дня його отримання."
        ),
    },
    "amount": "",
    "recipient": "",
    "account": "",
    "editor_note": (
        "Terminy według FACTS. Początek biegu terminu na odwołanie (doręczenie decyzji) dopisano na podstawie "
        "art. 129 § 2 KPA – FACTS go nie podaje."
    ),
}


# CHG, LTR, PRM
STEP_DECISION = {
    "title": {
        "pl": "Wydanie decyzji",
        "en": "Decision",
        "ru": "Вынесение решения",
        "uk": "Ухвалення рішення",
    },
    "description": {
        "pl": (
            "Inspektor przygotowuje projekt decyzji, który zatwierdza przełożony, a następnie urząd doręcza "
            "decyzję Tobie lub Twojemu pełnomocnikowi. Od decyzji możesz się odwołać w ciągu 14 dni do Szefa "
            "Urzędu do Spraw Cudzoziemców."
        ),
        "en": (
            "The officer prepares a draft decision, which a supervisor approves, and then the office delivers "
            "the decision to you or your proxy. You can appeal against the decision within 14 days to the Head "
            "of the Office for Foreigners."
        ),
        "ru": (
            "Инспектор готовит проект решения, который утверждает руководитель, после чего управление вручает "
            "решение вам или вашему представителю. Решение можно обжаловать в течение 14 дней Начальнику "
            "Управления по делам иностранцев."
        ),
        "uk": (
            "Інспектор готує проєкт рішення, який затверджує керівник, після чого управління вручає рішення "
            "вам або вашому представникові. Рішення можна оскаржити протягом 14 днів до Голови Управління у "
            "справах іноземців."
        ),
    },
}


# CHG, LTR, PRM
REQUIREMENT_POWER_OF_ATTORNEY_FEE_CHG_LTR_PRM = {
    "kind": "fee",
    "title": {
        "pl": "Opłata za pełnomocnictwo",
        "en": "Power of attorney fee",
        "ru": "Сбор за доверенность",
        "uk": "Збір за довіреність",
    },
    "details": {
        "pl": (
            "Jeśli w Twojej sprawie działa pełnomocnik, dołącz pełnomocnictwo i dowód zapłaty 17 zł opłaty "
            "skarbowej na rachunek Gminy Wrocław."
        ),
        "en": (
            "If a proxy acts in your case, attach the power of attorney and proof of payment of 17 zł stamp "
            "duty to the Municipality of Wrocław."
        ),
        "ru": (
            "Если по вашему делу действует представитель, приложите доверенность и подтверждение уплаты "
            "гербового сбора 17 злотых в пользу гмины Вроцлав."
        ),
        "uk": (
            "Якщо у вашій справі діє представник, додайте довіреність і підтвердження сплати гербового збору "
            "17 злотих на користь гміни Вроцлав."
        ),
    },
    "amount": "17 zł",
    "recipient": "Gmina Wrocław",
    "account": "",
    "editor_note": "Wpisz zweryfikowany numer rachunku Gminy Wrocław.",
}


# CHG, LTR, PRM
REQUIREMENT_DEADLINES_DURING_THE_CASE = {
    "kind": "deadline",
    "title": {
        "pl": "Terminy w toku sprawy",
        "en": "Deadlines during the case",
        "ru": "Сроки в ходе дела",
        "uk": "Строки під час розгляду справи",
    },
    "details": {
        "pl": (
            "Na uzupełnienie braków formalnych masz co najmniej 7 dni (art. 64 § 2 KPA) – inaczej wniosek "
            "zostanie pozostawiony bez rozpoznania. Brakującą opłatę skarbową uzupełniasz w terminie 7–14 dni "
            "(art. 261 § 2 KPA). Od decyzji możesz się odwołać w ciągu 14 dni do Szefa Urzędu do Spraw "
            "Cudzoziemców."
        ),
        "en": (
            "You have at least 7 days to remedy formal deficiencies (Article 64 § 2 KPA) – otherwise the "
            "application will be left without examination. You must pay missing stamp duty within 7–14 days "
            "(Article 261 § 2 KPA). You can appeal against the decision within 14 days to the Head of the "
            "Office for Foreigners."
        ),
        "ru": (
            "На устранение формальных недостатков у вас есть не менее 7 дней (ст. 64 § 2 KPA) — иначе "
            "заявление оставят без рассмотрения. Недостающий гербовый сбор нужно доплатить в срок 7–14 дней "
            "(ст. 261 § 2 KPA). Решение можно обжаловать в течение 14 дней Начальнику Управления по делам "
            "иностранцев."
        ),
        "uk": (
            "На усунення формальних недоліків у вас є щонайменше 7 днів (ст. 64 § 2 KPA) — інакше заяву "
            "залишать без розгляду. Відсутній гербовий збір потрібно доплатити у строк 7–14 днів (ст. 261 § 2 "
            "KPA). Рішення можна оскаржити протягом 14 днів до Голови Управління у справах іноземців."
        ),
    },
    "amount": "",
    "recipient": "",
    "account": "",
    "editor_note": "",
}


# CRD, TRV
STEP_CHECKING_THE_APPLICATION = {
    "title": {
        "pl": "Sprawdzenie wniosku",
        "en": "Checking the application",
        "ru": "Проверка заявления",
        "uk": "Перевірка заяви",
    },
    "description": {
        "pl": (
            "Urząd sprawdza, czy wniosek jest kompletny i czy opłata została wniesiona. Jeśli czegoś brakuje, "
            "dostaniesz wezwanie z terminem na uzupełnienie – co najmniej 7 dni."
        ),
        "en": (
            "The office checks whether the application is complete and whether the fee has been paid. If "
            "something is missing, you will receive a request with a deadline to complete it – at least 7 days."
        ),
        "ru": (
            "Управление проверяет, полное ли заявление и внесена ли плата. Если чего-то не хватает, вы "
            "получите требование со сроком для устранения недостатков — не менее 7 дней."
        ),
        "uk": (
            "Управління перевіряє, чи заява повна і чи внесено плату. Якщо чогось бракує, ви отримаєте вимогу "
            "зі строком для усунення недоліків — щонайменше 7 днів."
        ),
    },
}


# CRD, TRV, VIS
REQUIREMENT_STAMP_DUTY_FOR_A_POWER_OF_ATTORNEY = {
    "kind": "fee",
    "title": {
        "pl": "Opłata skarbowa za pełnomocnictwo",
        "en": "Stamp duty for a power of attorney",
        "ru": "Гербовый сбор за доверенность",
        "uk": "Гербовий збір за довіреність",
    },
    "details": {
        "pl": (
            "Jeśli w sprawie działa w Twoim imieniu pełnomocnik, za złożenie pełnomocnictwa płaci się 17 zł "
            "opłaty skarbowej na rzecz Gminy Wrocław. Dołącz pełnomocnictwo i dowód zapłaty."
        ),
        "en": (
            "If a proxy acts for you in the case, a stamp duty of 17 zł is paid to the Municipality of Wrocław "
            "(Gmina Wrocław) for filing the power of attorney. Attach the power of attorney and the proof of "
            "payment."
        ),
        "ru": (
            "Если по делу от вашего имени действует представитель, за подачу доверенности уплачивается "
            "гербовый сбор 17 злотых в пользу гмины Вроцлав (Gmina Wrocław). Приложите доверенность и "
            "подтверждение оплаты."
        ),
        "uk": (
            "Якщо у справі від вашого імені діє представник, за подання довіреності сплачують гербовий збір 17 "
            "злотих на користь гміни Вроцлав (Gmina Wrocław). Додайте довіреність і підтвердження оплати."
        ),
    },
    "amount": "17 zł",
    "recipient": "Gmina Wrocław",
    "account": "",
    "editor_note": (
        "Wpisz zweryfikowany numer rachunku Gminy Wrocław. Zwolnienia z opłaty (np. pełnomocnictwo dla członka "
        "rodziny) nie wynikają z FACTS.md – zdecyduj, czy je opisać."
    ),
}


# INV, KPL
STEP_FILING_THE_APPLICATION = {
    "title": {
        "pl": "Złożenie wniosku",
        "en": "Filing the application",
        "ru": "Подача заявления",
        "uk": "Подання заяви",
    },
    "description": {
        "pl": (
            "Przygotuj wniosek w portalu Przybysz, wydrukuj go i podpisz. Złóż go z załącznikami w punkcie "
            "obsługi po rezerwacji wizyty albo wyślij pocztą."
        ),
        "en": (
            "Prepare the application in the Przybysz portal, print it and sign it. File it with the "
            "attachments at a service point after booking a visit, or send it by post."
        ),
        "ru": (
            "Подготовьте заявление на портале Przybysz, распечатайте и подпишите его. Подайте его вместе с "
            "приложениями в пункте обслуживания после записи на визит или отправьте по почте."
        ),
        "uk": (
            "Підготуйте заяву на порталі Przybysz, роздрукуйте та підпишіть її. Подайте її разом із додатками "
            "в пункті обслуговування після запису на візит або надішліть поштою."
        ),
    },
}


# LTR, PRM
STEP_FILING_THE_APPLICATION_IN_MOS = {
    "title": {
        "pl": "Złożenie wniosku w MOS",
        "en": "Filing the application in MOS",
        "ru": "Подача заявления в MOS",
        "uk": "Подання заяви в MOS",
    },
    "description": {
        "pl": (
            "Wypełniasz wniosek w systemie MOS, dołączasz skany dokumentów i dowód zapłaty, a następnie "
            "podpisujesz go podpisem elektronicznym. System wydaje zaświadczenie o złożeniu wniosku, a urząd "
            "przydziela sprawę inspektorowi."
        ),
        "en": (
            "You fill in the application in the MOS system, attach scans of your documents and proof of "
            "payment, and sign it with an electronic signature. The system issues a certificate of filing, and "
            "the office assigns the case to an officer."
        ),
        "ru": (
            "Вы заполняете заявление в системе MOS, прикладываете сканы документов и подтверждение оплаты, а "
            "затем подписываете его электронной подписью. Система выдаёт справку о подаче заявления, а "
            "управление передаёт дело инспектору."
        ),
        "uk": (
            "Ви заповнюєте заяву в системі MOS, додаєте скани документів і підтвердження оплати, а потім "
            "підписуєте її електронним підписом. Система видає довідку про подання заяви, а управління передає "
            "справу інспекторові."
        ),
    },
}


# LTR, PRM
STEP_VISIT_AND_FINGERPRINTS = {
    "title": {
        "pl": "Wizyta i odciski palców",
        "en": "Visit and fingerprints",
        "ru": "Визит и отпечатки пальцев",
        "uk": "Візит і відбитки пальців",
    },
    "description": {
        "pl": (
            "Urząd wzywa Cię do osobistego stawiennictwa albo wyznacza wizytę na biometrię. Podczas wizyty "
            "pobiera się odciski palców i sporządza protokół przyjęcia wniosku."
        ),
        "en": (
            "The office summons you to appear in person or sets a biometrics appointment. During the visit, "
            "your fingerprints are taken and a record of receipt of the application is drawn up."
        ),
        "ru": (
            "Управление вызывает вас для личной явки или назначает визит для сдачи биометрических данных. Во "
            "время визита у вас снимают отпечатки пальцев и составляют протокол приёма заявления."
        ),
        "uk": (
            "Управління викликає вас для особистої явки або призначає візит для здачі біометричних даних. Під "
            "час візиту у вас знімають відбитки пальців і складають протокол прийняття заяви."
        ),
    },
}


# LTR, PRM
STEP_CHECK_FOR_FORMAL_DEFICIENCIES = {
    "title": {
        "pl": "Sprawdzenie braków formalnych",
        "en": "Check for formal deficiencies",
        "ru": "Проверка формальных недостатков",
        "uk": "Перевірка формальних недоліків",
    },
    "description": {
        "pl": (
            "Inspektor sprawdza, czy wniosek jest kompletny i czy opłata została wniesiona. Jeśli czegoś "
            "brakuje, otrzymasz wezwanie z terminem na uzupełnienie."
        ),
        "en": (
            "The officer checks whether the application is complete and whether the fee has been paid. If "
            "something is missing, you will receive a request with a deadline to complete it."
        ),
        "ru": (
            "Инспектор проверяет, полное ли заявление и уплачен ли сбор. Если чего-то не хватает, вы получите "
            "требование со сроком для дополнения."
        ),
        "uk": (
            "Інспектор перевіряє, чи повна заява і чи сплачено збір. Якщо чогось бракує, ви отримаєте вимогу "
            "зі строком для доповнення."
        ),
    },
}


# LTR, PRM
STEP_EXAMINATION_OF_THE_APPLICATION = {
    "title": {
        "pl": "Rozpatrzenie wniosku",
        "en": "Examination of the application",
        "ru": "Рассмотрение заявления",
        "uk": "Розгляд заяви",
    },
    "description": {
        "pl": (
            "Urząd zasięga opinii Straży Granicznej, Policji i ABW oraz analizuje zebrane dokumenty. Może "
            "wezwać Cię do złożenia dodatkowych dokumentów lub wyjaśnień."
        ),
        "en": (
            "The office asks the Border Guard, the Police and the Internal Security Agency (ABW) for their "
            "opinions and reviews the documents. It may ask you to submit additional documents or explanations."
        ),
        "ru": (
            "Управление запрашивает заключения Пограничной стражи, полиции и Агентства внутренней безопасности "
            "(ABW) и анализирует собранные документы. Вас могут вызвать, чтобы представить дополнительные "
            "документы или объяснения."
        ),
        "uk": (
            "Управління запитує висновки Прикордонної служби, поліції та Агентства внутрішньої безпеки (ABW) і "
            "аналізує зібрані документи. Вас можуть викликати, щоб надати додаткові документи або пояснення."
        ),
    },
}


# LTR, PRM
STEP_RESIDENCE_CARD_AND_CLOSING_THE_CASE = {
    "title": {
        "pl": "Karta pobytu i zakończenie sprawy",
        "en": "Residence card and closing the case",
        "ru": "Карта побыту и завершение дела",
        "uk": "Карта побиту і завершення справи",
    },
    "description": {
        "pl": (
            "Po pozytywnej decyzji karta pobytu jest wykonywana od razu, a urząd informuje Cię SMS-em, "
            "e-mailem i zmianą statusu, gdy jest gotowa do odbioru. Sprawa może też zakończyć się "
            "pozostawieniem wniosku bez rozpoznania albo umorzeniem postępowania."
        ),
        "en": (
            "After a positive decision, the residence card is produced straight away, and the office tells you "
            "by text message, e-mail and a status change when it is ready for collection. A case can also end "
            "with the application being left without examination or with the proceedings being discontinued."
        ),
        "ru": (
            "После положительного решения карту побыту изготавливают сразу, и управление сообщает вам по SMS, "
            "электронной почте и изменением статуса, когда она готова к получению. Дело может также "
            "завершиться оставлением заявления без рассмотрения или прекращением производства."
        ),
        "uk": (
            "Після позитивного рішення карту побиту виготовляють одразу, і управління повідомляє вас "
            "SMS-повідомленням, електронною поштою та зміною статусу, коли вона готова до отримання. Справа "
            "може також завершитися залишенням заяви без розгляду або закриттям провадження."
        ),
    },
}


# LTR, PRM
STATUSES_LTR_PRM = [
    ("filed", 1),
    ("assigned", 1),
    ("intake-record", 2),
    ("fingerprints-summons", 2),
    ("biometrics-visit", 2),
    ("formal-check", 3),
    ("deficiency-request", 3),
    ("fee-request", 3),
    ("opinions", 4),
    ("evidence-review", 4),
    ("summons", 4),
    ("draft-decision", 5),
    ("supervisor-approval", 5),
    ("decision-issued", 5),
    ("card-ready", 6),
    ("left-unexamined", 6),
    ("discontinued", 6),
    ("closed", 6),
]


# LTR, PRM
REQUIREMENT_PHOTO_35_45_MM = {
    "kind": "photo",
    "title": {
        "pl": "Fotografia 35×45 mm",
        "en": "Photo 35×45 mm",
        "ru": "Фотография 35×45 мм",
        "uk": "Фотографія 35×45 мм",
    },
    "details": {
        "pl": (
            "Dołącz aktualną fotografię o wymiarach 35×45 mm, wykonaną w ciągu ostatnich 6 miesięcy. Zdjęcie "
            "trafi do karty pobytu, a fotografia niespełniająca wymogów to częsty brak formalny."
        ),
        "en": (
            "Attach a recent photo measuring 35×45 mm, taken within the last 6 months. The photo will be used "
            "in your residence card, and a photo that does not meet the rules is a common formal deficiency."
        ),
        "ru": (
            "Приложите актуальную фотографию размером 35×45 мм, сделанную в течение последних 6 месяцев. Она "
            "будет использована в карте побыту, а фотография, не отвечающая требованиям, — частый формальный "
            "недостаток."
        ),
        "uk": (
            "Додайте актуальну фотографію розміром 35×45 мм, зроблену протягом останніх 6 місяців. Її буде "
            "використано в карті побиту, а фотографія, що не відповідає вимогам, — частий формальний недолік."
        ),
    },
    "amount": "",
    "recipient": "",
    "account": "",
    "editor_note": "Sprawdź, w jakiej postaci (plik, format, liczba zdjęć) MOS przyjmuje fotografię.",
}


# LTR, PRM
REQUIREMENT_PERSONAL_APPEARANCE_AND_FINGERPRINTS_LTR_PRM = {
    "kind": "appearance",
    "title": {
        "pl": "Osobiste stawiennictwo i odciski palców",
        "en": "Personal appearance and fingerprints",
        "ru": "Личная явка и отпечатки пальцев",
        "uk": "Особиста явка і відбитки пальців",
    },
    "details": {
        "pl": (
            "Po złożeniu wniosku musisz przyjść osobiście do urzędu, aby złożyć odciski palców do karty pobytu "
            "– pełnomocnik nie może zrobić tego za Ciebie. Zabierz ważny paszport i przyjdź 15 minut przed "
            "wyznaczoną godziną."
        ),
        "en": (
            "After filing, you must come to the office in person to give your fingerprints for the residence "
            "card – a proxy cannot do this for you. Bring your valid passport and arrive 15 minutes before "
            "your appointment."
        ),
        "ru": (
            "После подачи заявления нужно лично прийти в управление, чтобы сдать отпечатки пальцев для карты "
            "побыту, — представитель не может сделать это за вас. Возьмите действительный паспорт и приходите "
            "за 15 минут до назначенного времени."
        ),
        "uk": (
            "Після подання заяви потрібно особисто прийти до управління, щоб здати відбитки пальців для карти "
            "побиту, — представник не може зробити це за вас. Візьміть дійсний паспорт і приходьте за 15 "
            "хвилин до призначеного часу."
        ),
    },
    "amount": "",
    "recipient": "",
    "account": "",
    "editor_note": (
        "Sposób wyznaczania wizyty biometrycznej po złożeniu wniosku w MOS (wezwanie czy rezerwacja online) "
        "nie wynika z FACTS.md – zweryfikuj."
    ),
}


# TRV, VIS
STATUSES_TRV_VIS = [
    ("filed", 1),
    ("assigned", 1),
    ("intake-record", 1),
    ("formal-check", 2),
    ("deficiency-request", 2),
    ("fee-request", 2),
    ("evidence-review", 3),
    ("summons", 3),
    ("draft-decision", 4),
    ("supervisor-approval", 4),
    ("decision-issued", 4),
    ("document-ready", 5),
    ("left-unexamined", 5),
    ("discontinued", 5),
    ("closed", 5),
]
