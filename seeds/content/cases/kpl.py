"""Kind of case KPL: cash benefit for Karta Polaka holders."""

from seeds.content.cases._shared import STEP_FILING_THE_APPLICATION

CASE_TYPE = {
    "code": "KPL",
    "position": 120,
    "filed_by": "foreigner",
    "proxy_allowed": True,
    "legal_basis": "ustawa z 7 września 2007 r. o Karcie Polaka",
    "decision_days": None,
    "deadline_start": None,
    "editor_note": (
        "FACTS.md podaje dla tej sprawy tylko nazwę wniosku, podstawę prawną (ustawa o Karcie Polaka) i brak opłaty. "
        "Spoza FACTS.md (karty usług DUW i innych urzędów wojewódzkich) pochodzą i wymagają sprawdzenia w ustawie o "
        "Karcie Polaka: cel świadczenia (częściowe pokrycie kosztów zagospodarowania i bieżącego utrzymania), związek "
        "z wnioskiem o zezwolenie na pobyt stały złożonym jako posiadacz Karty Polaka, właściwość wojewody, do którego "
        "złożono wniosek o pobyt stały, termin 3 miesięcy na pierwszy wniosek, objęcie wnioskiem członków rodziny i "
        "lista dokumentów. Kwot świadczenia i okresu jego wypłaty celowo nie podano. FACTS.md nie podaje terminu "
        "załatwienia sprawy – decision_days pozostawiono puste. Sprawdź organ odwoławczy i uzupełnij go w tekście. "
        "Niektóre urzędy wojewódzkie podają przy tym wniosku opłatę skarbową – potwierdź, że wniosek jest wolny od "
        "opłat."
    ),
    "name": {
        "pl": "Świadczenie pieniężne dla posiadaczy Karty Polaka",
        "en": "Cash benefit for Karta Polaka holders",
        "ru": "Денежная выплата для обладателей Карты поляка",
        "uk": "Грошова виплата для власників Карти поляка",
    },
    "summary": {
        "pl": (
            "Posiadacz Karty Polaka, który osiedla się w Polsce na stałe, może złożyć wniosek o przyznanie świadczenia "
            "pieniężnego. Świadczenie przyznaje wojewoda w drodze decyzji, a wniosek jest bezpłatny."
        ),
        "en": (
            "A Karta Polaka holder who is settling in Poland permanently may apply for a cash benefit. The benefit is "
            "granted by the voivode by decision, and the application is free of charge."
        ),
        "ru": (
            "Обладатель Карты поляка, который переезжает в Польшу на постоянное жительство, может подать заявление о "
            "назначении денежной выплаты. Выплату назначает воевода своим решением, заявление бесплатное."
        ),
        "uk": (
            "Власник Карти поляка, який переїжджає до Польщі на постійне проживання, може подати заяву про призначення "
            "грошової виплати. Виплату призначає воєвода своїм рішенням, заява безоплатна."
        ),
    },
    "description": {
        "pl": (
            "Świadczenie pieniężne to pomoc finansowa dla posiadaczy Karty Polaka, którzy osiedlają się w Polsce na "
            "stałe. Ma pomóc w pokryciu części kosztów zagospodarowania i bieżącego utrzymania.\n\n"
            "O świadczenie możesz się ubiegać, jeśli masz Kartę Polaka i ubiegasz się o zezwolenie na pobyt stały jako "
            "jej posiadacz. Wniosek o świadczenie składasz do tego wojewody, do którego trafił Twój wniosek o pobyt "
            "stały. Pierwszy wniosek złóż w ciągu 3 miesięcy od dnia złożenia wniosku o pobyt stały – wniosek złożony "
            "później zostanie pozostawiony bez rozpoznania. Wnioskiem możesz objąć także członków rodziny.\n\n"
            "Wniosek nie podlega opłacie. Przygotuj go w portalu Przybysz, wydrukuj i podpisz. Złóż go osobiście lub "
            "przez pełnomocnika w punkcie obsługi, po wcześniejszej rezerwacji wizyty, albo wyślij pocztą – liczy się "
            "data nadania.\n\nWojewoda rozpatruje wniosek i wydaje decyzję o przyznaniu świadczenia albo o odmowie. Od "
            "decyzji możesz się odwołać. Szczegółowe warunki, w tym wysokość świadczenia i okres jego wypłaty, określa "
            "ustawa o Karcie Polaka."
        ),
        "en": (
            "The cash benefit is financial help for Karta Polaka holders who are settling in Poland permanently. It is "
            "meant to cover part of the costs of setting up home and everyday living.\n\n"
            "You may apply for the benefit if you hold a Karta Polaka and are applying for a permanent residence "
            "permit as its holder. You file the benefit application with the same voivode to whom your permanent "
            "residence application went. File your first application within 3 months of the day you filed the "
            "permanent residence application – an application filed later will be left unexamined. Your application "
            "may also cover members of your family.\n\nThe application is free of charge. Prepare it in the Przybysz "
            "portal, print it and sign it. File it in person or through a proxy at a service point after booking a "
            "visit, or send it by post – the posting date counts.\n\nThe voivode examines the application and issues a "
            "decision granting or refusing the benefit. You can appeal against the decision. The detailed conditions, "
            "including the amount of the benefit and how long it is paid, are set out in the Act on the Karta Polaka."
        ),
        "ru": (
            "Денежная выплата — это финансовая помощь для обладателей Карты поляка, которые переезжают в Польшу на "
            "постоянное жительство. Она помогает покрыть часть расходов на обустройство и текущее содержание.\n\n"
            "Вы можете обратиться за выплатой, если у вас есть Карта поляка и вы ходатайствуете о разрешении на "
            "постоянное пребывание как её обладатель. Заявление о выплате подаётся тому воеводе, которому было подано "
            "ваше заявление о постоянном пребывании. Первое заявление подайте в течение 3 месяцев со дня подачи "
            "заявления о постоянном пребывании — заявление, поданное позже, оставят без рассмотрения. Заявление может "
            "охватывать и членов вашей семьи.\n\nЗаявление бесплатное. Подготовьте его на портале Przybysz, "
            "распечатайте и подпишите. Подайте его лично или через представителя в пункте обслуживания после "
            "предварительной записи на визит или отправьте по почте — учитывается дата отправки.\n\n"
            "Воевода рассматривает заявление и выносит решение о назначении выплаты или об отказе. Решение можно "
            "обжаловать. Подробные условия, в том числе размер выплаты и срок её получения, определяет Закон о Карте "
            "поляка."
        ),
        "uk": (
            "Грошова виплата — це фінансова допомога для власників Карти поляка, які переїжджають до Польщі на "
            "постійне проживання. Вона допомагає покрити частину витрат на облаштування та поточне утримання.\n\n"
            "Ви можете звернутися по виплату, якщо маєте Карту поляка і клопочете про дозвіл на постійне перебування "
            "як її власник. Заяву про виплату подають тому воєводі, якому було подано вашу заяву про постійне "
            "перебування. Першу заяву подайте протягом 3 місяців від дня подання заяви про постійне перебування — "
            "заяву, подану пізніше, залишать без розгляду. Заява може охоплювати й членів вашої родини.\n\n"
            "Заява безоплатна. Підготуйте її на порталі Przybysz, роздрукуйте й підпишіть. Подайте її особисто або "
            "через представника в пункті обслуговування після попереднього запису на візит чи надішліть поштою — "
            "враховується дата відправлення.\n\nВоєвода розглядає заяву та ухвалює рішення про призначення виплати або "
            "про відмову. Рішення можна оскаржити. Докладні умови, зокрема розмір виплати та строк її отримання, "
            "визначає Закон про Карту поляка."
        ),
    },
    "steps": [
        STEP_FILING_THE_APPLICATION,
        {
            "title": {
                "pl": "Sprawdzenie formalne wniosku",
                "en": "Formal check of the application",
                "ru": "Формальная проверка заявления",
                "uk": "Формальна перевірка заяви",
            },
            "description": {
                "pl": (
                    "Urzędnik sprawdza, czy wniosek jest kompletny i czy został złożony w terminie. Jeśli czegoś "
                    "brakuje, otrzymasz wezwanie do uzupełnienia braków."
                ),
                "en": (
                    "An officer checks whether the application is complete and was filed on time. If something is "
                    "missing, you will receive a request to complete it."
                ),
                "ru": (
                    "Сотрудник проверяет, полное ли заявление и подано ли оно в срок. Если чего-то не хватает, вы "
                    "получите требование устранить недостатки."
                ),
                "uk": (
                    "Працівник перевіряє, чи повна заява та чи подано її вчасно. Якщо чогось бракує, ви отримаєте "
                    "вимогу усунути недоліки."
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
                    "Urząd analizuje dokumenty Twoje i członków rodziny objętych wnioskiem. W razie potrzeby wezwie "
                    "Cię do złożenia wyjaśnień lub dodatkowych dokumentów."
                ),
                "en": (
                    "The office reviews your documents and those of the family members covered by the application. If "
                    "needed, it will ask you for explanations or further documents."
                ),
                "ru": (
                    "Управление изучает ваши документы и документы членов семьи, указанных в заявлении. При "
                    "необходимости вас попросят дать объяснения или представить дополнительные документы."
                ),
                "uk": (
                    "Управління вивчає ваші документи та документи членів родини, зазначених у заяві. За потреби вас "
                    "попросять надати пояснення чи додаткові документи."
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
                    "Wojewoda wydaje decyzję o przyznaniu świadczenia pieniężnego albo o odmowie. Od decyzji możesz "
                    "się odwołać."
                ),
                "en": (
                    "The voivode issues a decision granting the cash benefit or refusing it. You can appeal against "
                    "the decision."
                ),
                "ru": "Воевода выносит решение о назначении денежной выплаты или об отказе. Решение можно обжаловать.",
                "uk": (
                    "Воєвода ухвалює рішення про призначення грошової виплати або про відмову. Рішення можна оскаржити."
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
                    "Sprawa kończy się po doręczeniu decyzji. Wniosek złożony po terminie albo z nieuzupełnionymi "
                    "brakami zostanie pozostawiony bez rozpoznania. Jeśli wycofasz wniosek, postępowanie może zostać "
                    "umorzone."
                ),
                "en": (
                    "The case ends when the decision is delivered. An application filed too late, or with missing "
                    "items that were not completed, will be left unexamined. If you withdraw the application, the "
                    "proceedings may be discontinued."
                ),
                "ru": (
                    "Дело завершается после вручения решения. Заявление, поданное с опозданием или с неустранёнными "
                    "недостатками, оставят без рассмотрения. Если вы отзовёте заявление, производство может быть "
                    "прекращено."
                ),
                "uk": (
                    "Справа завершується після вручення рішення. Заяву, подану із запізненням або з неусуненими "
                    "недоліками, залишать без розгляду. Якщо ви відкличете заяву, провадження може бути закрито."
                ),
            },
        },
    ],
    "statuses": [
        ("filed", 1),
        ("assigned", 2),
        ("formal-check", 2),
        ("deficiency-request", 2),
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
                "pl": "Wypełniony i podpisany wniosek",
                "en": "Completed and signed application",
                "ru": "Заполненное и подписанное заявление",
                "uk": "Заповнена й підписана заява",
            },
            "details": {
                "pl": (
                    "Wniosek na urzędowym formularzu, wypełniony w języku polskim drukowanymi literami i podpisany "
                    "przez Ciebie. Jeśli wniosek obejmuje członków rodziny, wpisz ich dane we wniosku."
                ),
                "en": (
                    "The application on the official form, filled in in Polish in printed letters and signed by you. "
                    "If the application covers family members, enter their details in it."
                ),
                "ru": (
                    "Заявление на официальном бланке, заполненное на польском языке печатными буквами и подписанное "
                    "вами. Если заявление охватывает членов семьи, впишите в него их данные."
                ),
                "uk": (
                    "Заява на офіційному бланку, заповнена польською мовою друкованими літерами й підписана вами. Якщо "
                    "заява охоплює членів родини, впишіть до неї їхні дані."
                ),
            },
            "amount": "",
            "recipient": "",
            "account": "",
            "editor_note": "Sprawdź z aktualnym wzorem formularza, jak wpisuje się członków rodziny (spoza FACTS.md).",
        },
        {
            "kind": "document",
            "title": {
                "pl": "Kopie paszportu i Karty Polaka",
                "en": "Copies of passport and Karta Polaka",
                "ru": "Копии паспорта и Карты поляка",
                "uk": "Копії паспорта й Карти поляка",
            },
            "details": {
                "pl": (
                    "Dołącz kopię wszystkich zapisanych stron paszportu oraz kopię Karty Polaka – swoich i członków "
                    "rodziny objętych wnioskiem. Przy składaniu wniosku okaż oryginały."
                ),
                "en": (
                    "Attach a copy of all used pages of the passport and a copy of the Karta Polaka – yours and those "
                    "of the family members covered by the application. Show the originals when you file."
                ),
                "ru": (
                    "Приложите копию всех заполненных страниц паспорта и копию Карты поляка — ваших и членов семьи, "
                    "указанных в заявлении. При подаче заявления предъявите оригиналы."
                ),
                "uk": (
                    "Додайте копію всіх заповнених сторінок паспорта та копію Карти поляка — ваших і членів родини, "
                    "зазначених у заяві. Під час подання заяви пред’явіть оригінали."
                ),
            },
            "amount": "",
            "recipient": "",
            "account": "",
            "editor_note": (
                "Lista spoza FACTS.md (karta usługi DUW). Sprawdź, czy kopie muszą być poświadczone urzędowo, "
                "zwłaszcza przy wysyłce pocztą."
            ),
        },
        {
            "kind": "document",
            "title": {
                "pl": "Dokumenty potwierdzające prawo pobytu",
                "en": "Documents confirming the right to stay",
                "ru": "Документы о праве пребывания",
                "uk": "Документи про право перебування",
            },
            "details": {
                "pl": (
                    "Dołącz kopie dokumentów, na podstawie których przebywasz w Polsce Ty i członkowie rodziny objęci "
                    "wnioskiem, np. wizy lub karty pobytu."
                ),
                "en": (
                    "Attach copies of the documents on the basis of which you and the family members covered by the "
                    "application stay in Poland, for example visas or residence cards."
                ),
                "ru": (
                    "Приложите копии документов, на основании которых вы и члены семьи, указанные в заявлении, "
                    "находитесь в Польше, например виз или карт побыту."
                ),
                "uk": (
                    "Додайте копії документів, на підставі яких ви та члени родини, зазначені в заяві, перебуваєте в "
                    "Польщі, наприклад віз або карт побиту."
                ),
            },
            "amount": "",
            "recipient": "",
            "account": "",
            "editor_note": "Wymóg spoza FACTS.md (karta usługi DUW) – sprawdź.",
        },
        {
            "kind": "document",
            "title": {
                "pl": "Akty stanu cywilnego",
                "en": "Civil status certificates",
                "ru": "Акты гражданского состояния",
                "uk": "Акти цивільного стану",
            },
            "details": {
                "pl": (
                    "Jeśli wniosek obejmuje członków rodziny, dołącz odpisy aktów urodzenia i aktu małżeństwa lub inne "
                    "dokumenty potwierdzające pokrewieństwo. Dokumenty w języku obcym dołącz z tłumaczeniem na język "
                    "polski sporządzonym przez tłumacza przysięgłego."
                ),
                "en": (
                    "If the application covers family members, attach copies of the birth and marriage certificates or "
                    "other documents confirming the family relationship. Attach documents in a foreign language "
                    "together with a translation into Polish made by a sworn translator."
                ),
                "ru": (
                    "Если заявление охватывает членов семьи, приложите выписки из актов о рождении и о браке или "
                    "другие документы, подтверждающие родство. Документы на иностранном языке приложите вместе с "
                    "переводом на польский язык, выполненным присяжным переводчиком."
                ),
                "uk": (
                    "Якщо заява охоплює членів родини, додайте витяги з актів про народження та про шлюб або інші "
                    "документи, що підтверджують спорідненість. Документи іноземною мовою додайте разом із перекладом "
                    "польською мовою, виконаним присяжним перекладачем."
                ),
            },
            "amount": "",
            "recipient": "",
            "account": "",
            "editor_note": (
                "Wymóg spoza FACTS.md (karty usług DUW i innych urzędów) – sprawdź, w tym wymóg oryginałów odpisów i "
                "tłumaczenia przysięgłego."
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
                    "Sam wniosek o świadczenie pieniężne jest bezpłatny. Jeśli sprawę prowadzi w Twoim imieniu "
                    "pełnomocnik, dołącz pełnomocnictwo i dowód zapłaty 17 zł opłaty skarbowej na rzecz Gminy Wrocław."
                ),
                "en": (
                    "The cash benefit application itself is free of charge. If a proxy handles the case on your "
                    "behalf, attach the power of attorney and proof of payment of the 17 zł stamp duty to the "
                    "Municipality of Wrocław (Gmina Wrocław)."
                ),
                "ru": (
                    "Само заявление о денежной выплате бесплатное. Если дело от вашего имени ведёт представитель, "
                    "приложите доверенность и подтверждение оплаты гербового сбора 17 злотых в пользу гмины Вроцлав "
                    "(Gmina Wrocław)."
                ),
                "uk": (
                    "Сама заява про грошову виплату безоплатна. Якщо справу від вашого імені веде представник, додайте "
                    "довіреність і підтвердження сплати гербового збору 17 злотих на користь гміни Вроцлав (Gmina "
                    "Wrocław)."
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
                "pl": "Wizyta w punkcie obsługi",
                "en": "Visit to a service point",
                "ru": "Визит в пункт обслуживания",
                "uk": "Візит до пункту обслуговування",
            },
            "details": {
                "pl": (
                    "Zarezerwuj wizytę w wybranym punkcie obsługi i przyjdź 15 minut wcześniej. Wpisz numer rezerwacji "
                    "w biletomacie, który wydrukuje bilet kolejkowy. Zamiast wizyty możesz wysłać wniosek pocztą."
                ),
                "en": (
                    "Book a visit at the service point of your choice and arrive 15 minutes early. Type your "
                    "reservation number into the ticket machine, which prints a queue ticket. Instead of a visit, you "
                    "can send the application by post."
                ),
                "ru": (
                    "Запишитесь на визит в выбранный пункт обслуживания и приходите за 15 минут до визита. Введите "
                    "номер бронирования в терминале, который распечатает талон в очередь. Вместо визита заявление "
                    "можно отправить по почте."
                ),
                "uk": (
                    "Запишіться на візит до вибраного пункту обслуговування й прийдіть за 15 хвилин до візиту. Введіть "
                    "номер бронювання в терміналі, який надрукує талон до черги. Замість візиту заяву можна надіслати "
                    "поштою."
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
                "pl": "Termin złożenia pierwszego wniosku",
                "en": "Deadline for the first application",
                "ru": "Срок подачи первого заявления",
                "uk": "Строк подання першої заяви",
            },
            "details": {
                "pl": (
                    "Pierwszy wniosek o świadczenie złóż w ciągu 3 miesięcy od dnia złożenia wniosku o zezwolenie na "
                    "pobyt stały. Wniosek złożony po terminie zostanie pozostawiony bez rozpoznania."
                ),
                "en": (
                    "File your first benefit application within 3 months of the day you filed the permanent residence "
                    "application. An application filed after the deadline will be left unexamined."
                ),
                "ru": (
                    "Подайте первое заявление о выплате в течение 3 месяцев со дня подачи заявления о разрешении на "
                    "постоянное пребывание. Заявление, поданное после срока, оставят без рассмотрения."
                ),
                "uk": (
                    "Подайте першу заяву про виплату протягом 3 місяців від дня подання заяви про дозвіл на постійне "
                    "перебування. Заяву, подану після строку, залишать без розгляду."
                ),
            },
            "amount": "",
            "recipient": "",
            "account": "",
            "editor_note": (
                "Termin 3 miesięcy i skutek jego przekroczenia pochodzą spoza FACTS.md (karty usług DUW i innych "
                "urzędów) – potwierdź w ustawie o Karcie Polaka. Karty usług podają też możliwość złożenia wniosku "
                "razem z wnioskiem o pobyt stały; pominięto ją, bo od 27 kwietnia 2026 r. wniosek o pobyt stały składa "
                "się w systemie MOS – sprawdź i ewentualnie dopisz."
            ),
        },
        {
            "kind": "deadline",
            "title": {
                "pl": "Uzupełnienie braków formalnych",
                "en": "Completing formal deficiencies",
                "ru": "Устранение формальных недостатков",
                "uk": "Усунення формальних недоліків",
            },
            "details": {
                "pl": (
                    "Jeśli wniosek ma braki, urząd wezwie Cię do ich uzupełnienia w terminie nie krótszym niż 7 dni "
                    "(art. 64 § 2 KPA). Jeśli nie uzupełnisz braków w terminie, wniosek zostanie pozostawiony bez "
                    "rozpoznania."
                ),
                "en": (
                    "If the application is incomplete, the office will ask you to complete it within at least 7 days "
                    "(Article 64 § 2 of the Code of Administrative Procedure, KPA). If you do not complete it on time, "
                    "the application will be left unexamined."
                ),
                "ru": (
                    "Если в заявлении есть недостатки, управление потребует устранить их в срок не менее 7 дней (ст. "
                    "64 § 2 Кодекса административного производства, KPA). Если вы не устраните их в срок, заявление "
                    "оставят без рассмотрения."
                ),
                "uk": (
                    "Якщо в заяві є недоліки, управління вимагатиме усунути їх у строк не менше ніж 7 днів (ст. 64 § 2 "
                    "Кодексу адміністративного провадження, KPA). Якщо ви не усунете їх вчасно, заяву залишать без "
                    "розгляду."
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
                "FACTS.md podaje Szefa UdSC jako organ odwoławczy ogólnie; w sprawie świadczenia z ustawy o Karcie "
                "Polaka organ odwoławczy może być inny – sprawdź i dopisz. Bieg terminu od doręczenia – art. 129 § 2 "
                "KPA."
            ),
        },
    ],
    "form": {
        "submission_mode": "paper",
        "external_url": "",
        "editor_note": (
            "Sprawdź, czy formularz w portalu odpowiada aktualnemu urzędowemu wzorowi wniosku o przyznanie świadczenia "
            "pieniężnego (ustawa o Karcie Polaka i akt wykonawczy – brak w FACTS.md)."
        ),
        "title": {
            "pl": "Wniosek o przyznanie świadczenia pieniężnego (Karta Polaka)",
            "en": "Application for granting the cash benefit (Karta Polaka)",
            "ru": "Заявление о назначении денежной выплаты (Карта поляка)",
            "uk": "Заява про призначення грошової виплати (Карта поляка)",
        },
        "instructions": {
            "pl": (
                "Zanim zaczniesz, przygotuj paszport, Kartę Polaka, dokumenty pobytowe oraz – jeśli wniosek obejmuje "
                "członków rodziny – ich dokumenty i akty stanu cywilnego z tłumaczeniem przysięgłym.\n\n"
                "* Wypełnij wniosek w portalu Przybysz w języku polskim, alfabetem łacińskim, drukowanymi literami. "
                "Portal podpowiada, co wpisać w poszczególnych polach, i na bieżąco sprawdza dane, np. numer PESEL, "
                "daty i kod pocztowy.\n* Nie zostawiaj pustych pól – puste pole to brak formalny. Na wydruku w polach, "
                "które Cię nie dotyczą, pojawi się napis „NIE DOTYCZY”.\n"
                "* Wydrukuj wniosek i podpisz go własnoręcznie.\n* Za sam wniosek nic nie płacisz. Jeśli działa "
                "pełnomocnik, dołącz pełnomocnictwo i dowód zapłaty 17 zł opłaty skarbowej na rzecz Gminy Wrocław.\n"
                "* Zarezerwuj wizytę, podając numer PIO wypełnionego formularza, i złóż wniosek z załącznikami w "
                "wybranym punkcie obsługi. Możesz też wysłać wniosek pocztą – wtedy liczy się data nadania.\n\n"
                "Pamiętaj o terminie: pierwszy wniosek złóż w ciągu 3 miesięcy od złożenia wniosku o pobyt stały.\n\n"
                "Przy składaniu wniosku urzędnik porównuje wydruk z wersją elektroniczną i sprawdza załączniki. Jeśli "
                "czegoś brakuje, otrzymasz wezwanie do uzupełnienia braków. Przebieg sprawy możesz śledzić w portalu "
                "Przybysz, a decyzję wojewody otrzymasz na piśmie."
            ),
            "en": (
                "Before you start, prepare your passport, Karta Polaka and residence documents and, if the application "
                "covers family members, their documents and civil status certificates with a sworn translation.\n\n"
                "* Fill in the application in the Przybysz portal in Polish, in the Latin alphabet, in printed "
                "letters. The portal suggests what to enter in each field and checks your data as you go, for example "
                "the PESEL number, dates and the postal code.\n* Do not leave any field blank – a blank field is a "
                "formal deficiency. On the printout, fields that do not apply to you will show the words “NIE DOTYCZY” "
                "(not applicable).\n* Print the application and sign it by hand.\n"
                "* You pay nothing for the application itself. If a proxy acts for you, attach the power of attorney "
                "and proof of paying the 17 zł stamp duty to the Municipality of Wrocław.\n"
                "* Book a visit using the PIO number of the completed form and file the application with the "
                "attachments at the service point you chose. You can also send the application by post – then the "
                "posting date counts.\n\nRemember the deadline: file your first application within 3 months of filing "
                "the permanent residence application.\n\nWhen you file the application, the officer compares the "
                "printout with the electronic version and checks the attachments. If something is missing, you will "
                "receive a request to complete it. You can follow your case in the Przybysz portal, and you will "
                "receive the voivode's decision in writing."
            ),
            "ru": (
                "Прежде чем начать, подготовьте паспорт, Карту поляка, документы о пребывании, а если заявление "
                "охватывает членов семьи, — их документы и акты гражданского состояния с присяжным переводом.\n\n"
                "* Заполните заявление на портале Przybysz на польском языке, латинскими печатными буквами. Портал "
                "подсказывает, что вписать в каждое поле, и сразу проверяет данные, например номер PESEL, даты и "
                "почтовый индекс.\n"
                "* Не оставляйте пустых полей — пустое поле является формальным недостатком. На распечатке в полях, "
                "которые вас не касаются, появится надпись «NIE DOTYCZY» (не касается).\n"
                "* Распечатайте заявление и подпишите его собственноручно.\n* За само заявление платить не нужно. Если "
                "действует представитель, приложите доверенность и подтверждение оплаты гербового сбора 17 злотых в "
                "пользу гмины Вроцлав.\n* Запишитесь на визит, указав номер PIO заполненной формы, и подайте заявление "
                "с приложениями в выбранном пункте обслуживания. Заявление можно также отправить по почте — тогда "
                "учитывается дата отправки.\n\nПомните о сроке: первое заявление нужно подать в течение 3 месяцев "
                "после подачи заявления о постоянном пребывании.\n\nПри подаче заявления сотрудник сравнивает "
                "распечатку с электронной версией и проверяет приложения. Если чего-то не хватает, вы получите "
                "требование устранить недостатки. Ход дела можно отслеживать на портале Przybysz, а решение воеводы вы "
                "получите в письменном виде."
            ),
            "uk": (
                "Перш ніж почати, підготуйте паспорт, Карту поляка, документи про перебування, а якщо заява охоплює "
                "членів родини, — їхні документи й акти цивільного стану з присяжним перекладом.\n\n"
                "* Заповніть заяву на порталі Przybysz польською мовою, латинськими друкованими літерами. Портал "
                "підказує, що вписати в кожне поле, і відразу перевіряє дані, наприклад номер PESEL, дати й поштовий "
                "індекс.\n"
                "* Не залишайте порожніх полів — порожнє поле є формальним недоліком. На роздруківці в полях, які вас "
                "не стосуються, з’явиться напис «NIE DOTYCZY» (не стосується).\n"
                "* Роздрукуйте заяву й підпишіть її власноручно.\n* За саму заяву платити не потрібно. Якщо діє "
                "представник, додайте довіреність і підтвердження сплати гербового збору 17 злотих на користь гміни "
                "Вроцлав.\n* Запишіться на візит, зазначивши номер PIO заповненої форми, і подайте заяву з додатками у "
                "вибраному пункті обслуговування. Заяву можна також надіслати поштою — тоді враховується дата "
                "відправлення.\n\nПам’ятайте про строк: першу заяву потрібно подати протягом 3 місяців після подання "
                "заяви про постійне перебування.\n\nПід час подання заяви працівник порівнює роздруківку з електронною "
                "версією та перевіряє додатки. Якщо чогось бракує, ви отримаєте вимогу усунути недоліки. Перебіг "
                "справи можна відстежувати на порталі Przybysz, а рішення воєводи ви отримаєте в письмовій формі."
            ),
        },
    },
}
