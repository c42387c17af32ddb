"""Kind of case TRV: Polish travel document for a foreigner."""

from seeds.content.cases._shared import (
    REQUIREMENT_STAMP_DUTY_FOR_A_POWER_OF_ATTORNEY,
    STATUSES_TRV_VIS,
    STEP_CHECKING_THE_APPLICATION,
)

CASE_TYPE: dict = {
    "code": "TRV",
    "position": 80,
    "filed_by": "foreigner",
    "proxy_allowed": True,
    "legal_basis": "art. 252 ustawy o cudzoziemcach",
    "decision_days": None,
    "deadline_start": None,
    "editor_note": (
        "Podstawa prawna i kwota 350 zł przyjęte z tabeli w FACTS.md. FACTS.md nie podaje terminu załatwienia sprawy, "
        "dlatego decision_days jest puste. Spoza FACTS.md (ogólne przepisy u.o.c.), do weryfikacji z aktualnym tekstem "
        "ustawy (Dz.U. 2025 poz. 1079) i kartą usługi DUW: katalog osób uprawnionych z art. 252 (pobyt stały, rezydent "
        "długoterminowy UE, ochrona uzupełniająca, zgoda na pobyt ze względów humanitarnych; sprawdź, czy obowiązuje "
        "dodany punkt dotyczący obywateli Białorusi), wymóg wykazania braku możliwości uzyskania paszportu, lista "
        "załączników, osobisty odbiór dokumentu, zasada, że wojewoda wydaje dokument bez decyzji, a decyzję wydaje "
        "tylko przy odmowie (art. 257 u.o.c.), i odwołanie do Szefa UdSC. Status „Decyzja wydana” dotyczy tylko odmowy."
    ),
    "name": {
        "pl": "Polski dokument podróży dla cudzoziemca",
        "en": "Polish travel document for a foreigner",
        "ru": "Польский проездной документ для иностранца",
        "uk": "Польський проїзний документ для іноземця",
    },
    "summary": {
        "pl": (
            "Dokument podróży dla cudzoziemca, który ma prawo pobytu w Polsce na czas nieoznaczony lub ochronę, a "
            "utracił swój paszport albo jego paszport stracił ważność i nie może otrzymać nowego. Wydaje go wojewoda."
        ),
        "en": (
            "A travel document for a foreigner who has an indefinite right of residence or protection in Poland and "
            "has lost their passport, or whose passport has expired, and who cannot obtain a new one. It is issued by "
            "the voivode."
        ),
        "ru": (
            "Проездной документ для иностранца, который имеет право на бессрочное пребывание или защиту в Польше и "
            "утратил свой паспорт либо срок действия его паспорта истёк, а получить новый он не может. Документ выдаёт "
            "воевода."
        ),
        "uk": (
            "Проїзний документ для іноземця, який має право на безстрокове перебування або захист у Польщі й утратив "
            "свій паспорт або строк дії його паспорта сплив, а отримати новий він не може. Документ видає воєвода."
        ),
    },
    "description": {
        "pl": (
            "Polski dokument podróży dla cudzoziemca pozwala podróżować za granicę, gdy nie masz paszportu swojego "
            "państwa i nie możesz go otrzymać. Nie jest to polski paszport i nie potwierdza obywatelstwa polskiego.\n\n"
            "O dokument możesz się ubiegać, jeśli spełniasz łącznie dwa warunki:\n\n"
            "* masz w Polsce zezwolenie na pobyt stały, zezwolenie na pobyt rezydenta długoterminowego UE, ochronę "
            "uzupełniającą albo zgodę na pobyt ze względów humanitarnych,\n"
            "* Twój paszport został utracony, zniszczony albo stracił ważność, a nie możesz otrzymać nowego.\n\n"
            "Drugi warunek trzeba wykazać, na przykład zaświadczeniem z ambasady lub konsulatu Twojego państwa.\n\n"
            "Wniosek wypełniasz w portalu Przybysz, drukujesz, podpisujesz i składasz w punkcie obsługi DUW po "
            "rezerwacji wizyty. Opłata za wydanie dokumentu wynosi 350 zł. Jeśli warunki są spełnione, wojewoda wydaje "
            "dokument. Jeśli odmawia, wydaje decyzję, od której możesz się odwołać w ciągu 14 dni do Szefa Urzędu do "
            "Spraw Cudzoziemców. O tym, że dokument jest gotowy, poinformuje Cię status sprawy w portalu Przybysz – "
            "„Dokument do odbioru”. Dokument odbierasz osobiście."
        ),
        "en": (
            "The Polish travel document for a foreigner lets you travel abroad when you do not have a passport from "
            "your country and cannot obtain one. It is not a Polish passport and does not confirm Polish "
            "citizenship.\n\n"
            "You can apply for it if you meet both of these conditions:\n\n"
            "* you hold in Poland a permanent residence permit, an EU long-term resident permit, subsidiary protection "
            "or a permit to stay on humanitarian grounds,\n"
            "* your passport has been lost, destroyed or has expired, and you cannot obtain a new one.\n\n"
            "You must prove the second condition, for example with a certificate from the embassy or consulate of your "
            "country.\n\n"
            "You fill in the application on the Przybysz portal, print it, sign it and file it at a DUW service point "
            "after booking a visit. The fee for issuing the document is 350 zł. If you meet the conditions, the "
            "voivode issues the document. If the voivode refuses, a decision is issued, which you can appeal within 14 "
            "days to the Head of the Office for Foreigners (Szef Urzędu do Spraw Cudzoziemców). Your case status on "
            "the Przybysz portal will tell you when the document is ready: “Dokument do odbioru” (document ready for "
            "collection). You collect the document in person."
        ),
        "ru": (
            "Польский проездной документ для иностранца позволяет ездить за границу, если у вас нет паспорта своей "
            "страны и вы не можете его получить. Это не польский паспорт, и он не подтверждает польское "
            "гражданство.\n\n"
            "Подать заявление можно, если вы одновременно соответствуете двум условиям:\n\n"
            "* у вас есть в Польше разрешение на постоянное пребывание, разрешение на пребывание долгосрочного "
            "резидента ЕС, дополнительная защита или согласие на пребывание по гуманитарным причинам,\n"
            "* ваш паспорт утрачен, уничтожен или недействителен, и вы не можете получить новый.\n\n"
            "Второе условие нужно подтвердить, например справкой из посольства или консульства вашей страны.\n\n"
            "Заявление заполняется на портале Przybysz, распечатывается, подписывается и подаётся в пункте "
            "обслуживания DUW после записи на визит. Плата за выдачу документа — 350 злотых. Если условия выполнены, "
            "воевода выдаёт документ. В случае отказа выносится решение, которое можно обжаловать в течение 14 дней "
            "Начальнику Управления по делам иностранцев (Szef Urzędu do Spraw Cudzoziemców). О готовности документа "
            "вам сообщит статус дела на портале Przybysz — «Dokument do odbioru» (документ готов к получению). "
            "Документ вы получаете лично."
        ),
        "uk": (
            "Польський проїзний документ для іноземця дає змогу подорожувати за кордон, якщо у вас немає паспорта "
            "своєї держави і ви не можете його отримати. Це не польський паспорт, і він не підтверджує польського "
            "громадянства.\n\n"
            "Подати заяву можна, якщо ви одночасно відповідаєте двом умовам:\n\n"
            "* ви маєте в Польщі дозвіл на постійне перебування, дозвіл на перебування довгострокового резидента ЄС, "
            "додатковий захист або згоду на перебування з гуманітарних причин,\n"
            "* ваш паспорт утрачено, знищено або він недійсний, і ви не можете отримати новий.\n\n"
            "Другу умову потрібно підтвердити, наприклад довідкою з посольства чи консульства вашої держави.\n\n"
            "Заяву заповнюють на порталі Przybysz, роздруковують, підписують і подають у пункті обслуговування DUW "
            "після запису на візит. Плата за видачу документа — 350 злотих. Якщо умови виконано, воєвода видає "
            "документ. У разі відмови ухвалюють рішення, яке можна оскаржити протягом 14 днів до Голови Управління у "
            "справах іноземців (Szef Urzędu do Spraw Cudzoziemców). Про готовність документа вам повідомить статус "
            "справи на порталі Przybysz — «Dokument do odbioru» (документ готовий до отримання). Документ ви отримуєте "
            "особисто."
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
                    "i złóż wniosek z załącznikami w wybranym punkcie obsługi. Urzędnik porówna wydruk z wersją "
                    "elektroniczną."
                ),
                "en": (
                    "Fill in the application on the Przybysz portal, print it and sign it. Book a visit using the PIO "
                    "number and file the application with its attachments at the service point you have chosen. The "
                    "clerk will compare the printout with the electronic version."
                ),
                "ru": (
                    "Заполните заявление на портале Przybysz, распечатайте и подпишите его. Запишитесь на визит, "
                    "указав номер PIO, и подайте заявление с приложениями в выбранном пункте обслуживания. Сотрудник "
                    "сравнит распечатку с электронной версией."
                ),
                "uk": (
                    "Заповніть заяву на порталі Przybysz, роздрукуйте та підпишіть її. Запишіться на візит, зазначивши "
                    "номер PIO, і подайте заяву з додатками у вибраному пункті обслуговування. Працівник порівняє "
                    "роздруківку з електронною версією."
                ),
            },
        },
        STEP_CHECKING_THE_APPLICATION,
        {
            "title": {
                "pl": "Analiza dokumentów",
                "en": "Examining the documents",
                "ru": "Изучение документов",
                "uk": "Аналіз документів",
            },
            "description": {
                "pl": (
                    "Urząd sprawdza, czy masz odpowiednie zezwolenie lub ochronę i czy rzeczywiście nie możesz "
                    "otrzymać paszportu swojego państwa. W razie potrzeby wezwie Cię do wyjaśnień lub do "
                    "przedstawienia dodatkowych dokumentów."
                ),
                "en": (
                    "The office checks whether you hold the right permit or protection and whether you really cannot "
                    "obtain a passport from your country. If necessary, it will ask you for explanations or additional "
                    "documents."
                ),
                "ru": (
                    "Управление проверяет, есть ли у вас соответствующее разрешение или защита и действительно ли вы "
                    "не можете получить паспорт своей страны. При необходимости вас вызовут для объяснений или "
                    "попросят представить дополнительные документы."
                ),
                "uk": (
                    "Управління перевіряє, чи маєте ви відповідний дозвіл або захист і чи справді не можете отримати "
                    "паспорт своєї держави. У разі потреби вас викличуть для пояснень або попросять подати додаткові "
                    "документи."
                ),
            },
        },
        {
            "title": {
                "pl": "Rozstrzygnięcie sprawy",
                "en": "Resolving the case",
                "ru": "Решение по делу",
                "uk": "Вирішення справи",
            },
            "description": {
                "pl": (
                    "Jeśli warunki są spełnione, wojewoda wydaje dokument. Odmowa następuje w drodze decyzji, od "
                    "której możesz się odwołać w ciągu 14 dni do Szefa Urzędu do Spraw Cudzoziemców."
                ),
                "en": (
                    "If the conditions are met, the voivode issues the document. A refusal is made by a decision, "
                    "which you can appeal within 14 days to the Head of the Office for Foreigners."
                ),
                "ru": (
                    "Если условия выполнены, воевода выдаёт документ. Отказ оформляется решением, которое можно "
                    "обжаловать в течение 14 дней Начальнику Управления по делам иностранцев."
                ),
                "uk": (
                    "Якщо умови виконано, воєвода видає документ. Відмову оформлюють рішенням, яке можна оскаржити "
                    "протягом 14 днів до Голови Управління у справах іноземців."
                ),
            },
        },
        {
            "title": {
                "pl": "Odbiór dokumentu, zakończenie sprawy",
                "en": "Collecting the document, closing the case",
                "ru": "Получение документа, завершение дела",
                "uk": "Отримання документа, завершення справи",
            },
            "description": {
                "pl": (
                    "Gdy dokument jest gotowy, status w portalu Przybysz zmieni się na „Dokument do odbioru”. Dokument "
                    "odbierasz osobiście w punkcie obsługi."
                ),
                "en": (
                    "When the document is ready, the status on the Przybysz portal will change to “Dokument do "
                    "odbioru” (document ready for collection). You collect the document in person at the service point."
                ),
                "ru": (
                    "Когда документ будет готов, статус на портале Przybysz изменится на «Dokument do odbioru» "
                    "(документ готов к получению). Документ вы получаете лично в пункте обслуживания."
                ),
                "uk": (
                    "Коли документ буде готовий, статус на порталі Przybysz зміниться на «Dokument do odbioru» "
                    "(документ готовий до отримання). Документ ви отримуєте особисто в пункті обслуговування."
                ),
            },
        },
    ],
    "statuses": STATUSES_TRV_VIS,
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
                    "Formularz „Wniosek o wydanie polskiego dokumentu podróży dla cudzoziemca” wypełniony po polsku, "
                    "drukowanymi wielkimi literami alfabetu łacińskiego, i własnoręcznie podpisany. Puste pole to brak "
                    "formalny – w polach, które Cię nie dotyczą, ma być wpisane „NIE DOTYCZY”."
                ),
                "en": (
                    "The form “Wniosek o wydanie polskiego dokumentu podróży dla cudzoziemca” (application for a "
                    "Polish travel document for a foreigner), filled in in Polish in printed capital Latin letters and "
                    "signed by hand. An empty field is a formal deficiency – fields that do not apply to you must say "
                    "“NIE DOTYCZY” (not applicable)."
                ),
                "ru": (
                    "Форма «Wniosek o wydanie polskiego dokumentu podróży dla cudzoziemca» (заявление о выдаче "
                    "польского проездного документа для иностранца), заполненная на польском языке печатными "
                    "заглавными буквами латинского алфавита и подписанная собственноручно. Пустое поле — формальный "
                    "недостаток: в полях, которые к вам не относятся, должно быть вписано «NIE DOTYCZY» (не касается)."
                ),
                "uk": (
                    "Форма «Wniosek o wydanie polskiego dokumentu podróży dla cudzoziemca» (заява про видачу "
                    "польського проїзного документа для іноземця), заповнена польською мовою друкованими великими "
                    "літерами латинського алфавіту та підписана власноруч. Порожнє поле — формальний недолік: у полях, "
                    "які вас не стосуються, має бути вписано «NIE DOTYCZY» (не стосується)."
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
                "pl": "Dokument potwierdzający tożsamość",
                "en": "Proof of identity",
                "ru": "Документ, удостоверяющий личность",
                "uk": "Документ, що посвідчує особу",
            },
            "details": {
                "pl": (
                    "Okaż dokument, który potwierdza Twoją tożsamość i obywatelstwo – także nieważny paszport, jeśli "
                    "go masz – i dołącz jego kopię."
                ),
                "en": (
                    "Show a document that confirms your identity and citizenship – including an expired passport, if "
                    "you have one – and attach a copy of it."
                ),
                "ru": (
                    "Предъявите документ, подтверждающий вашу личность и гражданство, — в том числе недействительный "
                    "паспорт, если он у вас есть, — и приложите его копию."
                ),
                "uk": (
                    "Пред’явіть документ, що підтверджує вашу особу та громадянство, — зокрема недійсний паспорт, якщо "
                    "він у вас є, — і додайте його копію."
                ),
            },
            "amount": "",
            "recipient": "",
            "account": "",
            "editor_note": (
                "Nie z FACTS.md – zweryfikuj z kartą usługi DUW, w tym wymóg poświadczenia kopii i postępowanie, gdy "
                "cudzoziemiec nie ma żadnego dokumentu tożsamości."
            ),
        },
        {
            "kind": "document",
            "title": {
                "pl": "Potwierdzenie zezwolenia lub ochrony",
                "en": "Proof of your permit or protection",
                "ru": "Подтверждение разрешения или защиты",
                "uk": "Підтвердження дозволу або захисту",
            },
            "details": {
                "pl": (
                    "Dołącz kopię karty pobytu albo decyzji, na podstawie której przebywasz w Polsce (zezwolenie na "
                    "pobyt stały, zezwolenie na pobyt rezydenta długoterminowego UE, ochrona uzupełniająca lub zgoda "
                    "na pobyt ze względów humanitarnych)."
                ),
                "en": (
                    "Attach a copy of your residence card or of the decision under which you stay in Poland (permanent "
                    "residence permit, EU long-term resident permit, subsidiary protection or a permit to stay on "
                    "humanitarian grounds)."
                ),
                "ru": (
                    "Приложите копию карты побыту или решения, на основании которого вы находитесь в Польше "
                    "(разрешение на постоянное пребывание, разрешение на пребывание долгосрочного резидента ЕС, "
                    "дополнительная защита или согласие на пребывание по гуманитарным причинам)."
                ),
                "uk": (
                    "Додайте копію карти побиту або рішення, на підставі якого ви перебуваєте в Польщі (дозвіл на "
                    "постійне перебування, дозвіл на перебування довгострокового резидента ЄС, додатковий захист або "
                    "згода на перебування з гуманітарних причин)."
                ),
            },
            "amount": "",
            "recipient": "",
            "account": "",
            "editor_note": "Nie z FACTS.md (art. 252 u.o.c.) – zweryfikuj katalog i wymagane załączniki.",
        },
        {
            "kind": "document",
            "title": {
                "pl": "Dowód, że nie możesz otrzymać paszportu",
                "en": "Proof that you cannot obtain a passport",
                "ru": "Подтверждение, что вы не можете получить паспорт",
                "uk": "Підтвердження, що ви не можете отримати паспорт",
            },
            "details": {
                "pl": (
                    "Dołącz dokument, który to potwierdza, np. zaświadczenie z ambasady lub konsulatu Twojego państwa. "
                    "Dokumenty w języku obcym dołącz razem z tłumaczeniem na język polski."
                ),
                "en": (
                    "Attach a document that proves this, e.g. a certificate from the embassy or consulate of your "
                    "country. Attach documents in a foreign language together with a translation into Polish."
                ),
                "ru": (
                    "Приложите документ, который это подтверждает, например справку из посольства или консульства "
                    "вашей страны. Документы на иностранном языке прилагаются вместе с переводом на польский язык."
                ),
                "uk": (
                    "Додайте документ, який це підтверджує, наприклад довідку з посольства чи консульства вашої "
                    "держави. Документи іноземною мовою додають разом із перекладом польською мовою."
                ),
            },
            "amount": "",
            "recipient": "",
            "account": "",
            "editor_note": (
                "Nie z FACTS.md – zweryfikuj, jakie dowody urząd przyjmuje (zwłaszcza u osób z ochroną, dla których "
                "kontakt z władzami państwa pochodzenia może być niebezpieczny) oraz wymóg tłumaczenia przysięgłego."
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
            "editor_note": "FACTS.md nie podaje liczby zdjęć do tego wniosku – zweryfikuj i uzupełnij.",
        },
        {
            "kind": "fee",
            "title": {
                "pl": "Opłata za wydanie dokumentu podróży",
                "en": "Travel document fee",
                "ru": "Плата за выдачу проездного документа",
                "uk": "Плата за видачу проїзного документа",
            },
            "details": {
                "pl": (
                    "Za wydanie polskiego dokumentu podróży dla cudzoziemca płacisz 350 zł. Dowód zapłaty dołącz do "
                    "wniosku."
                ),
                "en": (
                    "The fee for issuing a Polish travel document for a foreigner is 350 zł. Attach the proof of "
                    "payment to your application."
                ),
                "ru": (
                    "За выдачу польского проездного документа для иностранца платится 350 злотых. Приложите "
                    "подтверждение оплаты к заявлению."
                ),
                "uk": (
                    "За видачу польського проїзного документа для іноземця сплачують 350 злотих. Додайте підтвердження "
                    "оплати до заяви."
                ),
            },
            "amount": "350 zł",
            "recipient": "Dolnośląski Urząd Wojewódzki we Wrocławiu",
            "account": "",
            "editor_note": (
                "FACTS.md podaje 350 zł w kolumnie „opłata skarbowa” (wtedy odbiorcą byłaby Gmina Wrocław), ale strona "
                "DUW „Opłaty w sprawach legalizacji” zalicza opłatę za polski dokument podróży do opłat "
                "administracyjnych za dokumenty (rozporządzenie Dz.U. 2022 poz. 1583) – zweryfikuj charakter opłaty i "
                "odbiorcę, wpisz numer rachunku. Sprawdź też ulgi oraz wyższe stawki po zawinionej utracie dokumentu "
                "(FACTS.md ich nie podaje)."
            ),
        },
        REQUIREMENT_STAMP_DUTY_FOR_A_POWER_OF_ATTORNEY,
        {
            "kind": "appearance",
            "title": {
                "pl": "Złożenie wniosku i osobisty odbiór",
                "en": "Filing and collecting in person",
                "ru": "Подача заявления и личное получение",
                "uk": "Подання заяви та особисте отримання",
            },
            "details": {
                "pl": "Wniosek składasz w punkcie obsługi po rezerwacji wizyty. Gotowy dokument odbierasz osobiście.",
                "en": (
                    "You file the application at a service point after booking a visit. You collect the finished "
                    "document in person."
                ),
                "ru": (
                    "Заявление подаётся в пункте обслуживания после записи на визит. Готовый документ вы получаете "
                    "лично."
                ),
                "uk": (
                    "Заяву подають у пункті обслуговування після запису на візит. Готовий документ ви отримуєте "
                    "особисто."
                ),
            },
            "amount": "",
            "recipient": "",
            "account": "",
            "editor_note": (
                "FACTS.md nie opisuje stawiennictwa w tej sprawie – zweryfikuj, czy wniosek trzeba złożyć osobiście, "
                "czy można go wysłać pocztą, czy pobiera się odciski palców oraz kto odbiera dokument dziecka."
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
                "FACTS.md nie podaje, od kiedy liczy się termin odwołania ani za czyim pośrednictwem się je wnosi (KPA "
                "art. 127, 129) – rozważ uzupełnienie."
            ),
        },
    ],
    "form": {
        "submission_mode": "paper",
        "external_url": "",
        "editor_note": (
            "Zweryfikuj, czy DUW przyjmuje ten wniosek także pocztą, i aktualny wzór formularza (rozporządzenie w "
            "sprawie dokumentów wydawanych cudzoziemcom, Dz.U. 2014 poz. 589). FACTS.md nie opisuje pól tego "
            "formularza."
        ),
        "title": {
            "pl": "Wniosek o wydanie polskiego dokumentu podróży dla cudzoziemca",
            "en": "Application for a Polish travel document for a foreigner",
            "ru": "Заявление о выдаче польского проездного документа для иностранца",
            "uk": "Заява про видачу польського проїзного документа для іноземця",
        },
        "instructions": {
            "pl": (
                "### Przygotuj dokumenty\n\n"
                "Przygotuj dokument potwierdzający tożsamość (także nieważny paszport, jeśli go masz), kopię karty "
                "pobytu lub decyzji o zezwoleniu albo ochronie, dowód, że nie możesz otrzymać paszportu, aktualne "
                "zdjęcia 35×45 mm i dowód zapłaty 350 zł.\n\n"
                "### Wypełnij formularz\n\n"
                "* Wypełnij formularz w portalu Przybysz – podpowiedzi i bieżące sprawdzanie danych pomogą Ci uniknąć "
                "błędów.\n"
                "* Urzędowe formularze wypełnia się po polsku, drukowanymi wielkimi literami alfabetu łacińskiego.\n"
                "* Puste pole to brak formalny. W polach, które Cię nie dotyczą, ma być wpisane „NIE DOTYCZY” – wydruk "
                "z portalu robi to automatycznie.\n"
                "* Daty muszą być prawdziwe i spójne: data urodzenia w przeszłości, data wydania dokumentu "
                "wcześniejsza niż data ważności.\n\n"
                "### Podpisz i zapłać\n\n"
                "Wydrukuj wniosek i podpisz go własnoręcznie – niepodpisany wniosek to brak formalny. Wnieś opłatę 350 "
                "zł i dołącz dowód zapłaty. Jeśli działa pełnomocnik, dołącz pełnomocnictwo i dowód zapłaty 17 zł "
                "opłaty skarbowej.\n\n"
                "### Złóż wniosek\n\n"
                "Zarezerwuj wizytę w systemie rezerwacji wizyt DUW (wizyta.duw.pl): podaj imię i nazwisko, adres "
                "e-mail i numer PIO wniosku, a potem wybierz punkt obsługi. Przyjdź 15 minut przed wizytą i wpisz "
                "numer rezerwacji w biletomacie. Urzędnik porówna wydruk z wersją elektroniczną i przyjmie wniosek.\n\n"
                "### Co dalej\n\n"
                "Status sprawy sprawdzisz w portalu Przybysz. Jeśli czegoś zabraknie, dostaniesz wezwanie z terminem "
                "na uzupełnienie. Gdy dokument będzie gotowy, status zmieni się na „Dokument do odbioru” – wtedy "
                "odbierz go osobiście."
            ),
            "en": (
                "### Prepare your documents\n\n"
                "Prepare a proof of identity (including an expired passport, if you have one), a copy of your "
                "residence card or of the decision granting your permit or protection, proof that you cannot obtain a "
                "passport, recent 35×45 mm photos and the proof of payment of 350 zł.\n\n"
                "### Fill in the form\n\n"
                "* Fill in the form on the Przybysz portal – hints and live checks of your data help you avoid "
                "mistakes.\n"
                "* Official forms are filled in in Polish, in printed capital letters of the Latin alphabet.\n"
                "* An empty field is a formal deficiency. Fields that do not apply to you must say “NIE DOTYCZY” (not "
                "applicable) – the portal's printout does this automatically.\n"
                "* Dates must be real and consistent: the date of birth is in the past, and a document's issue date is "
                "earlier than its expiry date.\n\n"
                "### Sign and pay\n\n"
                "Print the application and sign it by hand – an unsigned application is a formal deficiency. Pay the "
                "350 zł fee and attach the proof of payment. If a proxy acts for you, attach the power of attorney and "
                "the proof of payment of the 17 zł stamp duty.\n\n"
                "### File the application\n\n"
                "Book a visit in the DUW visit booking system (wizyta.duw.pl): enter your name, e-mail address and the "
                "PIO number of the application, then choose a service point. Arrive 15 minutes before your visit and "
                "enter the booking number at the ticket machine. The clerk will compare the printout with the "
                "electronic version and accept the application.\n\n"
                "### What happens next\n\n"
                "You can check the status of your case on the Przybysz portal. If anything is missing, you will "
                "receive a request with a deadline to complete it. When the document is ready, the status will change "
                "to “Dokument do odbioru” (document ready for collection) – then collect it in person."
            ),
            "ru": (
                "### Подготовьте документы\n\n"
                "Подготовьте документ, удостоверяющий личность (в том числе недействительный паспорт, если он у вас "
                "есть), копию карты побыту или решения о разрешении либо защите, подтверждение того, что вы не можете "
                "получить паспорт, актуальные фотографии 35×45 мм и подтверждение оплаты 350 злотых.\n\n"
                "### Заполните форму\n\n"
                "* Заполните форму на портале Przybysz — подсказки и проверка данных по ходу заполнения помогут "
                "избежать ошибок.\n"
                "* Официальные формы заполняются на польском языке печатными заглавными буквами латинского алфавита.\n"
                "* Пустое поле — формальный недостаток. В полях, которые к вам не относятся, должно быть вписано «NIE "
                "DOTYCZY» (не касается) — распечатка с портала делает это автоматически.\n"
                "* Даты должны быть реальными и согласованными: дата рождения — в прошлом, дата выдачи документа — "
                "раньше даты окончания срока его действия.\n\n"
                "### Подпишите и оплатите\n\n"
                "Распечатайте заявление и подпишите его собственноручно — неподписанное заявление является формальным "
                "недостатком. Внесите плату 350 злотых и приложите подтверждение оплаты. Если действует представитель, "
                "приложите доверенность и подтверждение уплаты гербового сбора 17 злотых.\n\n"
                "### Подайте заявление\n\n"
                "Запишитесь на визит в системе записи DUW (wizyta.duw.pl): укажите имя и фамилию, адрес электронной "
                "почты и номер PIO заявления, затем выберите пункт обслуживания. Приходите за 15 минут до визита и "
                "введите номер бронирования в терминале выдачи талонов. Сотрудник сравнит распечатку с электронной "
                "версией и примет заявление.\n\n"
                "### Что дальше\n\n"
                "Статус дела можно проверить на портале Przybysz. Если чего-то не хватает, вы получите требование со "
                "сроком для устранения недостатков. Когда документ будет готов, статус изменится на «Dokument do "
                "odbioru» (документ готов к получению) — тогда получите его лично."
            ),
            "uk": (
                "### Підготуйте документи\n\n"
                "Підготуйте документ, що посвідчує особу (зокрема недійсний паспорт, якщо він у вас є), копію карти "
                "побиту або рішення про дозвіл чи захист, підтвердження того, що ви не можете отримати паспорт, "
                "актуальні фотографії 35×45 мм і підтвердження оплати 350 злотих.\n\n"
                "### Заповніть форму\n\n"
                "* Заповніть форму на порталі Przybysz — підказки й перевірка даних під час заповнення допоможуть "
                "уникнути помилок.\n"
                "* Офіційні форми заповнюють польською мовою друкованими великими літерами латинського алфавіту.\n"
                "* Порожнє поле — формальний недолік. У полях, які вас не стосуються, має бути вписано «NIE DOTYCZY» "
                "(не стосується) — роздруківка з порталу робить це автоматично.\n"
                "* Дати мають бути реальними й узгодженими: дата народження — у минулому, дата видачі документа — "
                "раніше за дату закінчення строку його дії.\n\n"
                "### Підпишіть і сплатіть\n\n"
                "Роздрукуйте заяву й підпишіть її власноруч — непідписана заява є формальним недоліком. Внесіть плату "
                "350 злотих і додайте підтвердження оплати. Якщо діє представник, додайте довіреність і підтвердження "
                "сплати гербового збору 17 злотих.\n\n"
                "### Подайте заяву\n\n"
                "Запишіться на візит у системі запису DUW (wizyta.duw.pl): зазначте ім’я та прізвище, адресу "
                "електронної пошти й номер PIO заяви, потім виберіть пункт обслуговування. Приходьте за 15 хвилин до "
                "візиту й введіть номер бронювання в терміналі видачі талонів. Працівник порівняє роздруківку з "
                "електронною версією та прийме заяву.\n\n"
                "### Що далі\n\n"
                "Статус справи можна перевірити на порталі Przybysz. Якщо чогось бракує, ви отримаєте вимогу зі "
                "строком для усунення недоліків. Коли документ буде готовий, статус зміниться на «Dokument do odbioru» "
                "(документ готовий до отримання) — тоді отримайте його особисто."
            ),
        },
    },
}
