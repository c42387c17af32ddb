"""Kind of case CRD: issue or exchange of a residence card."""

from seeds.content.cases._shared import REQUIREMENT_STAMP_DUTY_FOR_A_POWER_OF_ATTORNEY, STEP_CHECKING_THE_APPLICATION

CASE_TYPE: dict = {
    "code": "CRD",
    "position": 70,
    "filed_by": "foreigner",
    "proxy_allowed": True,
    "legal_basis": "art. 229–230 ustawy o cudzoziemcach",
    "decision_days": None,
    "deadline_start": None,
    "editor_note": (
        "Podstawa prawna przyjęta z tabeli w FACTS.md (art. 229–230 u.o.c.) – sprawdź numerację w aktualnym tekście "
        "jednolitym (Dz.U. 2025 poz. 1079). FACTS.md nie podaje terminu załatwienia sprawy, dlatego decision_days jest "
        "puste. Z FACTS.md pochodzą: opłata 100 zł (od 29 lipca 2022 r.) i 200/300 zł po zawinionej utracie, terminy "
        "14 dni, 30 dni i 3 dni, zdjęcie 35×45 mm, powiadomienie SMS/e-mail o gotowej karcie. Spoza FACTS.md (ogólne "
        "przepisy u.o.c., strona przybysz.duw.pl), do weryfikacji: katalog przyczyn wymiany (zmiana danych, zmiana "
        "wizerunku twarzy, uszkodzenie, utrata), kolejna karta tylko przy pobycie stałym lub rezydenta "
        "długoterminowego UE, produkcja pierwszej karty bez tego wniosku, pobieranie odcisków palców przy składaniu, "
        "osobisty odbiór i zwrot dotychczasowej karty, decyzja wydawana tylko przy odmowie wydania lub wymiany karty i "
        "odwołanie do Szefa UdSC. Pełnomocnik może działać w sprawie, ale nie zastąpi osobistego stawiennictwa – "
        "zweryfikuj. Status „Decyzja wydana” dotyczy tylko odmowy."
    ),
    "name": {
        "pl": "Wydanie lub wymiana karty pobytu",
        "en": "Issue or exchange of a residence card",
        "ru": "Выдача или обмен карты побыту",
        "uk": "Видача або обмін карти побиту",
    },
    "summary": {
        "pl": (
            "Wniosek dla cudzoziemca, który ma już zezwolenie na pobyt w Polsce i potrzebuje nowej karty pobytu – na "
            "przykład po zmianie danych, po utracie lub uszkodzeniu karty albo gdy kończy się jej ważność."
        ),
        "en": (
            "An application for a foreigner who already holds a residence permit in Poland and needs a new residence "
            "card – for example after a change of details, after the card was lost or damaged, or when it is about to "
            "expire."
        ),
        "ru": (
            "Заявление для иностранца, у которого уже есть разрешение на пребывание в Польше и которому нужна новая "
            "карта побыту — например, после изменения данных, после утраты или повреждения карты или когда истекает "
            "срок её действия."
        ),
        "uk": (
            "Заява для іноземця, який уже має дозвіл на перебування в Польщі й потребує нової карти побиту — "
            "наприклад, після зміни даних, після втрати чи пошкодження карти або коли спливає строк її дії."
        ),
    },
    "description": {
        "pl": (
            "Karta pobytu potwierdza Twoją tożsamość i to, że masz zezwolenie na pobyt w Polsce. Ten wniosek składasz, "
            "gdy masz już zezwolenie, ale potrzebujesz nowej karty, na przykład gdy:\n\n"
            "* zmieniły się dane zamieszczone w karcie (np. nazwisko),\n"
            "* Twój wygląd zmienił się tak, że trudno Cię rozpoznać na zdjęciu w karcie,\n"
            "* karta została uszkodzona albo utracona,\n"
            "* kończy się ważność karty wydanej w związku z zezwoleniem na pobyt stały lub pobyt rezydenta "
            "długoterminowego UE.\n\n"
            "Pierwszą kartę po udzieleniu zezwolenia DUW produkuje zwykle od razu po decyzji. Karty wydanej w związku "
            "z zezwoleniem na pobyt czasowy nie można „przedłużyć” – gdy kończy się zezwolenie, złóż nowy wniosek o "
            "zezwolenie w systemie MOS.\n\n"
            "Pamiętaj o terminach: wniosek o wymianę składasz w ciągu 14 dni od zmiany, a wniosek o kolejną kartę – co "
            "najmniej 30 dni przed upływem ważności obecnej karty. Utratę karty zgłaszasz w ciągu 3 dni.\n\n"
            "Wniosek wypełniasz w portalu Przybysz, drukujesz, podpisujesz i składasz osobiście w punkcie obsługi po "
            "rezerwacji wizyty. Pobierane są wtedy odciski palców. Opłata za kartę wynosi 100 zł, a po utracie karty z "
            "Twojej winy – 200 zł albo 300 zł. Gdy karta będzie gotowa, dostaniesz SMS i e-mail, a status sprawy w "
            "portalu zmieni się na „Karta pobytu do odbioru”."
        ),
        "en": (
            "A residence card confirms your identity and that you hold a residence permit in Poland. You file this "
            "application when you already have a permit but need a new card, for example when:\n\n"
            "* the details shown on the card have changed (e.g. your surname),\n"
            "* your appearance has changed so much that it is hard to recognise you from the photo on the card,\n"
            "* the card has been damaged or you have lost it,\n"
            "* a card issued with a permanent residence permit or an EU long-term resident permit is about to "
            "expire.\n\n"
            "After a permit is granted, DUW usually produces the first card right after the decision. A card issued "
            "with a temporary residence permit cannot be “extended” – when your permit is ending, file a new permit "
            "application in the MOS system.\n\n"
            "Keep to the deadlines: file for an exchange within 14 days of the change, and for the next card at least "
            "30 days before your current card expires. Report the loss of a card within 3 days.\n\n"
            "You fill in the application on the Przybysz portal, print it, sign it and file it in person at a service "
            "point after booking a visit. Your fingerprints are taken at that time. The card fee is 100 zł, or 200 zł "
            "or 300 zł if the card was lost through your fault. When the card is ready, you will receive a text "
            "message and an e-mail, and your case status on the portal will change to “Karta pobytu do odbioru” (card "
            "ready for collection)."
        ),
        "ru": (
            "Карта побыту подтверждает вашу личность и то, что у вас есть разрешение на пребывание в Польше. Это "
            "заявление подаётся, если разрешение у вас уже есть, но нужна новая карта, например когда:\n\n"
            "* изменились данные, указанные в карте (например, фамилия),\n"
            "* ваша внешность изменилась настолько, что вас трудно узнать по фотографии в карте,\n"
            "* карта повреждена или вы её потеряли,\n"
            "* истекает срок действия карты, выданной в связи с разрешением на постоянное пребывание или на пребывание "
            "долгосрочного резидента ЕС.\n\n"
            "Первую карту после выдачи разрешения DUW обычно изготавливает сразу после решения. Карту, выданную в "
            "связи с разрешением на временное пребывание, нельзя «продлить» — когда разрешение заканчивается, подайте "
            "новое заявление о разрешении в системе MOS.\n\n"
            "Соблюдайте сроки: заявление об обмене подаётся в течение 14 дней после изменения, а заявление о следующей "
            "карте — не позднее чем за 30 дней до истечения срока действия нынешней карты. Об утрате карты нужно "
            "сообщить в течение 3 дней.\n\n"
            "Заявление заполняется на портале Przybysz, распечатывается, подписывается и подаётся лично в пункте "
            "обслуживания после записи на визит. При этом снимаются отпечатки пальцев. Плата за карту — 100 злотых, а "
            "если карта утрачена по вашей вине — 200 или 300 злотых. Когда карта будет готова, вы получите SMS и "
            "письмо по электронной почте, а статус дела на портале изменится на «Karta pobytu do odbioru» (карта "
            "готова к получению)."
        ),
        "uk": (
            "Карта побиту підтверджує вашу особу і те, що ви маєте дозвіл на перебування в Польщі. Цю заяву подають, "
            "якщо дозвіл у вас уже є, але потрібна нова карта, наприклад коли:\n\n"
            "* змінилися дані, зазначені в карті (наприклад, прізвище),\n"
            "* ваш зовнішній вигляд змінився настільки, що вас важко впізнати за фотографією в карті,\n"
            "* карту пошкоджено або ви її загубили,\n"
            "* спливає строк дії карти, виданої у зв’язку з дозволом на постійне перебування або на перебування "
            "довгострокового резидента ЄС.\n\n"
            "Першу карту після надання дозволу DUW зазвичай виготовляє одразу після рішення. Карту, видану у зв’язку з "
            "дозволом на тимчасове перебування, не можна «продовжити» — коли дозвіл закінчується, подайте нову заяву "
            "про дозвіл у системі MOS.\n\n"
            "Дотримуйтеся строків: заяву про обмін подають протягом 14 днів після зміни, а заяву про наступну карту — "
            "не пізніше ніж за 30 днів до закінчення строку дії теперішньої карти. Про втрату карти потрібно "
            "повідомити протягом 3 днів.\n\n"
            "Заяву заповнюють на порталі Przybysz, роздруковують, підписують і подають особисто в пункті "
            "обслуговування після запису на візит. Тоді ж знімають відбитки пальців. Плата за карту — 100 злотих, а "
            "якщо карту втрачено з вашої вини — 200 або 300 злотих. Коли карта буде готова, ви отримаєте SMS і лист "
            "електронною поштою, а статус справи на порталі зміниться на «Karta pobytu do odbioru» (карта готова до "
            "отримання)."
        ),
    },
    "steps": [
        {
            "title": {
                "pl": "Złożenie wniosku",
                "en": "Filing the application",
                "ru": "Подача заявления",
                "uk": "Подання заяви",
            },
            "description": {
                "pl": (
                    "Wypełnij wniosek w portalu Przybysz, wydrukuj go i podpisz. Zarezerwuj wizytę, podając numer PIO, "
                    "i złóż wniosek osobiście w wybranym punkcie obsługi. Urzędnik porówna wydruk z wersją "
                    "elektroniczną."
                ),
                "en": (
                    "Fill in the application on the Przybysz portal, print it and sign it. Book a visit using the PIO "
                    "number and file the application in person at the service point you have chosen. The clerk will "
                    "compare the printout with the electronic version."
                ),
                "ru": (
                    "Заполните заявление на портале Przybysz, распечатайте и подпишите его. Запишитесь на визит, "
                    "указав номер PIO, и подайте заявление лично в выбранном пункте обслуживания. Сотрудник сравнит "
                    "распечатку с электронной версией."
                ),
                "uk": (
                    "Заповніть заяву на порталі Przybysz, роздрукуйте та підпишіть її. Запишіться на візит, зазначивши "
                    "номер PIO, і подайте заяву особисто у вибраному пункті обслуговування. Працівник порівняє "
                    "роздруківку з електронною версією."
                ),
            },
        },
        {
            "title": {
                "pl": "Pobranie odcisków palców",
                "en": "Taking fingerprints",
                "ru": "Снятие отпечатков пальцев",
                "uk": "Зняття відбитків пальців",
            },
            "description": {
                "pl": (
                    "Do karty pobytu pobiera się odciski palców. Zwykle dzieje się to przy składaniu wniosku. Jeśli "
                    "nie było to możliwe, urząd wezwie Cię na wizytę, na której zostaną pobrane."
                ),
                "en": (
                    "Fingerprints are taken for the residence card. This usually happens when you file the "
                    "application. If that was not possible, the office will ask you to come to a visit where they will "
                    "be taken."
                ),
                "ru": (
                    "Для карты побыту снимают отпечатки пальцев. Обычно это делается при подаче заявления. Если это "
                    "было невозможно, управление вызовет вас на визит, во время которого их снимут."
                ),
                "uk": (
                    "Для карти побиту знімають відбитки пальців. Зазвичай це роблять під час подання заяви. Якщо це "
                    "було неможливо, управління викличе вас на візит, під час якого їх знімуть."
                ),
            },
        },
        STEP_CHECKING_THE_APPLICATION,
        {
            "title": {
                "pl": "Rozpatrzenie sprawy",
                "en": "Examining the case",
                "ru": "Рассмотрение дела",
                "uk": "Розгляд справи",
            },
            "description": {
                "pl": (
                    "Urząd analizuje dokumenty i w razie potrzeby wzywa Cię do wyjaśnień. Jeśli wszystko się zgadza, "
                    "zleca wyprodukowanie karty. Odmowa wydania lub wymiany karty następuje w drodze decyzji, od "
                    "której możesz się odwołać w ciągu 14 dni do Szefa Urzędu do Spraw Cudzoziemców."
                ),
                "en": (
                    "The office examines the documents and, if necessary, asks you for explanations. If everything is "
                    "in order, it has the card produced. A refusal to issue or exchange the card is made by a "
                    "decision, which you can appeal within 14 days to the Head of the Office for Foreigners (Szef "
                    "Urzędu do Spraw Cudzoziemców)."
                ),
                "ru": (
                    "Управление изучает документы и при необходимости вызывает вас для объяснений. Если всё в порядке, "
                    "оно заказывает изготовление карты. Отказ в выдаче или обмене карты оформляется решением, которое "
                    "можно обжаловать в течение 14 дней Начальнику Управления по делам иностранцев (Szef Urzędu do "
                    "Spraw Cudzoziemców)."
                ),
                "uk": (
                    "Управління аналізує документи й у разі потреби викликає вас для пояснень. Якщо все гаразд, воно "
                    "замовляє виготовлення карти. Відмову у видачі чи обміні карти оформлюють рішенням, яке можна "
                    "оскаржити протягом 14 днів до Голови Управління у справах іноземців (Szef Urzędu do Spraw "
                    "Cudzoziemców)."
                ),
            },
        },
        {
            "title": {
                "pl": "Odbiór karty, zakończenie sprawy",
                "en": "Collecting the card, closing the case",
                "ru": "Получение карты, завершение дела",
                "uk": "Отримання карти, завершення справи",
            },
            "description": {
                "pl": (
                    "Gdy karta jest gotowa, dostaniesz SMS i e-mail, a status zmieni się na „Karta pobytu do odbioru”. "
                    "Kartę odbierasz osobiście i oddajesz wtedy dotychczasową kartę, jeśli ją masz."
                ),
                "en": (
                    "When the card is ready, you will receive a text message and an e-mail, and the status will change "
                    "to “Karta pobytu do odbioru” (card ready for collection). You collect the card in person and hand "
                    "in your previous card, if you still have it."
                ),
                "ru": (
                    "Когда карта будет готова, вы получите SMS и письмо по электронной почте, а статус изменится на "
                    "«Karta pobytu do odbioru» (карта готова к получению). Карту вы получаете лично и при этом сдаёте "
                    "прежнюю карту, если она у вас есть."
                ),
                "uk": (
                    "Коли карта буде готова, ви отримаєте SMS і лист електронною поштою, а статус зміниться на «Karta "
                    "pobytu do odbioru» (карта готова до отримання). Карту ви отримуєте особисто й тоді ж здаєте "
                    "попередню карту, якщо вона у вас є."
                ),
            },
        },
    ],
    "statuses": [
        ("filed", 1),
        ("assigned", 1),
        ("intake-record", 1),
        ("fingerprints-summons", 2),
        ("biometrics-visit", 2),
        ("formal-check", 3),
        ("deficiency-request", 3),
        ("fee-request", 3),
        ("evidence-review", 4),
        ("summons", 4),
        ("draft-decision", 4),
        ("supervisor-approval", 4),
        ("decision-issued", 4),
        ("card-ready", 5),
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
                    "Formularz „Wniosek o wydanie / wymianę karty pobytu” wypełniony po polsku, drukowanymi wielkimi "
                    "literami alfabetu łacińskiego, i własnoręcznie podpisany. Puste pole to brak formalny – w polach, "
                    "które Cię nie dotyczą, ma być wpisane „NIE DOTYCZY”."
                ),
                "en": (
                    "The form “Wniosek o wydanie / wymianę karty pobytu” (application for the issue or exchange of a "
                    "residence card), filled in in Polish in printed capital Latin letters and signed by hand. An "
                    "empty field is a formal deficiency – fields that do not apply to you must say “NIE DOTYCZY” (not "
                    "applicable)."
                ),
                "ru": (
                    "Форма «Wniosek o wydanie / wymianę karty pobytu» (заявление о выдаче / обмене карты побыту), "
                    "заполненная на польском языке печатными заглавными буквами латинского алфавита и подписанная "
                    "собственноручно. Пустое поле — формальный недостаток: в полях, которые к вам не относятся, должно "
                    "быть вписано «NIE DOTYCZY» (не касается)."
                ),
                "uk": (
                    "Форма «Wniosek o wydanie / wymianę karty pobytu» (заява про видачу / обмін карти побиту), "
                    "заповнена польською мовою друкованими великими літерами латинського алфавіту та підписана "
                    "власноруч. Порожнє поле — формальний недолік: у полях, які вас не стосуються, має бути вписано "
                    "«NIE DOTYCZY» (не стосується)."
                ),
            },
            "amount": "",
            "recipient": "",
            "account": "",
            "editor_note": "",
        },
        {
            "kind": "document",
            "title": {
                "pl": "Paszport i dotychczasowa karta pobytu",
                "en": "Passport and current residence card",
                "ru": "Паспорт и нынешняя карта побыту",
                "uk": "Паспорт і теперішня карта побиту",
            },
            "details": {
                "pl": (
                    "Przy składaniu wniosku okaż ważny dokument podróży (paszport). Zabierz też dotychczasową kartę "
                    "pobytu, chyba że została utracona."
                ),
                "en": (
                    "When you file the application, show a valid travel document (passport). Also bring your current "
                    "residence card, unless you have lost it."
                ),
                "ru": (
                    "При подаче заявления предъявите действительный проездной документ (паспорт). Возьмите с собой "
                    "также нынешнюю карту побыту, если только вы её не потеряли."
                ),
                "uk": (
                    "Під час подання заяви пред’явіть чинний проїзний документ (паспорт). Візьміть із собою також "
                    "теперішню карту побиту, якщо ви її не загубили."
                ),
            },
            "amount": "",
            "recipient": "",
            "account": "",
            "editor_note": (
                "Nie z FACTS.md – zweryfikuj z kartą usługi DUW „Wydanie/wymiana karty pobytu”, w tym czy trzeba "
                "dołączyć kopię paszportu lub karty."
            ),
        },
        {
            "kind": "document",
            "title": {
                "pl": "Dokumenty potwierdzające przyczynę wymiany",
                "en": "Documents proving the reason for the exchange",
                "ru": "Документы, подтверждающие причину обмена",
                "uk": "Документи, що підтверджують причину обміну",
            },
            "details": {
                "pl": (
                    "Dołącz dokumenty, które potwierdzają zmianę, np. akt małżeństwa przy zmianie nazwiska. Dokumenty "
                    "w języku obcym dołącz razem z tłumaczeniem na język polski."
                ),
                "en": (
                    "Attach documents that prove the change, e.g. a marriage certificate if your surname has changed. "
                    "Attach documents in a foreign language together with a translation into Polish."
                ),
                "ru": (
                    "Приложите документы, подтверждающие изменение, например свидетельство о браке при смене фамилии. "
                    "Документы на иностранном языке прилагаются вместе с переводом на польский язык."
                ),
                "uk": (
                    "Додайте документи, що підтверджують зміну, наприклад свідоцтво про шлюб у разі зміни прізвища. "
                    "Документи іноземною мовою додають разом із перекладом польською мовою."
                ),
            },
            "amount": "",
            "recipient": "",
            "account": "",
            "editor_note": (
                "Nie z FACTS.md – zweryfikuj listę dokumentów dla poszczególnych przyczyn wymiany oraz wymóg "
                "tłumaczenia przysięgłego i poświadczania kopii."
            ),
        },
        {
            "kind": "photo",
            "title": {
                "pl": "Zdjęcia 35×45 mm",
                "en": "Photos 35×45 mm",
                "ru": "Фотографии 35×45 мм",
                "uk": "Фотографії 35×45 мм",
            },
            "details": {
                "pl": (
                    "Dołącz aktualne zdjęcia o wymiarach 35×45 mm, wykonane w ciągu ostatnich 6 miesięcy. Zdjęcie, "
                    "które nie spełnia wymogów, to częsty brak formalny."
                ),
                "en": (
                    "Attach recent photos measuring 35×45 mm, taken within the last 6 months. A photo that does not "
                    "meet the requirements is a common formal deficiency."
                ),
                "ru": (
                    "Приложите актуальные фотографии размером 35×45 мм, сделанные в течение последних 6 месяцев. "
                    "Фотография, не отвечающая требованиям, — частый формальный недостаток."
                ),
                "uk": (
                    "Додайте актуальні фотографії розміром 35×45 мм, зроблені протягом останніх 6 місяців. Фотографія, "
                    "яка не відповідає вимогам, — частий формальний недолік."
                ),
            },
            "amount": "",
            "recipient": "",
            "account": "",
            "editor_note": (
                "FACTS.md nie podaje liczby zdjęć (karta usługi DUW z 2022 r. wymienia dwie) – zweryfikuj i uzupełnij."
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
                    "Za wydanie karty pobytu płacisz 100 zł (od 29 lipca 2022 r.). Jeśli karta została utracona z "
                    "Twojej winy, opłata wynosi 200 zł albo 300 zł. To osobna opłata, a nie opłata skarbowa – dowód "
                    "zapłaty dołącz do wniosku."
                ),
                "en": (
                    "The fee for issuing a residence card is 100 zł (since 29 July 2022). If the card was lost through "
                    "your fault, the fee is 200 zł or 300 zł. This is a separate fee, not stamp duty – attach the "
                    "proof of payment to your application."
                ),
                "ru": (
                    "За выдачу карты побыту платится 100 злотых (с 29 июля 2022 г.). Если карта утрачена по вашей "
                    "вине, плата составляет 200 или 300 злотых. Это отдельная плата, а не гербовый сбор — приложите "
                    "подтверждение оплаты к заявлению."
                ),
                "uk": (
                    "За видачу карти побиту сплачують 100 злотих (з 29 липня 2022 р.). Якщо карту втрачено з вашої "
                    "вини, плата становить 200 або 300 злотих. Це окрема плата, а не гербовий збір — додайте "
                    "підтвердження оплати до заяви."
                ),
            },
            "amount": "100 / 200 / 300 zł",
            "recipient": "Dolnośląski Urząd Wojewódzki we Wrocławiu",
            "account": "",
            "editor_note": (
                "Odbiorca nie wynika z FACTS.md (FACTS mówi tylko, że opłatę skarbową wnosi się na rzecz Gminy "
                "Wrocław); według stron DUW opłatę za kartę wnosi się na rachunek DUW – zweryfikuj i wpisz numer "
                "rachunku. Potwierdź w komunikacie DUW nr 18369, kiedy 200 zł, a kiedy 300 zł, i czy dotyczy to też "
                "zawinionego zniszczenia karty. Sprawdź ulgi (50%) – FACTS.md ich nie podaje. Zweryfikuj, czy dowód "
                "zapłaty dołącza się do wniosku, czy przedstawia później."
            ),
        },
        REQUIREMENT_STAMP_DUTY_FOR_A_POWER_OF_ATTORNEY,
        {
            "kind": "appearance",
            "title": {
                "pl": "Osobiste stawiennictwo i odciski palców",
                "en": "Personal appearance and fingerprints",
                "ru": "Личная явка и отпечатки пальцев",
                "uk": "Особиста явка та відбитки пальців",
            },
            "details": {
                "pl": (
                    "Wniosek składasz osobiście – pobierane są wtedy odciski palców do karty. Kartę również odbierasz "
                    "osobiście. Pełnomocnik nie może Cię w tym zastąpić."
                ),
                "en": (
                    "You file the application in person – your fingerprints are taken for the card at that time. You "
                    "also collect the card in person. A proxy cannot do this for you."
                ),
                "ru": (
                    "Заявление подаётся лично — при этом для карты снимают отпечатки пальцев. Карту вы тоже получаете "
                    "лично. Представитель не может сделать это за вас."
                ),
                "uk": (
                    "Заяву подають особисто — тоді ж для карти знімають відбитки пальців. Карту ви також отримуєте "
                    "особисто. Представник не може зробити це замість вас."
                ),
            },
            "amount": "",
            "recipient": "",
            "account": "",
            "editor_note": (
                "FACTS.md nie opisuje stawiennictwa w tej sprawie – zweryfikuj obowiązek osobistego złożenia wniosku i "
                "odbioru karty oraz zasady dla dzieci (obecność dziecka, wiek, od którego pobiera się odciski palców)."
            ),
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
                    "* Wymiana karty: w ciągu 14 dni od zmiany danych lub innej przyczyny wymiany.\n"
                    "* Kolejna karta: co najmniej 30 dni przed upływem ważności obecnej karty.\n"
                    "* Utrata karty: zgłoś ją w ciągu 3 dni, a następnie złóż wniosek o nową kartę."
                ),
                "en": (
                    "* Exchange of the card: within 14 days of the change of details or another reason for the "
                    "exchange.\n"
                    "* Next card: at least 30 days before your current card expires.\n"
                    "* Loss of the card: report it within 3 days, then apply for a new card."
                ),
                "ru": (
                    "* Обмен карты: в течение 14 дней после изменения данных или иной причины обмена.\n"
                    "* Следующая карта: не позднее чем за 30 дней до истечения срока действия нынешней карты.\n"
                    "* Утрата карты: сообщите о ней в течение 3 дней, а затем подайте заявление о новой карте."
                ),
                "uk": (
                    "* Обмін карти: протягом 14 днів після зміни даних або іншої причини обміну.\n"
                    "* Наступна карта: не пізніше ніж за 30 днів до закінчення строку дії теперішньої карти.\n"
                    "* Втрата карти: повідомте про неї протягом 3 днів, а потім подайте заяву про нову карту."
                ),
            },
            "amount": "",
            "recipient": "",
            "account": "",
            "editor_note": (
                "FACTS.md nie określa, gdzie i w jaki sposób zgłasza się utratę karty ani czy termin 14 dni dotyczy "
                "także utraty i uszkodzenia – uzupełnij."
            ),
        },
        {
            "kind": "deadline",
            "title": {
                "pl": "Braki formalne, opłata i odwołanie",
                "en": "Formal deficiencies, fees and appeal",
                "ru": "Формальные недостатки, оплата и обжалование",
                "uk": "Формальні недоліки, оплата та оскарження",
            },
            "details": {
                "pl": (
                    "Na uzupełnienie braków formalnych masz co najmniej 7 dni – inaczej wniosek zostanie pozostawiony "
                    "bez rozpoznania (art. 64 § 2 KPA). Na wniesienie brakującej opłaty skarbowej urząd wyznacza 7–14 "
                    "dni. Od decyzji odmownej możesz się odwołać w ciągu 14 dni do Szefa Urzędu do Spraw Cudzoziemców."
                ),
                "en": (
                    "You have at least 7 days to remedy formal deficiencies – otherwise the application will be left "
                    "without examination (Article 64 § 2 KPA). The office sets 7–14 days to pay missing stamp duty. "
                    "You can appeal a refusal within 14 days to the Head of the Office for Foreigners."
                ),
                "ru": (
                    "На устранение формальных недостатков у вас есть не менее 7 дней — иначе заявление будет оставлено "
                    "без рассмотрения (ст. 64 § 2 KPA). Для уплаты недостающего гербового сбора управление "
                    "устанавливает срок 7–14 дней. Отказ можно обжаловать в течение 14 дней Начальнику Управления по "
                    "делам иностранцев."
                ),
                "uk": (
                    "На усунення формальних недоліків у вас є щонайменше 7 днів — інакше заяву буде залишено без "
                    "розгляду (ст. 64 § 2 KPA). Для сплати відсутнього гербового збору управління встановлює строк "
                    "7–14 днів. Відмову можна оскаржити протягом 14 днів до Голови Управління у справах іноземців."
                ),
            },
            "amount": "",
            "recipient": "",
            "account": "",
            "editor_note": (
                "Odmowa wydania lub wymiany karty w drodze decyzji i odwołanie w tej sprawie nie wynikają wprost z "
                "FACTS.md (ogólna zasada u.o.c. i KPA) – zweryfikuj."
            ),
        },
    ],
    "form": {
        "submission_mode": "paper",
        "external_url": "",
        "editor_note": (
            "Zweryfikuj, czy DUW przyjmuje ten wniosek także pocztą (odciski palców wymagają stawiennictwa) i czy "
            "obowiązuje wzór z rozporządzenia w sprawie dokumentów wydawanych cudzoziemcom (Dz.U. 2014 poz. 589). "
            "FACTS.md nie opisuje pól tego formularza (np. pola z przyczyną wniosku) – sprawdź z aktualnym wzorem."
        ),
        "title": {
            "pl": "Wniosek o wydanie / wymianę karty pobytu",
            "en": "Application for the issue or exchange of a residence card",
            "ru": "Заявление о выдаче / обмене карты побыту",
            "uk": "Заява про видачу / обмін карти побиту",
        },
        "instructions": {
            "pl": (
                "### Przygotuj dokumenty\n\n"
                "Przygotuj paszport, dotychczasową kartę pobytu (jeśli ją masz), dokumenty potwierdzające przyczynę "
                "wymiany, aktualne zdjęcia 35×45 mm i dowód zapłaty opłaty za kartę.\n\n"
                "### Wypełnij formularz\n\n"
                "* Wypełnij formularz w portalu Przybysz – podpowiedzi i bieżące sprawdzanie danych pomogą Ci uniknąć "
                "błędów.\n"
                "* Urzędowe formularze wypełnia się po polsku, drukowanymi wielkimi literami alfabetu łacińskiego.\n"
                "* Puste pole to brak formalny. W polach, które Cię nie dotyczą, ma być wpisane „NIE DOTYCZY” – wydruk "
                "z portalu robi to automatycznie.\n"
                "* Wskaż przyczynę wniosku, np. zmianę danych, utratę lub uszkodzenie karty albo upływ jej "
                "ważności.\n\n"
                "### Podpisz i zapłać\n\n"
                "Wydrukuj wniosek i podpisz go własnoręcznie – niepodpisany wniosek to brak formalny. Wnieś opłatę za "
                "kartę (100 zł, a po utracie karty z Twojej winy 200 zł albo 300 zł) i dołącz dowód zapłaty. Jeśli "
                "działa pełnomocnik, dołącz pełnomocnictwo i dowód zapłaty 17 zł opłaty skarbowej.\n\n"
                "### Złóż wniosek\n\n"
                "Zarezerwuj wizytę w systemie rezerwacji wizyt DUW (wizyta.duw.pl): podaj imię i nazwisko, adres "
                "e-mail i numer PIO wniosku, a potem wybierz punkt obsługi. Przyjdź 15 minut przed wizytą i wpisz "
                "numer rezerwacji w biletomacie. Urzędnik porówna wydruk z wersją elektroniczną i pobierze odciski "
                "palców.\n\n"
                "### Co dalej\n\n"
                "Status sprawy sprawdzisz w portalu Przybysz. Jeśli czegoś zabraknie, dostaniesz wezwanie z terminem "
                "na uzupełnienie. Gdy karta będzie gotowa, dostaniesz SMS i e-mail."
            ),
            "en": (
                "### Prepare your documents\n\n"
                "Prepare your passport, your current residence card (if you have it), documents proving the reason for "
                "the exchange, recent 35×45 mm photos and the proof of payment of the card fee.\n\n"
                "### Fill in the form\n\n"
                "* Fill in the form on the Przybysz portal – hints and live checks of your data help you avoid "
                "mistakes.\n"
                "* Official forms are filled in in Polish, in printed capital letters of the Latin alphabet.\n"
                "* An empty field is a formal deficiency. Fields that do not apply to you must say “NIE DOTYCZY” (not "
                "applicable) – the portal's printout does this automatically.\n"
                "* State the reason for the application, e.g. a change of details, loss of or damage to the card, or "
                "its expiry.\n\n"
                "### Sign and pay\n\n"
                "Print the application and sign it by hand – an unsigned application is a formal deficiency. Pay the "
                "card fee (100 zł, or 200 zł or 300 zł if the card was lost through your fault) and attach the proof "
                "of payment. If a proxy acts for you, attach the power of attorney and the proof of payment of the 17 "
                "zł stamp duty.\n\n"
                "### File the application\n\n"
                "Book a visit in the DUW visit booking system (wizyta.duw.pl): enter your name, e-mail address and the "
                "PIO number of the application, then choose a service point. Arrive 15 minutes before your visit and "
                "enter the booking number at the ticket machine. The clerk will compare the printout with the "
                "electronic version and take your fingerprints.\n\n"
                "### What happens next\n\n"
                "You can check the status of your case on the Przybysz portal. If anything is missing, you will "
                "receive a request with a deadline to complete it. When the card is ready, you will receive a text "
                "message and an e-mail."
            ),
            "ru": (
                "### Подготовьте документы\n\n"
                "Подготовьте паспорт, нынешнюю карту побыту (если она у вас есть), документы, подтверждающие причину "
                "обмена, актуальные фотографии 35×45 мм и подтверждение оплаты за карту.\n\n"
                "### Заполните форму\n\n"
                "* Заполните форму на портале Przybysz — подсказки и проверка данных по ходу заполнения помогут "
                "избежать ошибок.\n"
                "* Официальные формы заполняются на польском языке печатными заглавными буквами латинского алфавита.\n"
                "* Пустое поле — формальный недостаток. В полях, которые к вам не относятся, должно быть вписано «NIE "
                "DOTYCZY» (не касается) — распечатка с портала делает это автоматически.\n"
                "* Укажите причину заявления, например изменение данных, утрату или повреждение карты либо истечение "
                "срока её действия.\n\n"
                "### Подпишите и оплатите\n\n"
                "Распечатайте заявление и подпишите его собственноручно — неподписанное заявление является формальным "
                "недостатком. Внесите плату за карту (100 злотых, а если карта утрачена по вашей вине — 200 или 300 "
                "злотых) и приложите подтверждение оплаты. Если действует представитель, приложите доверенность и "
                "подтверждение уплаты гербового сбора 17 злотых.\n\n"
                "### Подайте заявление\n\n"
                "Запишитесь на визит в системе записи DUW (wizyta.duw.pl): укажите имя и фамилию, адрес электронной "
                "почты и номер PIO заявления, затем выберите пункт обслуживания. Приходите за 15 минут до визита и "
                "введите номер бронирования в терминале выдачи талонов. Сотрудник сравнит распечатку с электронной "
                "версией и снимет отпечатки пальцев.\n\n"
                "### Что дальше\n\n"
                "Статус дела можно проверить на портале Przybysz. Если чего-то не хватает, вы получите требование со "
                "сроком для устранения недостатков. Когда карта будет готова, вы получите SMS и письмо по электронной "
                "почте."
            ),
            "uk": (
                "### Підготуйте документи\n\n"
                "Підготуйте паспорт, теперішню карту побиту (якщо вона у вас є), документи, що підтверджують причину "
                "обміну, актуальні фотографії 35×45 мм і підтвердження оплати за карту.\n\n"
                "### Заповніть форму\n\n"
                "* Заповніть форму на порталі Przybysz — підказки й перевірка даних під час заповнення допоможуть "
                "уникнути помилок.\n"
                "* Офіційні форми заповнюють польською мовою друкованими великими літерами латинського алфавіту.\n"
                "* Порожнє поле — формальний недолік. У полях, які вас не стосуються, має бути вписано «NIE DOTYCZY» "
                "(не стосується) — роздруківка з порталу робить це автоматично.\n"
                "* Зазначте причину заяви, наприклад зміну даних, втрату чи пошкодження карти або закінчення строку її "
                "дії.\n\n"
                "### Підпишіть і сплатіть\n\n"
                "Роздрукуйте заяву й підпишіть її власноруч — непідписана заява є формальним недоліком. Внесіть плату "
                "за карту (100 злотих, а якщо карту втрачено з вашої вини — 200 або 300 злотих) і додайте "
                "підтвердження оплати. Якщо діє представник, додайте довіреність і підтвердження сплати гербового "
                "збору 17 злотих.\n\n"
                "### Подайте заяву\n\n"
                "Запишіться на візит у системі запису DUW (wizyta.duw.pl): зазначте ім’я та прізвище, адресу "
                "електронної пошти й номер PIO заяви, потім виберіть пункт обслуговування. Приходьте за 15 хвилин до "
                "візиту й введіть номер бронювання в терміналі видачі талонів. Працівник порівняє роздруківку з "
                "електронною версією та зніме відбитки пальців.\n\n"
                "### Що далі\n\n"
                "Статус справи можна перевірити на порталі Przybysz. Якщо чогось бракує, ви отримаєте вимогу зі "
                "строком для усунення недоліків. Коли карта буде готова, ви отримаєте SMS і лист електронною поштою."
            ),
        },
    },
}
