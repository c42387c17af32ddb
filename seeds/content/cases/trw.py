"""Kind of case TRW: temporary residence and work permit (single permit) with the employer's annex."""

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
)

CASE_TYPE = {
    "code": "TRW",
    "position": 20,
    "filed_by": "foreigner",
    "proxy_allowed": True,
    "legal_basis": "art. 114 ustawy o cudzoziemcach",
    "decision_days": 60,
    "deadline_start": "appearance-and-completeness",
    "editor_note": (
        "Podstawa prawna (art. 114 u.o.c.), opłaty (440 zł, 100 zł, 17 zł), tryb MOS, wypełnianie Załącznika nr 1 "
        "przez pracodawcę przez link z systemu, obowiązek zawiadomienia o utracie pracy w ciągu 15 dni roboczych i "
        "zmiana pracodawcy – według FACTS. Termin 60 dni przyjęto z art. 112a u.o.c. (FACTS podaje go dla decyzji w "
        "sprawie pobytu czasowego) – potwierdź, że dotyczy tej sprawy. Do weryfikacji: czy w MOS pełnomocnik może "
        "złożyć wniosek za cudzoziemca; czy po ustawie z 20 marca 2025 r. o warunkach dopuszczalności powierzania "
        "pracy cudzoziemcom potrzebne są dodatkowe dokumenty (np. informacja starosty, dokumenty o kwalifikacjach) – "
        "FACTS ich nie wymienia; adresat i forma zawiadomienia o utracie pracy; czy wniosek można złożyć, zanim "
        "pracodawca wypełni załącznik. Określenie „jednolite zezwolenie” i organ wydający decyzję (Wojewoda "
        "Dolnośląski) opisano na podstawie ogólnych przepisów."
    ),
    "name": {
        "pl": "Zezwolenie na pobyt czasowy i pracę",
        "en": "Temporary residence and work permit",
        "ru": "Разрешение на временное пребывание и работу",
        "uk": "Дозвіл на тимчасове перебування та роботу",
    },
    "summary": {
        "pl": (
            "Jedno zezwolenie na pobyt i pracę dla cudzoziemca, który chce pracować w Polsce u konkretnego pracodawcy. "
            "Wniosek składasz w systemie MOS, a pracodawca wypełnia do niego Załącznik nr 1."
        ),
        "en": (
            "A single permit to live and work in Poland for a foreigner who wants to work for a specific employer. You "
            "file the application in the MOS system, and the employer fills in Annex 1 (Załącznik nr 1) to it."
        ),
        "ru": (
            "Единое разрешение на пребывание и работу для иностранца, который хочет работать в Польше у конкретного "
            "работодателя. Заявление подаётся в системе MOS, а работодатель заполняет к нему приложение № 1 (Załącznik "
            "nr 1)."
        ),
        "uk": (
            "Єдиний дозвіл на перебування та роботу для іноземця, який хоче працювати в Польщі в конкретного "
            "роботодавця. Заяву подають у системі MOS, а роботодавець заповнює до неї додаток № 1 (Załącznik nr 1)."
        ),
    },
    "description": {
        "pl": (
            "Zezwolenie na pobyt czasowy i pracę (tzw. jednolite zezwolenie) jest dla cudzoziemca, który chce mieszkać "
            "w Polsce i pracować u określonego pracodawcy. Jedna decyzja obejmuje zarówno pobyt, jak i pracę.\n\n"
            "Wniosek składasz Ty, a pracodawca wypełnia do niego Załącznik nr 1. Podaje w nim swoje dane (m.in. NIP, "
            "REGON, wpis do rejestru) oraz warunki pracy: stanowisko, miejsce pracy, rodzaj umowy, wymiar czasu pracy "
            "w godzinach tygodniowo, wynagrodzenie i zakres obowiązków.\n\n"
            "Od 27 kwietnia 2026 r. wniosek składa się wyłącznie elektronicznie w krajowym systemie MOS "
            "([mos.cudzoziemcy.gov.pl](https://mos.cudzoziemcy.gov.pl)). Potrzebujesz konta login.gov.pl, podpisu "
            "elektronicznego i skanów dokumentów. Pracodawca wypełnia załącznik przez link, który wysyła mu system. Po "
            "złożeniu wniosku otrzymasz zaświadczenie o złożeniu wniosku zamiast stempla w paszporcie, a potem "
            "wezwanie do złożenia odcisków palców.\n\n"
            "Decyzję wydaje Wojewoda Dolnośląski. Jeśli jest pozytywna, otrzymasz kartę pobytu. Zmiana pracodawcy "
            "wymaga wniosku o zmianę zezwolenia albo nowego wniosku. Jeśli stracisz pracę, zawiadom urząd w ciągu 15 "
            "dni roboczych.\n\n"
            "Jeśli złożysz kompletny wniosek w terminie, Twój pobyt jest legalny do czasu decyzji, ale nie uprawnia to "
            "do podróży po strefie Schengen."
        ),
        "en": (
            "The temporary residence and work permit (the so-called single permit) is for a foreigner who wants to "
            "live in Poland and work for a specific employer. One decision covers both your stay and your work.\n\n"
            "You file the application, and your employer fills in Annex 1 (Załącznik nr 1) to it. In the annex, the "
            "employer gives its details (such as NIP, REGON and register entry) and the terms of your work: position, "
            "place of work, type of contract, working time in hours per week, pay and duties.\n\n"
            "Since 27 April 2026, the application is filed only electronically in the national MOS system "
            "([mos.cudzoziemcy.gov.pl](https://mos.cudzoziemcy.gov.pl)). You need a login.gov.pl account, an "
            "electronic signature and scans of your documents. The employer fills in the annex through a link sent by "
            "the system. After filing, you receive a certificate of filing instead of a stamp in your passport, and "
            "then a summons to give your fingerprints.\n\n"
            "The Voivode of Lower Silesia issues the decision. If it is positive, you receive a residence card. "
            "Changing employer requires an application to change the permit or a new application. If you lose your "
            "job, notify the office within 15 working days.\n\n"
            "If you file a complete application on time, your stay is legal until the decision, but this does not "
            "allow you to travel in the Schengen area."
        ),
        "ru": (
            "Разрешение на временное пребывание и работу (так называемое единое разрешение) предназначено для "
            "иностранца, который хочет жить в Польше и работать у определённого работодателя. Одно решение охватывает "
            "и пребывание, и работу.\n\n"
            "Заявление подаёте вы, а работодатель заполняет к нему приложение № 1 (Załącznik nr 1). В нём он указывает "
            "свои данные (в частности, NIP, REGON, запись в реестре) и условия работы: должность, место работы, вид "
            "договора, рабочее время в часах в неделю, зарплату и обязанности.\n\n"
            "С 27 апреля 2026 г. заявление подаётся только в электронном виде в общегосударственной системе MOS "
            "([mos.cudzoziemcy.gov.pl](https://mos.cudzoziemcy.gov.pl)). Нужны учётная запись login.gov.pl, "
            "электронная подпись и сканы документов. Работодатель заполняет приложение по ссылке, которую ему "
            "присылает система. После подачи вы получите справку о подаче заявления вместо штампа в паспорте, а затем "
            "вызов для сдачи отпечатков пальцев.\n\n"
            "Решение выносит Нижнесилезский воевода. Если оно положительное, вы получите карту побыту. Для смены "
            "работодателя нужно заявление об изменении разрешения или новое заявление. Если вы потеряете работу, "
            "уведомите управление в течение 15 рабочих дней.\n\n"
            "Если вы вовремя подали полное заявление, ваше пребывание законно до вынесения решения, но это не даёт "
            "права ездить по Шенгенской зоне."
        ),
        "uk": (
            "Дозвіл на тимчасове перебування та роботу (так званий єдиний дозвіл) призначений для іноземця, який хоче "
            "жити в Польщі та працювати в певного роботодавця. Одне рішення охоплює і перебування, і роботу.\n\n"
            "Заяву подаєте ви, а роботодавець заповнює до неї додаток № 1 (Załącznik nr 1). У ньому він зазначає свої "
            "дані (зокрема NIP, REGON, запис у реєстрі) та умови роботи: посаду, місце роботи, вид договору, робочий "
            "час у годинах на тиждень, заробітну плату й обов’язки.\n\n"
            "З 27 квітня 2026 р. заяву подають лише в електронній формі в загальнодержавній системі MOS "
            "([mos.cudzoziemcy.gov.pl](https://mos.cudzoziemcy.gov.pl)). Потрібні обліковий запис login.gov.pl, "
            "електронний підпис і скани документів. Роботодавець заповнює додаток за посиланням, яке йому надсилає "
            "система. Після подання ви отримаєте довідку про подання заяви замість штампа в паспорті, а потім виклик "
            "для здачі відбитків пальців.\n\n"
            "Рішення ухвалює Нижньосілезький воєвода. Якщо воно позитивне, ви отримаєте карту побиту. Для зміни "
            "роботодавця потрібна заява про зміну дозволу або нова заява. Якщо ви втратите роботу, повідомте "
            "управління протягом 15 робочих днів.\n\n"
            "Якщо ви вчасно подали повну заяву, ваше перебування законне до ухвалення рішення, але це не дає права "
            "подорожувати Шенгенською зоною."
        ),
    },
    "steps": [
        {
            "title": {
                "pl": "Wniosek i załącznik pracodawcy",
                "en": "Application and employer's annex",
                "ru": "Заявление и приложение работодателя",
                "uk": "Заява та додаток роботодавця",
            },
            "description": {
                "pl": (
                    "Wypełniasz wniosek w systemie MOS i dołączasz skany dokumentów oraz dowód zapłaty. System wysyła "
                    "pracodawcy link, przez który wypełnia on Załącznik nr 1. Wniosek podpisujesz podpisem "
                    "elektronicznym, a po złożeniu otrzymujesz zaświadczenie o złożeniu wniosku."
                ),
                "en": (
                    "You fill in the application in the MOS system and attach scans of your documents and the proof of "
                    "payment. The system sends your employer a link to fill in Annex 1 (Załącznik nr 1). You sign the "
                    "application with an electronic signature, and after filing you receive a certificate of filing."
                ),
                "ru": (
                    "Вы заполняете заявление в системе MOS и прикладываете сканы документов и подтверждение оплаты. "
                    "Система отправляет работодателю ссылку, по которой он заполняет приложение № 1 (Załącznik nr 1). "
                    "Вы подписываете заявление электронной подписью и после подачи получаете справку о подаче "
                    "заявления."
                ),
                "uk": (
                    "Ви заповнюєте заяву в системі MOS і додаєте скани документів та підтвердження оплати. Система "
                    "надсилає роботодавцю посилання, за яким він заповнює додаток № 1 (Załącznik nr 1). Ви підписуєте "
                    "заяву електронним підписом і після подання отримуєте довідку про подання заяви."
                ),
            },
        },
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
                    "Urząd zasięga opinii Straży Granicznej, Policji i ABW oraz analizuje zebrane dowody, w tym "
                    "warunki pracy podane przez pracodawcę. Może wezwać Cię do złożenia wyjaśnień lub dodatkowych "
                    "dokumentów. Na końcu przygotowuje projekt decyzji."
                ),
                "en": (
                    "The office asks the Border Guard, the Police and the Internal Security Agency (ABW) for their "
                    "opinions and reviews the evidence, including the terms of work given by the employer. It may ask "
                    "you for explanations or additional documents. Finally, it prepares a draft decision."
                ),
                "ru": (
                    "Управление запрашивает заключения Пограничной стражи (Straż Graniczna), полиции и Агентства "
                    "внутренней безопасности (ABW) и анализирует собранные доказательства, в том числе условия работы, "
                    "указанные работодателем. Вас могут вызвать для дачи пояснений или попросить дополнительные "
                    "документы. В конце готовится проект решения."
                ),
                "uk": (
                    "Управління запитує висновки Прикордонної служби (Straż Graniczna), поліції та Агентства "
                    "внутрішньої безпеки (ABW) і аналізує зібрані докази, зокрема умови роботи, зазначені "
                    "роботодавцем. Вас можуть викликати для надання пояснень або попросити додаткові документи. "
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
                "pl": "Załącznik nr 1 wypełniony przez pracodawcę",
                "en": "Annex 1 filled in by the employer",
                "ru": "Приложение № 1, заполненное работодателем",
                "uk": "Додаток № 1, заповнений роботодавцем",
            },
            "details": {
                "pl": (
                    "Załącznik nr 1 wypełnia pracodawca przez link z systemu MOS – podaje w nim swoje dane i warunki "
                    "Twojej pracy. Załącznik podpisuje osoba upoważniona do reprezentowania pracodawcy, a jeśli robi "
                    "to pełnomocnik, trzeba dołączyć jego upoważnienie. Dane w załączniku muszą być zgodne z umową i "
                    "innymi dokumentami w sprawie."
                ),
                "en": (
                    "Your employer fills in Annex 1 (Załącznik nr 1) through a link from the MOS system and gives its "
                    "details and the terms of your work. The annex must be signed by a person authorised to represent "
                    "the employer; if a proxy signs it, the proxy's authorisation must be attached. The data in the "
                    "annex must match your contract and the other documents in the case."
                ),
                "ru": (
                    "Приложение № 1 (Załącznik nr 1) заполняет работодатель по ссылке из системы MOS и указывает в нём "
                    "свои данные и условия вашей работы. Приложение подписывает лицо, уполномоченное представлять "
                    "работодателя; если подписывает представитель, нужно приложить его доверенность. Данные в "
                    "приложении должны совпадать с договором и другими документами по делу."
                ),
                "uk": (
                    "Додаток № 1 (Załącznik nr 1) заповнює роботодавець за посиланням із системи MOS і зазначає в "
                    "ньому свої дані та умови вашої роботи. Додаток підписує особа, уповноважена представляти "
                    "роботодавця; якщо підписує представник, потрібно додати його довіреність. Дані в додатку мають "
                    "збігатися з договором та іншими документами у справі."
                ),
            },
            "amount": "",
            "recipient": "",
            "account": "",
            "editor_note": (
                "Wypełnianie załącznika przez link z MOS, zakres danych i częste błędy (brak czytelnego podpisu osoby "
                "upoważnionej, brak upoważnienia pełnomocnika, dane niezgodne z zezwoleniem na pracę) – według FACTS. "
                "Sprawdź, jak pracodawca podpisuje załącznik w MOS i jak dołącza upoważnienie pełnomocnika. FACTS mówi "
                "o niezgodności z zezwoleniem na pracę – ustal, z jakimi dokumentami porównuje się dane załącznika "
                "przy tym wniosku."
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
                    "Dołącz umowę o pracę albo umowę cywilnoprawną podpisaną przez obie strony. Umowa cywilnoprawna "
                    "musi określać wymiar czasu pracy w godzinach tygodniowo."
                ),
                "en": (
                    "Attach your employment contract or civil-law contract signed by both parties. A civil-law "
                    "contract must state the working time in hours per week."
                ),
                "ru": (
                    "Приложите трудовой или гражданско-правовой договор, подписанный обеими сторонами. В "
                    "гражданско-правовом договоре должно быть указано рабочее время в часах в неделю."
                ),
                "uk": (
                    "Додайте трудовий або цивільно-правовий договір, підписаний обома сторонами. У цивільно-правовому "
                    "договорі має бути зазначено робочий час у годинах на тиждень."
                ),
            },
            "amount": "",
            "recipient": "",
            "account": "",
            "editor_note": (
                "FACTS wymienia umowę tylko wśród częstych błędów (niepodpisana umowa, umowa cywilnoprawna bez liczby "
                "godzin tygodniowo). Potwierdź, czy w MOS umowa jest obowiązkowym załącznikiem (czy wystarcza "
                "Załącznik nr 1) i czy potrzebne są inne dokumenty, np. potwierdzające kwalifikacje wymagane na "
                "stanowisku."
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
                    "Opłata skarbowa za zezwolenie na pobyt czasowy i pracę wynosi 440 zł i wpłaca się ją na rzecz "
                    "Gminy Wrocław. Zapłać ją przy składaniu wniosku i dołącz skan dowodu zapłaty – jego brak to "
                    "częsty brak formalny."
                ),
                "en": (
                    "The stamp duty for a temporary residence and work permit is 440 zł and is paid to the "
                    "Municipality of Wrocław (Gmina Wrocław). Pay it when you file the application and attach a scan "
                    "of the proof of payment – a missing proof is a common formal deficiency."
                ),
                "ru": (
                    "Гербовый сбор за разрешение на временное пребывание и работу составляет 440 злотых и уплачивается "
                    "в пользу гмины Вроцлав (Gmina Wrocław). Оплатите его при подаче заявления и приложите скан "
                    "подтверждения оплаты — его отсутствие является частым формальным недостатком."
                ),
                "uk": (
                    "Гербовий збір за дозвіл на тимчасове перебування та роботу становить 440 злотих і сплачується на "
                    "користь гміни Вроцлав (Gmina Wrocław). Сплатіть його під час подання заяви й додайте скан "
                    "підтвердження оплати — його відсутність є частим формальним недоліком."
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
            "przygotowane w portalu Przybysz można przenieść do MOS (tekst mówi tylko, że można je przygotować)."
        ),
        "title": {
            "pl": "Wniosek o udzielenie zezwolenia na pobyt czasowy i pracę (wraz z Załącznikiem nr 1 pracodawcy)",
            "en": "Application for a temporary residence and work permit (with the employer's Annex 1)",
            "ru": (
                "Заявление о выдаче разрешения на временное пребывание и работу (вместе с приложением № 1 работодателя)"
            ),
            "uk": "Заява про надання дозволу на тимчасове перебування та роботу (разом із додатком № 1 роботодавця)",
        },
        "instructions": {
            "pl": (
                "Od 27 kwietnia 2026 r. ten wniosek składa się wyłącznie w krajowym systemie MOS "
                "([mos.cudzoziemcy.gov.pl](https://mos.cudzoziemcy.gov.pl)). Urząd nie przyjmuje go na papierze ani "
                "pocztą. W portalu Przybysz możesz wcześniej przygotować dane do wniosku: formularz podpowiada, co "
                "wpisać, i od razu sprawdza m.in. PESEL, kod pocztowy i daty.\n\n"
                "Zanim zaczniesz:\n\n"
                "* załóż konto login.gov.pl i przygotuj podpis elektroniczny,\n"
                "* zeskanuj paszport i umowę z pracodawcą podpisaną przez obie strony,\n"
                "* przygotuj aktualne zdjęcie 35×45 mm, wykonane w ciągu ostatnich 6 miesięcy,\n"
                "* wpłać 440 zł opłaty skarbowej na rzecz Gminy Wrocław i zeskanuj dowód zapłaty.\n\n"
                "Załącznik nr 1 wypełnia pracodawca przez link, który wyśle mu system MOS. Ustal z nim wcześniej "
                "stanowisko, miejsce pracy, rodzaj umowy, wymiar czasu pracy w godzinach tygodniowo i wynagrodzenie – "
                "dane w załączniku muszą być zgodne z umową. Załącznik podpisuje osoba upoważniona do reprezentowania "
                "pracodawcy.\n\n"
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
                "* scan your passport and your contract with the employer, signed by both parties,\n"
                "* get a recent 35×45 mm photo taken within the last 6 months,\n"
                "* pay the 440 zł stamp duty to the Municipality of Wrocław (Gmina Wrocław) and scan the proof of "
                "payment.\n\n"
                "Your employer fills in Annex 1 (Załącznik nr 1) through a link that the MOS system sends to it. Agree "
                "with your employer in advance on the position, place of work, type of contract, working time in hours "
                "per week and pay – the data in the annex must match your contract. The annex is signed by a person "
                "authorised to represent the employer.\n\n"
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
                "* отсканируйте паспорт и договор с работодателем, подписанный обеими сторонами,\n"
                "* подготовьте актуальную фотографию 35×45 мм, сделанную не раньше чем 6 месяцев назад,\n"
                "* уплатите гербовый сбор 440 злотых в пользу гмины Вроцлав (Gmina Wrocław) и отсканируйте "
                "подтверждение оплаты.\n\n"
                "Приложение № 1 (Załącznik nr 1) заполняет работодатель по ссылке, которую ему пришлёт система MOS. "
                "Заранее согласуйте с ним должность, место работы, вид договора, рабочее время в часах в неделю и "
                "зарплату — данные в приложении должны совпадать с договором. Приложение подписывает лицо, "
                "уполномоченное представлять работодателя.\n\n"
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
                "* відскануйте паспорт і договір з роботодавцем, підписаний обома сторонами,\n"
                "* підготуйте актуальну фотографію 35×45 мм, зроблену не раніше ніж 6 місяців тому,\n"
                "* сплатіть гербовий збір 440 злотих на користь гміни Вроцлав (Gmina Wrocław) і відскануйте "
                "підтвердження оплати.\n\n"
                "Додаток № 1 (Załącznik nr 1) заповнює роботодавець за посиланням, яке йому надішле система MOS. "
                "Заздалегідь узгодьте з ним посаду, місце роботи, вид договору, робочий час у годинах на тиждень і "
                "заробітну плату — дані в додатку мають збігатися з договором. Додаток підписує особа, уповноважена "
                "представляти роботодавця.\n\n"
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
