"""Kind of case PRM: permanent residence permit."""

from seeds.content.cases._shared import (
    REQUIREMENT_DEADLINES_DURING_THE_CASE,
    REQUIREMENT_PERSONAL_APPEARANCE_AND_FINGERPRINTS_LTR_PRM,
    REQUIREMENT_PHOTO_35_45_MM,
    REQUIREMENT_POWER_OF_ATTORNEY_FEE_CHG_LTR_PRM,
    STATUSES_LTR_PRM,
    STEP_CHECK_FOR_FORMAL_DEFICIENCIES,
    STEP_DECISION,
    STEP_EXAMINATION_OF_THE_APPLICATION,
    STEP_FILING_THE_APPLICATION_IN_MOS,
    STEP_RESIDENCE_CARD_AND_CLOSING_THE_CASE,
    STEP_VISIT_AND_FINGERPRINTS,
)

CASE_TYPE: dict = {
    "code": "PRM",
    "position": 40,
    "filed_by": "foreigner",
    "proxy_allowed": True,
    "legal_basis": "art. 195 ustawy o cudzoziemcach",
    "decision_days": None,
    "deadline_start": None,
    "editor_note": (
        "FACTS.md nie podaje ustawowego terminu wydania decyzji w sprawie pobytu stałego – decision_days pozostawiono "
        "puste; uzupełnij po weryfikacji. Opis celowo nie wylicza warunków z art. 195 u.o.c. (FACTS.md ich nie "
        "zawiera); przykład posiadaczy Karty Polaka oparto na zwolnieniu z opłaty – rozważ dodanie zweryfikowanej "
        "listy warunków. Zasadę legalnego pobytu do czasu decyzji (i zakaz podróży w strefie Schengen) FACTS.md podaje "
        "ogólnie, w kontekście pobytu czasowego – potwierdź, że dotyczy pobytu stałego. Osobiste stawiennictwo i "
        "odciski palców po złożeniu wniosku w MOS oraz odbiór karty opisano według praktyki ogólnej, nie według "
        "FACTS.md – zweryfikuj."
    ),
    "name": {
        "pl": "Zezwolenie na pobyt stały",
        "en": "Permanent residence permit",
        "ru": "Разрешение на постоянное пребывание",
        "uk": "Дозвіл на постійне перебування",
    },
    "summary": {
        "pl": (
            "Zezwolenie dla cudzoziemca, który chce zamieszkać w Polsce na stałe i spełnia jeden z warunków "
            "określonych w ustawie o cudzoziemcach. Wniosek składa się elektronicznie w systemie MOS."
        ),
        "en": (
            "A permit for a foreigner who wants to live in Poland permanently and meets one of the conditions set out "
            "in the Act on Foreigners. You file the application electronically in the MOS system."
        ),
        "ru": (
            "Разрешение для иностранца, который хочет постоянно жить в Польше и выполняет одно из условий, указанных в "
            "Законе об иностранцах. Заявление подаётся в электронном виде в системе MOS."
        ),
        "uk": (
            "Дозвіл для іноземця, який хоче постійно жити в Польщі та відповідає одній з умов, визначених у Законі про "
            "іноземців. Заяву подають в електронній формі в системі MOS."
        ),
    },
    "description": {
        "pl": (
            "Zezwolenie na pobyt stały pozwala cudzoziemcowi mieszkać w Polsce na stałe. Możesz się o nie ubiegać, "
            "jeśli spełniasz jeden z warunków określonych w art. 195 ustawy o cudzoziemcach. Dotyczą one przede "
            "wszystkim szczególnych związków z Polską – o zezwolenie mogą się ubiegać np. posiadacze Karty Polaka, "
            "którzy chcą osiedlić się w Polsce na stałe. Posiadacze Karty Polaka nie płacą opłaty skarbowej za to "
            "zezwolenie.\n\n"
            "Od 27 kwietnia 2026 r. wniosek składa się wyłącznie elektronicznie w krajowym systemie MOS "
            "(mos.cudzoziemcy.gov.pl) – nie składa się go już na papierze w urzędzie ani pocztą. Potrzebujesz konta "
            "login.gov.pl, podpisu elektronicznego i skanów dokumentów. Po złożeniu wniosku otrzymujesz zaświadczenie "
            "o złożeniu wniosku, które zastępuje dawny stempel w paszporcie. Następnie musisz stawić się osobiście w "
            "urzędzie, aby złożyć odciski palców.\n\n"
            "Jeśli złożysz wniosek w terminie, czyli w czasie legalnego pobytu, i bez braków formalnych, Twój pobyt "
            "jest legalny do czasu wydania decyzji. Na tej podstawie nie możesz jednak podróżować po strefie Schengen: "
            "możesz wyjechać tylko do swojego kraju, a na powrót potrzebujesz wizy.\n\n"
            "Sprawę kończy decyzja wojewody. Jeśli jest pozytywna, otrzymujesz kartę pobytu. O tym, że karta jest "
            "gotowa do odbioru, urząd poinformuje Cię SMS-em, e-mailem i zmianą statusu w portalu Przybysz."
        ),
        "en": (
            "A permanent residence permit allows a foreigner to live in Poland permanently. You can apply if you meet "
            "one of the conditions set out in Article 195 of the Act on Foreigners. They mainly concern special ties "
            "to Poland – for example, Karta Polaka holders who want to settle in Poland permanently can apply. Karta "
            "Polaka holders do not pay the stamp duty for this permit.\n\n"
            "Since 27 April 2026, the application is filed only electronically in the national MOS system "
            "(mos.cudzoziemcy.gov.pl) – it is no longer filed on paper at the office or by post. You need a "
            "login.gov.pl account, an electronic signature and scans of your documents. After filing, you receive a "
            "certificate of filing, which replaces the former stamp in the passport. Then you must come to the office "
            "in person to give your fingerprints.\n\n"
            "If you file on time, that is during your legal stay, and without formal deficiencies, your stay is legal "
            "until the decision. However, this does not allow you to travel within the Schengen area: you may only go "
            "to your home country, and you need a visa to come back.\n\n"
            "The case ends with a decision of the voivode. If it is positive, you receive a residence card. The office "
            "will tell you by text message, e-mail and a status change in the Przybysz portal when the card is ready "
            "for collection."
        ),
        "ru": (
            "Разрешение на постоянное пребывание позволяет иностранцу постоянно жить в Польше. Подать заявление можно, "
            "если вы выполняете одно из условий, указанных в ст. 195 Закона об иностранцах. Они касаются прежде всего "
            "особой связи с Польшей — например, заявление могут подать обладатели Карты поляка, которые хотят "
            "переехать в Польшу на постоянное жительство. Обладатели Карты поляка не платят гербовый сбор за это "
            "разрешение.\n\n"
            "С 27 апреля 2026 г. заявление подаётся только в электронном виде через общегосударственную систему MOS "
            "(mos.cudzoziemcy.gov.pl) — в бумажном виде в управлении или по почте его больше не подают. Нужны учётная "
            "запись login.gov.pl, электронная подпись и сканы документов. После подачи вы получаете справку о подаче "
            "заявления, которая заменяет прежний штамп в паспорте. Затем нужно лично прийти в управление, чтобы сдать "
            "отпечатки пальцев.\n\n"
            "Если вы подали заявление вовремя, то есть в период легального пребывания, и без формальных недостатков, "
            "ваше пребывание остаётся легальным до вынесения решения. Однако на этом основании нельзя путешествовать "
            "по Шенгенской зоне: можно выехать только в свою страну, а для возвращения нужна виза.\n\n"
            "Дело завершается решением воеводы. Если решение положительное, вы получаете карту побыту. Когда карта "
            "будет готова к получению, управление сообщит об этом по SMS, электронной почте и изменением статуса на "
            "портале Przybysz."
        ),
        "uk": (
            "Дозвіл на постійне перебування дає іноземцю змогу постійно жити в Польщі. Подати заяву можна, якщо ви "
            "відповідаєте одній з умов, визначених у ст. 195 Закону про іноземців. Вони стосуються насамперед "
            "особливого зв’язку з Польщею — наприклад, заяву можуть подати власники Карти поляка, які хочуть оселитися "
            "в Польщі назавжди. Власники Карти поляка не сплачують гербовий збір за цей дозвіл.\n\n"
            "З 27 квітня 2026 р. заяву подають лише в електронній формі через загальнодержавну систему MOS "
            "(mos.cudzoziemcy.gov.pl) — у паперовій формі в управлінні чи поштою її більше не подають. Потрібні "
            "обліковий запис login.gov.pl, електронний підпис і скани документів. Після подання ви отримуєте довідку "
            "про подання заяви, яка замінює колишній штамп у паспорті. Потім потрібно особисто прийти до управління, "
            "щоб здати відбитки пальців.\n\n"
            "Якщо ви подали заяву вчасно, тобто під час легального перебування, і без формальних недоліків, ваше "
            "перебування залишається легальним до ухвалення рішення. Проте на цій підставі не можна подорожувати "
            "Шенгенською зоною: можна виїхати лише до своєї країни, а для повернення потрібна віза.\n\n"
            "Справа завершується рішенням воєводи. Якщо рішення позитивне, ви отримуєте карту побиту. Коли карта буде "
            "готова до отримання, управління повідомить про це SMS-повідомленням, електронною поштою та зміною статусу "
            "на порталі Przybysz."
        ),
    },
    "steps": [
        STEP_FILING_THE_APPLICATION_IN_MOS,
        STEP_VISIT_AND_FINGERPRINTS,
        STEP_CHECK_FOR_FORMAL_DEFICIENCIES,
        STEP_EXAMINATION_OF_THE_APPLICATION,
        STEP_DECISION,
        STEP_RESIDENCE_CARD_AND_CLOSING_THE_CASE,
    ],
    "statuses": STATUSES_LTR_PRM,
    "requirements": [
        {
            "kind": "deadline",
            "title": {
                "pl": "Wniosek w czasie legalnego pobytu",
                "en": "Apply during your legal stay",
                "ru": "Заявление в период легального пребывания",
                "uk": "Заява під час легального перебування",
            },
            "details": {
                "pl": (
                    "Złóż wniosek, zanim skończy się Twój legalny pobyt w Polsce. Wniosek złożony w terminie i bez "
                    "braków formalnych sprawia, że Twój pobyt jest legalny do czasu wydania decyzji."
                ),
                "en": (
                    "File the application before your legal stay in Poland ends. An application filed on time and "
                    "without formal deficiencies keeps your stay legal until the decision."
                ),
                "ru": (
                    "Подайте заявление до окончания вашего легального пребывания в Польше. Если заявление подано "
                    "вовремя и без формальных недостатков, ваше пребывание остаётся легальным до вынесения решения."
                ),
                "uk": (
                    "Подайте заяву до закінчення вашого легального перебування в Польщі. Якщо заяву подано вчасно і "
                    "без формальних недоліків, ваше перебування залишається легальним до ухвалення рішення."
                ),
            },
            "amount": "",
            "recipient": "",
            "account": "",
            "editor_note": (
                "FACTS.md podaje tę zasadę ogólnie (w kontekście pobytu czasowego) – potwierdź w u.o.c. wymóg złożenia "
                "wniosku o pobyt stały w czasie legalnego pobytu i jego skutek."
            ),
        },
        {
            "kind": "document",
            "title": {
                "pl": "Kopia ważnego paszportu",
                "en": "Copy of a valid passport",
                "ru": "Копия действительного паспорта",
                "uk": "Копія дійсного паспорта",
            },
            "details": {
                "pl": (
                    "Dołącz do wniosku w MOS skan ważnego paszportu lub innego dokumentu podróży. Oryginał zabierz na "
                    "wizytę w urzędzie."
                ),
                "en": (
                    "Attach a scan of your valid passport or other travel document to the application in MOS. Bring "
                    "the original to your visit at the office."
                ),
                "ru": (
                    "Приложите к заявлению в MOS скан действительного паспорта или другого проездного документа. "
                    "Оригинал возьмите с собой на визит в управление."
                ),
                "uk": (
                    "Додайте до заяви в MOS скан дійсного паспорта або іншого проїзного документа. Оригінал візьміть "
                    "із собою на візит до управління."
                ),
            },
            "amount": "",
            "recipient": "",
            "account": "",
            "editor_note": (
                "FACTS.md wskazuje dołączanie kopii paszportu tylko przy pobycie czasowym – potwierdź wymóg i zakres "
                "kopii (które strony) przy pobycie stałym."
            ),
        },
        {
            "kind": "document",
            "title": {
                "pl": "Dokumenty potwierdzające podstawę wniosku",
                "en": "Documents proving the grounds for the application",
                "ru": "Документы, подтверждающие основание заявления",
                "uk": "Документи, що підтверджують підставу заяви",
            },
            "details": {
                "pl": (
                    "Dołącz skany dokumentów, które potwierdzają warunek, na podstawie którego ubiegasz się o "
                    "zezwolenie, np. Karty Polaka. Kopie muszą być czytelne i kompletne."
                ),
                "en": (
                    "Attach scans of the documents that prove the condition on which you apply for the permit, for "
                    "example your Karta Polaka. The copies must be legible and complete."
                ),
                "ru": (
                    "Приложите сканы документов, подтверждающих условие, на основании которого вы просите о "
                    "разрешении, например Карты поляка. Копии должны быть чёткими и полными."
                ),
                "uk": (
                    "Додайте скани документів, що підтверджують умову, на підставі якої ви просите про дозвіл, "
                    "наприклад Карти поляка. Копії мають бути чіткими й повними."
                ),
            },
            "amount": "",
            "recipient": "",
            "account": "",
            "editor_note": (
                "FACTS.md nie zawiera listy dokumentów dla pobytu stałego ani zasad dotyczących tłumaczeń dokumentów "
                "obcojęzycznych – uzupełnij zweryfikowaną listę dla poszczególnych podstaw z art. 195 u.o.c."
            ),
        },
        REQUIREMENT_PHOTO_35_45_MM,
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
                    "Opłata skarbowa za udzielenie zezwolenia na pobyt stały wynosi 640 zł i wpłaca się ją na rachunek "
                    "Gminy Wrocław. Dołącz do wniosku dowód zapłaty. **Posiadacze Karty Polaka są zwolnieni z tej "
                    "opłaty.**"
                ),
                "en": (
                    "The stamp duty for a permanent residence permit is 640 zł and is paid to the Municipality of "
                    "Wrocław (Gmina Wrocław). Attach proof of payment to the application. **Karta Polaka holders are "
                    "exempt from this fee.**"
                ),
                "ru": (
                    "Гербовый сбор за предоставление разрешения на постоянное пребывание составляет 640 злотых и "
                    "уплачивается в пользу гмины Вроцлав (Gmina Wrocław). Приложите к заявлению подтверждение оплаты. "
                    "**Обладатели Карты поляка освобождены от этого сбора.**"
                ),
                "uk": (
                    "Гербовий збір за надання дозволу на постійне перебування становить 640 злотих і сплачується на "
                    "користь гміни Вроцлав (Gmina Wrocław). Додайте до заяви підтвердження оплати. **Власники Карти "
                    "поляка звільнені від цього збору.**"
                ),
            },
            "amount": "640 zł",
            "recipient": "Gmina Wrocław",
            "account": "",
            "editor_note": (
                "Wpisz zweryfikowany numer rachunku Gminy Wrocław (duw.pl, Opłaty w sprawach legalizacji). Sprawdź, "
                "jakim dokumentem posiadacz Karty Polaka wykazuje zwolnienie w MOS."
            ),
        },
        {
            "kind": "fee",
            "title": {
                "pl": "Opłata za wydanie karty pobytu",
                "en": "Residence card fee",
                "ru": "Плата за выдачу карты побыту",
                "uk": "Плата за видачу карти побиту",
            },
            "details": {
                "pl": (
                    "Za wydanie karty pobytu płaci się osobno 100 zł. To odrębna opłata, niezależna od opłaty "
                    "skarbowej za zezwolenie – płacą ją także posiadacze Karty Polaka."
                ),
                "en": (
                    "The residence card costs a separate 100 zł. This fee is separate from the stamp duty for the "
                    "permit, and Karta Polaka holders pay it too."
                ),
                "ru": (
                    "За выдачу карты побыту отдельно платят 100 злотых. Она взимается независимо от гербового сбора за "
                    "разрешение — её платят и обладатели Карты поляка."
                ),
                "uk": (
                    "За видачу карти побиту окремо платять 100 злотих. Вона стягується незалежно від гербового збору "
                    "за дозвіл — її сплачують і власники Карти поляка."
                ),
            },
            "amount": "100 zł",
            "recipient": "Dolnośląski Urząd Wojewódzki we Wrocławiu",
            "account": "",
            "editor_note": (
                "Odbiorcy opłaty za kartę (przyjęto DUW) ani terminu jej wniesienia nie ma w FACTS.md – zweryfikuj i "
                "wpisz numer rachunku. Potwierdź, że zwolnienie posiadaczy Karty Polaka nie obejmuje opłaty za kartę."
            ),
        },
        REQUIREMENT_POWER_OF_ATTORNEY_FEE_CHG_LTR_PRM,
        REQUIREMENT_PERSONAL_APPEARANCE_AND_FINGERPRINTS_LTR_PRM,
        REQUIREMENT_DEADLINES_DURING_THE_CASE,
    ],
    "form": {
        "submission_mode": "external",
        "external_url": "https://mos.cudzoziemcy.gov.pl",
        "editor_note": (
            "Zasady wypełniania (język polski, wielkie litery drukowane, „NIE DOTYCZY” w pustych polach) FACTS.md "
            "opisuje dla formularzy urzędowych – sprawdź, jak stosuje je system MOS. Sprawdź też, czy dane "
            "przygotowane w portalu Przybysz można przenieść do MOS, czy tylko przepisać."
        ),
        "title": {
            "pl": "Wniosek o udzielenie zezwolenia na pobyt stały",
            "en": "Application for a permanent residence permit",
            "ru": "Заявление о предоставлении разрешения на постоянное пребывание",
            "uk": "Заява про надання дозволу на постійне перебування",
        },
        "instructions": {
            "pl": (
                "Od 27 kwietnia 2026 r. wniosek o udzielenie zezwolenia na pobyt stały składa się wyłącznie w krajowym "
                "systemie MOS: [mos.cudzoziemcy.gov.pl](https://mos.cudzoziemcy.gov.pl). Nie składa się go już na "
                "papierze w urzędzie ani pocztą. Portal Przybysz wyjaśnia ten tryb i może pomóc Ci przygotować dane do "
                "wniosku, ale sam wniosek składasz w MOS.\n\n"
                "Zanim zaczniesz:\n\n"
                "* załóż konto login.gov.pl i przygotuj podpis elektroniczny,\n"
                "* zeskanuj paszport i dokumenty potwierdzające podstawę wniosku,\n"
                "* przygotuj fotografię 35×45 mm wykonaną w ciągu ostatnich 6 miesięcy,\n"
                "* zapłać 640 zł opłaty skarbowej na rachunek Gminy Wrocław i zachowaj dowód zapłaty (posiadacze Karty "
                "Polaka są z niej zwolnieni).\n\n"
                "Dane wpisuj w języku polskim, literami łacińskimi – w formularzach urzędowych wielkimi literami "
                "drukowanymi. Nie zostawiaj pustych pól, bo puste pole to brak formalny: jeśli pole Cię nie dotyczy, "
                "wpisz „NIE DOTYCZY”. Odpowiedz na każde pytanie, także o karalność.\n\n"
                "Dołącz skany dokumentów i dowód zapłaty, a jeśli działa pełnomocnik – także pełnomocnictwo i dowód "
                "zapłaty 17 zł. Następnie podpisz wniosek podpisem elektronicznym i wyślij go w systemie.\n\n"
                "Po wysłaniu otrzymasz zaświadczenie o złożeniu wniosku. Zachowaj je, bo zastępuje dawny stempel w "
                "paszporcie. Potem musisz przyjść osobiście do urzędu, aby złożyć odciski palców. O gotowej karcie "
                "pobytu urząd poinformuje Cię SMS-em, e-mailem i zmianą statusu w portalu Przybysz."
            ),
            "en": (
                "Since 27 April 2026, the application for a permanent residence permit is filed only in the national "
                "MOS system: [mos.cudzoziemcy.gov.pl](https://mos.cudzoziemcy.gov.pl). It is no longer filed on paper "
                "at the office or by post. The Przybysz portal explains this procedure and can help you prepare the "
                "data for the application, but you file the application itself in MOS.\n\n"
                "Before you start:\n\n"
                "* create a login.gov.pl account and get an electronic signature,\n"
                "* scan your passport and the documents proving the grounds for your application,\n"
                "* get a 35×45 mm photo taken within the last 6 months,\n"
                "* pay 640 zł stamp duty to the Municipality of Wrocław and keep the proof of payment (Karta Polaka "
                "holders are exempt).\n\n"
                "Enter the data in Polish, in Latin letters – on official forms, in printed capital letters. Do not "
                "leave any field blank, because a blank field is a formal deficiency: if a field does not apply to "
                "you, write “NIE DOTYCZY” (not applicable). Answer every question, including the one about criminal "
                "convictions.\n\n"
                "Attach the scans and the proof of payment and, if a proxy acts for you, also the power of attorney "
                "and proof of payment of 17 zł. Then sign the application with an electronic signature and send it in "
                "the system.\n\n"
                "After sending it, you will receive a certificate of filing. Keep it, because it replaces the former "
                "stamp in the passport. Then you must come to the office in person to give your fingerprints. The "
                "office will tell you by text message, e-mail and a status change in the Przybysz portal when your "
                "residence card is ready."
            ),
            "ru": (
                "С 27 апреля 2026 г. заявление о предоставлении разрешения на постоянное пребывание подаётся только "
                "через общегосударственную систему MOS: [mos.cudzoziemcy.gov.pl](https://mos.cudzoziemcy.gov.pl). В "
                "бумажном виде в управлении или по почте его больше не подают. Портал Przybysz объясняет эту процедуру "
                "и может помочь подготовить данные для заявления, но само заявление вы подаёте в MOS.\n\n"
                "Прежде чем начать:\n\n"
                "* создайте учётную запись login.gov.pl и подготовьте электронную подпись,\n"
                "* отсканируйте паспорт и документы, подтверждающие основание заявления,\n"
                "* подготовьте фотографию 35×45 мм, сделанную в течение последних 6 месяцев,\n"
                "* уплатите гербовый сбор 640 злотых в пользу гмины Вроцлав и сохраните подтверждение оплаты "
                "(обладатели Карты поляка от него освобождены).\n\n"
                "Данные вводите на польском языке, латинскими буквами — в официальных формах печатными заглавными "
                "буквами. Не оставляйте пустых полей: пустое поле — это формальный недостаток. Если поле к вам не "
                "относится, впишите «NIE DOTYCZY» («не касается»). Ответьте на каждый вопрос, в том числе о "
                "судимости.\n\n"
                "Приложите сканы документов и подтверждение оплаты, а если действует представитель — также "
                "доверенность и подтверждение уплаты 17 злотых. Затем подпишите заявление электронной подписью и "
                "отправьте его в системе.\n\n"
                "После отправки вы получите справку о подаче заявления. Сохраните её: она заменяет прежний штамп в "
                "паспорте. Затем нужно лично прийти в управление, чтобы сдать отпечатки пальцев. Когда карта побыту "
                "будет готова, управление сообщит об этом по SMS, электронной почте и изменением статуса на портале "
                "Przybysz."
            ),
            "uk": (
                "З 27 квітня 2026 р. заяву про надання дозволу на постійне перебування подають лише через "
                "загальнодержавну систему MOS: [mos.cudzoziemcy.gov.pl](https://mos.cudzoziemcy.gov.pl). У паперовій "
                "формі в управлінні чи поштою її більше не подають. Портал Przybysz пояснює цю процедуру і може "
                "допомогти підготувати дані для заяви, але саму заяву ви подаєте в MOS.\n\n"
                "Перш ніж почати:\n\n"
                "* створіть обліковий запис login.gov.pl і підготуйте електронний підпис,\n"
                "* відскануйте паспорт і документи, що підтверджують підставу заяви,\n"
                "* підготуйте фотографію 35×45 мм, зроблену протягом останніх 6 місяців,\n"
                "* сплатіть гербовий збір 640 злотих на користь гміни Вроцлав і збережіть підтвердження оплати "
                "(власники Карти поляка від нього звільнені).\n\n"
                "Дані вводьте польською мовою, латинськими літерами — в офіційних формах друкованими великими "
                "літерами. Не залишайте порожніх полів: порожнє поле — це формальний недолік. Якщо поле вас не "
                "стосується, впишіть «NIE DOTYCZY» («не стосується»). Дайте відповідь на кожне запитання, зокрема про "
                "судимість.\n\n"
                "Додайте скани документів і підтвердження оплати, а якщо діє представник — також довіреність і "
                "підтвердження сплати 17 злотих. Потім підпишіть заяву електронним підписом і надішліть її в "
                "системі.\n\n"
                "Після надсилання ви отримаєте довідку про подання заяви. Збережіть її: вона замінює колишній штамп у "
                "паспорті. Потім потрібно особисто прийти до управління, щоб здати відбитки пальців. Коли карта побиту "
                "буде готова, управління повідомить про це SMS-повідомленням, електронною поштою та зміною статусу на "
                "порталі Przybysz."
            ),
        },
    },
}
