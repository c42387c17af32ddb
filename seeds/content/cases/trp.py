"""Kind of case TRP: temporary residence permit."""

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
    "code": "TRP",
    "position": 10,
    "filed_by": "foreigner",
    "proxy_allowed": True,
    "legal_basis": "art. 98–106 ustawy o cudzoziemcach",
    "decision_days": 60,
    "deadline_start": "appearance-and-completeness",
    "editor_note": (
        "Podstawa prawna, opłaty (340 zł, 100 zł, 17 zł), termin 60 dni (art. 112a u.o.c.) i tryb MOS – według FACTS. "
        "Do weryfikacji: czy w MOS pełnomocnik może złożyć wniosek za cudzoziemca (możliwość działania przez "
        "pełnomocnika przyjęto z KPA; odciski palców składa się zawsze osobiście); listy dokumentów dla poszczególnych "
        "celów pobytu (FACTS ich nie podaje, tekst jest ogólny); sposób wyznaczania stawiennictwa w sprawach z MOS; "
        "zasady odbioru karty pobytu; czy status „Sporządzenie protokołu przyjęcia wniosku” występuje w sprawach "
        "złożonych w MOS. Organ wydający decyzję (Wojewoda Dolnośląski) i umorzenie po wycofaniu wniosku opisano na "
        "podstawie ogólnych przepisów, nie FACTS."
    ),
    "name": {
        "pl": "Zezwolenie na pobyt czasowy",
        "en": "Temporary residence permit",
        "ru": "Разрешение на временное пребывание",
        "uk": "Дозвіл на тимчасове перебування",
    },
    "summary": {
        "pl": (
            "Zezwolenie dla cudzoziemca, który chce mieszkać w Polsce dłużej w określonym celu, np. połączenia z "
            "rodziną lub studiów. Wniosek składasz w systemie MOS, a po pozytywnej decyzji otrzymujesz kartę pobytu."
        ),
        "en": (
            "A permit for a foreigner who wants to live in Poland for a longer time for a specific purpose, such as "
            "joining family or studying. You file the application in the MOS system, and after a positive decision you "
            "receive a residence card."
        ),
        "ru": (
            "Разрешение для иностранца, который хочет дольше жить в Польше с определённой целью, например для "
            "воссоединения с семьёй или учёбы. Заявление подаётся в системе MOS, а после положительного решения вы "
            "получаете карту побыту."
        ),
        "uk": (
            "Дозвіл для іноземця, який хоче довше жити в Польщі з певною метою, наприклад для возз’єднання з родиною "
            "або навчання. Заяву подають у системі MOS, а після позитивного рішення ви отримуєте карту побиту."
        ),
    },
    "description": {
        "pl": (
            "Zezwolenie na pobyt czasowy jest dla cudzoziemca, który chce zostać w Polsce dłużej, niż pozwala mu wiza "
            "lub ruch bezwizowy, i ma do tego konkretny powód, np. połączenie z rodziną, studia albo inny cel. Jeśli "
            "chcesz przede wszystkim pracować, zobacz zezwolenie na pobyt czasowy i pracę albo Niebieską Kartę UE.\n\n"
            "Musisz wykazać cel pobytu. We wniosku podajesz też m.in. swoje środki utrzymania, ubezpieczenie zdrowotne "
            "i miejsce pobytu w Polsce.\n\n"
            "Od 27 kwietnia 2026 r. wniosek składa się wyłącznie elektronicznie w krajowym systemie MOS "
            "([mos.cudzoziemcy.gov.pl](https://mos.cudzoziemcy.gov.pl)). Potrzebujesz konta login.gov.pl, podpisu "
            "elektronicznego i skanów dokumentów. Po złożeniu wniosku otrzymasz zaświadczenie o złożeniu wniosku "
            "zamiast stempla w paszporcie. Potem urząd wezwie Cię do osobistego stawiennictwa, aby pobrać odciski "
            "palców.\n\n"
            "Decyzję wydaje Wojewoda Dolnośląski. Jeśli jest pozytywna, otrzymasz kartę pobytu. Karty nie można "
            "„przedłużyć” – żeby zostać dłużej, złóż nowy wniosek przed końcem legalnego pobytu.\n\n"
            "Jeśli złożysz kompletny wniosek w terminie, Twój pobyt jest legalny do czasu decyzji. Nie możesz jednak "
            "na tej podstawie podróżować po strefie Schengen: możesz wyjechać do swojego kraju, ale na powrót "
            "potrzebujesz wizy."
        ),
        "en": (
            "A temporary residence permit is for a foreigner who wants to stay in Poland longer than a visa or "
            "visa-free travel allows and has a specific reason for it, such as joining family, studying or another "
            "purpose. If your main aim is to work, see the temporary residence and work permit or the EU Blue Card.\n\n"
            "You must show the purpose of your stay. In the application you also give, among other things, your means "
            "of subsistence, your health insurance and your place of stay in Poland.\n\n"
            "Since 27 April 2026, the application is filed only electronically in the national MOS system "
            "([mos.cudzoziemcy.gov.pl](https://mos.cudzoziemcy.gov.pl)). You need a login.gov.pl account, an "
            "electronic signature and scans of your documents. After filing, you receive a certificate of filing "
            "instead of a stamp in your passport. The office will then ask you to come in person to give your "
            "fingerprints.\n\n"
            "The Voivode of Lower Silesia issues the decision. If it is positive, you receive a residence card. The "
            "card cannot be “extended” – to stay longer, file a new application before your legal stay ends.\n\n"
            "If you file a complete application on time, your stay is legal until the decision. However, this does not "
            "allow you to travel in the Schengen area: you may go to your home country, but you need a visa to come "
            "back."
        ),
        "ru": (
            "Разрешение на временное пребывание предназначено для иностранца, который хочет остаться в Польше дольше, "
            "чем позволяет виза или безвизовый режим, и имеет для этого конкретную причину, например воссоединение с "
            "семьёй, учёбу или другую цель. Если вы хотите прежде всего работать, посмотрите разрешение на временное "
            "пребывание и работу или Голубую карту ЕС.\n\n"
            "Вы должны подтвердить цель пребывания. В заявлении вы также указываете, в частности, средства к "
            "существованию, медицинское страхование и место пребывания в Польше.\n\n"
            "С 27 апреля 2026 г. заявление подаётся только в электронном виде в общегосударственной системе MOS "
            "([mos.cudzoziemcy.gov.pl](https://mos.cudzoziemcy.gov.pl)). Нужны учётная запись login.gov.pl, "
            "электронная подпись и сканы документов. После подачи вы получите справку о подаче заявления вместо штампа "
            "в паспорте. Затем управление вызовет вас на личную явку, чтобы снять отпечатки пальцев.\n\n"
            "Решение выносит Нижнесилезский воевода. Если оно положительное, вы получите карту побыту. Карту нельзя "
            "«продлить»: чтобы остаться дольше, подайте новое заявление до окончания законного пребывания.\n\n"
            "Если вы вовремя подали полное заявление, ваше пребывание законно до вынесения решения. Однако на этом "
            "основании нельзя ездить по Шенгенской зоне: вы можете выехать в свою страну, но для возвращения "
            "понадобится виза."
        ),
        "uk": (
            "Дозвіл на тимчасове перебування призначений для іноземця, який хоче залишитися в Польщі довше, ніж "
            "дозволяє віза або безвізовий режим, і має для цього конкретну причину, наприклад возз’єднання з родиною, "
            "навчання чи іншу мету. Якщо ви хочете насамперед працювати, перегляньте дозвіл на тимчасове перебування "
            "та роботу або Блакитну карту ЄС.\n\n"
            "Ви маєте підтвердити мету перебування. У заяві ви також зазначаєте, зокрема, засоби до існування, медичне "
            "страхування та місце перебування в Польщі.\n\n"
            "З 27 квітня 2026 р. заяву подають лише в електронній формі в загальнодержавній системі MOS "
            "([mos.cudzoziemcy.gov.pl](https://mos.cudzoziemcy.gov.pl)). Потрібні обліковий запис login.gov.pl, "
            "електронний підпис і скани документів. Після подання ви отримаєте довідку про подання заяви замість "
            "штампа в паспорті. Потім управління викличе вас на особисту явку, щоб зняти відбитки пальців.\n\n"
            "Рішення ухвалює Нижньосілезький воєвода. Якщо воно позитивне, ви отримаєте карту побиту. Карту не можна "
            "«продовжити»: щоб залишитися довше, подайте нову заяву до закінчення законного перебування.\n\n"
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
                    "Urząd zasięga opinii Straży Granicznej, Policji i ABW oraz analizuje zebrane dowody. Może wezwać "
                    "Cię do złożenia wyjaśnień lub dodatkowych dokumentów. Na końcu przygotowuje projekt decyzji."
                ),
                "en": (
                    "The office asks the Border Guard, the Police and the Internal Security Agency (ABW) for their "
                    "opinions and reviews the evidence. It may ask you for explanations or additional documents. "
                    "Finally, it prepares a draft decision."
                ),
                "ru": (
                    "Управление запрашивает заключения Пограничной стражи (Straż Graniczna), полиции и Агентства "
                    "внутренней безопасности (ABW) и анализирует собранные доказательства. Вас могут вызвать для дачи "
                    "пояснений или попросить дополнительные документы. В конце готовится проект решения."
                ),
                "uk": (
                    "Управління запитує висновки Прикордонної служби (Straż Graniczna), поліції та Агентства "
                    "внутрішньої безпеки (ABW) і аналізує зібрані докази. Вас можуть викликати для надання пояснень "
                    "або попросити додаткові документи. Наприкінці готують проєкт рішення."
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
                "pl": "Dokumenty potwierdzające cel pobytu",
                "en": "Documents confirming the purpose of stay",
                "ru": "Документы, подтверждающие цель пребывания",
                "uk": "Документи, що підтверджують мету перебування",
            },
            "details": {
                "pl": (
                    "Dołącz dokumenty, które potwierdzają cel Twojego pobytu w Polsce, np. połączenie z rodziną albo "
                    "studia. To, jakie dokumenty są potrzebne, zależy od celu pobytu."
                ),
                "en": (
                    "Attach documents that confirm the purpose of your stay in Poland, such as joining your family or "
                    "studying. Which documents you need depends on the purpose of your stay."
                ),
                "ru": (
                    "Приложите документы, подтверждающие цель вашего пребывания в Польше, например воссоединение с "
                    "семьёй или учёбу. Какие документы нужны, зависит от цели пребывания."
                ),
                "uk": (
                    "Додайте документи, які підтверджують мету вашого перебування в Польщі, наприклад возз’єднання з "
                    "родиною або навчання. Які документи потрібні, залежить від мети перебування."
                ),
            },
            "amount": "",
            "recipient": "",
            "account": "",
            "editor_note": (
                "FACTS nie zawiera list dokumentów dla poszczególnych celów pobytu – uzupełnij je na podstawie "
                "przepisów i praktyki DUW (np. akty stanu cywilnego przy połączeniu z rodziną, zaświadczenie uczelni "
                "przy studiach) albo odeślij do osobnych stron."
            ),
        },
        {
            "kind": "document",
            "title": {
                "pl": "Środki utrzymania, ubezpieczenie i mieszkanie",
                "en": "Means of subsistence, insurance and housing",
                "ru": "Средства к существованию, страхование и жильё",
                "uk": "Засоби до існування, страхування та житло",
            },
            "details": {
                "pl": (
                    "Dołącz dokumenty potwierdzające Twoje środki utrzymania i ubezpieczenie zdrowotne oraz, zależnie "
                    "od sprawy, miejsce zamieszkania w Polsce. Umowa najmu musi być podpisana, a oświadczenie o "
                    "zapewnieniu lokalu musi zawierać adres i okres."
                ),
                "en": (
                    "Attach documents confirming your means of subsistence and health insurance and, depending on your "
                    "case, your place of residence in Poland. A lease must be signed, and a declaration that housing "
                    "is provided must state the address and the period."
                ),
                "ru": (
                    "Приложите документы, подтверждающие ваши средства к существованию и медицинское страхование, а "
                    "также, в зависимости от дела, место проживания в Польше. Договор аренды должен быть подписан, а "
                    "заявление о предоставлении жилья должно содержать адрес и срок."
                ),
                "uk": (
                    "Додайте документи, що підтверджують ваші засоби до існування та медичне страхування, а також, "
                    "залежно від справи, місце проживання в Польщі. Договір оренди має бути підписаний, а заява про "
                    "надання житла має містити адресу та строк."
                ),
            },
            "amount": "",
            "recipient": "",
            "account": "",
            "editor_note": (
                "W FACTS są tylko pola formularza (środki utrzymania, ubezpieczenie zdrowotne, miejsce pobytu) i "
                "częste błędy (niepodpisana umowa najmu, oświadczenie o lokalu bez adresu lub okresu). Rodzaje "
                "wymaganych dokumentów, wymagane kwoty środków i to, kiedy trzeba dokumentować miejsce zamieszkania, "
                "zweryfikuj przed publikacją."
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
                    "Opłata skarbowa za zezwolenie na pobyt czasowy wynosi 340 zł i wpłaca się ją na rzecz Gminy "
                    "Wrocław. Zapłać ją przy składaniu wniosku i dołącz skan dowodu zapłaty – jego brak to częsty brak "
                    "formalny."
                ),
                "en": (
                    "The stamp duty for a temporary residence permit is 340 zł and is paid to the Municipality of "
                    "Wrocław (Gmina Wrocław). Pay it when you file the application and attach a scan of the proof of "
                    "payment – a missing proof is a common formal deficiency."
                ),
                "ru": (
                    "Гербовый сбор за разрешение на временное пребывание составляет 340 злотых и уплачивается в пользу "
                    "гмины Вроцлав (Gmina Wrocław). Оплатите его при подаче заявления и приложите скан подтверждения "
                    "оплаты — его отсутствие является частым формальным недостатком."
                ),
                "uk": (
                    "Гербовий збір за дозвіл на тимчасове перебування становить 340 злотих і сплачується на користь "
                    "гміни Вроцлав (Gmina Wrocław). Сплатіть його під час подання заяви й додайте скан підтвердження "
                    "оплати — його відсутність є частим формальним недоліком."
                ),
            },
            "amount": "340 zł",
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
            "przygotowane w portalu Przybysz można przenieść do MOS (tekst mówi tylko, że można je przygotować)."
        ),
        "title": {
            "pl": "Wniosek o udzielenie zezwolenia na pobyt czasowy",
            "en": "Application for a temporary residence permit",
            "ru": "Заявление о выдаче разрешения на временное пребывание",
            "uk": "Заява про надання дозволу на тимчасове перебування",
        },
        "instructions": {
            "pl": (
                "Od 27 kwietnia 2026 r. ten wniosek składa się wyłącznie w krajowym systemie MOS "
                "([mos.cudzoziemcy.gov.pl](https://mos.cudzoziemcy.gov.pl)). Urząd nie przyjmuje go na papierze ani "
                "pocztą. W portalu Przybysz możesz wcześniej przygotować dane do wniosku: formularz podpowiada, co "
                "wpisać, i od razu sprawdza m.in. PESEL, kod pocztowy i daty.\n\n"
                "Zanim zaczniesz:\n\n"
                "* załóż konto login.gov.pl i przygotuj podpis elektroniczny,\n"
                "* zeskanuj paszport oraz dokumenty potwierdzające cel pobytu, środki utrzymania, ubezpieczenie "
                "zdrowotne i miejsce zamieszkania,\n"
                "* przygotuj aktualne zdjęcie 35×45 mm, wykonane w ciągu ostatnich 6 miesięcy,\n"
                "* wpłać 340 zł opłaty skarbowej na rzecz Gminy Wrocław i zeskanuj dowód zapłaty.\n\n"
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
                "* scan your passport and the documents confirming the purpose of your stay, your means of "
                "subsistence, health insurance and place of residence,\n"
                "* get a recent 35×45 mm photo taken within the last 6 months,\n"
                "* pay the 340 zł stamp duty to the Municipality of Wrocław (Gmina Wrocław) and scan the proof of "
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
                "* отсканируйте паспорт и документы, подтверждающие цель пребывания, средства к существованию, "
                "медицинское страхование и место проживания,\n"
                "* подготовьте актуальную фотографию 35×45 мм, сделанную не раньше чем 6 месяцев назад,\n"
                "* уплатите гербовый сбор 340 злотых в пользу гмины Вроцлав (Gmina Wrocław) и отсканируйте "
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
                "* відскануйте паспорт і документи, що підтверджують мету перебування, засоби до існування, медичне "
                "страхування та місце проживання,\n"
                "* підготуйте актуальну фотографію 35×45 мм, зроблену не раніше ніж 6 місяців тому,\n"
                "* сплатіть гербовий збір 340 злотих на користь гміни Вроцлав (Gmina Wrocław) і відскануйте "
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
