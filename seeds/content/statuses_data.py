"""Seed data: the case status catalogue of the Przybysz portal (DUW Wrocław, service for foreigners).

One dict per status, in the order of the catalogue; the kinds of cases refer to these codes in their ordered status
lists. Names, explanations and actions are given in the four portal languages; Polish is the authoritative text and
the English, Russian and Ukrainian texts are translations of it. The facts come from the domain facts collected for
the project (FACTS.md) and general rules of administrative procedure (KPA).

``visible`` is False for internal statuses (their explanation is written for clerks), ``notify`` says whether the
applicant is told about the status by e-mail and SMS, ``final`` marks statuses that end a case. ``action`` says what
the applicant has to do now; it is an empty dict where nothing is needed. A non-empty ``editor_note`` says what an
editor has to verify before publication.
"""

STATUSES: list[dict] = [
    {
        "code": "filed",
        "visible": True,
        "notify": True,
        "final": False,
        "editor_note": "",
        "name": {
            "pl": "Złożenie wniosku",
            "en": "Application filed",
            "ru": "Подача заявления",
            "uk": "Подання заяви",
        },
        "explanation": {
            "pl": (
                "Twój wniosek wpłynął do urzędu i została założona sprawa. Urząd przekaże ją pracownikowi i sprawdzi, "
                "czy wniosek jest kompletny. Postęp sprawy możesz śledzić w portalu Przybysz."
            ),
            "en": (
                "Your application has reached the office and a case has been opened. The office will pass it to an "
                "officer and check whether the application is complete. You can follow the progress of your case in "
                "the Przybysz portal."
            ),
            "ru": (
                "Ваше заявление поступило в управление, и по нему заведено дело. Управление передаст его сотруднику и "
                "проверит, полное ли заявление. Следить за ходом дела можно на портале Przybysz."
            ),
            "uk": (
                "Ваша заява надійшла до управління, і за нею заведено справу. Управління передасть її працівникові й "
                "перевірить, чи заява повна. Стежити за ходом справи можна на порталі Przybysz."
            ),
        },
        "action": {},
    },
    {
        "code": "assigned",
        "visible": False,
        "notify": False,
        "final": False,
        "editor_note": "",
        "name": {
            "pl": "Przydzielenie sprawy inspektorowi",
            "en": "Case assigned to an officer",
            "ru": "Назначение дела инспектору",
            "uk": "Призначення справи інспектору",
        },
        "explanation": {
            "pl": (
                "Status wewnętrzny, niewidoczny dla wnioskodawcy. Sprawa została przydzielona inspektorowi, który od "
                "tej chwili ją prowadzi."
            ),
            "en": (
                "Internal status, not shown to the applicant. The case has been assigned to an officer (inspektor), "
                "who handles it from now on."
            ),
            "ru": (
                "Внутренний статус, заявитель его не видит. Дело передано инспектору, который с этого момента его "
                "ведёт."
            ),
            "uk": "Внутрішній статус, заявник його не бачить. Справу передано інспектору, який відтепер її веде.",
        },
        "action": {},
    },
    {
        "code": "intake-record",
        "visible": True,
        "notify": False,
        "final": False,
        "editor_note": "",
        "name": {
            "pl": "Sporządzenie protokołu przyjęcia wniosku",
            "en": "Record of receipt of the application",
            "ru": "Составление протокола приёма заявления",
            "uk": "Складання протоколу прийняття заяви",
        },
        "explanation": {
            "pl": (
                "Urząd sporządził protokół przyjęcia Twojego wniosku, czyli urzędowy zapis, że wniosek został "
                "przyjęty. Sprawa przechodzi do dalszego sprawdzania."
            ),
            "en": (
                "The office has drawn up a record of receipt of your application, an official note that the "
                "application has been accepted. Your case now moves on to further checks."
            ),
            "ru": (
                "Управление составило протокол приёма вашего заявления, то есть официальную запись о том, что "
                "заявление принято. Дело переходит к дальнейшей проверке."
            ),
            "uk": (
                "Управління склало протокол прийняття вашої заяви, тобто офіційний запис про те, що заяву прийнято. "
                "Справа переходить до подальшої перевірки."
            ),
        },
        "action": {},
    },
    {
        "code": "fingerprints-summons",
        "visible": True,
        "notify": True,
        "final": False,
        "editor_note": (
            "Obowiązek okazania ważnego dokumentu podróży przy stawiennictwie oraz skutki niestawienia się nie "
            "wynikają z FACTS.md – zweryfikuj w ustawie o cudzoziemcach i w razie potrzeby uzupełnij tekst."
        ),
        "name": {
            "pl": "Wezwanie do złożenia odcisków linii papilarnych",
            "en": "Summons to give fingerprints",
            "ru": "Вызов для сдачи отпечатков пальцев",
            "uk": "Виклик для здачі відбитків пальців",
        },
        "explanation": {
            "pl": (
                "Urząd wzywa Cię do osobistego stawienia się i złożenia odcisków linii papilarnych (odcisków palców), "
                "ponieważ w Twojej sprawie wydaje się kartę pobytu. Termin i miejsce podaje wezwanie. W sprawie o "
                "zezwolenie na pobyt czasowy termin na wydanie decyzji liczy się m.in. od dnia osobistego "
                "stawiennictwa."
            ),
            "en": (
                "The office summons you to come in person and give your fingerprints, because a residence card is "
                "issued in your case. The summons gives the date and place. In a temporary residence case, the "
                "deadline for the decision is counted from, among other things, the day you appear in person."
            ),
            "ru": (
                "Управление вызывает вас лично явиться и сдать отпечатки пальцев, потому что по вашему делу выдаётся "
                "карта побыту. Дата и место указаны в вызове. В деле о разрешении на временное пребывание срок "
                "вынесения решения отсчитывается, в частности, со дня личной явки."
            ),
            "uk": (
                "Управління викликає вас особисто з’явитися та здати відбитки пальців, тому що у вашій справі "
                "видається карта побиту. Дату й місце зазначено у виклику. У справі про дозвіл на тимчасове "
                "перебування строк ухвалення рішення відраховується, зокрема, від дня особистої явки."
            ),
        },
        "action": {
            "pl": (
                "Przyjdź osobiście w terminie i miejscu podanym w wezwaniu, aby złożyć odciski palców, i zabierz ważny "
                "paszport. Jeśli nie możesz przyjść w tym terminie, skontaktuj się z urzędem przed wyznaczoną datą."
            ),
            "en": (
                "Come in person on the date and at the place given in the summons to give your fingerprints, and bring "
                "your valid passport. If you cannot come on that date, contact the office before it."
            ),
            "ru": (
                "Явитесь лично в указанные в вызове день и место, чтобы сдать отпечатки пальцев, и возьмите с собой "
                "действующий паспорт. Если вы не можете прийти в этот день, свяжитесь с управлением до назначенной "
                "даты."
            ),
            "uk": (
                "З’явіться особисто в зазначені у виклику день і місце, щоб здати відбитки пальців, і візьміть із "
                "собою чинний паспорт. Якщо ви не можете прийти цього дня, зв’яжіться з управлінням до призначеної "
                "дати."
            ),
        },
    },
    {
        "code": "biometrics-visit",
        "visible": True,
        "notify": True,
        "final": False,
        "editor_note": (
            "Obowiązek zabrania paszportu nie wynika z FACTS.md – zweryfikuj. Zasada przyjścia 15 minut wcześniej i "
            "numeru rezerwacji w biletomacie pochodzi z opisu systemu rezerwacji wizyt DUW; sprawdź, czy dotyczy także "
            "wizyt wyznaczanych przez urząd na biometrię."
        ),
        "name": {
            "pl": "Ustalona wizyta na biometrię",
            "en": "Biometrics appointment scheduled",
            "ru": "Назначен визит для сдачи биометрии",
            "uk": "Призначено візит для здачі біометрії",
        },
        "explanation": {
            "pl": (
                "Urząd wyznaczył Ci wizytę, na której pobierze odciski palców (dane biometryczne). Datę, godzinę i "
                "punkt obsługi znajdziesz w wiadomości od urzędu."
            ),
            "en": (
                "The office has scheduled an appointment for you at which your fingerprints (biometric data) will be "
                "taken. You will find the date, time and service point in the message from the office."
            ),
            "ru": (
                "Управление назначило вам визит, на котором у вас возьмут отпечатки пальцев (биометрические данные). "
                "Дата, время и пункт обслуживания указаны в сообщении от управления."
            ),
            "uk": (
                "Управління призначило вам візит, під час якого у вас візьмуть відбитки пальців (біометричні дані). "
                "Дату, час і пункт обслуговування зазначено в повідомленні від управління."
            ),
        },
        "action": {
            "pl": (
                "Przyjdź na wizytę 15 minut wcześniej i zabierz ważny paszport. Jeśli masz numer rezerwacji, wpisz go "
                "w biletomacie w punkcie obsługi – wydrukuje on bilet do kolejki."
            ),
            "en": (
                "Arrive 15 minutes before your appointment and bring your valid passport. If you have a reservation "
                "number, type it in at the ticket machine at the service point, which will print your queue ticket."
            ),
            "ru": (
                "Приходите за 15 минут до визита и возьмите с собой действующий паспорт. Если у вас есть номер "
                "бронирования, введите его в терминале в пункте обслуживания — он распечатает талон в очередь."
            ),
            "uk": (
                "Приходьте за 15 хвилин до візиту й візьміть із собою чинний паспорт. Якщо у вас є номер бронювання, "
                "введіть його в терміналі в пункті обслуговування — він надрукує талон до черги."
            ),
        },
    },
    {
        "code": "formal-check",
        "visible": True,
        "notify": False,
        "final": False,
        "editor_note": "",
        "name": {
            "pl": "Analiza braków formalnych",
            "en": "Check for formal deficiencies",
            "ru": "Проверка формальных недостатков",
            "uk": "Перевірка формальних недоліків",
        },
        "explanation": {
            "pl": (
                "Urząd sprawdza, czy wniosek jest kompletny: czy wszystkie pola są wypełnione, czy wniosek jest "
                "podpisany i czy dołączono wymagane załączniki, zdjęcia i dowód opłaty. Jeśli czegoś brakuje, "
                "otrzymasz wezwanie do uzupełnienia braków."
            ),
            "en": (
                "The office is checking whether your application is complete: whether all fields are filled in, "
                "whether it is signed and whether the required attachments, photos and proof of payment are included. "
                "If anything is missing, you will receive a request to complete it."
            ),
            "ru": (
                "Управление проверяет, полное ли заявление: заполнены ли все поля, есть ли подпись, приложены ли "
                "необходимые документы, фотографии и подтверждение оплаты. Если чего-то не хватает, вы получите "
                "требование устранить недостатки."
            ),
            "uk": (
                "Управління перевіряє, чи заява повна: чи заповнено всі поля, чи є підпис, чи додано потрібні "
                "документи, фотографії та підтвердження оплати. Якщо чогось бракує, ви отримаєте вимогу усунути "
                "недоліки."
            ),
        },
        "action": {},
    },
    {
        "code": "deficiency-request",
        "visible": True,
        "notify": True,
        "final": False,
        "editor_note": "",
        "name": {
            "pl": "Wezwanie dot. uzupełnienia braków formalnych",
            "en": "Request to remedy formal deficiencies",
            "ru": "Требование устранить формальные недостатки",
            "uk": "Вимога усунути формальні недоліки",
        },
        "explanation": {
            "pl": (
                "Urząd znalazł we wniosku braki formalne, np. brak podpisu, niewypełnione pole albo brak załącznika "
                "lub zdjęcia, i wysłał Ci wezwanie do ich uzupełnienia. Wezwanie wymienia braki i podaje termin na ich "
                "usunięcie."
            ),
            "en": (
                "The office has found formal deficiencies in your application, for example a missing signature, a "
                "blank field or a missing attachment or photo, and has sent you a request to remedy them. The request "
                "lists the deficiencies and gives the deadline for remedying them."
            ),
            "ru": (
                "Управление обнаружило в заявлении формальные недостатки, например отсутствие подписи, незаполненное "
                "поле, отсутствие приложения или фотографии, и направило вам требование их устранить. В требовании "
                "перечислены недостатки и указан срок их устранения."
            ),
            "uk": (
                "Управління виявило в заяві формальні недоліки, наприклад відсутність підпису, незаповнене поле, "
                "відсутність додатка чи фотографії, і надіслало вам вимогу їх усунути. У вимозі перелічено недоліки та "
                "зазначено строк їх усунення."
            ),
        },
        "action": {
            "pl": (
                "Uzupełnij wszystkie braki wymienione w wezwaniu w terminie podanym w piśmie, który wynosi co najmniej "
                "7 dni od jego doręczenia. Jeśli tego nie zrobisz, wniosek zostanie pozostawiony bez rozpoznania (art. "
                "64 § 2 KPA)."
            ),
            "en": (
                "Remedy all the deficiencies listed in the request within the time given in the letter, which is at "
                "least 7 days from its delivery. If you do not, your application will be left without examination "
                "(Article 64 § 2 KPA)."
            ),
            "ru": (
                "Устраните все недостатки, перечисленные в требовании, в срок, указанный в письме: не менее 7 дней со "
                "дня его вручения. Если вы этого не сделаете, заявление будет оставлено без рассмотрения (ст. 64 § 2 "
                "KPA)."
            ),
            "uk": (
                "Усуньте всі недоліки, перелічені у вимозі, у строк, зазначений у листі: щонайменше 7 днів із дня його "
                "вручення. Якщо ви цього не зробите, заяву буде залишено без розгляду (ст. 64 § 2 KPA)."
            ),
        },
    },
    {
        "code": "fee-request",
        "visible": True,
        "notify": True,
        "final": False,
        "editor_note": (
            "FACTS.md podaje art. 261 § 2 KPA jako podstawę terminu 7–14 dni na uzupełnienie opłaty. W brzmieniu art. "
            "261 KPA termin 7–14 dni wyznacza § 1, a § 2 przewiduje zwrot podania, gdy należność nie zostanie "
            "uiszczona – sprawdź w aktualnym tekście KPA przywołane paragrafy i skutek nieuiszczenia opłaty (zwrot "
            "wniosku)."
        ),
        "name": {
            "pl": "Wezwanie dot. uzupełnienia opłaty",
            "en": "Request to pay the missing fee",
            "ru": "Требование доплатить сбор",
            "uk": "Вимога доплатити збір",
        },
        "explanation": {
            "pl": (
                "Urząd nie otrzymał należnej opłaty albo wpłacona kwota jest za niska, dlatego wysłał Ci wezwanie do "
                "jej uzupełnienia. Wezwanie podaje kwotę, odbiorcę i termin wpłaty."
            ),
            "en": (
                "The office has not received the required fee, or the amount paid is too low, so it has sent you a "
                "request to pay the rest. The request gives the amount, the recipient and the deadline for payment."
            ),
            "ru": (
                "Управление не получило положенный сбор или оплаченная сумма меньше нужной, поэтому оно направило вам "
                "требование доплатить. В требовании указаны сумма, получатель и срок оплаты."
            ),
            "uk": (
                "Управління не отримало належного збору або сплачена сума менша за потрібну, тому воно надіслало вам "
                "вимогу доплатити. У вимозі зазначено суму, отримувача та строк оплати."
            ),
        },
        "action": {
            "pl": (
                "Zapłać brakującą kwotę w terminie podanym w wezwaniu (od 7 do 14 dni) i przekaż urzędowi dowód wpłaty "
                "w sposób wskazany w piśmie. Jeśli nie zapłacisz w terminie, urząd zwróci wniosek i go nie rozpatrzy "
                "(art. 261 § 1 i 2 KPA)."
            ),
            "en": (
                "Pay the missing amount within the time given in the request (7 to 14 days) and send the office proof "
                "of payment in the way the letter describes. If you do not pay on time, the office will return your "
                "application without examining it (Article 261 § 1 and 2 KPA)."
            ),
            "ru": (
                "Оплатите недостающую сумму в срок, указанный в требовании (от 7 до 14 дней), и передайте в управление "
                "подтверждение оплаты способом, указанным в письме. Если вы не заплатите вовремя, управление вернёт "
                "заявление без рассмотрения (ст. 261 § 1 и 2 KPA)."
            ),
            "uk": (
                "Сплатіть суму, якої бракує, у строк, зазначений у вимозі (від 7 до 14 днів), і передайте до "
                "управління підтвердження оплати у спосіб, зазначений у листі. Якщо ви не сплатите вчасно, управління "
                "поверне заяву без розгляду (ст. 261 § 1 і 2 KPA)."
            ),
        },
    },
    {
        "code": "opinions",
        "visible": True,
        "notify": False,
        "final": False,
        "editor_note": (
            "Cel opiniowania (czy pobyt nie zagraża bezpieczeństwu i porządkowi publicznemu) opisano ogólnie na "
            "podstawie ustawy o cudzoziemcach, a nie FACTS.md – sprawdź, czy opis pasuje do wszystkich rodzajów spraw "
            "z tym statusem."
        ),
        "name": {
            "pl": "Opiniowanie wniosku",
            "en": "Opinions on the application",
            "ru": "Получение заключений по заявлению",
            "uk": "Отримання висновків щодо заяви",
        },
        "explanation": {
            "pl": (
                "Urząd zwrócił się do Straży Granicznej, Policji i Agencji Bezpieczeństwa Wewnętrznego (ABW) o "
                "informacje, czy Twój pobyt w Polsce nie zagraża bezpieczeństwu lub porządkowi publicznemu. To "
                "standardowy etap postępowania i nie musisz nic robić."
            ),
            "en": (
                "The office has asked the Border Guard, the Police and the Internal Security Agency (ABW) for "
                "information on whether your stay in Poland poses a threat to security or public order. This is a "
                "standard step of the procedure and you do not need to do anything."
            ),
            "ru": (
                "Управление обратилось в Пограничную стражу, Полицию и Агентство внутренней безопасности (ABW) за "
                "информацией о том, не угрожает ли ваше пребывание в Польше безопасности или общественному порядку. "
                "Это обычный этап производства, и вам ничего не нужно делать."
            ),
            "uk": (
                "Управління звернулося до Прикордонної служби, Поліції та Агентства внутрішньої безпеки (ABW) по "
                "інформацію про те, чи не загрожує ваше перебування в Польщі безпеці або громадському порядку. Це "
                "звичайний етап провадження, і вам нічого не потрібно робити."
            ),
        },
        "action": {},
    },
    {
        "code": "evidence-review",
        "visible": True,
        "notify": False,
        "final": False,
        "editor_note": "",
        "name": {
            "pl": "Analiza materiału dowodowego",
            "en": "Review of the evidence",
            "ru": "Анализ доказательств",
            "uk": "Аналіз доказів",
        },
        "explanation": {
            "pl": (
                "Inspektor analizuje dokumenty i informacje zebrane w sprawie i sprawdza, czy spełnione są warunki do "
                "wydania decyzji. Jeśli potrzebne będą dodatkowe dokumenty lub wyjaśnienia, urząd wyśle Ci wezwanie. "
                "Przed wydaniem decyzji masz prawo zapoznać się z aktami sprawy i wypowiedzieć się co do zebranych "
                "dowodów (art. 10 KPA)."
            ),
            "en": (
                "The officer is reviewing the documents and information collected in your case and checking whether "
                "the conditions for the decision are met. If further documents or explanations are needed, the office "
                "will send you a summons. Before the decision is issued, you have the right to see the case file and "
                "comment on the evidence collected (Article 10 KPA)."
            ),
            "ru": (
                "Инспектор анализирует документы и сведения, собранные по делу, и проверяет, выполнены ли условия для "
                "вынесения решения. Если понадобятся дополнительные документы или объяснения, управление направит вам "
                "вызов. До вынесения решения вы имеете право ознакомиться с материалами дела и высказаться о собранных "
                "доказательствах (ст. 10 KPA)."
            ),
            "uk": (
                "Інспектор аналізує документи та відомості, зібрані у справі, і перевіряє, чи виконано умови для "
                "ухвалення рішення. Якщо знадобляться додаткові документи чи пояснення, управління надішле вам виклик. "
                "До ухвалення рішення ви маєте право ознайомитися з матеріалами справи та висловитися щодо зібраних "
                "доказів (ст. 10 KPA)."
            ),
        },
        "action": {},
    },
    {
        "code": "summons",
        "visible": True,
        "notify": True,
        "final": False,
        "editor_note": "",
        "name": {
            "pl": "Wezwanie",
            "en": "Summons",
            "ru": "Вызов",
            "uk": "Виклик",
        },
        "explanation": {
            "pl": (
                "Urząd wysłał Ci wezwanie w sprawie, np. do złożenia dodatkowych dokumentów lub wyjaśnień albo do "
                "osobistego stawienia się. Czego urząd potrzebuje, do kiedy i w jaki sposób, podaje pismo."
            ),
            "en": (
                "The office has sent you a summons in your case, for example to provide further documents or "
                "explanations or to come in person. The letter says what the office needs, by when and how."
            ),
            "ru": (
                "Управление направило вам вызов по делу, например чтобы вы представили дополнительные документы или "
                "объяснения либо явились лично. Что нужно управлению, к какому сроку и каким способом, указано в "
                "письме."
            ),
            "uk": (
                "Управління надіслало вам виклик у справі, наприклад щоб ви подали додаткові документи чи пояснення "
                "або з’явилися особисто. Що потрібно управлінню, до якого строку та в який спосіб, зазначено в листі."
            ),
        },
        "action": {
            "pl": (
                "Zrób to, o co prosi wezwanie, w terminie podanym w piśmie. Jeśli nie możesz dotrzymać terminu, "
                "skontaktuj się z urzędem przed jego upływem (infolinia 71 701 11 00)."
            ),
            "en": (
                "Do what the summons asks within the time given in the letter. If you cannot meet the deadline, "
                "contact the office before it expires (helpline 71 701 11 00)."
            ),
            "ru": (
                "Выполните то, что указано в вызове, в срок, указанный в письме. Если вы не успеваете, свяжитесь с "
                "управлением до истечения срока (горячая линия 71 701 11 00)."
            ),
            "uk": (
                "Виконайте те, що зазначено у виклику, у строк, зазначений у листі. Якщо ви не встигаєте, зв’яжіться з "
                "управлінням до закінчення строку (гаряча лінія 71 701 11 00)."
            ),
        },
    },
    {
        "code": "draft-decision",
        "visible": True,
        "notify": False,
        "final": False,
        "editor_note": "",
        "name": {
            "pl": "Projekt rozstrzygnięcia/decyzji",
            "en": "Draft decision",
            "ru": "Проект решения",
            "uk": "Проєкт рішення",
        },
        "explanation": {
            "pl": (
                "Inspektor przygotował projekt decyzji w Twojej sprawie. Projekt zatwierdza jeszcze przełożony, a "
                "potem decyzja jest podpisywana i doręczana. Ten status nie mówi, jaka będzie decyzja."
            ),
            "en": (
                "The officer has prepared a draft decision in your case. A supervisor still has to approve the draft; "
                "then the decision is signed and delivered. This status does not tell you what the decision will be."
            ),
            "ru": (
                "Инспектор подготовил проект решения по вашему делу. Проект ещё утверждает руководитель, после чего "
                "решение подписывают и вручают. Этот статус не говорит о том, каким будет решение."
            ),
            "uk": (
                "Інспектор підготував проєкт рішення у вашій справі. Проєкт ще затверджує керівник, після чого рішення "
                "підписують і вручають. Цей статус не означає, яким буде рішення."
            ),
        },
        "action": {},
    },
    {
        "code": "supervisor-approval",
        "visible": False,
        "notify": False,
        "final": False,
        "editor_note": "",
        "name": {
            "pl": "Akceptacja projektu decyzji przez przełożonego",
            "en": "Supervisor’s approval of the draft decision",
            "ru": "Утверждение проекта решения руководителем",
            "uk": "Затвердження проєкту рішення керівником",
        },
        "explanation": {
            "pl": (
                "Status wewnętrzny, niewidoczny dla wnioskodawcy. Projekt decyzji czeka na akceptację przełożonego "
                "inspektora; po akceptacji decyzja jest podpisywana i wydawana."
            ),
            "en": (
                "Internal status, not shown to the applicant. The draft decision is waiting for approval by the "
                "officer’s supervisor; once approved, the decision is signed and issued."
            ),
            "ru": (
                "Внутренний статус, заявитель его не видит. Проект решения ожидает утверждения руководителем "
                "инспектора; после утверждения решение подписывают и выносят."
            ),
            "uk": (
                "Внутрішній статус, заявник його не бачить. Проєкт рішення очікує затвердження керівником інспектора; "
                "після затвердження рішення підписують і ухвалюють."
            ),
        },
        "action": {},
    },
    {
        "code": "decision-issued",
        "visible": True,
        "notify": True,
        "final": False,
        "editor_note": (
            "FACTS.md podaje jako organ odwoławczy Szefa UdSC. W sprawach zezwoleń na pracę (WRK) i świadczenia "
            "pieniężnego dla posiadaczy Karty Polaka (KPL) organ odwoławczy może być inny – sprawdź. Wnoszenie "
            "odwołania za pośrednictwem wojewody wynika z art. 129 § 1 KPA."
        ),
        "name": {
            "pl": "Decyzja wydana",
            "en": "Decision issued",
            "ru": "Решение вынесено",
            "uk": "Рішення ухвалено",
        },
        "explanation": {
            "pl": (
                "Urząd wydał decyzję w Twojej sprawie. Decyzja jest doręczana stronie i zawiera pouczenie, czy i jak "
                "można się od niej odwołać. Jeśli decyzja jest pozytywna i w sprawie wydaje się kartę pobytu, DUW "
                "zleca jej wykonanie od razu po wydaniu decyzji."
            ),
            "en": (
                "The office has issued a decision in your case. The decision is delivered to the party and explains "
                "whether and how you can appeal against it. If the decision is positive and a residence card is issued "
                "in your case, DUW has the card produced right after the decision."
            ),
            "ru": (
                "Управление вынесло решение по вашему делу. Решение вручается стороне и содержит разъяснение, можно ли "
                "его обжаловать и как это сделать. Если решение положительное и по делу выдаётся карта побыту, DUW "
                "заказывает её изготовление сразу после вынесения решения."
            ),
            "uk": (
                "Управління ухвалило рішення у вашій справі. Рішення вручається стороні й містить роз’яснення, чи "
                "можна його оскаржити і як це зробити. Якщо рішення позитивне і у справі видається карта побиту, DUW "
                "замовляє її виготовлення одразу після ухвалення рішення."
            ),
        },
        "action": {
            "pl": (
                "Przeczytaj decyzję i pouczenie na jej końcu. Jeśli się z nią nie zgadzasz, możesz – gdy pouczenie to "
                "przewiduje – złożyć odwołanie do Szefa Urzędu do Spraw Cudzoziemców za pośrednictwem Wojewody "
                "Dolnośląskiego w terminie 14 dni od doręczenia decyzji."
            ),
            "en": (
                "Read the decision and the instructions at its end. If you disagree with it, you can, where the "
                "instructions provide for this, appeal to the Head of the Office for Foreigners (Szef Urzędu do Spraw "
                "Cudzoziemców) through the Voivode of Lower Silesia within 14 days of receiving the decision."
            ),
            "ru": (
                "Прочитайте решение и разъяснение в его конце. Если вы с ним не согласны, вы можете, если это "
                "предусмотрено разъяснением, подать апелляцию Начальнику Управления по делам иностранцев (Szef Urzędu "
                "do Spraw Cudzoziemców) через Нижнесилезского воеводу в течение 14 дней со дня вручения решения."
            ),
            "uk": (
                "Прочитайте рішення та роз’яснення в його кінці. Якщо ви з ним не згодні, ви можете, якщо це "
                "передбачено роз’ясненням, подати апеляцію Голові Управління у справах іноземців (Szef Urzędu do Spraw "
                "Cudzoziemców) через Нижньосілезького воєводу протягом 14 днів із дня вручення рішення."
            ),
        },
    },
    {
        "code": "card-ready",
        "visible": True,
        "notify": True,
        "final": False,
        "editor_note": (
            "Sposób odbioru karty (czy trzeba rezerwować wizytę, jakie dokumenty zabrać, odbiór karty dziecka lub "
            "przez inną osobę) nie wynika z FACTS.md – zweryfikuj i w razie potrzeby uzupełnij tekst."
        ),
        "name": {
            "pl": "Karta pobytu do odbioru",
            "en": "Residence card ready for collection",
            "ru": "Карта побыту готова к получению",
            "uk": "Карта побиту готова до отримання",
        },
        "explanation": {
            "pl": (
                "Twoja karta pobytu jest gotowa do odbioru. W DUW karta jest produkowana od razu po wydaniu decyzji, a "
                "o jej gotowości informujemy SMS-em, e-mailem i zmianą statusu w portalu Przybysz."
            ),
            "en": (
                "Your residence card is ready for collection. At DUW the card is produced right after the decision, "
                "and we tell you it is ready by text message, by e-mail and by the status change in the Przybysz "
                "portal."
            ),
            "ru": (
                "Ваша карта побыту готова к получению. В DUW карту изготавливают сразу после вынесения решения, а о её "
                "готовности мы сообщаем по SMS, электронной почте и изменением статуса на портале Przybysz."
            ),
            "uk": (
                "Ваша карта побиту готова до отримання. У DUW карту виготовляють одразу після ухвалення рішення, а про "
                "її готовність ми повідомляємо через SMS, електронною поштою та зміною статусу на порталі Przybysz."
            ),
        },
        "action": {
            "pl": (
                "Odbierz kartę osobiście w punkcie obsługi wskazanym w wiadomości i zabierz ważny paszport. Przy "
                "odbiorze sprawdź, czy dane na karcie są poprawne."
            ),
            "en": (
                "Collect the card in person at the service point named in the message and bring your valid passport. "
                "When you collect it, check that the data on the card are correct."
            ),
            "ru": (
                "Получите карту лично в пункте обслуживания, указанном в сообщении, и возьмите с собой действующий "
                "паспорт. При получении проверьте, правильно ли указаны данные на карте."
            ),
            "uk": (
                "Отримайте карту особисто в пункті обслуговування, зазначеному в повідомленні, і візьміть із собою "
                "чинний паспорт. Під час отримання перевірте, чи правильно вказано дані на карті."
            ),
        },
    },
    {
        "code": "document-ready",
        "visible": True,
        "notify": True,
        "final": False,
        "editor_note": (
            "Sposób odbioru dokumentów innych niż karta pobytu (czy trzeba rezerwować wizytę, jaki dokument tożsamości "
            "okazać, odbiór przez pełnomocnika) nie wynika z FACTS.md – zweryfikuj."
        ),
        "name": {
            "pl": "Dokument do odbioru",
            "en": "Document ready for collection",
            "ru": "Документ готов к получению",
            "uk": "Документ готовий до отримання",
        },
        "explanation": {
            "pl": (
                "Dokument wydany w Twojej sprawie, np. polski dokument podróży dla cudzoziemca, zaproszenie lub wiza, "
                "jest gotowy do odbioru."
            ),
            "en": (
                "The document issued in your case, for example a Polish travel document for a foreigner, an invitation "
                "or a visa, is ready for collection."
            ),
            "ru": (
                "Документ, выданный по вашему делу, например польский проездной документ для иностранца, приглашение "
                "или виза, готов к получению."
            ),
            "uk": (
                "Документ, виданий у вашій справі, наприклад польський проїзний документ для іноземця, запрошення або "
                "віза, готовий до отримання."
            ),
        },
        "action": {
            "pl": (
                "Odbierz dokument w punkcie obsługi wskazanym w wiadomości od urzędu i zabierz ze sobą dokument "
                "tożsamości. Przy odbiorze sprawdź, czy dane w dokumencie są poprawne."
            ),
            "en": (
                "Collect the document at the service point named in the message from the office and bring an identity "
                "document. When you collect it, check that the data in the document are correct."
            ),
            "ru": (
                "Получите документ в пункте обслуживания, указанном в сообщении от управления, и возьмите с собой "
                "документ, удостоверяющий личность. При получении проверьте, правильно ли указаны данные в документе."
            ),
            "uk": (
                "Отримайте документ у пункті обслуговування, зазначеному в повідомленні від управління, і візьміть із "
                "собою документ, що посвідчує особу. Під час отримання перевірте, чи правильно вказано дані в "
                "документі."
            ),
        },
    },
    {
        "code": "left-unexamined",
        "visible": True,
        "notify": True,
        "final": True,
        "editor_note": "",
        "name": {
            "pl": "Wniosek pozostawiony bez rozpoznania",
            "en": "Application left without examination",
            "ru": "Заявление оставлено без рассмотрения",
            "uk": "Заяву залишено без розгляду",
        },
        "explanation": {
            "pl": (
                "Urząd nie rozpatrzy wniosku, ponieważ braki formalne nie zostały uzupełnione w wyznaczonym terminie "
                "(art. 64 § 2 KPA). Sprawa jest zakończona bez decyzji co do jej istoty."
            ),
            "en": (
                "The office will not examine your application because the formal deficiencies were not remedied within "
                "the deadline (Article 64 § 2 KPA). The case is closed without a decision on its merits."
            ),
            "ru": (
                "Управление не будет рассматривать заявление, потому что формальные недостатки не были устранены в "
                "установленный срок (ст. 64 § 2 KPA). Дело завершено без решения по существу."
            ),
            "uk": (
                "Управління не розглядатиме заяву, тому що формальні недоліки не було усунено у визначений строк (ст. "
                "64 § 2 KPA). Справу завершено без рішення по суті."
            ),
        },
        "action": {
            "pl": (
                "Jeśli nadal chcesz załatwić tę sprawę, złóż nowy, kompletny wniosek. Jeśli wniosek dotyczył pobytu, "
                "sprawdź od razu, na jakiej podstawie możesz legalnie przebywać w Polsce."
            ),
            "en": (
                "If you still want to pursue this matter, file a new, complete application. If the application "
                "concerned your stay, check at once on what basis you can stay legally in Poland."
            ),
            "ru": (
                "Если вы по-прежнему хотите решить этот вопрос, подайте новое, полное заявление. Если заявление "
                "касалось пребывания, сразу проверьте, на каком основании вы можете легально находиться в Польше."
            ),
            "uk": (
                "Якщо ви й надалі хочете вирішити це питання, подайте нову, повну заяву. Якщо заява стосувалася "
                "перебування, одразу перевірте, на якій підставі ви можете легально перебувати в Польщі."
            ),
        },
    },
    {
        "code": "discontinued",
        "visible": True,
        "notify": True,
        "final": True,
        "editor_note": "",
        "name": {
            "pl": "Postępowanie umorzone",
            "en": "Proceedings discontinued",
            "ru": "Производство прекращено",
            "uk": "Провадження закрито",
        },
        "explanation": {
            "pl": (
                "Postępowanie zostało umorzone, np. po wycofaniu wniosku albo gdy sprawa stała się bezprzedmiotowa "
                "(art. 105 KPA). Urząd wydaje w tej sprawie decyzję o umorzeniu; pouczenie w niej mówi, czy i jak "
                "można się odwołać."
            ),
            "en": (
                "The proceedings have been discontinued, for example after the application was withdrawn or because "
                "the case became groundless (Article 105 KPA). The office issues a decision to discontinue; its "
                "instructions say whether and how you can appeal."
            ),
            "ru": (
                "Производство прекращено, например после отзыва заявления или потому, что дело утратило предмет (ст. "
                "105 KPA). Управление выносит решение о прекращении производства; в разъяснении к нему указано, можно "
                "ли его обжаловать и как."
            ),
            "uk": (
                "Провадження закрито, наприклад після відкликання заяви або тому, що справа втратила предмет (ст. 105 "
                "KPA). Управління ухвалює рішення про закриття провадження; у роз’ясненні до нього зазначено, чи можна "
                "його оскаржити і як."
            ),
        },
        "action": {},
    },
    {
        "code": "closed",
        "visible": True,
        "notify": True,
        "final": True,
        "editor_note": "",
        "name": {
            "pl": "Sprawa zakończona",
            "en": "Case closed",
            "ru": "Дело завершено",
            "uk": "Справу завершено",
        },
        "explanation": {
            "pl": "Sprawa została zakończona i urząd nie prowadzi w niej dalszych czynności. Nie musisz nic robić.",
            "en": (
                "Your case has been closed and the office is taking no further steps in it. You do not need to do "
                "anything."
            ),
            "ru": (
                "Ваше дело завершено, и управление больше не совершает по нему никаких действий. Вам ничего не нужно "
                "делать."
            ),
            "uk": (
                "Вашу справу завершено, і управління більше не здійснює в ній жодних дій. Вам нічого не потрібно "
                "робити."
            ),
        },
        "action": {},
    },
]
