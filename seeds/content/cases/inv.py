"""Kind of case INV: entry of an invitation in the register of invitations."""

from seeds.content.cases._shared import STEP_FILING_THE_APPLICATION

CASE_TYPE = {
    "code": "INV",
    "position": 100,
    "filed_by": "inviting-person",
    "proxy_allowed": True,
    "legal_basis": "rozporządzenie w sprawie zaproszeń (Dz.U. 2023 poz. 637)",
    "decision_days": None,
    "deadline_start": None,
    "editor_note": (
        "FACTS.md podaje dla tej sprawy tylko nazwę wniosku, podstawę prawną (Dz.U. 2023 poz. 637) i opłatę skarbową "
        "27 zł. Spoza FACTS.md (karty usług urzędów wojewódzkich) pochodzą i wymagają sprawdzenia: kto może być "
        "zapraszającym (w tym dodatkowe warunki dla zapraszającego cudzoziemca), obowiązek wykazania środków na "
        "pokrycie kosztów pobytu, zakwaterowania i powrotu cudzoziemca, informacja, że zaproszenie nie uprawnia do "
        "pracy, możliwość zasięgania opinii innych służb, odbiór zaproszenia w urzędzie przez zapraszającego oraz "
        "odmowa wpisu w drodze decyzji z odwołaniem do Szefa UdSC. FACTS.md nie podaje terminu załatwienia sprawy – "
        "decision_days pozostawiono puste. Sprawdź, czy DUW przyjmuje ten wniosek pocztą. Rozważ dopisanie do podstawy "
        "prawnej przepisów ustawy o cudzoziemcach o zaproszeniach (brak ich w tabeli FACTS.md)."
    ),
    "name": {
        "pl": "Wpisanie zaproszenia do ewidencji zaproszeń",
        "en": "Entry of an invitation in the register of invitations",
        "ru": "Внесение приглашения в реестр приглашений",
        "uk": "Внесення запрошення до реєстру запрошень",
    },
    "summary": {
        "pl": (
            "Osoba, firma lub instytucja z Polski, która chce zaprosić cudzoziemca, składa wniosek o wpisanie "
            "zaproszenia do ewidencji zaproszeń. Zaproszenie wpisane do ewidencji przez wojewodę cudzoziemiec może "
            "przedstawić, ubiegając się o wizę."
        ),
        "en": (
            "A person, company or institution in Poland that wants to invite a foreigner files an application to enter "
            "the invitation in the register of invitations. The foreigner may present an invitation entered in the "
            "register by the voivode when applying for a visa."
        ),
        "ru": (
            "Лицо, фирма или учреждение в Польше, которые хотят пригласить иностранца, подают заявление о внесении "
            "приглашения в реестр приглашений. Приглашение, внесённое воеводой в реестр, иностранец может предъявить "
            "при подаче заявления на визу."
        ),
        "uk": (
            "Особа, фірма або установа в Польщі, яка хоче запросити іноземця, подає заяву про внесення запрошення до "
            "реєстру запрошень. Запрошення, внесене воєводою до реєстру, іноземець може пред’явити, подаючи заяву на "
            "візу."
        ),
    },
    "description": {
        "pl": (
            "Zaproszenie ułatwia cudzoziemcowi przyjazd do Polski. Wniosek o wpisanie zaproszenia do ewidencji "
            "zaproszeń składa zapraszający, a nie zapraszany cudzoziemiec. Zapraszającym może być osoba mieszkająca w "
            "Polsce albo firma lub instytucja z siedzibą w Polsce. Cudzoziemiec może zapraszać tylko wtedy, gdy "
            "spełnia dodatkowe warunki dotyczące swojego pobytu w Polsce.\n\n"
            "Musisz wykazać, że pokryjesz koszty pobytu zaproszonej osoby, w tym zakwaterowania, oraz koszty jej "
            "powrotu. Wymaganą wysokość środków określa rozporządzenie w sprawie zaproszeń (Dz.U. 2023 poz. 637).\n\n"
            "Wniosek możesz przygotować w portalu Przybysz. Wydrukuj go, podpisz i złóż w punkcie obsługi "
            "Dolnośląskiego Urzędu Wojewódzkiego po wcześniejszej rezerwacji wizyty albo wyślij pocztą. Opłata "
            "skarbowa wynosi 27 zł.\n\nWojewoda sprawdza wniosek i wpisuje zaproszenie do ewidencji. Zaproszenie "
            "odbierasz w urzędzie i przekazujesz cudzoziemcowi, który może je przedstawić, ubiegając się o wizę. "
            "Zaproszenie nie daje prawa do pracy w Polsce. Jeśli wojewoda odmówi wpisania zaproszenia, wyda decyzję, "
            "od której możesz się odwołać."
        ),
        "en": (
            "An invitation makes it easier for a foreigner to come to Poland. The application to enter an invitation "
            "in the register of invitations is filed by the inviting person, not by the invited foreigner. The "
            "inviting person may be someone who lives in Poland or a company or institution based in Poland. A "
            "foreigner may invite others only if they meet additional conditions concerning their own stay in Poland.\n"
            "\nYou must show that you will cover the costs of the invited person's stay, including accommodation, and "
            "the costs of their return. The amount of money required is set by the regulation on invitations (Dz.U. "
            "2023 poz. 637).\n\nYou can prepare the application in the Przybysz portal. Print it, sign it and file it "
            "at a service point of the Lower Silesian Voivodeship Office after booking a visit, or send it by post. "
            "The stamp duty is 27 zł.\n\nThe voivode checks the application and enters the invitation in the register. "
            "You collect the invitation at the office and pass it on to the foreigner, who may present it when "
            "applying for a visa. An invitation does not give the right to work in Poland. If the voivode refuses to "
            "enter the invitation, you will receive a decision, and you can appeal against it."
        ),
        "ru": (
            "Приглашение облегчает иностранцу приезд в Польшу. Заявление о внесении приглашения в реестр приглашений "
            "подаёт приглашающий, а не приглашаемый иностранец. Приглашающим может быть человек, проживающий в Польше, "
            "или фирма либо учреждение с местонахождением в Польше. Иностранец может приглашать других только в том "
            "случае, если он отвечает дополнительным условиям, касающимся его собственного пребывания в Польше.\n\n"
            "Вы должны подтвердить, что покроете расходы на пребывание приглашённого человека, в том числе на "
            "проживание, а также расходы на его возвращение. Требуемый размер средств определяет распоряжение о "
            "приглашениях (Dz.U. 2023 poz. 637).\n\nЗаявление можно подготовить на портале Przybysz. Распечатайте его, "
            "подпишите и подайте в пункте обслуживания Нижнесилезского воеводского управления после предварительной "
            "записи на визит или отправьте по почте. Гербовый сбор составляет 27 злотых.\n\n"
            "Воевода проверяет заявление и вносит приглашение в реестр. Вы получаете приглашение в управлении и "
            "передаёте его иностранцу, который может предъявить его при подаче заявления на визу. Приглашение не даёт "
            "права работать в Польше. Если воевода откажет во внесении приглашения в реестр, он вынесет решение, "
            "которое вы можете обжаловать."
        ),
        "uk": (
            "Запрошення полегшує іноземцеві приїзд до Польщі. Заяву про внесення запрошення до реєстру запрошень подає "
            "той, хто запрошує, а не запрошений іноземець. Запрошувати може людина, яка проживає в Польщі, або фірма "
            "чи установа з місцезнаходженням у Польщі. Іноземець може запрошувати інших лише тоді, коли відповідає "
            "додатковим умовам щодо власного перебування в Польщі.\n\nВи маєте підтвердити, що покриєте витрати на "
            "перебування запрошеної особи, зокрема на проживання, а також витрати на її повернення. Потрібний розмір "
            "коштів визначає розпорядження щодо запрошень (Dz.U. 2023 poz. 637).\n\n"
            "Заяву можна підготувати на порталі Przybysz. Роздрукуйте її, підпишіть і подайте в пункті обслуговування "
            "Нижньосілезького воєводського управління після попереднього запису на візит або надішліть поштою. "
            "Гербовий збір становить 27 злотих.\n\nВоєвода перевіряє заяву та вносить запрошення до реєстру. Ви "
            "отримуєте запрошення в управлінні й передаєте його іноземцеві, який може пред’явити його, подаючи заяву "
            "на візу. Запрошення не дає права працювати в Польщі. Якщо воєвода відмовить у внесенні запрошення до "
            "реєстру, він ухвалить рішення, яке ви можете оскаржити."
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
                    "Urzędnik sprawdza, czy wniosek jest kompletny i czy opłata została wniesiona. Jeśli czegoś "
                    "brakuje, otrzymasz wezwanie do uzupełnienia braków w wyznaczonym terminie."
                ),
                "en": (
                    "An officer checks whether the application is complete and whether the fee has been paid. If "
                    "something is missing, you will receive a request to complete it within a set time."
                ),
                "ru": (
                    "Сотрудник проверяет, полное ли заявление и оплачен ли сбор. Если чего-то не хватает, вы получите "
                    "требование устранить недостатки в установленный срок."
                ),
                "uk": (
                    "Працівник перевіряє, чи повна заява та чи сплачено збір. Якщо чогось бракує, ви отримаєте вимогу "
                    "усунути недоліки у встановлений строк."
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
                    "Urząd analizuje dokumenty i może zasięgnąć opinii innych służb, np. Straży Granicznej lub "
                    "Policji. W razie potrzeby wezwie Cię do złożenia wyjaśnień lub dodatkowych dokumentów."
                ),
                "en": (
                    "The office reviews the documents and may ask other services, such as the Border Guard or the "
                    "Police, for an opinion. If needed, it will ask you for explanations or further documents."
                ),
                "ru": (
                    "Управление изучает документы и может запросить заключения других служб, например Пограничной "
                    "стражи или полиции. При необходимости вас вызовут для объяснений или попросят дополнительные "
                    "документы."
                ),
                "uk": (
                    "Управління вивчає документи й може запитати висновки інших служб, наприклад Прикордонної служби "
                    "або поліції. За потреби вас попросять надати пояснення чи додаткові документи."
                ),
            },
        },
        {
            "title": {
                "pl": "Rozstrzygnięcie sprawy",
                "en": "Decision on the case",
                "ru": "Решение по делу",
                "uk": "Рішення у справі",
            },
            "description": {
                "pl": (
                    "Wojewoda wpisuje zaproszenie do ewidencji. Jeśli są podstawy do odmowy, wydaje decyzję o odmowie "
                    "wpisania zaproszenia, od której możesz się odwołać."
                ),
                "en": (
                    "The voivode enters the invitation in the register. If there are grounds to refuse, the voivode "
                    "issues a decision refusing the entry, and you can appeal against it."
                ),
                "ru": (
                    "Воевода вносит приглашение в реестр. Если есть основания для отказа, он выносит решение об отказе "
                    "во внесении приглашения, которое вы можете обжаловать."
                ),
                "uk": (
                    "Воєвода вносить запрошення до реєстру. Якщо є підстави для відмови, він ухвалює рішення про "
                    "відмову у внесенні запрошення, яке ви можете оскаржити."
                ),
            },
        },
        {
            "title": {
                "pl": "Odbiór zaproszenia",
                "en": "Collecting the invitation",
                "ru": "Получение приглашения",
                "uk": "Отримання запрошення",
            },
            "description": {
                "pl": (
                    "Gdy zaproszenie będzie gotowe, zmieni się status sprawy. Odbierz zaproszenie w urzędzie i przekaż "
                    "je zaproszonemu cudzoziemcowi."
                ),
                "en": (
                    "When the invitation is ready, the status of your case will change. Collect the invitation at the "
                    "office and pass it on to the invited foreigner."
                ),
                "ru": (
                    "Когда приглашение будет готово, статус дела изменится. Получите приглашение в управлении и "
                    "передайте его приглашённому иностранцу."
                ),
                "uk": (
                    "Коли запрошення буде готове, статус справи зміниться. Отримайте запрошення в управлінні та "
                    "передайте його запрошеному іноземцеві."
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
                    "Sprawa kończy się po wydaniu zaproszenia albo po doręczeniu decyzji. Jeśli nie uzupełnisz braków "
                    "w terminie, wniosek zostanie pozostawiony bez rozpoznania. Jeśli wycofasz wniosek, postępowanie "
                    "może zostać umorzone."
                ),
                "en": (
                    "The case ends when the invitation is handed over or the decision is delivered. If you do not "
                    "complete the missing items on time, the application will be left unexamined. If you withdraw the "
                    "application, the proceedings may be discontinued."
                ),
                "ru": (
                    "Дело завершается после выдачи приглашения или вручения решения. Если вы не устраните недостатки в "
                    "срок, заявление оставят без рассмотрения. Если вы отзовёте заявление, производство может быть "
                    "прекращено."
                ),
                "uk": (
                    "Справа завершується після видачі запрошення або вручення рішення. Якщо ви не усунете недоліки "
                    "вчасно, заяву залишать без розгляду. Якщо ви відкличете заяву, провадження може бути закрито."
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
        ("opinions", 3),
        ("evidence-review", 3),
        ("summons", 3),
        ("draft-decision", 4),
        ("supervisor-approval", 4),
        ("decision-issued", 4),
        ("document-ready", 5),
        ("left-unexamined", 6),
        ("discontinued", 6),
        ("closed", 6),
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
                    "przez zapraszającego. Za firmę lub instytucję podpisuje osoba uprawniona do jej reprezentowania."
                ),
                "en": (
                    "The application on the official form, filled in in Polish in printed letters and signed by the "
                    "inviting person. For a company or institution, it is signed by a person authorised to represent "
                    "it."
                ),
                "ru": (
                    "Заявление на официальном бланке, заполненное на польском языке печатными буквами и подписанное "
                    "приглашающим. За фирму или учреждение подписывает лицо, уполномоченное их представлять."
                ),
                "uk": (
                    "Заява на офіційному бланку, заповнена польською мовою друкованими літерами й підписана тим, хто "
                    "запрошує. За фірму чи установу підписує особа, уповноважена їх представляти."
                ),
            },
            "amount": "",
            "recipient": "",
            "account": "",
            "editor_note": (
                "Podpis za osobę prawną (osoba uprawniona do reprezentacji, np. według KRS) – informacja spoza "
                "FACTS.md, do sprawdzenia."
            ),
        },
        {
            "kind": "document",
            "title": {
                "pl": "Dokument tożsamości zapraszającego",
                "en": "Identity document of the inviting person",
                "ru": "Документ, удостоверяющий личность приглашающего",
                "uk": "Документ, що посвідчує особу запрошувача",
            },
            "details": {
                "pl": (
                    "Przy składaniu wniosku okaż dowód osobisty, paszport albo kartę pobytu. Jeśli zapraszasz jako "
                    "cudzoziemiec, dołącz dokumenty potwierdzające Twój pobyt w Polsce, np. kopię decyzji o zezwoleniu "
                    "na pobyt."
                ),
                "en": (
                    "Show your identity card, passport or residence card when you file the application. If you are "
                    "inviting as a foreigner, attach documents confirming your stay in Poland, for example a copy of "
                    "the decision granting your residence permit."
                ),
                "ru": (
                    "При подаче заявления предъявите удостоверение личности, паспорт или карту побыту. Если вы "
                    "приглашаете как иностранец, приложите документы, подтверждающие ваше пребывание в Польше, "
                    "например копию решения о разрешении на пребывание."
                ),
                "uk": (
                    "Під час подання заяви пред’явіть посвідчення особи, паспорт або карту побиту. Якщо ви запрошуєте "
                    "як іноземець, додайте документи, що підтверджують ваше перебування в Польщі, наприклад копію "
                    "рішення про дозвіл на перебування."
                ),
            },
            "amount": "",
            "recipient": "",
            "account": "",
            "editor_note": (
                "Informacja spoza FACTS.md (karty usług urzędów wojewódzkich). Sprawdź warunki dla zapraszającego "
                "cudzoziemca i dokumenty, których wymaga DUW."
            ),
        },
        {
            "kind": "document",
            "title": {
                "pl": "Dokumenty o środkach finansowych",
                "en": "Documents on your financial means",
                "ru": "Документы о финансовых средствах",
                "uk": "Документи про фінансові кошти",
            },
            "details": {
                "pl": (
                    "Dołącz dokumenty, które pokazują, że pokryjesz koszty pobytu i powrotu zaproszonej osoby, np. "
                    "zaświadczenie o zatrudnieniu i zarobkach, decyzję o przyznaniu emerytury lub wyciąg z rachunku "
                    "bankowego. Wymaganą wysokość środków określa rozporządzenie (Dz.U. 2023 poz. 637)."
                ),
                "en": (
                    "Attach documents showing that you will cover the invited person's stay and return, for example a "
                    "certificate of employment and earnings, a pension award decision or a bank statement. The amount "
                    "required is set by the regulation (Dz.U. 2023 poz. 637)."
                ),
                "ru": (
                    "Приложите документы, которые показывают, что вы покроете расходы на пребывание и возвращение "
                    "приглашённого человека, например справку о работе и заработке, решение о назначении пенсии или "
                    "выписку с банковского счёта. Требуемый размер средств определяет распоряжение (Dz.U. 2023 poz. "
                    "637)."
                ),
                "uk": (
                    "Додайте документи, які показують, що ви покриєте витрати на перебування й повернення запрошеної "
                    "особи, наприклад довідку про роботу та заробіток, рішення про призначення пенсії або виписку з "
                    "банківського рахунку. Потрібний розмір коштів визначає розпорядження (Dz.U. 2023 poz. 637)."
                ),
            },
            "amount": "",
            "recipient": "",
            "account": "",
            "editor_note": (
                "Przykłady dokumentów pochodzą spoza FACTS.md – sprawdź je z aktualną kartą usługi DUW. Kwot "
                "wymaganych środków celowo nie podano; w razie potrzeby dopisz je na podstawie rozporządzenia."
            ),
        },
        {
            "kind": "document",
            "title": {
                "pl": "Dokument o zakwaterowaniu",
                "en": "Document on accommodation",
                "ru": "Документ о проживании",
                "uk": "Документ про проживання",
            },
            "details": {
                "pl": (
                    "Jeśli cudzoziemiec zamieszka u Ciebie, dołącz dokument potwierdzający Twoje prawo do lokalu, np. "
                    "akt notarialny lub umowę najmu. Jeśli zamieszka gdzie indziej, dołącz np. potwierdzenie "
                    "rezerwacji noclegu."
                ),
                "en": (
                    "If the foreigner will stay with you, attach a document confirming your right to the home, for "
                    "example a notarial deed or a tenancy agreement. If they will stay somewhere else, attach, for "
                    "example, a confirmation of the accommodation booking."
                ),
                "ru": (
                    "Если иностранец будет жить у вас, приложите документ, подтверждающий ваше право на жильё, "
                    "например нотариальный акт или договор аренды. Если он будет жить в другом месте, приложите, "
                    "например, подтверждение бронирования жилья."
                ),
                "uk": (
                    "Якщо іноземець житиме у вас, додайте документ, що підтверджує ваше право на житло, наприклад "
                    "нотаріальний акт або договір оренди. Якщо він житиме деінде, додайте, наприклад, підтвердження "
                    "бронювання житла."
                ),
            },
            "amount": "",
            "recipient": "",
            "account": "",
            "editor_note": "Informacja spoza FACTS.md (karty usług urzędów wojewódzkich) – sprawdź z kartą usługi DUW.",
        },
        {
            "kind": "fee",
            "title": {
                "pl": "Opłata skarbowa za wpisanie zaproszenia",
                "en": "Stamp duty for entering the invitation",
                "ru": "Гербовый сбор за внесение приглашения",
                "uk": "Гербовий збір за внесення запрошення",
            },
            "details": {
                "pl": (
                    "Opłatę skarbową w wysokości 27 zł wpłać na rachunek Gminy Wrocław. Dołącz do wniosku dowód "
                    "zapłaty – jego brak to częsty brak formalny."
                ),
                "en": (
                    "Pay the stamp duty of 27 zł to the Municipality of Wrocław (Gmina Wrocław). Attach the proof of "
                    "payment to the application – a missing proof is a common formal deficiency."
                ),
                "ru": (
                    "Оплатите гербовый сбор в размере 27 злотых на счёт гмины Вроцлав (Gmina Wrocław). Приложите к "
                    "заявлению подтверждение оплаты — его отсутствие является частым формальным недостатком."
                ),
                "uk": (
                    "Сплатіть гербовий збір у розмірі 27 злотих на рахунок гміни Вроцлав (Gmina Wrocław). Додайте до "
                    "заяви підтвердження оплати — його відсутність є частим формальним недоліком."
                ),
            },
            "amount": "27 zł",
            "recipient": "Gmina Wrocław",
            "account": "",
            "editor_note": "Wpisz zweryfikowany numer rachunku Gminy Wrocław dla opłaty skarbowej.",
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
                    "Jeśli sprawę prowadzi w Twoim imieniu pełnomocnik, dołącz pełnomocnictwo i dowód zapłaty 17 zł "
                    "opłaty skarbowej na rzecz Gminy Wrocław."
                ),
                "en": (
                    "If a proxy handles the case on your behalf, attach the power of attorney and proof of payment of "
                    "the 17 zł stamp duty to the Municipality of Wrocław."
                ),
                "ru": (
                    "Если дело от вашего имени ведёт представитель, приложите доверенность и подтверждение оплаты "
                    "гербового сбора 17 злотых в пользу гмины Вроцлав."
                ),
                "uk": (
                    "Якщо справу від вашого імені веде представник, додайте довіреність і підтвердження сплати "
                    "гербового збору 17 злотих на користь гміни Вроцлав."
                ),
            },
            "amount": "17 zł",
            "recipient": "Gmina Wrocław",
            "account": "",
            "editor_note": (
                "Wpisz zweryfikowany numer rachunku. Zwolnienia z opłaty za pełnomocnictwo (np. dla najbliższej "
                "rodziny) nie wynikają z FACTS.md – sprawdź w ustawie o opłacie skarbowej i w razie potrzeby dopisz."
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
                    "w biletomacie, który wydrukuje bilet kolejkowy. Zabierz oryginały dokumentów, których kopie "
                    "dołączasz."
                ),
                "en": (
                    "Book a visit at the service point of your choice and arrive 15 minutes early. Type your "
                    "reservation number into the ticket machine, which prints a queue ticket. Bring the originals of "
                    "the documents whose copies you attach."
                ),
                "ru": (
                    "Запишитесь на визит в выбранный пункт обслуживания и приходите за 15 минут до визита. Введите "
                    "номер бронирования в терминале, который распечатает талон в очередь. Возьмите с собой оригиналы "
                    "документов, копии которых вы прилагаете."
                ),
                "uk": (
                    "Запишіться на візит до вибраного пункту обслуговування й прийдіть за 15 хвилин до візиту. Введіть "
                    "номер бронювання в терміналі, який надрукує талон до черги. Візьміть із собою оригінали "
                    "документів, копії яких ви додаєте."
                ),
            },
            "amount": "",
            "recipient": "",
            "account": "",
            "editor_note": (
                "Okazywanie oryginałów – informacja spoza FACTS.md. Sprawdź, czy zaproszenie odbiera się osobiście i "
                "czy wymaga to osobnej wizyty."
            ),
        },
        {
            "kind": "deadline",
            "title": {
                "pl": "Uzupełnienie braków i opłaty",
                "en": "Completing missing items and the fee",
                "ru": "Устранение недостатков и оплата сбора",
                "uk": "Усунення недоліків і сплата збору",
            },
            "details": {
                "pl": (
                    "Jeśli wniosek ma braki, urząd wezwie Cię do ich uzupełnienia w terminie nie krótszym niż 7 dni "
                    "(art. 64 § 2 KPA). Brakującą opłatę skarbową uzupełnisz w terminie 7–14 dni wskazanym w wezwaniu. "
                    "Jeśli tego nie zrobisz, wniosek zostanie pozostawiony bez rozpoznania."
                ),
                "en": (
                    "If the application is incomplete, the office will ask you to complete it within at least 7 days "
                    "(Article 64 § 2 of the Code of Administrative Procedure, KPA). A missing stamp duty must be paid "
                    "within the 7–14 days stated in the request. If you do not do so, the application will be left "
                    "unexamined."
                ),
                "ru": (
                    "Если в заявлении есть недостатки, управление потребует устранить их в срок не менее 7 дней (ст. "
                    "64 § 2 Кодекса административного производства, KPA). Недостающий гербовый сбор нужно оплатить в "
                    "срок 7–14 дней, указанный в требовании. Если вы этого не сделаете, заявление оставят без "
                    "рассмотрения."
                ),
                "uk": (
                    "Якщо в заяві є недоліки, управління вимагатиме усунути їх у строк не менше ніж 7 днів (ст. 64 § 2 "
                    "Кодексу адміністративного провадження, KPA). Відсутній гербовий збір потрібно сплатити у строк "
                    "7–14 днів, зазначений у вимозі. Якщо ви цього не зробите, заяву залишать без розгляду."
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
                "en": "Appeal against a decision",
                "ru": "Обжалование решения",
                "uk": "Оскарження рішення",
            },
            "details": {
                "pl": (
                    "Od decyzji o odmowie wpisania zaproszenia możesz się odwołać do Szefa Urzędu do Spraw "
                    "Cudzoziemców w terminie 14 dni od jej doręczenia. Jak wnieść odwołanie, wyjaśnia pouczenie w "
                    "decyzji."
                ),
                "en": (
                    "You can appeal against a decision refusing to enter the invitation to the Head of the Office for "
                    "Foreigners (Szef Urzędu do Spraw Cudzoziemców) within 14 days of receiving it. How to lodge the "
                    "appeal is explained in the instructions in the decision."
                ),
                "ru": (
                    "Решение об отказе во внесении приглашения можно обжаловать Начальнику Управления по делам "
                    "иностранцев (Szef Urzędu do Spraw Cudzoziemców) в течение 14 дней со дня его вручения. Как подать "
                    "апелляцию, сказано в разъяснении к решению."
                ),
                "uk": (
                    "Рішення про відмову у внесенні запрошення можна оскаржити до Голови Управління у справах "
                    "іноземців (Szef Urzędu do Spraw Cudzoziemców) протягом 14 днів із дня його вручення. Як подати "
                    "апеляцію, зазначено в роз’ясненні до рішення."
                ),
            },
            "amount": "",
            "recipient": "",
            "account": "",
            "editor_note": (
                "Potwierdź, że odmowa wpisu zaproszenia następuje w drodze decyzji i że organem odwoławczym jest Szef "
                "UdSC (FACTS.md podaje to ogólnie). Bieg terminu od doręczenia – art. 129 § 2 KPA."
            ),
        },
    ],
    "form": {
        "submission_mode": "paper",
        "external_url": "",
        "editor_note": (
            "Sprawdź, czy formularz w portalu odpowiada wzorowi z rozporządzenia Dz.U. 2023 poz. 637 (zakres danych "
            "cudzoziemca, cel i okres pobytu) oraz czy DUW przyjmuje ten wniosek pocztą."
        ),
        "title": {
            "pl": "Wniosek o wpisanie zaproszenia do ewidencji zaproszeń",
            "en": "Application for entering an invitation in the register of invitations",
            "ru": "Заявление о внесении приглашения в реестр приглашений",
            "uk": "Заява про внесення запрошення до реєстру запрошень",
        },
        "instructions": {
            "pl": (
                "Zanim zaczniesz, przygotuj dane zaproszonego cudzoziemca, cel i planowany okres jego pobytu oraz "
                "dokumenty o swoich środkach finansowych i o zakwaterowaniu.\n\n"
                "* Wypełnij wniosek w portalu Przybysz w języku polskim, alfabetem łacińskim, drukowanymi literami. "
                "Portal podpowiada, co wpisać w poszczególnych polach, i na bieżąco sprawdza dane, np. daty i kod "
                "pocztowy.\n* Nie zostawiaj pustych pól – puste pole to brak formalny. Na wydruku w polach, które Cię "
                "nie dotyczą, pojawi się napis „NIE DOTYCZY”.\n* Wydrukuj wniosek i podpisz go. Za firmę lub "
                "instytucję podpisuje osoba uprawniona do jej reprezentowania.\n"
                "* Wpłać 27 zł opłaty skarbowej na rachunek Gminy Wrocław i dołącz dowód zapłaty. Jeśli działa "
                "pełnomocnik, dołącz też pełnomocnictwo i dowód zapłaty 17 zł.\n"
                "* Zarezerwuj wizytę, podając numer PIO wypełnionego formularza, i złóż wniosek z załącznikami w "
                "wybranym punkcie obsługi. Możesz też wysłać wniosek pocztą – wtedy liczy się data nadania.\n\n"
                "Przy składaniu wniosku urzędnik porównuje wydruk z wersją elektroniczną i sprawdza załączniki. Jeśli "
                "czegoś brakuje, otrzymasz wezwanie do uzupełnienia braków. Przebieg sprawy możesz śledzić w portalu "
                "Przybysz. Gdy zaproszenie będzie gotowe do odbioru, zmieni się status sprawy."
            ),
            "en": (
                "Before you start, prepare the invited foreigner's details, the purpose and planned length of their "
                "stay, and the documents on your financial means and on accommodation.\n\n"
                "* Fill in the application in the Przybysz portal in Polish, in the Latin alphabet, in printed "
                "letters. The portal suggests what to enter in each field and checks your data as you go, for example "
                "dates and the postal code.\n* Do not leave any field blank – a blank field is a formal deficiency. On "
                "the printout, fields that do not apply to you will show the words “NIE DOTYCZY” (not applicable).\n"
                "* Print the application and sign it. For a company or institution, a person authorised to represent "
                "it signs.\n* Pay the 27 zł stamp duty to the Municipality of Wrocław and attach the proof of payment. "
                "If a proxy acts for you, also attach the power of attorney and proof of paying 17 zł.\n"
                "* Book a visit using the PIO number of the completed form and file the application with the "
                "attachments at the service point you chose. You can also send the application by post – then the "
                "posting date counts.\n\nWhen you file the application, the officer compares the printout with the "
                "electronic version and checks the attachments. If something is missing, you will receive a request to "
                "complete it. You can follow your case in the Przybysz portal. When the invitation is ready for "
                "collection, the status of your case will change."
            ),
            "ru": (
                "Прежде чем начать, подготовьте данные приглашаемого иностранца, цель и планируемый срок его "
                "пребывания, а также документы о ваших финансовых средствах и о проживании.\n\n"
                "* Заполните заявление на портале Przybysz на польском языке, латинскими печатными буквами. Портал "
                "подсказывает, что вписать в каждое поле, и сразу проверяет данные, например даты и почтовый индекс.\n"
                "* Не оставляйте пустых полей — пустое поле является формальным недостатком. На распечатке в полях, "
                "которые вас не касаются, появится надпись «NIE DOTYCZY» (не касается).\n"
                "* Распечатайте заявление и подпишите его. За фирму или учреждение подписывает лицо, уполномоченное их "
                "представлять.\n* Оплатите гербовый сбор 27 злотых на счёт гмины Вроцлав и приложите подтверждение "
                "оплаты. Если действует представитель, приложите также доверенность и подтверждение оплаты 17 злотых.\n"
                "* Запишитесь на визит, указав номер PIO заполненной формы, и подайте заявление с приложениями в "
                "выбранном пункте обслуживания. Заявление можно также отправить по почте — тогда учитывается дата "
                "отправки.\n\nПри подаче заявления сотрудник сравнивает распечатку с электронной версией и проверяет "
                "приложения. Если чего-то не хватает, вы получите требование устранить недостатки. Ход дела можно "
                "отслеживать на портале Przybysz. Когда приглашение будет готово к получению, статус дела изменится."
            ),
            "uk": (
                "Перш ніж почати, підготуйте дані запрошеного іноземця, мету й запланований строк його перебування, а "
                "також документи про ваші фінансові кошти та про проживання.\n\n"
                "* Заповніть заяву на порталі Przybysz польською мовою, латинськими друкованими літерами. Портал "
                "підказує, що вписати в кожне поле, і відразу перевіряє дані, наприклад дати й поштовий індекс.\n"
                "* Не залишайте порожніх полів — порожнє поле є формальним недоліком. На роздруківці в полях, які вас "
                "не стосуються, з’явиться напис «NIE DOTYCZY» (не стосується).\n"
                "* Роздрукуйте заяву й підпишіть її. За фірму чи установу підписує особа, уповноважена їх "
                "представляти.\n* Сплатіть гербовий збір 27 злотих на рахунок гміни Вроцлав і додайте підтвердження "
                "оплати. Якщо діє представник, додайте також довіреність і підтвердження сплати 17 злотих.\n"
                "* Запишіться на візит, зазначивши номер PIO заповненої форми, і подайте заяву з додатками у вибраному "
                "пункті обслуговування. Заяву можна також надіслати поштою — тоді враховується дата відправлення.\n\n"
                "Під час подання заяви працівник порівнює роздруківку з електронною версією та перевіряє додатки. Якщо "
                "чогось бракує, ви отримаєте вимогу усунути недоліки. Перебіг справи можна відстежувати на порталі "
                "Przybysz. Коли запрошення буде готове до отримання, статус справи зміниться."
            ),
        },
    },
}
