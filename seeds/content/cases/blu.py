"""Kind of case BLU: EU Blue Card (temporary residence for highly qualified employment)."""

from seeds.content.cases._shared import (
    REQUIREMENT_COPY_OF_A_VALID_PASSPORT,
    REQUIREMENT_DEADLINES_IN_THE_CASE,
    REQUIREMENT_PERSONAL_APPEARANCE_AND_FINGERPRINTS_BLU_TRP_TRW,
    REQUIREMENT_POWER_OF_ATTORNEY_FEE_BLU_TRP_TRW,
    REQUIREMENT_RECENT_PHOTO,
    REQUIREMENT_RESIDENCE_CARD_FEE,
    STATUSES_BLU_TRP_TRW,
    STEP_APPEARANCE_AND_FINGERPRINTS,
    STEP_COMPLETENESS_CHECK,
    STEP_DECISION_AND_RESIDENCE_CARD,
    STEP_END_OF_THE_CASE,
    STEP_FILING_IN_MOS,
)

CASE_TYPE = {
    "code": "BLU",
    "position": 30,
    "filed_by": "foreigner",
    "proxy_allowed": True,
    "legal_basis": "art. 127 ustawy o cudzoziemcach",
    "decision_days": 60,
    "deadline_start": "appearance-and-completeness",
    "editor_note": (
        "FACTS podaje dla tej sprawy tylko nazwę, podstawę prawną (art. 127 u.o.c.), opłatę 440 zł i tryb MOS; opłaty "
        "100 zł i 17 zł oraz terminy KPA są ogólne. Warunki Niebieskiej Karty UE (wysokie kwalifikacje, rodzaj i "
        "minimalny okres umowy, próg wynagrodzenia, ubezpieczenie zdrowotne) i lista dokumentów pochodzą z ogólnej "
        "wiedzy o przepisach, nie z FACTS, i celowo opisano je bez liczb – zweryfikuj w ustawie o cudzoziemcach (stan "
        "po wdrożeniu dyrektywy (UE) 2021/1883) i ewentualnie uzupełnij. Termin 60 dni przyjęto z art. 112a u.o.c. – "
        "sprawdź, czy dla Niebieskiej Karty UE nie obowiązuje termin szczególny. Sprawdź też, czy w MOS pracodawca "
        "wypełnia załącznik także przy tym wniosku, czy pełnomocnik może złożyć wniosek za cudzoziemca oraz czy karta "
        "pobytu ma adnotację „Blue Card”. Organ wydający decyzję (Wojewoda Dolnośląski) opisano na podstawie ogólnych "
        "przepisów."
    ),
    "name": {
        "pl": "Niebieska Karta UE",
        "en": "EU Blue Card",
        "ru": "Голубая карта ЕС",
        "uk": "Блакитна карта ЄС",
    },
    "summary": {
        "pl": (
            "Zezwolenie na pobyt czasowy dla cudzoziemca, który będzie pracować w Polsce w zawodzie wymagającym "
            "wysokich kwalifikacji. Wniosek składasz w systemie MOS, a po pozytywnej decyzji otrzymujesz kartę pobytu."
        ),
        "en": (
            "A temporary residence permit for a foreigner who will work in Poland in an occupation requiring high "
            "qualifications. You file the application in the MOS system, and after a positive decision you receive a "
            "residence card."
        ),
        "ru": (
            "Разрешение на временное пребывание для иностранца, который будет работать в Польше по профессии, "
            "требующей высокой квалификации. Заявление подаётся в системе MOS, а после положительного решения вы "
            "получаете карту побыту."
        ),
        "uk": (
            "Дозвіл на тимчасове перебування для іноземця, який працюватиме в Польщі за професією, що потребує високої "
            "кваліфікації. Заяву подають у системі MOS, а після позитивного рішення ви отримуєте карту побиту."
        ),
    },
    "description": {
        "pl": (
            "Niebieska Karta UE to zezwolenie na pobyt czasowy dla cudzoziemca, który będzie wykonywać w Polsce pracę "
            "w zawodzie wymagającym wysokich kwalifikacji. Jest przeznaczona dla specjalistów, którzy mają umowę albo "
            "wiążącą ofertę pracy od pracodawcy w Polsce.\n\n"
            "Najważniejsze warunki to wysokie kwalifikacje zawodowe, umowa o pracę lub wiążąca oferta pracy oraz "
            "wynagrodzenie nie niższe niż próg określony w przepisach. Szczegółowe warunki, w tym wysokość tego progu, "
            "określa ustawa o cudzoziemcach.\n\n"
            "Od 27 kwietnia 2026 r. wniosek składa się wyłącznie elektronicznie w krajowym systemie MOS "
            "([mos.cudzoziemcy.gov.pl](https://mos.cudzoziemcy.gov.pl)). Potrzebujesz konta login.gov.pl, podpisu "
            "elektronicznego i skanów dokumentów. Po złożeniu wniosku otrzymasz zaświadczenie o złożeniu wniosku "
            "zamiast stempla w paszporcie. Potem urząd wezwie Cię do osobistego stawiennictwa, aby pobrać odciski "
            "palców.\n\n"
            "Decyzję wydaje Wojewoda Dolnośląski. Jeśli jest pozytywna, otrzymasz kartę pobytu.\n\n"
            "Jeśli złożysz kompletny wniosek w terminie, Twój pobyt jest legalny do czasu decyzji. Nie możesz jednak "
            "na tej podstawie podróżować po strefie Schengen: możesz wyjechać do swojego kraju, ale na powrót "
            "potrzebujesz wizy."
        ),
        "en": (
            "The EU Blue Card is a temporary residence permit for a foreigner who will work in Poland in an occupation "
            "that requires high qualifications. It is meant for specialists who have a contract or a binding job offer "
            "from an employer in Poland.\n\n"
            "The main conditions are high professional qualifications, an employment contract or a binding job offer, "
            "and pay that is not lower than the threshold set by law. The detailed conditions, including the amount of "
            "this threshold, are laid down in the Act on Foreigners.\n\n"
            "Since 27 April 2026, the application is filed only electronically in the national MOS system "
            "([mos.cudzoziemcy.gov.pl](https://mos.cudzoziemcy.gov.pl)). You need a login.gov.pl account, an "
            "electronic signature and scans of your documents. After filing, you receive a certificate of filing "
            "instead of a stamp in your passport. The office will then ask you to come in person to give your "
            "fingerprints.\n\n"
            "The Voivode of Lower Silesia issues the decision. If it is positive, you receive a residence card.\n\n"
            "If you file a complete application on time, your stay is legal until the decision. However, this does not "
            "allow you to travel in the Schengen area: you may go to your home country, but you need a visa to come "
            "back."
        ),
        "ru": (
            "Голубая карта ЕС — это разрешение на временное пребывание для иностранца, который будет работать в Польше "
            "по профессии, требующей высокой квалификации. Она предназначена для специалистов, у которых есть договор "
            "или обязывающее предложение о работе от работодателя в Польше.\n\n"
            "Главные условия — высокая профессиональная квалификация, трудовой договор или обязывающее предложение о "
            "работе и зарплата не ниже порога, установленного законом. Подробные условия, в том числе размер этого "
            "порога, определяет Закон об иностранцах.\n\n"
            "С 27 апреля 2026 г. заявление подаётся только в электронном виде в общегосударственной системе MOS "
            "([mos.cudzoziemcy.gov.pl](https://mos.cudzoziemcy.gov.pl)). Нужны учётная запись login.gov.pl, "
            "электронная подпись и сканы документов. После подачи вы получите справку о подаче заявления вместо штампа "
            "в паспорте. Затем управление вызовет вас на личную явку, чтобы снять отпечатки пальцев.\n\n"
            "Решение выносит Нижнесилезский воевода. Если оно положительное, вы получите карту побыту.\n\n"
            "Если вы вовремя подали полное заявление, ваше пребывание законно до вынесения решения. Однако на этом "
            "основании нельзя ездить по Шенгенской зоне: вы можете выехать в свою страну, но для возвращения "
            "понадобится виза."
        ),
        "uk": (
            "Блакитна карта ЄС — це дозвіл на тимчасове перебування для іноземця, який працюватиме в Польщі за "
            "професією, що потребує високої кваліфікації. Вона призначена для фахівців, які мають договір або "
            "обов’язкову пропозицію роботи від роботодавця в Польщі.\n\n"
            "Головні умови — висока професійна кваліфікація, трудовий договір або обов’язкова пропозиція роботи та "
            "заробітна плата не нижча за поріг, встановлений законом. Докладні умови, зокрема розмір цього порогу, "
            "визначає Закон про іноземців.\n\n"
            "З 27 квітня 2026 р. заяву подають лише в електронній формі в загальнодержавній системі MOS "
            "([mos.cudzoziemcy.gov.pl](https://mos.cudzoziemcy.gov.pl)). Потрібні обліковий запис login.gov.pl, "
            "електронний підпис і скани документів. Після подання ви отримаєте довідку про подання заяви замість "
            "штампа в паспорті. Потім управління викличе вас на особисту явку, щоб зняти відбитки пальців.\n\n"
            "Рішення ухвалює Нижньосілезький воєвода. Якщо воно позитивне, ви отримаєте карту побиту.\n\n"
            "Якщо ви вчасно подали повну заяву, ваше перебування законне до ухвалення рішення. Однак на цій підставі "
            "не можна подорожувати Шенгенською зоною: ви можете виїхати до своєї країни, але для повернення "
            "знадобиться віза."
        ),
    },
    "steps": [
        STEP_FILING_IN_MOS,
        STEP_APPEARANCE_AND_FINGERPRINTS,
        STEP_COMPLETENESS_CHECK,
        {
            "title": {
                "pl": "Rozpatrzenie sprawy",
                "en": "Examination of the case",
                "ru": "Рассмотрение дела",
                "uk": "Розгляд справи",
            },
            "description": {
                "pl": (
                    "Urząd zasięga opinii Straży Granicznej, Policji i ABW oraz analizuje zebrane dowody, w tym Twoje "
                    "kwalifikacje i warunki zatrudnienia. Może wezwać Cię do złożenia wyjaśnień lub dodatkowych "
                    "dokumentów. Na końcu przygotowuje projekt decyzji."
                ),
                "en": (
                    "The office asks the Border Guard, the Police and the Internal Security Agency (ABW) for their "
                    "opinions and reviews the evidence, including your qualifications and terms of employment. It may "
                    "ask you for explanations or additional documents. Finally, it prepares a draft decision."
                ),
                "ru": (
                    "Управление запрашивает заключения Пограничной стражи (Straż Graniczna), полиции и Агентства "
                    "внутренней безопасности (ABW) и анализирует собранные доказательства, в том числе вашу "
                    "квалификацию и условия трудоустройства. Вас могут вызвать для дачи пояснений или попросить "
                    "дополнительные документы. В конце готовится проект решения."
                ),
                "uk": (
                    "Управління запитує висновки Прикордонної служби (Straż Graniczna), поліції та Агентства "
                    "внутрішньої безпеки (ABW) і аналізує зібрані докази, зокрема вашу кваліфікацію та умови "
                    "працевлаштування. Вас можуть викликати для надання пояснень або попросити додаткові документи. "
                    "Наприкінці готують проєкт рішення."
                ),
            },
        },
        STEP_DECISION_AND_RESIDENCE_CARD,
        STEP_END_OF_THE_CASE,
    ],
    "statuses": STATUSES_BLU_TRP_TRW,
    "requirements": [
        REQUIREMENT_COPY_OF_A_VALID_PASSPORT,
        {
            "kind": "document",
            "title": {
                "pl": "Umowa o pracę lub wiążąca oferta pracy",
                "en": "Employment contract or binding job offer",
                "ru": "Трудовой договор или обязывающее предложение о работе",
                "uk": "Трудовий договір або обов’язкова пропозиція роботи",
            },
            "details": {
                "pl": (
                    "Dołącz podpisaną umowę o pracę albo wiążącą ofertę pracy w zawodzie wymagającym wysokich "
                    "kwalifikacji. Dokument powinien wskazywać m.in. stanowisko, okres zatrudnienia i wynagrodzenie."
                ),
                "en": (
                    "Attach a signed employment contract or a binding job offer for an occupation requiring high "
                    "qualifications. The document should state, among other things, the position, the period of "
                    "employment and the pay."
                ),
                "ru": (
                    "Приложите подписанный трудовой договор или обязывающее предложение о работе по профессии, "
                    "требующей высокой квалификации. В документе должны быть указаны, в частности, должность, срок "
                    "трудоустройства и зарплата."
                ),
                "uk": (
                    "Додайте підписаний трудовий договір або обов’язкову пропозицію роботи за професією, що потребує "
                    "високої кваліфікації. У документі мають бути зазначені, зокрема, посада, строк працевлаштування "
                    "та заробітна плата."
                ),
            },
            "amount": "",
            "recipient": "",
            "account": "",
            "editor_note": (
                "Nie z FACTS: dopuszczalne rodzaje umów, minimalny okres zatrudnienia i próg wynagrodzenia (celowo bez "
                "liczb). Zweryfikuj w art. 127 i nast. u.o.c. i ewentualnie uzupełnij. Sprawdź też, czy dane "
                "pracodawcy podaje się w osobnym załączniku wypełnianym w MOS (jak przy pobycie i pracy)."
            ),
        },
        {
            "kind": "document",
            "title": {
                "pl": "Dokumenty potwierdzające wysokie kwalifikacje",
                "en": "Documents proving high qualifications",
                "ru": "Документы, подтверждающие высокую квалификацию",
                "uk": "Документи, що підтверджують високу кваліфікацію",
            },
            "details": {
                "pl": (
                    "Dołącz dokumenty potwierdzające Twoje wysokie kwalifikacje zawodowe, np. dyplom ukończenia "
                    "studiów albo dokumenty o doświadczeniu zawodowym. To, jakie dokumenty wystarczą, zależy od zawodu."
                ),
                "en": (
                    "Attach documents proving your high professional qualifications, for example a university diploma "
                    "or documents on your professional experience. Which documents are enough depends on the "
                    "occupation."
                ),
                "ru": (
                    "Приложите документы, подтверждающие вашу высокую профессиональную квалификацию, например диплом о "
                    "высшем образовании или документы о профессиональном опыте. Какие документы достаточны, зависит от "
                    "профессии."
                ),
                "uk": (
                    "Додайте документи, що підтверджують вашу високу професійну кваліфікацію, наприклад диплом про "
                    "вищу освіту або документи про професійний досвід. Які документи достатні, залежить від професії."
                ),
            },
            "amount": "",
            "recipient": "",
            "account": "",
            "editor_note": (
                "Nie z FACTS. Zweryfikuj, jakie dokumenty potwierdzają wysokie kwalifikacje (dyplom; doświadczenie "
                "zawodowe – w jakich zawodach i w jakim wymiarze) oraz czy wymagane jest uznanie dyplomu lub "
                "tłumaczenie przysięgłe dokumentów w języku obcym."
            ),
        },
        REQUIREMENT_RECENT_PHOTO,
        {
            "kind": "fee",
            "title": {
                "pl": "Opłata skarbowa za zezwolenie",
                "en": "Stamp duty for the permit",
                "ru": "Гербовый сбор за разрешение",
                "uk": "Гербовий збір за дозвіл",
            },
            "details": {
                "pl": (
                    "Opłata skarbowa za Niebieską Kartę UE wynosi 440 zł i wpłaca się ją na rzecz Gminy Wrocław. "
                    "Zapłać ją przy składaniu wniosku i dołącz skan dowodu zapłaty – jego brak to częsty brak formalny."
                ),
                "en": (
                    "The stamp duty for the EU Blue Card is 440 zł and is paid to the Municipality of Wrocław (Gmina "
                    "Wrocław). Pay it when you file the application and attach a scan of the proof of payment – a "
                    "missing proof is a common formal deficiency."
                ),
                "ru": (
                    "Гербовый сбор за Голубую карту ЕС составляет 440 злотых и уплачивается в пользу гмины Вроцлав "
                    "(Gmina Wrocław). Оплатите его при подаче заявления и приложите скан подтверждения оплаты — его "
                    "отсутствие является частым формальным недостатком."
                ),
                "uk": (
                    "Гербовий збір за Блакитну карту ЄС становить 440 злотих і сплачується на користь гміни Вроцлав "
                    "(Gmina Wrocław). Сплатіть його під час подання заяви й додайте скан підтвердження оплати — його "
                    "відсутність є частим формальним недоліком."
                ),
            },
            "amount": "440 zł",
            "recipient": "Gmina Wrocław",
            "account": "",
            "editor_note": "Kwota i odbiorca według FACTS. Wpisz zweryfikowany numer rachunku Gminy Wrocław.",
        },
        REQUIREMENT_RESIDENCE_CARD_FEE,
        REQUIREMENT_POWER_OF_ATTORNEY_FEE_BLU_TRP_TRW,
        REQUIREMENT_PERSONAL_APPEARANCE_AND_FINGERPRINTS_BLU_TRP_TRW,
        REQUIREMENT_DEADLINES_IN_THE_CASE,
    ],
    "form": {
        "submission_mode": "external",
        "external_url": "https://mos.cudzoziemcy.gov.pl",
        "editor_note": (
            "Tryb zewnętrzny (MOS, od 27.04.2026) według FACTS. Sprawdź w MOS: czy system sam wymusza wielkie litery i "
            "jak traktuje puste pola (wymóg „NIE DOTYCZY” pochodzi z urzędowego wzoru), jakie podpisy elektroniczne "
            "akceptuje, w jakiej formie dołącza się zdjęcie, dowody zapłaty i pełnomocnictwo oraz czy dane "
            "przygotowane w portalu Przybysz można przenieść do MOS (tekst mówi tylko, że można je przygotować). Tytuł "
            "wniosku zapisano według tabeli w FACTS; w ustawie pojawia się sformułowanie „w celu wykonywania pracy w "
            "zawodzie wymagającym wysokich kwalifikacji” – sprawdź nazwę formularza w MOS."
        ),
        "title": {
            "pl": (
                "Wniosek o udzielenie zezwolenia na pobyt czasowy w celu pracy w zawodzie wymagającym wysokich "
                "kwalifikacji"
            ),
            "en": (
                "Application for a temporary residence permit for work in an occupation requiring high qualifications "
                "(EU Blue Card)"
            ),
            "ru": (
                "Заявление о выдаче разрешения на временное пребывание с целью работы по профессии, требующей высокой "
                "квалификации (Голубая карта ЕС)"
            ),
            "uk": (
                "Заява про надання дозволу на тимчасове перебування з метою роботи за професією, що потребує високої "
                "кваліфікації (Блакитна карта ЄС)"
            ),
        },
        "instructions": {
            "pl": (
                "Od 27 kwietnia 2026 r. ten wniosek składa się wyłącznie w krajowym systemie MOS "
                "([mos.cudzoziemcy.gov.pl](https://mos.cudzoziemcy.gov.pl)). Urząd nie przyjmuje go na papierze ani "
                "pocztą. W portalu Przybysz możesz wcześniej przygotować dane do wniosku: formularz podpowiada, co "
                "wpisać, i od razu sprawdza m.in. PESEL, kod pocztowy i daty.\n\n"
                "Zanim zaczniesz:\n\n"
                "* załóż konto login.gov.pl i przygotuj podpis elektroniczny,\n"
                "* zeskanuj paszport, umowę o pracę lub wiążącą ofertę pracy oraz dokumenty potwierdzające wysokie "
                "kwalifikacje,\n"
                "* przygotuj aktualne zdjęcie 35×45 mm, wykonane w ciągu ostatnich 6 miesięcy,\n"
                "* sprawdź, czy wynagrodzenie w umowie lub ofercie nie jest niższe niż próg określony w przepisach,\n"
                "* wpłać 440 zł opłaty skarbowej na rzecz Gminy Wrocław i zeskanuj dowód zapłaty.\n\n"
                "Wypełniaj wniosek po polsku, literami alfabetu łacińskiego – urzędowy wzór wymaga drukowanych "
                "wielkich liter. Nie zostawiaj pustych pól, bo puste pole to brak formalny. Jeśli pytanie Cię nie "
                "dotyczy, wpisz „NIE DOTYCZY”. Odpowiedz na wszystkie pytania, także o karalność i zobowiązania "
                "wynikające z orzeczeń sądów lub organów, np. alimentacyjne. Jeśli działa pełnomocnik, dołącz "
                "pełnomocnictwo i dowód zapłaty 17 zł.\n\n"
                "Podpisz wniosek podpisem elektronicznym i złóż go w MOS. Otrzymasz zaświadczenie o złożeniu wniosku – "
                "zachowaj je, bo zastępuje stempel w paszporcie.\n\n"
                "Potem urząd wezwie Cię do osobistego stawiennictwa w celu złożenia odcisków palców. Status sprawy "
                "możesz śledzić w portalu Przybysz. Za wydanie karty pobytu płacisz osobno 100 zł. Gdy karta będzie "
                "gotowa, powiadomimy Cię SMS-em i e-mailem."
            ),
            "en": (
                "Since 27 April 2026, this application is filed only in the national MOS system "
                "([mos.cudzoziemcy.gov.pl](https://mos.cudzoziemcy.gov.pl)). The office does not accept it on paper or "
                "by post. You can first prepare the data for the application in the Przybysz portal: the form suggests "
                "what to enter and checks, for example, your PESEL number, postal code and dates as you type.\n\n"
                "Before you start:\n\n"
                "* create a login.gov.pl account and get an electronic signature ready,\n"
                "* scan your passport, your employment contract or binding job offer and the documents proving your "
                "high qualifications,\n"
                "* get a recent 35×45 mm photo taken within the last 6 months,\n"
                "* check that the pay in the contract or offer is not lower than the threshold set by law,\n"
                "* pay the 440 zł stamp duty to the Municipality of Wrocław (Gmina Wrocław) and scan the proof of "
                "payment.\n\n"
                "Fill in the application in Polish, using the Latin alphabet – the official form requires printed "
                "capital letters. Do not leave any field blank, because a blank field is a formal deficiency. If a "
                "question does not apply to you, write “NIE DOTYCZY” (not applicable). Answer all questions, including "
                "those about criminal records and obligations under court or administrative decisions, such as "
                "alimony. If a proxy acts for you, attach the power of attorney and the proof of payment of 17 zł.\n\n"
                "Sign the application with your electronic signature and file it in MOS. You will receive a "
                "certificate of filing – keep it, because it replaces the stamp in your passport.\n\n"
                "The office will then summon you to appear in person to give your fingerprints. You can follow the "
                "status of your case in the Przybysz portal. The residence card costs a separate 100 zł. When the card "
                "is ready, we will notify you by text message and e-mail."
            ),
            "ru": (
                "С 27 апреля 2026 г. это заявление подаётся только в общегосударственной системе MOS "
                "([mos.cudzoziemcy.gov.pl](https://mos.cudzoziemcy.gov.pl)). В бумажном виде и по почте управление его "
                "не принимает. Данные для заявления можно заранее подготовить на портале Przybysz: форма подсказывает, "
                "что вписать, и сразу проверяет, в частности, номер PESEL, почтовый индекс и даты.\n\n"
                "Перед началом:\n\n"
                "* создайте учётную запись login.gov.pl и подготовьте электронную подпись,\n"
                "* отсканируйте паспорт, трудовой договор или обязывающее предложение о работе и документы, "
                "подтверждающие высокую квалификацию,\n"
                "* подготовьте актуальную фотографию 35×45 мм, сделанную не раньше чем 6 месяцев назад,\n"
                "* проверьте, что зарплата в договоре или предложении не ниже порога, установленного законом,\n"
                "* уплатите гербовый сбор 440 злотых в пользу гмины Вроцлав (Gmina Wrocław) и отсканируйте "
                "подтверждение оплаты.\n\n"
                "Заполняйте заявление на польском языке буквами латинского алфавита — официальный образец требует "
                "печатных заглавных букв. Не оставляйте пустых полей: пустое поле считается формальным недостатком. "
                "Если вопрос вас не касается, впишите «NIE DOTYCZY» (не касается). Ответьте на все вопросы, в том "
                "числе о судимости и об обязательствах по судебным или административным решениям, например алиментных. "
                "Если действует представитель, приложите доверенность и подтверждение уплаты 17 злотых.\n\n"
                "Подпишите заявление электронной подписью и подайте его в MOS. Вы получите справку о подаче заявления "
                "— сохраните её, так как она заменяет штамп в паспорте.\n\n"
                "Затем управление вызовет вас на личную явку для сдачи отпечатков пальцев. Статус дела можно "
                "отслеживать на портале Przybysz. За выдачу карты побыту отдельно платится 100 злотых. Когда карта "
                "будет готова, мы сообщим вам по SMS и электронной почте."
            ),
            "uk": (
                "З 27 квітня 2026 р. цю заяву подають лише в загальнодержавній системі MOS "
                "([mos.cudzoziemcy.gov.pl](https://mos.cudzoziemcy.gov.pl)). У паперовій формі та поштою управління її "
                "не приймає. Дані для заяви можна заздалегідь підготувати на порталі Przybysz: форма підказує, що "
                "вписати, і одразу перевіряє, зокрема, номер PESEL, поштовий індекс і дати.\n\n"
                "Перед початком:\n\n"
                "* створіть обліковий запис login.gov.pl і підготуйте електронний підпис,\n"
                "* відскануйте паспорт, трудовий договір або обов’язкову пропозицію роботи та документи, що "
                "підтверджують високу кваліфікацію,\n"
                "* підготуйте актуальну фотографію 35×45 мм, зроблену не раніше ніж 6 місяців тому,\n"
                "* перевірте, що заробітна плата в договорі чи пропозиції не нижча за поріг, встановлений законом,\n"
                "* сплатіть гербовий збір 440 злотих на користь гміни Вроцлав (Gmina Wrocław) і відскануйте "
                "підтвердження оплати.\n\n"
                "Заповнюйте заяву польською мовою літерами латинського алфавіту — офіційний зразок вимагає друкованих "
                "великих літер. Не залишайте порожніх полів: порожнє поле вважається формальним недоліком. Якщо "
                "питання вас не стосується, впишіть «NIE DOTYCZY» (не стосується). Дайте відповідь на всі питання, "
                "зокрема про судимість і про зобов’язання за судовими чи адміністративними рішеннями, наприклад "
                "аліментні. Якщо діє представник, додайте довіреність і підтвердження сплати 17 злотих.\n\n"
                "Підпишіть заяву електронним підписом і подайте її в MOS. Ви отримаєте довідку про подання заяви — "
                "збережіть її, бо вона замінює штамп у паспорті.\n\n"
                "Потім управління викличе вас на особисту явку для здачі відбитків пальців. Статус справи можна "
                "відстежувати на порталі Przybysz. За видачу карти побиту окремо сплачують 100 злотих. Коли карта буде "
                "готова, ми повідомимо вас через SMS та електронною поштою."
            ),
        },
    },
}
