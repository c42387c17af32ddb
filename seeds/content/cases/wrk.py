"""Kind of case WRK: work permit, issue or extension (filed by the employer)."""

CASE_TYPE = {
    "code": "WRK",
    "position": 110,
    "filed_by": "employer",
    "proxy_allowed": True,
    "legal_basis": (
        "ustawa z 20 marca 2025 r. o warunkach dopuszczalności powierzania pracy cudzoziemcom na terytorium RP (Dz.U. "
        "2025 poz. 621)"
    ),
    "decision_days": None,
    "deadline_start": None,
    "editor_note": (
        "FACTS.md nie podaje terminu wydania decyzji w tej sprawie – decision_days pozostawiono puste. Z FACTS.md "
        "pochodzą: tryb elektroniczny przez praca.gov.pl od 1 czerwca 2025 r., opłaty 200/400/800 zł od 1 grudnia 2025 "
        "r. (Dz.U. 2025 poz. 1622) i tytuł rozporządzenia o dokumentach (Dz.U. 2025 poz. 1629). Spoza FACTS.md "
        "pochodzą i wymagają sprawdzenia: lista dokumentów (FACTS.md nie wylicza ich – uzupełnij na podstawie "
        "rozporządzenia), odbiorca opłaty (to nie jest opłata skarbowa – sprawdź, czy wpłaca się ją na rachunek DUW), "
        "zasada, że cudzoziemiec może zacząć pracę po wydaniu zezwolenia, termin złożenia wniosku o przedłużenie, "
        "sposób podpisania wniosku i doręczania decyzji w praca.gov.pl, organ odwoławczy (prawdopodobnie minister "
        "właściwy do spraw pracy, nie Szef UdSC) oraz to, czy statusy spraw złożonych przez praca.gov.pl są widoczne w "
        "portalu Przybysz."
    ),
    "name": {
        "pl": "Zezwolenie na pracę – wydanie lub przedłużenie",
        "en": "Work permit – issue or extension",
        "ru": "Разрешение на работу — выдача или продление",
        "uk": "Дозвіл на роботу — видача або продовження",
    },
    "summary": {
        "pl": (
            "Pracodawca, który chce zatrudnić cudzoziemca albo dalej powierzać mu pracę, składa wniosek o wydanie lub "
            "przedłużenie zezwolenia na pracę. Od 1 czerwca 2025 r. wniosek składa się elektronicznie przez "
            "praca.gov.pl."
        ),
        "en": (
            "An employer who wants to employ a foreigner, or to keep employing them, files an application to issue or "
            "extend a work permit. Since 1 June 2025, the application is filed electronically at praca.gov.pl."
        ),
        "ru": (
            "Работодатель, который хочет принять иностранца на работу или продолжить поручать ему работу, подаёт "
            "заявление о выдаче или продлении разрешения на работу. С 1 июня 2025 г. заявление подаётся в электронном "
            "виде через praca.gov.pl."
        ),
        "uk": (
            "Роботодавець, який хоче взяти іноземця на роботу або й далі доручати йому роботу, подає заяву про видачу "
            "або продовження дозволу на роботу. З 1 червня 2025 р. заяву подають в електронній формі через "
            "praca.gov.pl."
        ),
    },
    "description": {
        "pl": (
            "Zezwolenie na pracę pozwala pracodawcy powierzyć pracę cudzoziemcowi w Polsce. Wniosek o wydanie lub "
            "przedłużenie zezwolenia składa pracodawca, a nie cudzoziemiec. Zezwolenie dotyczy konkretnego pracodawcy "
            "i konkretnej pracy, dlatego dane we wniosku – stanowisko, miejsce pracy, rodzaj umowy, wymiar czasu pracy "
            "i wynagrodzenie – muszą być dokładne.\n\nOd 1 czerwca 2025 r. wnioski o zezwolenie na pracę składa się "
            "elektronicznie przez praca.gov.pl. Nie składa się ich w formie papierowej w urzędzie ani pocztą. Do "
            "wniosku dołączasz skany wymaganych dokumentów i dowód zapłaty.\n\n"
            "Od 1 grudnia 2025 r. opłata za wniosek wynosi 200 zł, gdy praca ma trwać do 3 miesięcy, 400 zł, gdy ma "
            "trwać dłużej niż 3 miesiące, i 800 zł przy delegowaniu cudzoziemca (Dz.U. 2025 poz. 1622).\n\n"
            "Wniosek rozpatruje wojewoda. Wynikiem jest decyzja o wydaniu lub przedłużeniu zezwolenia na pracę albo o "
            "odmowie. Od decyzji przysługuje odwołanie. W portalu Przybysz możesz wcześniej przygotować i sprawdzić "
            "dane do wniosku, a potem przejść do praca.gov.pl."
        ),
        "en": (
            "A work permit allows an employer to have a foreigner work for them in Poland. The application to issue or "
            "extend the permit is filed by the employer, not by the foreigner. The permit covers a specific employer "
            "and a specific job, so the details in the application – the position, place of work, type of contract, "
            "working hours and pay – must be accurate.\n\nSince 1 June 2025, work permit applications are filed "
            "electronically at praca.gov.pl. They are not filed on paper at the office or by post. You attach scans of "
            "the required documents and the proof of payment to the application.\n\n"
            "Since 1 December 2025, the application fee is 200 zł for work of up to 3 months, 400 zł for work longer "
            "than 3 months and 800 zł when a foreigner is seconded (posted) (Dz.U. 2025 poz. 1622).\n\n"
            "The application is decided by the voivode. The result is a decision to issue or extend the work permit, "
            "or a refusal. You can appeal against the decision. In the Przybysz portal you can prepare and check the "
            "data for the application beforehand and then go on to praca.gov.pl."
        ),
        "ru": (
            "Разрешение на работу позволяет работодателю поручить иностранцу работу в Польше. Заявление о выдаче или "
            "продлении разрешения подаёт работодатель, а не иностранец. Разрешение касается конкретного работодателя и "
            "конкретной работы, поэтому данные в заявлении — должность, место работы, вид договора, количество рабочих "
            "часов и зарплата — должны быть точными.\n\nС 1 июня 2025 г. заявления о разрешении на работу подаются в "
            "электронном виде через praca.gov.pl. В бумажном виде в управлении или по почте их не подают. К заявлению "
            "вы прилагаете сканы необходимых документов и подтверждение оплаты.\n\n"
            "С 1 декабря 2025 г. плата за заявление составляет 200 злотых, если работа продлится до 3 месяцев, 400 "
            "злотых — если дольше 3 месяцев, и 800 злотых при командировании иностранца (Dz.U. 2025 poz. 1622).\n\n"
            "Заявление рассматривает воевода. Результат — решение о выдаче или продлении разрешения на работу либо об "
            "отказе. Решение можно обжаловать. На портале Przybysz можно заранее подготовить и проверить данные для "
            "заявления, а затем перейти на praca.gov.pl."
        ),
        "uk": (
            "Дозвіл на роботу дає роботодавцеві змогу доручити іноземцеві роботу в Польщі. Заяву про видачу або "
            "продовження дозволу подає роботодавець, а не іноземець. Дозвіл стосується конкретного роботодавця й "
            "конкретної роботи, тому дані в заяві — посада, місце роботи, вид договору, кількість робочих годин і "
            "заробітна плата — мають бути точними.\n\nЗ 1 червня 2025 р. заяви про дозвіл на роботу подають в "
            "електронній формі через praca.gov.pl. У паперовій формі в управлінні чи поштою їх не подають. До заяви ви "
            "додаєте скани потрібних документів і підтвердження оплати.\n\nЗ 1 грудня 2025 р. плата за заяву становить "
            "200 злотих, якщо робота триватиме до 3 місяців, 400 злотих — якщо довше ніж 3 місяці, і 800 злотих у разі "
            "відрядження іноземця (Dz.U. 2025 poz. 1622).\n\nЗаяву розглядає воєвода. Результат — рішення про видачу "
            "або продовження дозволу на роботу чи про відмову. Рішення можна оскаржити. На порталі Przybysz можна "
            "заздалегідь підготувати й перевірити дані для заяви, а потім перейти на praca.gov.pl."
        ),
    },
    "steps": [
        {
            "title": {
                "pl": "Złożenie wniosku w praca.gov.pl",
                "en": "Filing at praca.gov.pl",
                "ru": "Подача заявления через praca.gov.pl",
                "uk": "Подання заяви через praca.gov.pl",
            },
            "description": {
                "pl": (
                    "Pracodawca wypełnia wniosek w praca.gov.pl, dołącza skany dokumentów i dowód zapłaty, a następnie "
                    "podpisuje i wysyła wniosek. Dane możesz wcześniej przygotować w portalu Przybysz."
                ),
                "en": (
                    "The employer fills in the application at praca.gov.pl, attaches scans of the documents and the "
                    "proof of payment, and then signs and sends it. You can prepare the data in the Przybysz portal "
                    "beforehand."
                ),
                "ru": (
                    "Работодатель заполняет заявление на praca.gov.pl, прилагает сканы документов и подтверждение "
                    "оплаты, а затем подписывает и отправляет заявление. Данные можно заранее подготовить на портале "
                    "Przybysz."
                ),
                "uk": (
                    "Роботодавець заповнює заяву на praca.gov.pl, додає скани документів і підтвердження оплати, а "
                    "потім підписує та надсилає заяву. Дані можна заздалегідь підготувати на порталі Przybysz."
                ),
            },
        },
        {
            "title": {
                "pl": "Sprawdzenie formalne wniosku",
                "en": "Formal check of the application",
                "ru": "Формальная проверка заявления",
                "uk": "Формальна перевірка заяви",
            },
            "description": {
                "pl": (
                    "Urzędnik sprawdza, czy wniosek jest kompletny i czy opłata została wniesiona. Jeśli czegoś "
                    "brakuje, pracodawca otrzyma wezwanie do uzupełnienia braków lub opłaty."
                ),
                "en": (
                    "An officer checks whether the application is complete and whether the fee has been paid. If "
                    "something is missing, the employer will receive a request to complete the missing items or pay "
                    "the fee."
                ),
                "ru": (
                    "Сотрудник проверяет, полное ли заявление и внесена ли плата. Если чего-то не хватает, "
                    "работодатель получит требование устранить недостатки или внести плату."
                ),
                "uk": (
                    "Працівник перевіряє, чи повна заява та чи внесено плату. Якщо чогось бракує, роботодавець отримає "
                    "вимогу усунути недоліки або внести плату."
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
                    "Urząd analizuje dane pracodawcy i cudzoziemca oraz warunki pracy. W razie potrzeby wzywa "
                    "pracodawcę do złożenia wyjaśnień lub dodatkowych dokumentów."
                ),
                "en": (
                    "The office reviews the details of the employer and the foreigner and the terms of work. If "
                    "needed, it asks the employer for explanations or further documents."
                ),
                "ru": (
                    "Управление изучает данные работодателя и иностранца, а также условия работы. При необходимости "
                    "оно требует от работодателя объяснений или дополнительных документов."
                ),
                "uk": (
                    "Управління вивчає дані роботодавця та іноземця, а також умови роботи. За потреби воно вимагає від "
                    "роботодавця пояснень або додаткових документів."
                ),
            },
        },
        {
            "title": {
                "pl": "Decyzja wojewody",
                "en": "The voivode's decision",
                "ru": "Решение воеводы",
                "uk": "Рішення воєводи",
            },
            "description": {
                "pl": (
                    "Wojewoda wydaje decyzję o wydaniu lub przedłużeniu zezwolenia na pracę albo o odmowie. Od decyzji "
                    "można się odwołać."
                ),
                "en": (
                    "The voivode issues a decision to issue or extend the work permit, or to refuse it. The decision "
                    "can be appealed."
                ),
                "ru": (
                    "Воевода выносит решение о выдаче или продлении разрешения на работу либо об отказе. Решение можно "
                    "обжаловать."
                ),
                "uk": (
                    "Воєвода ухвалює рішення про видачу або продовження дозволу на роботу чи про відмову. Рішення "
                    "можна оскаржити."
                ),
            },
        },
        {
            "title": {
                "pl": "Zakończenie sprawy",
                "en": "End of the case",
                "ru": "Завершение дела",
                "uk": "Завершення справи",
            },
            "description": {
                "pl": (
                    "Sprawa kończy się po doręczeniu decyzji. Jeśli braki nie zostaną uzupełnione w terminie, wniosek "
                    "zostanie pozostawiony bez rozpoznania. Po wycofaniu wniosku postępowanie może zostać umorzone."
                ),
                "en": (
                    "The case ends when the decision is delivered. If the missing items are not completed on time, the "
                    "application will be left unexamined. If the application is withdrawn, the proceedings may be "
                    "discontinued."
                ),
                "ru": (
                    "Дело завершается после вручения решения. Если недостатки не будут устранены в срок, заявление "
                    "оставят без рассмотрения. Если заявление отозвано, производство может быть прекращено."
                ),
                "uk": (
                    "Справа завершується після вручення рішення. Якщо недоліки не буде усунуто вчасно, заяву залишать "
                    "без розгляду. Якщо заяву відкликано, провадження може бути закрито."
                ),
            },
        },
    ],
    "statuses": [
        ("filed", 1),
        ("assigned", 2),
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
            "kind": "document",
            "title": {
                "pl": "Kopia paszportu cudzoziemca",
                "en": "Copy of the foreigner's passport",
                "ru": "Копия паспорта иностранца",
                "uk": "Копія паспорта іноземця",
            },
            "details": {
                "pl": (
                    "Dołącz skan stron paszportu (dokumentu podróży) cudzoziemca z jego danymi osobowymi. Dane we "
                    "wniosku muszą być zgodne z paszportem."
                ),
                "en": (
                    "Attach a scan of the pages of the foreigner's passport (travel document) that show their personal "
                    "details. The details in the application must match the passport."
                ),
                "ru": (
                    "Приложите скан страниц паспорта (проездного документа) иностранца с его личными данными. Данные в "
                    "заявлении должны совпадать с паспортом."
                ),
                "uk": (
                    "Додайте скан сторінок паспорта (проїзного документа) іноземця з його особовими даними. Дані в "
                    "заяві мають збігатися з паспортом."
                ),
            },
            "amount": "",
            "recipient": "",
            "account": "",
            "editor_note": (
                "Wymóg spoza FACTS.md – sprawdź w rozporządzeniu Dz.U. 2025 poz. 1629, czy i które strony dokumentu "
                "podróży należy dołączyć."
            ),
        },
        {
            "kind": "document",
            "title": {
                "pl": "Dokumenty wymagane rozporządzeniem",
                "en": "Documents required by the regulation",
                "ru": "Документы, требуемые распоряжением",
                "uk": "Документи, яких вимагає розпорядження",
            },
            "details": {
                "pl": (
                    "Dołącz skany dokumentów wymienionych w rozporządzeniu w sprawie dokumentów dołączanych do wniosku "
                    "o wydanie zezwolenia na pracę cudzoziemca (Dz.U. 2025 poz. 1629). Sprawdź w nim, które dokumenty "
                    "dotyczą Twojej sprawy – przy wydaniu i przy przedłużeniu zezwolenia mogą się różnić."
                ),
                "en": (
                    "Attach scans of the documents listed in the regulation on the documents attached to an "
                    "application for a foreigner's work permit (Dz.U. 2025 poz. 1629). Check which of them apply to "
                    "your case – they may differ for issuing and for extending a permit."
                ),
                "ru": (
                    "Приложите сканы документов, перечисленных в распоряжении о документах, прилагаемых к заявлению о "
                    "выдаче разрешения на работу иностранца (Dz.U. 2025 poz. 1629). Проверьте, какие из них касаются "
                    "вашего дела — при выдаче и при продлении разрешения они могут различаться."
                ),
                "uk": (
                    "Додайте скани документів, перелічених у розпорядженні щодо документів, які додають до заяви про "
                    "видачу дозволу на роботу іноземця (Dz.U. 2025 poz. 1629). Перевірте, які з них стосуються вашої "
                    "справи, — для видачі й для продовження дозволу вони можуть відрізнятися."
                ),
            },
            "amount": "",
            "recipient": "",
            "account": "",
            "editor_note": (
                "FACTS.md podaje tylko tytuł rozporządzenia. Uzupełnij listę dokumentów (osobno dla wydania i "
                "przedłużenia) po sprawdzeniu rozporządzenia w ISAP; zdanie o różnicach między wydaniem a "
                "przedłużeniem jest ostrożnym założeniem."
            ),
        },
        {
            "kind": "fee",
            "title": {
                "pl": "Opłata za wniosek o zezwolenie na pracę",
                "en": "Work permit application fee",
                "ru": "Плата за заявление о разрешении на работу",
                "uk": "Плата за заяву про дозвіл на роботу",
            },
            "details": {
                "pl": (
                    "Od 1 grudnia 2025 r. opłata wynosi 200 zł, gdy praca ma trwać do 3 miesięcy, 400 zł – powyżej 3 "
                    "miesięcy, i 800 zł przy delegowaniu cudzoziemca (Dz.U. 2025 poz. 1622). Dołącz do wniosku dowód "
                    "zapłaty."
                ),
                "en": (
                    "Since 1 December 2025, the fee is 200 zł for work of up to 3 months, 400 zł for more than 3 "
                    "months and 800 zł when a foreigner is seconded (posted) (Dz.U. 2025 poz. 1622). Attach the proof "
                    "of payment to the application."
                ),
                "ru": (
                    "С 1 декабря 2025 г. плата составляет 200 злотых за работу сроком до 3 месяцев, 400 злотых — свыше "
                    "3 месяцев и 800 злотых при командировании иностранца (Dz.U. 2025 poz. 1622). Приложите к "
                    "заявлению подтверждение оплаты."
                ),
                "uk": (
                    "З 1 грудня 2025 р. плата становить 200 злотих за роботу строком до 3 місяців, 400 злотих — понад "
                    "3 місяці та 800 злотих у разі відрядження іноземця (Dz.U. 2025 poz. 1622). Додайте до заяви "
                    "підтвердження оплати."
                ),
            },
            "amount": "200 / 400 / 800 zł",
            "recipient": "Dolnośląski Urząd Wojewódzki we Wrocławiu",
            "account": "",
            "editor_note": (
                "Odbiorca opłaty nie wynika z FACTS.md – to nie jest opłata skarbowa na rzecz Gminy Wrocław. Sprawdź, "
                "czy opłatę wnosi się na rachunek DUW, i wpisz zweryfikowany numer rachunku."
            ),
        },
        {
            "kind": "fee",
            "title": {
                "pl": "Opłata skarbowa za pełnomocnictwo",
                "en": "Stamp duty for a power of attorney",
                "ru": "Гербовый сбор за доверенность",
                "uk": "Гербовий збір за довіреність",
            },
            "details": {
                "pl": (
                    "Jeśli wniosek składa lub sprawę prowadzi pełnomocnik, dołącz skan pełnomocnictwa i dowód zapłaty "
                    "17 zł opłaty skarbowej na rzecz Gminy Wrocław."
                ),
                "en": (
                    "If a proxy files the application or handles the case, attach a scan of the power of attorney and "
                    "proof of payment of the 17 zł stamp duty to the Municipality of Wrocław (Gmina Wrocław)."
                ),
                "ru": (
                    "Если заявление подаёт или дело ведёт представитель, приложите скан доверенности и подтверждение "
                    "оплаты гербового сбора 17 злотых в пользу гмины Вроцлав (Gmina Wrocław)."
                ),
                "uk": (
                    "Якщо заяву подає або справу веде представник, додайте скан довіреності та підтвердження сплати "
                    "гербового збору 17 злотих на користь гміни Вроцлав (Gmina Wrocław)."
                ),
            },
            "amount": "17 zł",
            "recipient": "Gmina Wrocław",
            "account": "",
            "editor_note": (
                "Wpisz zweryfikowany numer rachunku Gminy Wrocław. Sprawdź w ustawie o opłacie skarbowej, czy "
                "pełnomocnictwo w tej sprawie nie jest zwolnione z opłaty (np. dla najbliższej rodziny) – FACTS.md "
                "tego nie podaje."
            ),
        },
        {
            "kind": "appearance",
            "title": {
                "pl": "Bez wizyty przy składaniu wniosku",
                "en": "No visit needed to file",
                "ru": "Визит для подачи не нужен",
                "uk": "Візит для подання не потрібен",
            },
            "details": {
                "pl": (
                    "Wniosek składa się wyłącznie elektronicznie, więc nie trzeba przychodzić do urzędu, aby go "
                    "złożyć. Jeśli urząd będzie potrzebował wyjaśnień lub dokumentów, wezwie pracodawcę."
                ),
                "en": (
                    "The application is filed only electronically, so you do not need to come to the office to file "
                    "it. If the office needs explanations or documents, it will send the employer a request."
                ),
                "ru": (
                    "Заявление подаётся только в электронном виде, поэтому приходить в управление для его подачи не "
                    "нужно. Если управлению понадобятся объяснения или документы, оно направит работодателю требование."
                ),
                "uk": (
                    "Заяву подають лише в електронній формі, тому приходити до управління, щоб її подати, не потрібно. "
                    "Якщо управлінню знадобляться пояснення чи документи, воно надішле роботодавцеві вимогу."
                ),
            },
            "amount": "",
            "recipient": "",
            "account": "",
            "editor_note": "",
        },
        {
            "kind": "deadline",
            "title": {
                "pl": "Kiedy złożyć wniosek",
                "en": "When to file",
                "ru": "Когда подавать заявление",
                "uk": "Коли подавати заяву",
            },
            "details": {
                "pl": (
                    "Złóż wniosek o wydanie zezwolenia z wyprzedzeniem – cudzoziemiec może zacząć pracę dopiero po "
                    "wydaniu zezwolenia. Wniosek o przedłużenie złóż przed upływem ważności obecnego zezwolenia."
                ),
                "en": (
                    "File the application for a permit well in advance – the foreigner may start work only once the "
                    "permit has been issued. File the application for an extension before the current permit expires."
                ),
                "ru": (
                    "Подайте заявление о выдаче разрешения заранее — иностранец может начать работу только после "
                    "выдачи разрешения. Заявление о продлении подайте до истечения срока действия текущего разрешения."
                ),
                "uk": (
                    "Подайте заяву про видачу дозволу заздалегідь — іноземець може почати роботу лише після видачі "
                    "дозволу. Заяву про продовження подайте до закінчення строку дії чинного дозволу."
                ),
            },
            "amount": "",
            "recipient": "",
            "account": "",
            "editor_note": (
                "Spoza FACTS.md. Sprawdź w ustawie Dz.U. 2025 poz. 621 termin na złożenie wniosku o przedłużenie "
                "(według wcześniejszych przepisów: nie wcześniej niż 90 i nie później niż 30 dni przed upływem "
                "ważności zezwolenia) i w razie potrzeby dopisz go. Potwierdź zasadę, że praca może się zacząć dopiero "
                "po wydaniu zezwolenia, oraz czy cudzoziemiec może pracować w czasie oczekiwania na przedłużenie."
            ),
        },
        {
            "kind": "deadline",
            "title": {
                "pl": "Uzupełnienie braków i opłaty",
                "en": "Completing missing items and the fee",
                "ru": "Устранение недостатков и внесение платы",
                "uk": "Усунення недоліків і внесення плати",
            },
            "details": {
                "pl": (
                    "Jeśli wniosek ma braki, urząd wezwie pracodawcę do ich uzupełnienia w terminie nie krótszym niż 7 "
                    "dni (art. 64 § 2 KPA). Brakującą opłatę trzeba wnieść w terminie wskazanym w wezwaniu. Jeśli "
                    "braki nie zostaną uzupełnione, wniosek zostanie pozostawiony bez rozpoznania."
                ),
                "en": (
                    "If the application is incomplete, the office will ask the employer to complete it within at least "
                    "7 days (Article 64 § 2 of the Code of Administrative Procedure, KPA). A missing fee must be paid "
                    "within the time stated in the request. If the missing items are not completed, the application "
                    "will be left unexamined."
                ),
                "ru": (
                    "Если в заявлении есть недостатки, управление потребует от работодателя устранить их в срок не "
                    "менее 7 дней (ст. 64 § 2 Кодекса административного производства, KPA). Недостающую плату нужно "
                    "внести в срок, указанный в требовании. Если недостатки не будут устранены, заявление оставят без "
                    "рассмотрения."
                ),
                "uk": (
                    "Якщо в заяві є недоліки, управління вимагатиме від роботодавця усунути їх у строк не менше ніж 7 "
                    "днів (ст. 64 § 2 Кодексу адміністративного провадження, KPA). Відсутню плату потрібно внести у "
                    "строк, зазначений у вимозі. Якщо недоліки не буде усунуто, заяву залишать без розгляду."
                ),
            },
            "amount": "",
            "recipient": "",
            "account": "",
            "editor_note": (
                "Termin 7–14 dni z art. 261 § 2 KPA dotyczy opłaty skarbowej; sprawdź, jaki termin i skutek przewiduje "
                "ustawa Dz.U. 2025 poz. 621 dla braku opłaty za wniosek o zezwolenie na pracę."
            ),
        },
        {
            "kind": "deadline",
            "title": {
                "pl": "Odwołanie od decyzji",
                "en": "Appeal against the decision",
                "ru": "Обжалование решения",
                "uk": "Оскарження рішення",
            },
            "details": {
                "pl": (
                    "Od decyzji możesz się odwołać w terminie 14 dni od jej doręczenia. Organ, który rozpatrzy "
                    "odwołanie, i sposób jego wniesienia wskazuje pouczenie w decyzji."
                ),
                "en": (
                    "You can appeal against the decision within 14 days of receiving it. The authority that will "
                    "decide the appeal and how to lodge it are stated in the instructions in the decision."
                ),
                "ru": (
                    "Решение можно обжаловать в течение 14 дней со дня его вручения. Орган, который рассмотрит "
                    "апелляцию, и порядок её подачи указаны в разъяснении к решению."
                ),
                "uk": (
                    "Рішення можна оскаржити протягом 14 днів із дня його вручення. Орган, який розгляне апеляцію, і "
                    "порядок її подання зазначено в роз’ясненні до рішення."
                ),
            },
            "amount": "",
            "recipient": "",
            "account": "",
            "editor_note": (
                "FACTS.md podaje Szefa UdSC jako organ odwoławczy ogólnie, ale w sprawach zezwoleń na pracę organem "
                "odwoławczym jest prawdopodobnie minister właściwy do spraw pracy – potwierdź w ustawie Dz.U. 2025 "
                "poz. 621 i dopisz. Bieg terminu od doręczenia – art. 129 § 2 KPA."
            ),
        },
    ],
    "form": {
        "submission_mode": "external",
        "external_url": "https://www.praca.gov.pl",
        "editor_note": (
            "Zakres danych przyjęto z pól załącznika pracodawcy opisanych w FACTS.md – sprawdź go z formularzem w "
            "praca.gov.pl. Sprawdź sposób logowania i podpisywania wniosku w praca.gov.pl (FACTS.md go nie podaje) "
            "oraz czy system wydaje potwierdzenie wysłania wniosku."
        ),
        "title": {
            "pl": "Wniosek o wydanie / przedłużenie zezwolenia na pracę",
            "en": "Application for the issue / extension of a work permit",
            "ru": "Заявление о выдаче / продлении разрешения на работу",
            "uk": "Заява про видачу / продовження дозволу на роботу",
        },
        "instructions": {
            "pl": (
                "Od 1 czerwca 2025 r. wniosek o wydanie lub przedłużenie zezwolenia na pracę składa się elektronicznie "
                "w krajowym systemie [praca.gov.pl](https://www.praca.gov.pl). Portal Przybysz nie przyjmuje tego "
                "wniosku, ale pomaga go przygotować.\n\n* Przygotuj dane pracodawcy (nazwa, adres siedziby, NIP, "
                "REGON, numer wpisu do rejestru, osoba do kontaktu), dane cudzoziemca oraz dane o pracy: stanowisko, "
                "miejsce pracy, rodzaj umowy, wymiar czasu pracy w godzinach tygodniowo, wynagrodzenie i zakres "
                "obowiązków.\n* Dane możesz wcześniej wpisać w portalu Przybysz. Portal sprawdza m.in. NIP, REGON, "
                "PESEL i daty, dzięki czemu łatwiej uniknąć błędów.\n* Wpisuj dane w języku polskim, alfabetem "
                "łacińskim. Nie zostawiaj pustych pól – puste pole to brak formalny. Jeśli pole Cię nie dotyczy, wpisz "
                "„NIE DOTYCZY”.\n* Wnieś opłatę: 200 zł (praca do 3 miesięcy), 400 zł (powyżej 3 miesięcy) albo 800 zł "
                "(delegowanie). Dołącz skan dowodu zapłaty, a jeśli działa pełnomocnik – także skan pełnomocnictwa i "
                "dowodu zapłaty 17 zł.\n* Zaloguj się do praca.gov.pl, przenieś przygotowane dane, dołącz skany "
                "dokumentów, podpisz wniosek elektronicznie i wyślij go.\n\nZachowaj potwierdzenie wysłania wniosku. "
                "Urząd sprawdzi wniosek i – jeśli czegoś brakuje – wezwie do uzupełnienia braków. Po rozpatrzeniu "
                "wniosku wojewoda wyda decyzję."
            ),
            "en": (
                "Since 1 June 2025, the application to issue or extend a work permit is filed electronically in the "
                "national system [praca.gov.pl](https://www.praca.gov.pl). The Przybysz portal does not accept this "
                "application, but it helps you prepare it.\n\n* Prepare the employer's details (name, registered "
                "address, NIP, REGON, register entry number, contact person), the foreigner's details and the details "
                "of the job: position, place of work, type of contract, weekly working hours, pay and duties.\n"
                "* You can enter the data in the Przybysz portal beforehand. The portal checks, among other things, "
                "the NIP, REGON, PESEL and dates, which makes it easier to avoid mistakes.\n"
                "* Enter the data in Polish, in the Latin alphabet. Do not leave any field blank – a blank field is a "
                "formal deficiency. If a field does not apply to you, enter “NIE DOTYCZY” (not applicable).\n"
                "* Pay the fee: 200 zł (work of up to 3 months), 400 zł (more than 3 months) or 800 zł (secondment). "
                "Attach a scan of the proof of payment and, if a proxy acts for you, also scans of the power of "
                "attorney and the proof of paying 17 zł.\n* Log in to praca.gov.pl, transfer the prepared data, attach "
                "the scans of the documents, sign the application electronically and send it.\n\n"
                "Keep the confirmation that the application was sent. The office will check the application and, if "
                "something is missing, ask you to complete it. After examining the application, the voivode will issue "
                "a decision."
            ),
            "ru": (
                "С 1 июня 2025 г. заявление о выдаче или продлении разрешения на работу подаётся в электронном виде в "
                "общегосударственной системе [praca.gov.pl](https://www.praca.gov.pl). Портал Przybysz не принимает "
                "это заявление, но помогает его подготовить.\n\n* Подготовьте данные работодателя (название, адрес "
                "местонахождения, NIP, REGON, номер записи в реестре, контактное лицо), данные иностранца и данные о "
                "работе: должность, место работы, вид договора, количество рабочих часов в неделю, зарплату и "
                "обязанности.\n* Данные можно заранее внести на портале Przybysz. Портал проверяет, в частности, NIP, "
                "REGON, PESEL и даты, поэтому легче избежать ошибок.\n* Вносите данные на польском языке, латинскими "
                "буквами. Не оставляйте пустых полей — пустое поле является формальным недостатком. Если поле вас не "
                "касается, впишите «NIE DOTYCZY» (не касается).\n* Внесите плату: 200 злотых (работа до 3 месяцев), "
                "400 злотых (свыше 3 месяцев) или 800 злотых (командирование). Приложите скан подтверждения оплаты, а "
                "если действует представитель — также сканы доверенности и подтверждения оплаты 17 злотых.\n"
                "* Войдите на praca.gov.pl, перенесите подготовленные данные, приложите сканы документов, подпишите "
                "заявление электронной подписью и отправьте его.\n\nСохраните подтверждение отправки заявления. "
                "Управление проверит заявление и, если чего-то не хватает, потребует устранить недостатки. После "
                "рассмотрения заявления воевода вынесет решение."
            ),
            "uk": (
                "З 1 червня 2025 р. заяву про видачу або продовження дозволу на роботу подають в електронній формі в "
                "загальнодержавній системі [praca.gov.pl](https://www.praca.gov.pl). Портал Przybysz не приймає цю "
                "заяву, але допомагає її підготувати.\n\n* Підготуйте дані роботодавця (назва, адреса "
                "місцезнаходження, NIP, REGON, номер запису в реєстрі, контактна особа), дані іноземця та дані про "
                "роботу: посада, місце роботи, вид договору, кількість робочих годин на тиждень, заробітна плата й "
                "обов’язки.\n* Дані можна заздалегідь внести на порталі Przybysz. Портал перевіряє, зокрема, NIP, "
                "REGON, PESEL і дати, тож легше уникнути помилок.\n* Вносьте дані польською мовою, латинськими "
                "літерами. Не залишайте порожніх полів — порожнє поле є формальним недоліком. Якщо поле вас не "
                "стосується, впишіть «NIE DOTYCZY» (не стосується).\n* Внесіть плату: 200 злотих (робота до 3 "
                "місяців), 400 злотих (понад 3 місяці) або 800 злотих (відрядження). Додайте скан підтвердження "
                "оплати, а якщо діє представник — також скани довіреності та підтвердження сплати 17 злотих.\n"
                "* Увійдіть на praca.gov.pl, перенесіть підготовлені дані, додайте скани документів, підпишіть заяву "
                "електронним підписом і надішліть її.\n\nЗбережіть підтвердження надсилання заяви. Управління "
                "перевірить заяву і, якщо чогось бракує, вимагатиме усунути недоліки. Після розгляду заяви воєвода "
                "ухвалить рішення."
            ),
        },
    },
}
