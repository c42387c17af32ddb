"""Kind of case CHG: change of a temporary residence and work permit."""

from seeds.content.cases._shared import (
    REQUIREMENT_DEADLINES_DURING_THE_CASE,
    REQUIREMENT_POWER_OF_ATTORNEY_FEE_CHG_LTR_PRM,
    STEP_DECISION,
)

CASE_TYPE: dict = {
    "code": "CHG",
    "position": 60,
    "filed_by": "foreigner",
    "proxy_allowed": True,
    "legal_basis": "art. 123 ustawy o cudzoziemcach",
    "decision_days": None,
    "deadline_start": None,
    "editor_note": (
        "Podstawa prawna (art. 123 u.o.c.) i opłata skarbowa 220 zł są w FACTS.md oznaczone jako niezweryfikowane – "
        "potwierdź. Tryb składania przez MOS przyjęto zgodnie ze specyfikacją i wymaga weryfikacji: FACTS.md wymienia "
        "MOS tylko dla pobytu czasowego, stałego i rezydenta długoterminowego UE. FACTS.md nie podaje terminu wydania "
        "decyzji – decision_days pozostawiono puste. Przyjęto, że zmiana zezwolenia nie kończy się wydaniem nowej "
        "karty pobytu (stąd brak fotografii, odcisków palców, opłaty za kartę i statusu „Karta pobytu do odbioru”) "
        "oraz że wniosek nie jest opiniowany przez Straż Graniczną, Policję i ABW – zweryfikuj. Zweryfikuj też zakres "
        "zmian wymagających wniosku (FACTS.md podaje tylko zmianę pracodawcy) oraz to, czy w trakcie postępowania "
        "pobyt jest legalny, a praca u nowego pracodawcy dozwolona – opis celowo tego nie rozstrzyga."
    ),
    "name": {
        "pl": "Zmiana zezwolenia na pobyt czasowy i pracę",
        "en": "Change of a temporary residence and work permit",
        "ru": "Изменение разрешения на временное пребывание и работу",
        "uk": "Зміна дозволу на тимчасове перебування та роботу",
    },
    "summary": {
        "pl": (
            "Wniosek dla cudzoziemca, który ma zezwolenie na pobyt czasowy i pracę i zmienia pracodawcę lub inne "
            "warunki pracy określone w zezwoleniu. Zamiast zmiany można też złożyć nowy wniosek o zezwolenie."
        ),
        "en": (
            "An application for a foreigner who holds a temporary residence and work permit and changes employer or "
            "other working conditions set out in the permit. Instead of a change, you can also file a new permit "
            "application."
        ),
        "ru": (
            "Заявление для иностранца, у которого есть разрешение на временное пребывание и работу и который меняет "
            "работодателя или другие условия работы, указанные в разрешении. Вместо изменения можно также подать новое "
            "заявление о разрешении."
        ),
        "uk": (
            "Заява для іноземця, який має дозвіл на тимчасове перебування та роботу і змінює роботодавця або інші "
            "умови роботи, визначені в дозволі. Замість зміни можна також подати нову заяву про дозвіл."
        ),
    },
    "description": {
        "pl": (
            "Ten wniosek składa cudzoziemiec, który ma już zezwolenie na pobyt czasowy i pracę (tzw. zezwolenie "
            "jednolite), gdy zmienia się jego sytuacja zawodowa. Najczęstszy przypadek to zmiana pracodawcy: wymaga "
            "ona złożenia wniosku o zmianę zezwolenia albo nowego wniosku o zezwolenie na pobyt czasowy i pracę. "
            "Wniosek o zmianę może dotyczyć także innych warunków pracy określonych w zezwoleniu. Jeśli nie wiesz, "
            "który wniosek wybrać, zadzwoń na infolinię urzędu: 71 701 11 00.\n\n"
            "Wniosek składa się elektronicznie w krajowym systemie MOS (mos.cudzoziemcy.gov.pl). Potrzebujesz konta "
            "login.gov.pl, podpisu elektronicznego i skanów dokumentów. Nowy pracodawca wypełnia swój załącznik "
            "(Załącznik nr 1) przez link, który wysyła mu system. Po złożeniu wniosku otrzymujesz zaświadczenie o "
            "złożeniu wniosku.\n\n"
            "Jeśli przestajesz pracować u pracodawcy wskazanego w zezwoleniu, musisz zawiadomić o tym urząd w ciągu 15 "
            "dni roboczych.\n\n"
            "Sprawę kończy decyzja wojewody o zmianie zezwolenia albo o odmowie jego zmiany. Decyzję otrzymujesz Ty "
            "lub Twój pełnomocnik, a o jej wydaniu poinformuje Cię także zmiana statusu w portalu Przybysz. Od decyzji "
            "możesz się odwołać w ciągu 14 dni do Szefa Urzędu do Spraw Cudzoziemców."
        ),
        "en": (
            "This application is filed by a foreigner who already holds a temporary residence and work permit (the "
            "single permit) when their work situation changes. The most common case is a change of employer: it "
            "requires an application to change the permit or a new application for a temporary residence and work "
            "permit. An application for a change may also concern other working conditions set out in the permit. If "
            "you are not sure which application to choose, call the office's helpline: 71 701 11 00.\n\n"
            "You file the application electronically in the national MOS system (mos.cudzoziemcy.gov.pl). You need a "
            "login.gov.pl account, an electronic signature and scans of your documents. The new employer fills in its "
            "annex (Załącznik nr 1, Annex No. 1) through a link that the system sends to it. After filing, you receive "
            "a certificate of filing.\n\n"
            "If you stop working for the employer named in your permit, you must notify the office within 15 working "
            "days.\n\n"
            "The case ends with the voivode's decision to change the permit or to refuse the change. The decision is "
            "delivered to you or your proxy, and a status change in the Przybysz portal will also tell you that it has "
            "been issued. You can appeal against the decision within 14 days to the Head of the Office for Foreigners."
        ),
        "ru": (
            "Это заявление подаёт иностранец, у которого уже есть разрешение на временное пребывание и работу (так "
            "называемое единое разрешение), когда меняется его рабочая ситуация. Самый частый случай — смена "
            "работодателя: для этого нужно подать заявление об изменении разрешения или новое заявление о разрешении "
            "на временное пребывание и работу. Заявление об изменении может касаться и других условий работы, "
            "указанных в разрешении. Если вы не знаете, какое заявление выбрать, позвоните на горячую линию "
            "управления: 71 701 11 00.\n\n"
            "Заявление подаётся в электронном виде через общегосударственную систему MOS (mos.cudzoziemcy.gov.pl). "
            "Нужны учётная запись login.gov.pl, электронная подпись и сканы документов. Новый работодатель заполняет "
            "своё приложение (Załącznik nr 1, приложение № 1) по ссылке, которую ему отправляет система. После подачи "
            "вы получаете справку о подаче заявления.\n\n"
            "Если вы перестаёте работать у работодателя, указанного в разрешении, нужно уведомить об этом управление в "
            "течение 15 рабочих дней.\n\n"
            "Дело завершается решением воеводы об изменении разрешения или об отказе в изменении. Решение вручают вам "
            "или вашему представителю, а о его вынесении вы также узнаете по изменению статуса на портале Przybysz. "
            "Решение можно обжаловать в течение 14 дней Начальнику Управления по делам иностранцев."
        ),
        "uk": (
            "Цю заяву подає іноземець, який уже має дозвіл на тимчасове перебування та роботу (так званий єдиний "
            "дозвіл), коли змінюється його робоча ситуація. Найчастіший випадок — зміна роботодавця: для цього "
            "потрібно подати заяву про зміну дозволу або нову заяву про дозвіл на тимчасове перебування та роботу. "
            "Заява про зміну може стосуватися й інших умов роботи, визначених у дозволі. Якщо ви не знаєте, яку заяву "
            "обрати, зателефонуйте на гарячу лінію управління: 71 701 11 00.\n\n"
            "Заяву подають в електронній формі через загальнодержавну систему MOS (mos.cudzoziemcy.gov.pl). Потрібні "
            "обліковий запис login.gov.pl, електронний підпис і скани документів. Новий роботодавець заповнює свій "
            "додаток (Załącznik nr 1, додаток № 1) за посиланням, яке йому надсилає система. Після подання ви "
            "отримуєте довідку про подання заяви.\n\n"
            "Якщо ви припиняєте працювати в роботодавця, зазначеного в дозволі, потрібно повідомити про це управління "
            "протягом 15 робочих днів.\n\n"
            "Справа завершується рішенням воєводи про зміну дозволу або про відмову в зміні. Рішення вручають вам або "
            "вашому представникові, а про його ухвалення ви також дізнаєтеся зі зміни статусу на порталі Przybysz. "
            "Рішення можна оскаржити протягом 14 днів до Голови Управління у справах іноземців."
        ),
    },
    "steps": [
        {
            "title": {
                "pl": "Złożenie wniosku w MOS",
                "en": "Filing the application in MOS",
                "ru": "Подача заявления в MOS",
                "uk": "Подання заяви в MOS",
            },
            "description": {
                "pl": (
                    "Wypełniasz wniosek w systemie MOS, dołączasz skany dokumentów i dowód zapłaty, a następnie "
                    "podpisujesz go podpisem elektronicznym. Nowy pracodawca wypełnia Załącznik nr 1 przez link z "
                    "systemu, a urząd przydziela sprawę inspektorowi."
                ),
                "en": (
                    "You fill in the application in the MOS system, attach scans of your documents and proof of "
                    "payment, and sign it with an electronic signature. The new employer fills in Annex No. 1 through "
                    "a link from the system, and the office assigns the case to an officer."
                ),
                "ru": (
                    "Вы заполняете заявление в системе MOS, прикладываете сканы документов и подтверждение оплаты, а "
                    "затем подписываете его электронной подписью. Новый работодатель заполняет приложение № 1 "
                    "(Załącznik nr 1) по ссылке из системы, а управление передаёт дело инспектору."
                ),
                "uk": (
                    "Ви заповнюєте заяву в системі MOS, додаєте скани документів і підтвердження оплати, а потім "
                    "підписуєте її електронним підписом. Новий роботодавець заповнює додаток № 1 (Załącznik nr 1) за "
                    "посиланням із системи, а управління передає справу інспекторові."
                ),
            },
        },
        {
            "title": {
                "pl": "Sprawdzenie braków formalnych",
                "en": "Check for formal deficiencies",
                "ru": "Проверка формальных недостатков",
                "uk": "Перевірка формальних недоліків",
            },
            "description": {
                "pl": (
                    "Inspektor sprawdza, czy wniosek i Załącznik nr 1 są kompletne i czy opłata została wniesiona. "
                    "Jeśli czegoś brakuje, otrzymasz wezwanie z terminem na uzupełnienie."
                ),
                "en": (
                    "The officer checks whether the application and Annex No. 1 are complete and whether the fee has "
                    "been paid. If something is missing, you will receive a request with a deadline to complete it."
                ),
                "ru": (
                    "Инспектор проверяет, полные ли заявление и приложение № 1 и уплачен ли сбор. Если чего-то не "
                    "хватает, вы получите требование со сроком для дополнения."
                ),
                "uk": (
                    "Інспектор перевіряє, чи повні заява і додаток № 1 і чи сплачено збір. Якщо чогось бракує, ви "
                    "отримаєте вимогу зі строком для доповнення."
                ),
            },
        },
        {
            "title": {
                "pl": "Rozpatrzenie wniosku",
                "en": "Examination of the application",
                "ru": "Рассмотрение заявления",
                "uk": "Розгляд заяви",
            },
            "description": {
                "pl": (
                    "Inspektor analizuje dokumenty, w tym zgodność danych w załączniku pracodawcy z umową. Może wezwać "
                    "Cię do złożenia dodatkowych dokumentów lub wyjaśnień."
                ),
                "en": (
                    "The officer reviews the documents, including whether the data in the employer's annex match the "
                    "contract. You may be asked to submit additional documents or explanations."
                ),
                "ru": (
                    "Инспектор анализирует документы, в том числе соответствие данных в приложении работодателя "
                    "договору. Вас могут вызвать, чтобы представить дополнительные документы или объяснения."
                ),
                "uk": (
                    "Інспектор аналізує документи, зокрема відповідність даних у додатку роботодавця договору. Вас "
                    "можуть викликати, щоб надати додаткові документи або пояснення."
                ),
            },
        },
        STEP_DECISION,
        {
            "title": {
                "pl": "Zakończenie sprawy",
                "en": "Closing the case",
                "ru": "Завершение дела",
                "uk": "Завершення справи",
            },
            "description": {
                "pl": (
                    "Po wydaniu i doręczeniu decyzji sprawa w urzędzie zostaje zakończona. Sprawa może też zakończyć "
                    "się pozostawieniem wniosku bez rozpoznania albo umorzeniem postępowania."
                ),
                "en": (
                    "Once the decision has been issued and delivered, the case at the office is closed. A case can "
                    "also end with the application being left without examination or with the proceedings being "
                    "discontinued."
                ),
                "ru": (
                    "После вынесения и вручения решения дело в управлении завершается. Дело может также завершиться "
                    "оставлением заявления без рассмотрения или прекращением производства."
                ),
                "uk": (
                    "Після ухвалення і вручення рішення справу в управлінні завершують. Справа може також завершитися "
                    "залишенням заяви без розгляду або закриттям провадження."
                ),
            },
        },
    ],
    "statuses": [
        ("filed", 1),
        ("assigned", 1),
        ("formal-check", 2),
        ("deficiency-request", 2),
        ("fee-request", 2),
        ("evidence-review", 3),
        ("summons", 3),
        ("draft-decision", 4),
        ("supervisor-approval", 4),
        ("decision-issued", 4),
        ("left-unexamined", 5),
        ("discontinued", 5),
        ("closed", 5),
    ],
    "requirements": [
        {
            "kind": "deadline",
            "title": {
                "pl": "Zmiana pracodawcy i utrata pracy",
                "en": "Change of employer and loss of job",
                "ru": "Смена работодателя и потеря работы",
                "uk": "Зміна роботодавця і втрата роботи",
            },
            "details": {
                "pl": (
                    "Jeśli przestajesz pracować u pracodawcy wskazanego w zezwoleniu, zawiadom o tym urząd w ciągu 15 "
                    "dni roboczych. Zmiana pracodawcy wymaga wniosku o zmianę zezwolenia albo nowego wniosku o "
                    "zezwolenie."
                ),
                "en": (
                    "If you stop working for the employer named in your permit, notify the office within 15 working "
                    "days. A change of employer requires an application to change the permit or a new permit "
                    "application."
                ),
                "ru": (
                    "Если вы перестаёте работать у работодателя, указанного в разрешении, уведомите об этом управление "
                    "в течение 15 рабочих дней. Смена работодателя требует заявления об изменении разрешения или "
                    "нового заявления о разрешении."
                ),
                "uk": (
                    "Якщо ви припиняєте працювати в роботодавця, зазначеного в дозволі, повідомте про це управління "
                    "протягом 15 робочих днів. Зміна роботодавця потребує заяви про зміну дозволу або нової заяви про "
                    "дозвіл."
                ),
            },
            "amount": "",
            "recipient": "",
            "account": "",
            "editor_note": (
                "FACTS.md nie podaje, w jakim terminie złożyć wniosek o zmianę, czy pobyt jest legalny w trakcie "
                "postępowania ani czy można podjąć pracę u nowego pracodawcy przed decyzją – uzupełnij po weryfikacji. "
                "Potwierdź adresata i formę zawiadomienia o utracie pracy."
            ),
        },
        {
            "kind": "document",
            "title": {
                "pl": "Załącznik nr 1 od pracodawcy",
                "en": "Annex No. 1 from the employer",
                "ru": "Приложение № 1 от работодателя",
                "uk": "Додаток № 1 від роботодавця",
            },
            "details": {
                "pl": (
                    "Pracodawca wypełnia Załącznik nr 1 przez link, który wysyła mu system MOS: podaje m.in. swoje "
                    "dane (NIP, REGON, wpis do rejestru), stanowisko, miejsce pracy, rodzaj umowy, wymiar czasu pracy "
                    "i wynagrodzenie. Załącznik musi podpisać osoba upoważniona do reprezentowania pracodawcy, a jeśli "
                    "podpisuje pełnomocnik – trzeba dołączyć jego upoważnienie."
                ),
                "en": (
                    "The employer fills in Annex No. 1 (Załącznik nr 1) through a link that the MOS system sends to "
                    "it, giving among other things its details (NIP, REGON, register entry), the position, place of "
                    "work, type of contract, working time and pay. The annex must be signed by a person authorised to "
                    "represent the employer; if a proxy signs it, the proxy's authorisation must be attached."
                ),
                "ru": (
                    "Работодатель заполняет приложение № 1 (Załącznik nr 1) по ссылке, которую ему отправляет система "
                    "MOS: указывает, в частности, свои данные (NIP, REGON, запись в реестре), должность, место работы, "
                    "вид договора, рабочее время и зарплату. Приложение должно подписать лицо, уполномоченное "
                    "представлять работодателя; если подписывает представитель, нужно приложить его доверенность."
                ),
                "uk": (
                    "Роботодавець заповнює додаток № 1 (Załącznik nr 1) за посиланням, яке йому надсилає система MOS: "
                    "зазначає, зокрема, свої дані (NIP, REGON, запис у реєстрі), посаду, місце роботи, вид договору, "
                    "робочий час і заробітну плату. Додаток має підписати особа, уповноважена представляти "
                    "роботодавця; якщо підписує представник, потрібно додати його довіреність."
                ),
            },
            "amount": "",
            "recipient": "",
            "account": "",
            "editor_note": (
                "Sprawdź, jak w MOS wygląda podpis załącznika przez pracodawcę i jego pełnomocnika (FACTS.md opisuje "
                "wymóg czytelnego podpisu i upoważnienia w kontekście typowych błędów formalnych)."
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
                "pl": "Dołącz do wniosku w MOS skan ważnego paszportu lub innego dokumentu podróży.",
                "en": "Attach a scan of your valid passport or other travel document to the application in MOS.",
                "ru": "Приложите к заявлению в MOS скан действительного паспорта или другого проездного документа.",
                "uk": "Додайте до заяви в MOS скан дійсного паспорта або іншого проїзного документа.",
            },
            "amount": "",
            "recipient": "",
            "account": "",
            "editor_note": (
                "FACTS.md wskazuje dołączanie kopii paszportu tylko przy pobycie czasowym – potwierdź wymóg i zakres "
                "kopii przy wniosku o zmianę zezwolenia."
            ),
        },
        {
            "kind": "document",
            "title": {
                "pl": "Umowa z pracodawcą",
                "en": "Contract with the employer",
                "ru": "Договор с работодателем",
                "uk": "Договір з роботодавцем",
            },
            "details": {
                "pl": (
                    "Dołącz podpisaną umowę z pracodawcą, np. umowę o pracę lub umowę cywilnoprawną. Umowa "
                    "cywilnoprawna musi określać liczbę godzin pracy w tygodniu, a dane w umowie muszą być zgodne z "
                    "Załącznikiem nr 1."
                ),
                "en": (
                    "Attach the signed contract with the employer, for example an employment contract or a civil-law "
                    "contract. A civil-law contract must state the number of working hours per week, and the data in "
                    "the contract must match Annex No. 1."
                ),
                "ru": (
                    "Приложите подписанный договор с работодателем, например трудовой или гражданско-правовой договор. "
                    "В гражданско-правовом договоре должно быть указано количество рабочих часов в неделю, а данные "
                    "договора должны совпадать с приложением № 1."
                ),
                "uk": (
                    "Додайте підписаний договір з роботодавцем, наприклад трудовий або цивільно-правовий договір. У "
                    "цивільно-правовому договорі має бути зазначено кількість робочих годин на тиждень, а дані "
                    "договору мають збігатися з додатком № 1."
                ),
            },
            "amount": "",
            "recipient": "",
            "account": "",
            "editor_note": (
                "FACTS.md nie zawiera listy dokumentów dla wniosku o zmianę – wymóg umowy oparto na typowych błędach "
                "formalnych z FACTS.md. Zweryfikuj listę dokumentów (m.in. kopia dotychczasowej decyzji lub karty "
                "pobytu, tłumaczenia dokumentów obcojęzycznych)."
            ),
        },
        {
            "kind": "fee",
            "title": {
                "pl": "Opłata skarbowa za wniosek",
                "en": "Stamp duty for the application",
                "ru": "Гербовый сбор за заявление",
                "uk": "Гербовий збір за заяву",
            },
            "details": {
                "pl": (
                    "Opłata skarbowa za wniosek o zmianę zezwolenia wynosi 220 zł i wpłaca się ją na rachunek Gminy "
                    "Wrocław. Przed zapłatą sprawdź aktualną wysokość opłaty (infolinia 71 701 11 00) i dołącz do "
                    "wniosku dowód zapłaty."
                ),
                "en": (
                    "The stamp duty for an application to change the permit is 220 zł and is paid to the Municipality "
                    "of Wrocław (Gmina Wrocław). Before paying, check the current amount (helpline 71 701 11 00) and "
                    "attach proof of payment to the application."
                ),
                "ru": (
                    "Гербовый сбор за заявление об изменении разрешения составляет 220 злотых и уплачивается в пользу "
                    "гмины Вроцлав (Gmina Wrocław). Перед оплатой уточните актуальную сумму (горячая линия 71 701 11 "
                    "00) и приложите к заявлению подтверждение оплаты."
                ),
                "uk": (
                    "Гербовий збір за заяву про зміну дозволу становить 220 злотих і сплачується на користь гміни "
                    "Вроцлав (Gmina Wrocław). Перед оплатою уточніть актуальну суму (гаряча лінія 71 701 11 00) і "
                    "додайте до заяви підтвердження оплати."
                ),
            },
            "amount": "220 zł",
            "recipient": "Gmina Wrocław",
            "account": "",
            "editor_note": (
                "Kwota 220 zł jest w FACTS.md oznaczona jako niezweryfikowana – potwierdź (duw.pl, Opłaty w sprawach "
                "legalizacji), a po weryfikacji usuń zdanie o sprawdzaniu wysokości opłaty. Wpisz zweryfikowany numer "
                "rachunku Gminy Wrocław."
            ),
        },
        REQUIREMENT_POWER_OF_ATTORNEY_FEE_CHG_LTR_PRM,
        {
            "kind": "appearance",
            "title": {
                "pl": "Stawiennictwo na wezwanie",
                "en": "Appearance when summoned",
                "ru": "Явка по вызову",
                "uk": "Явка за викликом",
            },
            "details": {
                "pl": (
                    "Urząd może wezwać Cię do osobistego stawiennictwa, jeśli jest to potrzebne do wyjaśnienia sprawy "
                    "(art. 50 KPA). Przyjdź w wyznaczonym dniu z ważnym paszportem, 15 minut przed wyznaczoną godziną."
                ),
                "en": (
                    "The office may summon you to appear in person if this is needed to clarify the case (Article 50 "
                    "KPA). Come on the set day with your valid passport, 15 minutes before your appointment."
                ),
                "ru": (
                    "Управление может вызвать вас для личной явки, если это нужно для выяснения обстоятельств дела "
                    "(ст. 50 KPA). Приходите в назначенный день с действительным паспортом, за 15 минут до "
                    "назначенного времени."
                ),
                "uk": (
                    "Управління може викликати вас для особистої явки, якщо це потрібно для з’ясування обставин справи "
                    "(ст. 50 KPA). Приходьте у призначений день із дійсним паспортом, за 15 хвилин до призначеного "
                    "часу."
                ),
            },
            "amount": "",
            "recipient": "",
            "account": "",
            "editor_note": (
                "Sprawdź, czy przy zmianie zezwolenia wymagane jest osobiste stawiennictwo lub pobranie odcisków "
                "palców i czy wydaje się nową kartę pobytu – jeśli tak, dodaj fotografię, opłatę 100 zł za kartę oraz "
                "statusy biometryczne i „Karta pobytu do odbioru”."
            ),
        },
        REQUIREMENT_DEADLINES_DURING_THE_CASE,
    ],
    "form": {
        "submission_mode": "external",
        "external_url": "https://mos.cudzoziemcy.gov.pl",
        "editor_note": (
            "Tryb zewnętrzny przez MOS przyjęto zgodnie ze specyfikacją – do weryfikacji (FACTS.md nie wymienia "
            "wniosku o zmianę wśród wniosków składanych w MOS; jeśli składa się go inaczej, zmień tryb i instrukcję). "
            "Zasady wypełniania (język polski, wielkie litery drukowane, „NIE DOTYCZY”) FACTS.md opisuje dla "
            "formularzy urzędowych – sprawdź, jak stosuje je MOS."
        ),
        "title": {
            "pl": "Wniosek o zmianę zezwolenia na pobyt czasowy i pracę",
            "en": "Application to change a temporary residence and work permit",
            "ru": "Заявление об изменении разрешения на временное пребывание и работу",
            "uk": "Заява про зміну дозволу на тимчасове перебування та роботу",
        },
        "instructions": {
            "pl": (
                "Wniosek o zmianę zezwolenia na pobyt czasowy i pracę składa się elektronicznie w krajowym systemie "
                "MOS: [mos.cudzoziemcy.gov.pl](https://mos.cudzoziemcy.gov.pl). Portal Przybysz wyjaśnia ten tryb i "
                "może pomóc Ci przygotować dane do wniosku, ale sam wniosek składasz w MOS.\n\n"
                "Zanim zaczniesz:\n\n"
                "* załóż konto login.gov.pl i przygotuj podpis elektroniczny,\n"
                "* zeskanuj paszport i podpisaną umowę z pracodawcą,\n"
                "* uzgodnij z pracodawcą, że wypełni Załącznik nr 1 przez link z systemu, a dane będą zgodne z umową,\n"
                "* zapłać opłatę skarbową na rachunek Gminy Wrocław (kwotę podajemy w wymaganiach formalnych) i "
                "zachowaj dowód zapłaty.\n\n"
                "Dane wpisuj w języku polskim, literami łacińskimi – w formularzach urzędowych wielkimi literami "
                "drukowanymi. Nie zostawiaj pustych pól, bo puste pole to brak formalny: jeśli pole Cię nie dotyczy, "
                "wpisz „NIE DOTYCZY”. Odpowiedz na każde pytanie.\n\n"
                "W załączniku pracodawca podaje m.in. stanowisko, miejsce pracy, rodzaj umowy, wymiar czasu pracy i "
                "wynagrodzenie. Częste błędy to brak czytelnego podpisu osoby upoważnionej, brak upoważnienia "
                "pełnomocnika pracodawcy i umowa cywilnoprawna bez liczby godzin pracy w tygodniu.\n\n"
                "Dołącz skany dokumentów i dowód zapłaty, a jeśli działa Twój pełnomocnik – także pełnomocnictwo i "
                "dowód zapłaty 17 zł. Następnie podpisz wniosek podpisem elektronicznym i wyślij go w systemie.\n\n"
                "Po wysłaniu otrzymasz zaświadczenie o złożeniu wniosku – zachowaj je. Postęp sprawy zobaczysz w "
                "zmianach statusu w portalu Przybysz, a decyzję urząd doręczy Tobie lub Twojemu pełnomocnikowi."
            ),
            "en": (
                "The application to change a temporary residence and work permit is filed electronically in the "
                "national MOS system: [mos.cudzoziemcy.gov.pl](https://mos.cudzoziemcy.gov.pl). The Przybysz portal "
                "explains this procedure and can help you prepare the data for the application, but you file the "
                "application itself in MOS.\n\n"
                "Before you start:\n\n"
                "* create a login.gov.pl account and get an electronic signature,\n"
                "* scan your passport and the signed contract with the employer,\n"
                "* agree with the employer that it will fill in Annex No. 1 through the link from the system and that "
                "the data will match the contract,\n"
                "* pay the stamp duty to the Municipality of Wrocław (the amount is given in the formal requirements) "
                "and keep the proof of payment.\n\n"
                "Enter the data in Polish, in Latin letters – on official forms, in printed capital letters. Do not "
                "leave any field blank, because a blank field is a formal deficiency: if a field does not apply to "
                "you, write “NIE DOTYCZY” (not applicable). Answer every question.\n\n"
                "In the annex, the employer gives among other things the position, place of work, type of contract, "
                "working time and pay. Common mistakes are a missing legible signature of an authorised person, a "
                "missing authorisation of the employer's proxy and a civil-law contract without the number of working "
                "hours per week.\n\n"
                "Attach the scans and the proof of payment and, if your proxy acts for you, also the power of attorney "
                "and proof of payment of 17 zł. Then sign the application with an electronic signature and send it in "
                "the system.\n\n"
                "After sending it, you will receive a certificate of filing – keep it. You can follow your case "
                "through status changes in the Przybysz portal, and the office will deliver the decision to you or "
                "your proxy."
            ),
            "ru": (
                "Заявление об изменении разрешения на временное пребывание и работу подаётся в электронном виде через "
                "общегосударственную систему MOS: [mos.cudzoziemcy.gov.pl](https://mos.cudzoziemcy.gov.pl). Портал "
                "Przybysz объясняет эту процедуру и может помочь подготовить данные для заявления, но само заявление "
                "вы подаёте в MOS.\n\n"
                "Прежде чем начать:\n\n"
                "* создайте учётную запись login.gov.pl и подготовьте электронную подпись,\n"
                "* отсканируйте паспорт и подписанный договор с работодателем,\n"
                "* договоритесь с работодателем, что он заполнит приложение № 1 по ссылке из системы и данные будут "
                "совпадать с договором,\n"
                "* уплатите гербовый сбор в пользу гмины Вроцлав (сумма указана в формальных требованиях) и сохраните "
                "подтверждение оплаты.\n\n"
                "Данные вводите на польском языке, латинскими буквами — в официальных формах печатными заглавными "
                "буквами. Не оставляйте пустых полей: пустое поле — это формальный недостаток. Если поле к вам не "
                "относится, впишите «NIE DOTYCZY» («не касается»). Ответьте на каждый вопрос.\n\n"
                "В приложении работодатель указывает, в частности, должность, место работы, вид договора, рабочее "
                "время и зарплату. Частые ошибки — отсутствие разборчивой подписи уполномоченного лица, отсутствие "
                "доверенности представителя работодателя и гражданско-правовой договор без количества рабочих часов в "
                "неделю.\n\n"
                "Приложите сканы документов и подтверждение оплаты, а если действует ваш представитель — также "
                "доверенность и подтверждение уплаты 17 злотых. Затем подпишите заявление электронной подписью и "
                "отправьте его в системе.\n\n"
                "После отправки вы получите справку о подаче заявления — сохраните её. Ход дела можно отслеживать по "
                "изменениям статуса на портале Przybysz, а решение управление вручит вам или вашему представителю."
            ),
            "uk": (
                "Заяву про зміну дозволу на тимчасове перебування та роботу подають в електронній формі через "
                "загальнодержавну систему MOS: [mos.cudzoziemcy.gov.pl](https://mos.cudzoziemcy.gov.pl). Портал "
                "Przybysz пояснює цю процедуру і може допомогти підготувати дані для заяви, але саму заяву ви подаєте "
                "в MOS.\n\n"
                "Перш ніж почати:\n\n"
                "* створіть обліковий запис login.gov.pl і підготуйте електронний підпис,\n"
                "* відскануйте паспорт і підписаний договір з роботодавцем,\n"
                "* домовтеся з роботодавцем, що він заповнить додаток № 1 за посиланням із системи і дані "
                "збігатимуться з договором,\n"
                "* сплатіть гербовий збір на користь гміни Вроцлав (суму зазначено у формальних вимогах) і збережіть "
                "підтвердження оплати.\n\n"
                "Дані вводьте польською мовою, латинськими літерами — в офіційних формах друкованими великими "
                "літерами. Не залишайте порожніх полів: порожнє поле — це формальний недолік. Якщо поле вас не "
                "стосується, впишіть «NIE DOTYCZY» («не стосується»). Дайте відповідь на кожне запитання.\n\n"
                "У додатку роботодавець зазначає, зокрема, посаду, місце роботи, вид договору, робочий час і заробітну "
                "плату. Часті помилки — відсутність розбірливого підпису уповноваженої особи, відсутність довіреності "
                "представника роботодавця і цивільно-правовий договір без кількості робочих годин на тиждень.\n\n"
                "Додайте скани документів і підтвердження оплати, а якщо діє ваш представник — також довіреність і "
                "підтвердження сплати 17 злотих. Потім підпишіть заяву електронним підписом і надішліть її в "
                "системі.\n\n"
                "Після надсилання ви отримаєте довідку про подання заяви — збережіть її. Хід справи можна відстежувати "
                "за змінами статусу на порталі Przybysz, а рішення управління вручить вам або вашому представникові."
            ),
        },
    },
}
