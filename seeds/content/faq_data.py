"""Seed data: the public FAQ of the Przybysz portal (DUW Wrocław, service for foreigners and employers).

One dict per question, in the four portal languages; Polish is the authoritative text and the English, Russian
and Ukrainian texts are translations of it. The facts come only from the domain facts collected for the
project (FACTS.md): filing modes (MOS since 27 Apr 2026, electronic work permits since 1 Jun 2025), service
points and hours, fees, KPA and u.o.c. deadlines, residence card duties, case statuses and common formal errors.

``topic`` groups the questions on the FAQ page, ``position`` orders them within a topic and ``case_type`` links a
question to one of the twelve form codes (empty when it concerns no single kind of case). A non-empty
``editor_note`` says what an editor has to verify before publication; facts marked unverified in the domain notes
are left out of the answers.
"""

FAQ: list[dict] = [
    # --- filing ---------------------------------------------------------------------------------------------------
    {
        "code": "how-to-file",
        "topic": "filing",
        "case_type": "",
        "position": 10,
        "editor_note": (
            "Sprawdź, które formularze mają obecnie tryb papierowy (wizyta lub poczta), a które elektroniczny lub "
            "zewnętrzny – odpowiedź opisuje zasadę ogólną."
        ),
        "question_pl": "Jak złożyć wniosek?",
        "question_en": "How do I file an application?",
        "question_ru": "Как подать заявление?",
        "question_uk": "Як подати заяву?",
        "answer_pl": (
            "Sposób złożenia zależy od rodzaju sprawy. Od 27 kwietnia 2026 r. wnioski o zezwolenie na pobyt czasowy, "
            "pobyt stały i pobyt rezydenta długoterminowego UE składa się wyłącznie elektronicznie w krajowym systemie "
            "MOS, a wnioski o zezwolenie na pracę – od 1 czerwca 2025 r. elektronicznie przez praca.gov.pl. Pozostałe "
            "wnioski składa się osobiście w punkcie obsługi, po wcześniejszej rezerwacji wizyty, albo pocztą. Przy "
            "każdym formularzu w portalu Przybysz znajdziesz informację, jak go złożyć."
        ),
        "answer_en": (
            "It depends on the kind of case. Since 27 April 2026, applications for temporary residence, permanent "
            "residence and EU long-term resident status are filed only electronically in the national MOS system, and "
            "since 1 June 2025 work permit applications are filed electronically at praca.gov.pl. Other applications "
            "are filed in person at a service point after booking a visit, or by post. Each form in the Przybysz "
            "portal tells you how to file it."
        ),
        "answer_ru": (
            "Это зависит от вида дела. С 27 апреля 2026 г. заявления о разрешении на временное пребывание, постоянное "
            "пребывание и пребывание долгосрочного резидента ЕС подаются только в электронном виде через "
            "общегосударственную систему MOS, а заявления о разрешении на работу с 1 июня 2025 г. подаются электронно "
            "через praca.gov.pl. Остальные заявления подаются лично в пункте обслуживания после предварительной записи "
            "на визит или по почте. У каждой формы на портале Przybysz указано, как её подать."
        ),
        "answer_uk": (
            "Це залежить від виду справи. З 27 квітня 2026 р. заяви про дозвіл на тимчасове перебування, постійне "
            "перебування та перебування довгострокового резидента ЄС подають лише в електронній формі через "
            "загальнодержавну систему MOS, а заяви про дозвіл на роботу з 1 червня 2025 р. подають електронно через "
            "praca.gov.pl. Інші заяви подають особисто в пункті обслуговування після попереднього запису на візит або "
            "поштою. Біля кожної форми на порталі Przybysz зазначено, як її подати."
        ),
    },
    {
        "code": "mos-residence-applications",
        "topic": "filing",
        "case_type": "",
        "position": 20,
        "editor_note": "",
        "question_pl": "Jak złożyć wniosek o pobyt czasowy, stały lub rezydenta długoterminowego UE?",
        "question_en": "How do I apply for temporary, permanent or EU long-term residence?",
        "question_ru": (
            "Как подать заявление на временное, постоянное пребывание или пребывание долгосрочного резидента ЕС?"
        ),
        "question_uk": (
            "Як подати заяву на тимчасове, постійне перебування або перебування довгострокового резидента ЄС?"
        ),
        "answer_pl": (
            "Od 27 kwietnia 2026 r. te wnioski składa się wyłącznie przez krajowy system MOS (mos.cudzoziemcy.gov.pl). "
            "Nie składa się ich już w formie papierowej w urzędzie ani pocztą. Portal Przybysz wyjaśnia ten tryb, "
            "prowadzi do systemu MOS i może pomóc przygotować dane do wniosku."
        ),
        "answer_en": (
            "Since 27 April 2026, these applications are filed only through the national MOS system "
            "(mos.cudzoziemcy.gov.pl). They are no longer filed on paper at the office or by post. The Przybysz portal "
            "explains this procedure, links to MOS and can help you prepare the data for the application."
        ),
        "answer_ru": (
            "С 27 апреля 2026 г. эти заявления подаются только через общегосударственную систему MOS "
            "(mos.cudzoziemcy.gov.pl). В бумажном виде в управлении или по почте их больше не подают. Портал Przybysz "
            "объясняет эту процедуру, ведёт в систему MOS и может помочь подготовить данные для заявления."
        ),
        "answer_uk": (
            "З 27 квітня 2026 р. ці заяви подають лише через загальнодержавну систему MOS (mos.cudzoziemcy.gov.pl). У "
            "паперовій формі в управлінні чи поштою їх більше не подають. Портал Przybysz пояснює цю процедуру, веде "
            "до системи MOS і може допомогти підготувати дані для заяви."
        ),
    },
    {
        "code": "mos-what-you-need",
        "topic": "filing",
        "case_type": "",
        "position": 30,
        "editor_note": "",
        "question_pl": "Czego potrzebuję, żeby złożyć wniosek w systemie MOS?",
        "question_en": "What do I need to file an application in MOS?",
        "question_ru": "Что нужно, чтобы подать заявление в системе MOS?",
        "question_uk": "Що потрібно, щоб подати заяву в системі MOS?",
        "answer_pl": (
            "Potrzebujesz konta login.gov.pl, podpisu elektronicznego oraz skanów dokumentów, które dołączasz do "
            "wniosku. Po złożeniu wniosku otrzymujesz zaświadczenie o złożeniu wniosku – zastępuje ono dotychczasowy "
            "stempel w paszporcie."
        ),
        "answer_en": (
            "You need a login.gov.pl account, an electronic signature and scans of the documents you attach to the "
            "application. After filing, you receive a certificate of filing, which replaces the former stamp in the "
            "passport."
        ),
        "answer_ru": (
            "Нужны учётная запись login.gov.pl, электронная подпись и сканы документов, которые прилагаются к "
            "заявлению. После подачи вы получаете справку о подаче заявления — она заменяет прежний штамп в паспорте."
        ),
        "answer_uk": (
            "Потрібні обліковий запис login.gov.pl, електронний підпис і скани документів, які додаються до заяви. "
            "Після подання ви отримуєте довідку про подання заяви — вона замінює колишній штамп у паспорті."
        ),
    },
    {
        "code": "filing-by-post",
        "topic": "filing",
        "case_type": "",
        "position": 40,
        "editor_note": (
            "KPA uznaje datę nadania za datę złożenia tylko w placówce pocztowej operatora wyznaczonego – rozważ "
            "doprecyzowanie odpowiedzi (FACTS mówi ogólnie o dacie nadania)."
        ),
        "question_pl": "Czy mogę wysłać wniosek pocztą?",
        "question_en": "Can I send my application by post?",
        "question_ru": "Можно ли отправить заявление по почте?",
        "question_uk": "Чи можна надіслати заяву поштою?",
        "answer_pl": (
            "Tak, jeśli dany wniosek składa się w formie papierowej. O zachowaniu terminu decyduje data nadania "
            "przesyłki, a nie dzień, w którym dotrze ona do urzędu, dlatego zachowaj potwierdzenie nadania. Pocztą nie "
            "składa się wniosków, które przyjmowane są wyłącznie elektronicznie (MOS, praca.gov.pl)."
        ),
        "answer_en": (
            "Yes, if that application is filed on paper. What counts for the deadline is the date of posting, not the "
            "day the letter reaches the office, so keep your proof of posting. Applications that are accepted only "
            "electronically (MOS, praca.gov.pl) cannot be sent by post."
        ),
        "answer_ru": (
            "Да, если это заявление подаётся в бумажном виде. Для соблюдения срока решающее значение имеет дата "
            "отправки, а не день, когда письмо поступит в управление, поэтому сохраните подтверждение отправки. "
            "Заявления, которые принимаются только в электронном виде (MOS, praca.gov.pl), по почте не подаются."
        ),
        "answer_uk": (
            "Так, якщо цю заяву подають у паперовій формі. Для дотримання строку вирішальною є дата відправлення, а не "
            "день, коли лист надійде до управління, тому збережіть підтвердження відправлення. Заяви, які приймають "
            "лише в електронній формі (MOS, praca.gov.pl), поштою не подають."
        ),
    },
    # --- visits ---------------------------------------------------------------------------------------------------
    {
        "code": "book-visit",
        "topic": "visits",
        "case_type": "",
        "position": 10,
        "editor_note": "",
        "question_pl": "Jak umówić wizytę w urzędzie?",
        "question_en": "How do I book a visit at the office?",
        "question_ru": "Как записаться на визит в управление?",
        "question_uk": "Як записатися на візит до управління?",
        "answer_pl": (
            "Wizytę rezerwujesz przez internet w systemie rezerwacji wizyt DUW (wizyta.duw.pl). Przy wniosku "
            "wypełnionym w portalu Przybysz podajesz imię i nazwisko, adres e-mail i numer PIO, a następnie wybierasz "
            "punkt obsługi."
        ),
        "answer_en": (
            "You book a visit online in the DUW visit booking system (wizyta.duw.pl). For an application filled in on "
            "the Przybysz portal, you enter your name, e-mail address and PIO number, and then choose the service "
            "point."
        ),
        "answer_ru": (
            "Визит бронируется через интернет в системе записи на визиты DUW (wizyta.duw.pl). Для заявления, "
            "заполненного на портале Przybysz, укажите имя и фамилию, адрес электронной почты и номер PIO, а затем "
            "выберите пункт обслуживания."
        ),
        "answer_uk": (
            "Візит бронюють через інтернет у системі запису на візити DUW (wizyta.duw.pl). Для заяви, заповненої на "
            "порталі Przybysz, зазначте ім’я та прізвище, адресу електронної пошти й номер PIO, а потім виберіть пункт "
            "обслуговування."
        ),
    },
    {
        "code": "arrive-early-ticket-machine",
        "topic": "visits",
        "case_type": "",
        "position": 20,
        "editor_note": "",
        "question_pl": "Kiedy przyjść na umówioną wizytę i co zrobić na miejscu?",
        "question_en": "When should I arrive for my visit and what do I do there?",
        "question_ru": "Когда приходить на визит и что делать на месте?",
        "question_uk": "Коли приходити на візит і що робити на місці?",
        "answer_pl": (
            "Przyjdź 15 minut przed godziną wizyty i miej przy sobie numer rezerwacji. Na miejscu wpisz ten numer w "
            "biletomacie – wydrukuje on bilet z numerem w kolejce."
        ),
        "answer_en": (
            "Arrive 15 minutes before your appointment and have your reservation number with you. On site, type this "
            "number into the ticket machine, which prints your queue ticket."
        ),
        "answer_ru": (
            "Приходите за 15 минут до назначенного времени и имейте при себе номер брони. На месте введите этот номер "
            "в терминале электронной очереди — он распечатает талон с номером в очереди."
        ),
        "answer_uk": (
            "Приходьте за 15 хвилин до призначеного часу й майте при собі номер бронювання. На місці введіть цей номер "
            "у терміналі електронної черги — він надрукує талон із номером у черзі."
        ),
    },
    {
        "code": "opening-hours",
        "topic": "visits",
        "case_type": "",
        "position": 30,
        "editor_note": (
            "Godziny podano według strony Karty Polaka w portalu – potwierdź, że obowiązują we wszystkich czterech "
            "punktach obsługi."
        ),
        "question_pl": "W jakich godzinach pracują punkty obsługi?",
        "question_en": "What are the opening hours of the service points?",
        "question_ru": "Когда работают пункты обслуживания?",
        "question_uk": "Який графік роботи пунктів обслуговування?",
        "answer_pl": (
            "Punkty obsługi są czynne:\n"
            "- w poniedziałek, wtorek, czwartek i piątek w godz. 9:00–16:00,\n"
            "- w środę w godz. 8:00–18:00."
        ),
        "answer_en": (
            "The service points are open:\n"
            "- Monday, Tuesday, Thursday and Friday, 9:00–16:00,\n"
            "- Wednesday, 8:00–18:00."
        ),
        "answer_ru": (
            "Пункты обслуживания работают:\n"
            "- в понедельник, вторник, четверг и пятницу с 9:00 до 16:00,\n"
            "- в среду с 8:00 до 18:00."
        ),
        "answer_uk": (
            "Пункти обслуговування працюють:\n"
            "- у понеділок, вівторок, четвер і п’ятницю з 9:00 до 16:00,\n"
            "- у середу з 8:00 до 18:00."
        ),
    },
    {
        "code": "service-points",
        "topic": "visits",
        "case_type": "",
        "position": 40,
        "editor_note": "",
        "question_pl": "Gdzie są punkty obsługi cudzoziemców?",
        "question_en": "Where are the service points for foreigners?",
        "question_ru": "Где находятся пункты обслуживания иностранцев?",
        "question_uk": "Де розташовані пункти обслуговування іноземців?",
        "answer_pl": (
            "DUW obsługuje cudzoziemców w czterech punktach:\n"
            "- **Wrocław**: pl. Powstańców Warszawy 1, 50-153 Wrocław,\n"
            "- **Delegatura w Legnicy**: ul. F. Skarbka 3, 59-220 Legnica,\n"
            "- **Delegatura w Wałbrzychu**: ul. Słowackiego 23a, 58-300 Wałbrzych,\n"
            "- **Delegatura w Jeleniej Górze**: ul. Piłsudskiego 12, 58-500 Jelenia Góra."
        ),
        "answer_en": (
            "DUW serves foreigners at four service points:\n"
            "- **Wrocław**: pl. Powstańców Warszawy 1, 50-153 Wrocław,\n"
            "- **Legnica branch**: ul. F. Skarbka 3, 59-220 Legnica,\n"
            "- **Wałbrzych branch**: ul. Słowackiego 23a, 58-300 Wałbrzych,\n"
            "- **Jelenia Góra branch**: ul. Piłsudskiego 12, 58-500 Jelenia Góra."
        ),
        "answer_ru": (
            "DUW обслуживает иностранцев в четырёх пунктах:\n"
            "- **Вроцлав**: pl. Powstańców Warszawy 1, 50-153 Wrocław,\n"
            "- **Филиал в Легнице**: ul. F. Skarbka 3, 59-220 Legnica,\n"
            "- **Филиал в Валбжихе**: ul. Słowackiego 23a, 58-300 Wałbrzych,\n"
            "- **Филиал в Еленя-Гуре**: ul. Piłsudskiego 12, 58-500 Jelenia Góra."
        ),
        "answer_uk": (
            "DUW обслуговує іноземців у чотирьох пунктах:\n"
            "- **Вроцлав**: pl. Powstańców Warszawy 1, 50-153 Wrocław,\n"
            "- **Філія в Легниці**: ul. F. Skarbka 3, 59-220 Legnica,\n"
            "- **Філія у Вальбжиху**: ul. Słowackiego 23a, 58-300 Wałbrzych,\n"
            "- **Філія в Єленя-Гурі**: ul. Piłsudskiego 12, 58-500 Jelenia Góra."
        ),
    },
    {
        "code": "helpline",
        "topic": "visits",
        "case_type": "",
        "position": 50,
        "editor_note": "Uzupełnij godziny pracy infolinii (FACTS podaje tylko numer).",
        "question_pl": "Czy mogę zadzwonić do urzędu?",
        "question_en": "Can I call the office?",
        "question_ru": "Можно ли позвонить в управление?",
        "question_uk": "Чи можна зателефонувати до управління?",
        "answer_pl": "Tak, infolinia urzędu działa pod numerem **71 701 11 00**.",
        "answer_en": "Yes, the office helpline number is **71 701 11 00**.",
        "answer_ru": "Да, номер справочной линии управления: **71 701 11 00**.",
        "answer_uk": "Так, номер довідкової лінії управління: **71 701 11 00**.",
    },
    # --- residence ------------------------------------------------------------------------------------------------
    {
        "code": "legal-stay-while-pending",
        "topic": "residence",
        "case_type": "TRP",
        "position": 10,
        "editor_note": "",
        "question_pl": "Czy mój pobyt jest legalny, kiedy czekam na decyzję?",
        "question_en": "Is my stay legal while I wait for the decision?",
        "question_ru": "Законно ли моё пребывание, пока я жду решения?",
        "question_uk": "Чи законне моє перебування, поки я чекаю на рішення?",
        "answer_pl": (
            "Tak, jeśli złożysz wniosek w terminie, czyli przed końcem legalnego pobytu, i wniosek jest kompletny, "
            "Twój pobyt w Polsce jest legalny do czasu wydania decyzji. Dlatego uzupełniaj braki formalne w "
            "wyznaczonym terminie. Przy wnioskach złożonych w systemie MOS potwierdzeniem jest zaświadczenie o "
            "złożeniu wniosku, które zastępuje stempel w paszporcie."
        ),
        "answer_en": (
            "Yes. If you file on time, that is before your legal stay ends, and your application is complete, your "
            "stay in Poland remains legal until the decision is issued. That is why you should remedy any formal "
            "deficiencies within the deadline you are given. For applications filed in MOS, the proof is the "
            "certificate of filing, which replaces the stamp in the passport."
        ),
        "answer_ru": (
            "Да, если вы подали заявление вовремя, то есть до окончания законного пребывания, и заявление полное, ваше "
            "пребывание в Польше остаётся законным до вынесения решения. Поэтому устраняйте формальные недостатки в "
            "установленный срок. Для заявлений, поданных в системе MOS, подтверждением служит справка о подаче "
            "заявления, которая заменяет штамп в паспорте."
        ),
        "answer_uk": (
            "Так, якщо ви подали заяву вчасно, тобто до закінчення законного перебування, і заява повна, ваше "
            "перебування в Польщі залишається законним до ухвалення рішення. Тому усувайте формальні недоліки у "
            "визначений строк. Для заяв, поданих у системі MOS, підтвердженням є довідка про подання заяви, яка "
            "замінює штамп у паспорті."
        ),
    },
    {
        "code": "travel-while-pending",
        "topic": "residence",
        "case_type": "TRP",
        "position": 20,
        "editor_note": "",
        "question_pl": "Czy mogę podróżować, czekając na decyzję?",
        "question_en": "Can I travel while I wait for the decision?",
        "question_ru": "Можно ли путешествовать в ожидании решения?",
        "question_uk": "Чи можна подорожувати, очікуючи на рішення?",
        "answer_pl": (
            "Legalny pobyt na podstawie złożonego wniosku nie uprawnia do podróży po innych państwach strefy Schengen. "
            "Możesz wyjechać do swojego kraju pochodzenia, ale na powrót do Polski będziesz potrzebować wizy."
        ),
        "answer_en": (
            "Legal stay based on a pending application does not allow you to travel to other Schengen countries. You "
            "may go to your home country, but you will need a visa to come back to Poland."
        ),
        "answer_ru": (
            "Законное пребывание на основании поданного заявления не даёт права ездить в другие страны Шенгенской "
            "зоны. Вы можете выехать в свою страну происхождения, но для возвращения в Польшу понадобится виза."
        ),
        "answer_uk": (
            "Законне перебування на підставі поданої заяви не дає права подорожувати до інших країн Шенгенської зони. "
            "Ви можете виїхати до своєї країни походження, але для повернення до Польщі вам знадобиться віза."
        ),
    },
    {
        "code": "card-cannot-be-extended",
        "topic": "residence",
        "case_type": "TRP",
        "position": 30,
        "editor_note": "",
        "question_pl": "Jak przedłużyć kartę pobytu?",
        "question_en": "How do I extend my residence card?",
        "question_ru": "Как продлить карту побыту?",
        "question_uk": "Як продовжити карту побиту?",
        "answer_pl": (
            "Karty pobytu wydanej na podstawie zezwolenia na pobyt czasowy nie można „przedłużyć”. Jeśli chcesz zostać "
            "w Polsce dłużej, złóż nowy wniosek o zezwolenie na pobyt przed końcem swojego legalnego pobytu. Kompletny "
            "wniosek złożony w terminie sprawia, że pobyt pozostaje legalny do czasu decyzji."
        ),
        "answer_en": (
            "A residence card issued on the basis of a temporary residence permit cannot be “extended”. If you want to "
            "stay in Poland longer, file a new residence permit application before your legal stay ends. A complete "
            "application filed on time keeps your stay legal until the decision."
        ),
        "answer_ru": (
            "Карту побыту, выданную на основании разрешения на временное пребывание, нельзя «продлить». Если вы хотите "
            "остаться в Польше дольше, подайте новое заявление о разрешении на пребывание до окончания законного "
            "пребывания. Полное заявление, поданное вовремя, сохраняет законность пребывания до вынесения решения."
        ),
        "answer_uk": (
            "Карту побиту, видану на підставі дозволу на тимчасове перебування, не можна «продовжити». Якщо ви хочете "
            "залишитися в Польщі довше, подайте нову заяву про дозвіл на перебування до закінчення законного "
            "перебування. Повна заява, подана вчасно, зберігає законність перебування до ухвалення рішення."
        ),
    },
    {
        "code": "card-ready-notification",
        "topic": "residence",
        "case_type": "CRD",
        "position": 40,
        "editor_note": "",
        "question_pl": "Jak dowiem się, że moja karta pobytu jest gotowa?",
        "question_en": "How will I know that my residence card is ready?",
        "question_ru": "Как я узнаю, что карта побыту готова?",
        "question_uk": "Як я дізнаюся, що карта побиту готова?",
        "answer_pl": (
            "W DUW karta pobytu jest produkowana od razu po wydaniu decyzji. Gdy będzie gotowa, otrzymasz SMS i "
            "e-mail, a status sprawy w portalu Przybysz zmieni się na „Karta pobytu do odbioru”."
        ),
        "answer_en": (
            "At DUW, the residence card is produced right after the decision is issued. When it is ready, you will "
            "receive a text message and an e-mail, and your case status in the Przybysz portal will change to “Karta "
            "pobytu do odbioru” (card ready for collection)."
        ),
        "answer_ru": (
            "В DUW карту побыту изготавливают сразу после вынесения решения. Когда она будет готова, вы получите SMS и "
            "письмо по электронной почте, а статус дела на портале Przybysz изменится на «Karta pobytu do odbioru» "
            "(карта готова к получению)."
        ),
        "answer_uk": (
            "У DUW карту побиту виготовляють одразу після ухвалення рішення. Коли вона буде готова, ви отримаєте SMS і "
            "лист електронною поштою, а статус справи на порталі Przybysz зміниться на «Karta pobytu do odbioru» "
            "(карта готова до отримання)."
        ),
    },
    # --- work -----------------------------------------------------------------------------------------------------
    {
        "code": "work-permit-electronic",
        "topic": "work",
        "case_type": "WRK",
        "position": 10,
        "editor_note": "",
        "question_pl": "Jak złożyć wniosek o zezwolenie na pracę?",
        "question_en": "How do I apply for a work permit?",
        "question_ru": "Как подать заявление о разрешении на работу?",
        "question_uk": "Як подати заяву про дозвіл на роботу?",
        "answer_pl": (
            "Wniosek o wydanie lub przedłużenie zezwolenia na pracę składa pracodawca, a nie cudzoziemiec. Od 1 "
            "czerwca 2025 r. wnioski te składa się elektronicznie przez praca.gov.pl."
        ),
        "answer_en": (
            "The application for issuing or extending a work permit is filed by the employer, not by the foreigner. "
            "Since 1 June 2025, these applications are filed electronically at praca.gov.pl."
        ),
        "answer_ru": (
            "Заявление о выдаче или продлении разрешения на работу подаёт работодатель, а не иностранец. С 1 июня 2025 "
            "г. такие заявления подаются в электронном виде через praca.gov.pl."
        ),
        "answer_uk": (
            "Заяву про видачу або продовження дозволу на роботу подає роботодавець, а не іноземець. З 1 червня 2025 р. "
            "такі заяви подають в електронній формі через praca.gov.pl."
        ),
    },
    {
        "code": "employer-annex-in-mos",
        "topic": "work",
        "case_type": "TRW",
        "position": 20,
        "editor_note": "",
        "question_pl": "Jak pracodawca wypełnia załącznik nr 1 do wniosku o pobyt i pracę?",
        "question_en": "How does the employer fill in Annex 1 to the residence and work application?",
        "question_ru": "Как работодатель заполняет приложение № 1 к заявлению на пребывание и работу?",
        "question_uk": "Як роботодавець заповнює додаток № 1 до заяви на перебування та роботу?",
        "answer_pl": (
            "Przy wniosku o zezwolenie na pobyt czasowy i pracę składanym w systemie MOS pracodawca wypełnia swój "
            "załącznik przez link, który wysyła mu system. W załączniku podaje m.in. swoje dane (NIP, REGON, wpis do "
            "rejestru), stanowisko, miejsce pracy, rodzaj umowy, wymiar czasu pracy w godzinach tygodniowo i "
            "wynagrodzenie."
        ),
        "answer_en": (
            "For a temporary residence and work application filed in MOS, the employer fills in its annex through a "
            "link sent by the system. The annex includes, among other things, the employer's details (NIP, REGON, "
            "register entry), the position, place of work, type of contract, weekly working hours and pay."
        ),
        "answer_ru": (
            "При заявлении о разрешении на временное пребывание и работу, подаваемом в системе MOS, работодатель "
            "заполняет своё приложение по ссылке, которую ему присылает система. В приложении он указывает, в "
            "частности, свои данные (NIP, REGON, запись в реестре), должность, место работы, вид договора, количество "
            "рабочих часов в неделю и зарплату."
        ),
        "answer_uk": (
            "Для заяви про дозвіл на тимчасове перебування та роботу, яку подають у системі MOS, роботодавець заповнює "
            "свій додаток за посиланням, яке йому надсилає система. У додатку він зазначає, зокрема, свої дані (NIP, "
            "REGON, запис у реєстрі), посаду, місце роботи, вид договору, кількість робочих годин на тиждень і "
            "заробітну плату."
        ),
    },
    {
        "code": "change-employer-single-permit",
        "topic": "work",
        "case_type": "CHG",
        "position": 30,
        "editor_note": (
            "Opłata za wniosek o zmianę zezwolenia (220 zł) i podstawa prawna (art. 123 u.o.c.) są niezweryfikowane – "
            "celowo pominięto je w odpowiedzi; potwierdź przed dopisaniem. Sprawdź też tryb składania wniosku o zmianę."
        ),
        "question_pl": "Zmieniam pracodawcę. Co z moim zezwoleniem na pobyt i pracę?",
        "question_en": "I am changing employer. What happens to my residence and work permit?",
        "question_ru": "Я меняю работодателя. Что будет с моим разрешением на пребывание и работу?",
        "question_uk": "Я змінюю роботодавця. Що буде з моїм дозволом на перебування та роботу?",
        "answer_pl": (
            "Zmiana pracodawcy przy zezwoleniu na pobyt czasowy i pracę wymaga złożenia wniosku o zmianę tego "
            "zezwolenia albo nowego wniosku o zezwolenie. Jeśli przestajesz pracować u dotychczasowego pracodawcy, "
            "pamiętaj też o zawiadomieniu urzędu w ciągu 15 dni roboczych."
        ),
        "answer_en": (
            "If you hold a temporary residence and work permit, changing employer requires an application to change "
            "the permit or a new permit application. If you stop working for your current employer, also remember to "
            "notify the office within 15 working days."
        ),
        "answer_ru": (
            "При разрешении на временное пребывание и работу смена работодателя требует подачи заявления об изменении "
            "этого разрешения или нового заявления о разрешении. Если вы перестаёте работать у прежнего работодателя, "
            "не забудьте также уведомить управление в течение 15 рабочих дней."
        ),
        "answer_uk": (
            "Якщо у вас дозвіл на тимчасове перебування та роботу, зміна роботодавця потребує подання заяви про зміну "
            "цього дозволу або нової заяви про дозвіл. Якщо ви припиняєте працювати в попереднього роботодавця, не "
            "забудьте також повідомити управління протягом 15 робочих днів."
        ),
    },
    {
        "code": "job-loss-single-permit",
        "topic": "work",
        "case_type": "TRW",
        "position": 40,
        "editor_note": "Potwierdź adresata i formę zawiadomienia (FACTS podaje tylko termin 15 dni roboczych).",
        "question_pl": "Straciłem pracę, a mam zezwolenie na pobyt i pracę. Co muszę zrobić?",
        "question_en": "I lost my job and I have a residence and work permit. What must I do?",
        "question_ru": "Я потерял работу, а у меня разрешение на пребывание и работу. Что нужно сделать?",
        "question_uk": "Я втратив роботу, а в мене дозвіл на перебування та роботу. Що потрібно зробити?",
        "answer_pl": (
            "Jeśli masz zezwolenie na pobyt czasowy i pracę i tracisz pracę, musisz zawiadomić o tym urząd wojewódzki "
            "w ciągu 15 dni roboczych."
        ),
        "answer_en": (
            "If you hold a temporary residence and work permit and lose your job, you must notify the voivodeship "
            "office within 15 working days."
        ),
        "answer_ru": (
            "Если у вас разрешение на временное пребывание и работу и вы потеряли работу, необходимо уведомить об этом "
            "воеводское управление в течение 15 рабочих дней."
        ),
        "answer_uk": (
            "Якщо у вас дозвіл на тимчасове перебування та роботу і ви втратили роботу, потрібно повідомити про це "
            "воєводське управління протягом 15 робочих днів."
        ),
    },
    # --- fees -----------------------------------------------------------------------------------------------------
    {
        "code": "where-to-pay-stamp-duty",
        "topic": "fees",
        "case_type": "",
        "position": 10,
        "editor_note": (
            "Uzupełnij numer rachunku Gminy Wrocław i sposoby zapłaty ze strony duw.pl (Opłaty w sprawach "
            "legalizacji). Sprawdź, czy opłata za kartę pobytu i za zezwolenie na pracę trafia na ten sam rachunek."
        ),
        "question_pl": "Komu płacę opłatę skarbową?",
        "question_en": "Who do I pay the stamp duty to?",
        "question_ru": "Кому платить гербовый сбор?",
        "question_uk": "Кому сплачувати гербовий збір?",
        "answer_pl": (
            "Opłatę skarbową w sprawach prowadzonych przez DUW wpłaca się na rzecz Gminy Wrocław. Dowód zapłaty dołącz "
            "do wniosku – jego brak to częsty brak formalny."
        ),
        "answer_en": (
            "Stamp duty in cases handled by DUW is paid to the Municipality of Wrocław (Gmina Wrocław). Attach the "
            "proof of payment to your application – a missing proof is a common formal deficiency."
        ),
        "answer_ru": (
            "Гербовый сбор по делам, которые ведёт DUW, уплачивается в пользу гмины Вроцлав (Gmina Wrocław). Приложите "
            "к заявлению подтверждение оплаты — его отсутствие является частым формальным недостатком."
        ),
        "answer_uk": (
            "Гербовий збір у справах, які веде DUW, сплачують на користь гміни Вроцлав (Gmina Wrocław). Додайте до "
            "заяви підтвердження оплати — його відсутність є частим формальним недоліком."
        ),
    },
    {
        "code": "fee-temporary-residence",
        "topic": "fees",
        "case_type": "TRP",
        "position": 20,
        "editor_note": "",
        "question_pl": "Ile kosztuje zezwolenie na pobyt czasowy?",
        "question_en": "How much does a temporary residence permit cost?",
        "question_ru": "Сколько стоит разрешение на временное пребывание?",
        "question_uk": "Скільки коштує дозвіл на тимчасове перебування?",
        "answer_pl": (
            "Opłata skarbowa wynosi:\n"
            "- **340 zł** – zezwolenie na pobyt czasowy (np. w celu połączenia z rodziną, studiów lub w innym celu),\n"
            "- **440 zł** – zezwolenie na pobyt czasowy i pracę,\n"
            "- **440 zł** – Niebieska Karta UE.\n"
            "Osobno płaci się 100 zł za wydanie karty pobytu."
        ),
        "answer_en": (
            "The stamp duty is:\n"
            "- **340 zł** – temporary residence permit (e.g. family, studies or another purpose),\n"
            "- **440 zł** – temporary residence and work permit,\n"
            "- **440 zł** – EU Blue Card.\n"
            "The residence card itself costs a separate 100 zł."
        ),
        "answer_ru": (
            "Гербовый сбор составляет:\n"
            "- **340 злотых** — разрешение на временное пребывание (например, с целью воссоединения семьи, учёбы или с "
            "другой целью),\n"
            "- **440 злотых** — разрешение на временное пребывание и работу,\n"
            "- **440 злотых** — Голубая карта ЕС.\n"
            "Отдельно оплачивается выдача карты побыту — 100 злотых."
        ),
        "answer_uk": (
            "Гербовий збір становить:\n"
            "- **340 злотих** — дозвіл на тимчасове перебування (наприклад, з метою возз’єднання з родиною, навчання "
            "або з іншою метою),\n"
            "- **440 злотих** — дозвіл на тимчасове перебування та роботу,\n"
            "- **440 злотих** — Блакитна карта ЄС.\n"
            "Окремо оплачують видачу карти побиту — 100 злотих."
        ),
    },
    {
        "code": "fee-permanent-and-long-term",
        "topic": "fees",
        "case_type": "PRM",
        "position": 30,
        "editor_note": "",
        "question_pl": "Ile kosztuje zezwolenie na pobyt stały lub rezydenta długoterminowego UE?",
        "question_en": "How much does a permanent or EU long-term resident permit cost?",
        "question_ru": "Сколько стоит разрешение на постоянное пребывание или пребывание долгосрочного резидента ЕС?",
        "question_uk": "Скільки коштує дозвіл на постійне перебування або перебування довгострокового резидента ЄС?",
        "answer_pl": (
            "Opłata skarbowa za każde z tych zezwoleń wynosi **640 zł**. Osobno płaci się 100 zł za wydanie karty "
            "pobytu. Posiadacze Karty Polaka są zwolnieni z opłaty za zezwolenie na pobyt stały."
        ),
        "answer_en": (
            "The stamp duty for each of these permits is **640 zł**. The residence card costs a separate 100 zł. "
            "Holders of the Karta Polaka are exempt from the permanent residence permit fee."
        ),
        "answer_ru": (
            "Гербовый сбор за каждое из этих разрешений составляет **640 злотых**. Отдельно оплачивается выдача карты "
            "побыту — 100 злотых. Обладатели Карты поляка освобождены от сбора за разрешение на постоянное пребывание."
        ),
        "answer_uk": (
            "Гербовий збір за кожен із цих дозволів становить **640 злотих**. Окремо оплачують видачу карти побиту — "
            "100 злотих. Власники Карти поляка звільнені від збору за дозвіл на постійне перебування."
        ),
    },
    {
        "code": "karta-polaka-permanent-fee-exempt",
        "topic": "fees",
        "case_type": "PRM",
        "position": 40,
        "editor_note": "",
        "question_pl": "Mam Kartę Polaka. Czy płacę za zezwolenie na pobyt stały?",
        "question_en": "I hold a Karta Polaka. Do I pay for a permanent residence permit?",
        "question_ru": "У меня есть Карта поляка. Нужно ли платить за разрешение на постоянное пребывание?",
        "question_uk": "У мене є Карта поляка. Чи потрібно платити за дозвіл на постійне перебування?",
        "answer_pl": (
            "Nie. Posiadacze Karty Polaka są zwolnieni z opłaty skarbowej za zezwolenie na pobyt stały, która w innych "
            "przypadkach wynosi 640 zł."
        ),
        "answer_en": (
            "No. Karta Polaka holders are exempt from the stamp duty for a permanent residence permit, which is "
            "otherwise 640 zł."
        ),
        "answer_ru": (
            "Нет. Обладатели Карты поляка освобождены от гербового сбора за разрешение на постоянное пребывание, "
            "который в остальных случаях составляет 640 злотых."
        ),
        "answer_uk": (
            "Ні. Власники Карти поляка звільнені від гербового збору за дозвіл на постійне перебування, який в інших "
            "випадках становить 640 злотих."
        ),
    },
    {
        "code": "fee-residence-card",
        "topic": "fees",
        "case_type": "CRD",
        "position": 50,
        "editor_note": (
            "Potwierdź w komunikacie DUW nr 18369, w jakich przypadkach opłata po zawinionej utracie karty wynosi 200 "
            "zł, a w jakich 300 zł."
        ),
        "question_pl": "Ile kosztuje karta pobytu?",
        "question_en": "How much does a residence card cost?",
        "question_ru": "Сколько стоит карта побыту?",
        "question_uk": "Скільки коштує карта побиту?",
        "answer_pl": (
            "Opłata za wydanie karty pobytu wynosi **100 zł** (od 29 lipca 2022 r.). Jeśli karta zostanie utracona z "
            "Twojej winy, opłata za nową kartę jest wyższa: 200 zł albo 300 zł."
        ),
        "answer_en": (
            "The fee for issuing a residence card is **100 zł** (since 29 July 2022). If the card was lost through "
            "your own fault, the fee for a new card is higher: 200 zł or 300 zł."
        ),
        "answer_ru": (
            "Плата за выдачу карты побыту составляет **100 злотых** (с 29 июля 2022 г.). Если карта утрачена по вашей "
            "вине, плата за новую карту выше: 200 или 300 злотых."
        ),
        "answer_uk": (
            "Плата за видачу карти побиту становить **100 злотих** (з 29 липня 2022 р.). Якщо карту втрачено з вашої "
            "вини, плата за нову карту вища: 200 або 300 злотих."
        ),
    },
    {
        "code": "fee-power-of-attorney",
        "topic": "fees",
        "case_type": "",
        "position": 60,
        "editor_note": "",
        "question_pl": "Ile kosztuje pełnomocnictwo?",
        "question_en": "How much does a power of attorney cost?",
        "question_ru": "Сколько стоит доверенность?",
        "question_uk": "Скільки коштує довіреність?",
        "answer_pl": (
            "Jeśli działasz przez pełnomocnika, za złożenie pełnomocnictwa płaci się **17 zł** opłaty skarbowej. Tę "
            "opłatę również wpłaca się na rzecz Gminy Wrocław."
        ),
        "answer_en": (
            "If someone acts for you under a power of attorney, the stamp duty for filing it is **17 zł**. This fee is "
            "also paid to the Municipality of Wrocław."
        ),
        "answer_ru": (
            "Если вы действуете через представителя, за подачу доверенности уплачивается гербовый сбор **17 злотых**. "
            "Этот сбор также уплачивается в пользу гмины Вроцлав."
        ),
        "answer_uk": (
            "Якщо ви дієте через представника, за подання довіреності сплачують гербовий збір **17 злотих**. Цей збір "
            "також сплачують на користь гміни Вроцлав."
        ),
    },
    {
        "code": "fee-work-permit",
        "topic": "fees",
        "case_type": "WRK",
        "position": 70,
        "editor_note": "",
        "question_pl": "Ile kosztuje zezwolenie na pracę?",
        "question_en": "How much does a work permit cost?",
        "question_ru": "Сколько стоит разрешение на работу?",
        "question_uk": "Скільки коштує дозвіл на роботу?",
        "answer_pl": (
            "Od 1 grudnia 2025 r. opłata za wniosek o zezwolenie na pracę wynosi:\n"
            "- **200 zł** – praca do 3 miesięcy,\n"
            "- **400 zł** – praca powyżej 3 miesięcy,\n"
            "- **800 zł** – delegowanie cudzoziemca.\n"
            "Wniosek składa pracodawca."
        ),
        "answer_en": (
            "Since 1 December 2025, the fee for a work permit application is:\n"
            "- **200 zł** – work for up to 3 months,\n"
            "- **400 zł** – work for more than 3 months,\n"
            "- **800 zł** – posting (secondment) of a foreigner.\n"
            "The application is filed by the employer."
        ),
        "answer_ru": (
            "С 1 декабря 2025 г. плата за заявление о разрешении на работу составляет:\n"
            "- **200 злотых** — работа до 3 месяцев,\n"
            "- **400 злотых** — работа более 3 месяцев,\n"
            "- **800 злотых** — командирование иностранца.\n"
            "Заявление подаёт работодатель."
        ),
        "answer_uk": (
            "З 1 грудня 2025 р. плата за заяву про дозвіл на роботу становить:\n"
            "- **200 злотих** — робота до 3 місяців,\n"
            "- **400 злотих** — робота понад 3 місяці,\n"
            "- **800 злотих** — відрядження іноземця.\n"
            "Заяву подає роботодавець."
        ),
    },
    {
        "code": "fee-other-applications",
        "topic": "fees",
        "case_type": "",
        "position": 80,
        "editor_note": "",
        "question_pl": "Ile kosztuje dokument podróży, przedłużenie wizy albo zaproszenie?",
        "question_en": "How much do a travel document, a visa extension or an invitation cost?",
        "question_ru": "Сколько стоят проездной документ, продление визы или приглашение?",
        "question_uk": "Скільки коштують проїзний документ, продовження візи або запрошення?",
        "answer_pl": (
            "- polski dokument podróży dla cudzoziemca – **350 zł**,\n"
            "- przedłużenie wizy krajowej – **406 zł**, przedłużenie wizy Schengen – **30 EUR**,\n"
            "- wpisanie zaproszenia do ewidencji zaproszeń – **27 zł**,\n"
            "- wniosek o świadczenie pieniężne dla posiadaczy Karty Polaka – bez opłaty."
        ),
        "answer_en": (
            "- Polish travel document for a foreigner – **350 zł**,\n"
            "- extension of a national visa – **406 zł**, extension of a Schengen visa – **30 EUR**,\n"
            "- entry of an invitation in the register of invitations – **27 zł**,\n"
            "- application for the cash benefit for Karta Polaka holders – free of charge."
        ),
        "answer_ru": (
            "- польский проездной документ для иностранца — **350 злотых**,\n"
            "- продление национальной визы — **406 злотых**, продление шенгенской визы — **30 евро**,\n"
            "- внесение приглашения в реестр приглашений — **27 злотых**,\n"
            "- заявление о денежной выплате для обладателей Карты поляка — бесплатно."
        ),
        "answer_uk": (
            "- польський проїзний документ для іноземця — **350 злотих**,\n"
            "- продовження національної візи — **406 злотих**, продовження шенгенської візи — **30 євро**,\n"
            "- внесення запрошення до реєстру запрошень — **27 злотих**,\n"
            "- заява про грошову виплату для власників Карти поляка — безоплатно."
        ),
    },
    # --- deadlines ------------------------------------------------------------------------------------------------
    {
        "code": "formal-deficiencies-deadline",
        "topic": "deadlines",
        "case_type": "",
        "position": 10,
        "editor_note": "",
        "question_pl": "Dostałem wezwanie do uzupełnienia braków formalnych. Ile mam czasu?",
        "question_en": "I was asked to remedy formal deficiencies. How much time do I have?",
        "question_ru": "Я получил требование устранить формальные недостатки. Сколько у меня времени?",
        "question_uk": "Я отримав вимогу усунути формальні недоліки. Скільки в мене часу?",
        "answer_pl": (
            "Termin podany jest w wezwaniu i wynosi co najmniej 7 dni. Jeśli nie uzupełnisz braków w tym terminie, "
            "wniosek zostanie pozostawiony bez rozpoznania (art. 64 § 2 KPA)."
        ),
        "answer_en": (
            "The deadline is stated in the request and is at least 7 days. If you do not remedy the deficiencies "
            "within it, the application will be left without examination (Article 64 § 2 KPA)."
        ),
        "answer_ru": (
            "Срок указан в требовании и составляет не менее 7 дней. Если вы не устраните недостатки в этот срок, "
            "заявление будет оставлено без рассмотрения (ст. 64 § 2 KPA)."
        ),
        "answer_uk": (
            "Строк зазначено у вимозі, і він становить щонайменше 7 днів. Якщо ви не усунете недоліки в цей строк, "
            "заяву буде залишено без розгляду (ст. 64 § 2 KPA)."
        ),
    },
    {
        "code": "missing-fee-deadline",
        "topic": "deadlines",
        "case_type": "",
        "position": 20,
        "editor_note": "",
        "question_pl": "Wezwano mnie do uzupełnienia opłaty. Ile mam czasu?",
        "question_en": "I was asked to pay a missing fee. How much time do I have?",
        "question_ru": "Меня попросили доплатить сбор. Сколько у меня времени?",
        "question_uk": "Мене попросили доплатити збір. Скільки в мене часу?",
        "answer_pl": (
            "Na wniesienie brakującej opłaty skarbowej urząd wyznacza termin od 7 do 14 dni (art. 261 § 2 KPA). Wpłać "
            "opłatę na rzecz Gminy Wrocław i przekaż dowód zapłaty w wyznaczonym terminie."
        ),
        "answer_en": (
            "The office sets a deadline of 7 to 14 days to pay the missing stamp duty (Article 261 § 2 KPA). Pay the "
            "fee to the Municipality of Wrocław and submit the proof of payment within that deadline."
        ),
        "answer_ru": (
            "Для уплаты недостающего гербового сбора управление устанавливает срок от 7 до 14 дней (ст. 261 § 2 KPA). "
            "Уплатите сбор в пользу гмины Вроцлав и предоставьте подтверждение оплаты в установленный срок."
        ),
        "answer_uk": (
            "Для сплати відсутнього гербового збору управління встановлює строк від 7 до 14 днів (ст. 261 § 2 KPA). "
            "Сплатіть збір на користь гміни Вроцлав і надайте підтвердження оплати у встановлений строк."
        ),
    },
    {
        "code": "temporary-residence-decision-time",
        "topic": "deadlines",
        "case_type": "TRP",
        "position": 30,
        "editor_note": "",
        "question_pl": "Jak długo czeka się na decyzję w sprawie pobytu czasowego?",
        "question_en": "How long does a temporary residence decision take?",
        "question_ru": "Сколько ждать решения по временному пребыванию?",
        "question_uk": "Скільки чекати на рішення щодо тимчасового перебування?",
        "answer_pl": (
            "Na wydanie decyzji w sprawie zezwolenia na pobyt czasowy urząd ma 60 dni (art. 112a u.o.c.). Termin liczy "
            "się od najpóźniejszego z tych zdarzeń: osobistego stawiennictwa, uzupełnienia wniosku do pełnej "
            "kompletności albo złożenia dokumentów. Może więc zacząć biec później niż w dniu złożenia wniosku."
        ),
        "answer_en": (
            "The office has 60 days to decide on a temporary residence permit (Article 112a u.o.c.). The period runs "
            "from the latest of these events: your personal appearance, the application becoming complete, or the "
            "filing of the documents. So it may start later than the day you filed the application."
        ),
        "answer_ru": (
            "На вынесение решения о разрешении на временное пребывание у управления есть 60 дней (ст. 112a u.o.c.). "
            "Срок отсчитывается от самого позднего из этих событий: личной явки, момента, когда заявление стало "
            "полным, или подачи документов. Поэтому отсчёт может начаться позже дня подачи заявления."
        ),
        "answer_uk": (
            "На ухвалення рішення щодо дозволу на тимчасове перебування управління має 60 днів (ст. 112a u.o.c.). "
            "Строк відраховують від найпізнішої з цих подій: особистої явки, моменту, коли заява стала повною, або "
            "подання документів. Тому відлік може початися пізніше за день подання заяви."
        ),
    },
    {
        "code": "appeal-deadline",
        "topic": "deadlines",
        "case_type": "",
        "position": 40,
        "editor_note": (
            "FACTS nie podaje, od kiedy liczy się 14 dni ani za czyim pośrednictwem wnosi się odwołanie – rozważ "
            "uzupełnienie (KPA art. 127, 129)."
        ),
        "question_pl": "Nie zgadzam się z decyzją. Czy mogę się odwołać?",
        "question_en": "I disagree with the decision. Can I appeal?",
        "question_ru": "Я не согласен с решением. Можно ли его обжаловать?",
        "question_uk": "Я не згоден із рішенням. Чи можна його оскаржити?",
        "answer_pl": (
            "Tak. Na wniesienie odwołania masz 14 dni, a rozpatruje je Szef Urzędu do Spraw Cudzoziemców. Sposób "
            "wniesienia odwołania jest opisany w pouczeniu w decyzji."
        ),
        "answer_en": (
            "Yes. You have 14 days to appeal, and the appeal is decided by the Head of the Office for Foreigners (Szef "
            "Urzędu do Spraw Cudzoziemców). How to lodge the appeal is explained in the instructions in the decision."
        ),
        "answer_ru": (
            "Да. На подачу жалобы (odwołanie) у вас есть 14 дней, её рассматривает Начальник Управления по делам "
            "иностранцев (Szef Urzędu do Spraw Cudzoziemców). Порядок подачи жалобы описан в разъяснении в решении."
        ),
        "answer_uk": (
            "Так. На подання скарги (odwołanie) у вас є 14 днів, її розглядає Голова Управління у справах іноземців "
            "(Szef Urzędu do Spraw Cudzoziemców). Порядок подання скарги описано в роз’ясненні в рішенні."
        ),
    },
    {
        "code": "card-exchange-after-change",
        "topic": "deadlines",
        "case_type": "CRD",
        "position": 50,
        "editor_note": "",
        "question_pl": "Zmieniły się moje dane. Czy muszę wymienić kartę pobytu?",
        "question_en": "My details have changed. Do I have to exchange my residence card?",
        "question_ru": "Мои данные изменились. Нужно ли менять карту побыту?",
        "question_uk": "Мої дані змінилися. Чи потрібно обмінювати карту побиту?",
        "answer_pl": (
            "Tak. Wniosek o wymianę karty pobytu składa się w ciągu 14 dni od zmiany danych zamieszczonych w karcie. "
            "Opłata za wydanie nowej karty wynosi 100 zł."
        ),
        "answer_en": (
            "Yes. The application to exchange the residence card must be filed within 14 days of the change of the "
            "details shown on the card. The fee for the new card is 100 zł."
        ),
        "answer_ru": (
            "Да. Заявление об обмене карты побыту подаётся в течение 14 дней после изменения данных, указанных в "
            "карте. Плата за выдачу новой карты — 100 злотых."
        ),
        "answer_uk": (
            "Так. Заяву про обмін карти побиту подають протягом 14 днів після зміни даних, зазначених у карті. Плата "
            "за видачу нової карти — 100 злотих."
        ),
    },
    {
        "code": "next-card-before-expiry",
        "topic": "deadlines",
        "case_type": "CRD",
        "position": 60,
        "editor_note": (
            "Doprecyzuj, że chodzi o kolejną kartę przy zezwoleniu na pobyt stały lub rezydenta długoterminowego UE "
            "(FACTS podaje tylko termin 30 dni)."
        ),
        "question_pl": "Kiedy złożyć wniosek o kolejną kartę pobytu, gdy obecna traci ważność?",
        "question_en": "When do I apply for a new residence card when my current one is expiring?",
        "question_ru": "Когда подавать заявление о новой карте побыту, если срок действия нынешней истекает?",
        "question_uk": "Коли подавати заяву про нову карту побиту, якщо строк дії теперішньої спливає?",
        "answer_pl": (
            "Wniosek o wydanie kolejnej karty pobytu składa się co najmniej 30 dni przed upływem ważności "
            "dotychczasowej karty. Jeśli jednak kończy się Twoje zezwolenie na pobyt czasowy, nie wystarczy nowa karta "
            "– trzeba złożyć nowy wniosek o zezwolenie."
        ),
        "answer_en": (
            "The application for the next residence card is filed at least 30 days before the current card expires. "
            "However, if your temporary residence permit is ending, a new card is not enough – you must file a new "
            "permit application."
        ),
        "answer_ru": (
            "Заявление о выдаче следующей карты побыту подаётся не позднее чем за 30 дней до истечения срока действия "
            "нынешней карты. Однако если заканчивается ваше разрешение на временное пребывание, новой карты "
            "недостаточно — нужно подать новое заявление о разрешении."
        ),
        "answer_uk": (
            "Заяву про видачу наступної карти побиту подають не пізніше ніж за 30 днів до закінчення строку дії "
            "теперішньої карти. Проте якщо закінчується ваш дозвіл на тимчасове перебування, нової карти недостатньо — "
            "потрібно подати нову заяву про дозвіл."
        ),
    },
    {
        "code": "lost-card",
        "topic": "deadlines",
        "case_type": "CRD",
        "position": 70,
        "editor_note": (
            "Uzupełnij, gdzie i w jaki sposób zgłasza się utratę karty (FACTS podaje tylko termin 3 dni). Potwierdź "
            "stawki 200/300 zł."
        ),
        "question_pl": "Zgubiłem kartę pobytu. Co teraz?",
        "question_en": "I have lost my residence card. What now?",
        "question_ru": "Я потерял карту побыту. Что делать?",
        "question_uk": "Я загубив карту побиту. Що робити?",
        "answer_pl": (
            "Utratę karty pobytu trzeba zgłosić w ciągu 3 dni. Następnie składasz wniosek o wydanie nowej karty. Jeśli "
            "utrata nastąpiła z Twojej winy, opłata za nową kartę wynosi 200 zł albo 300 zł zamiast 100 zł."
        ),
        "answer_en": (
            "You must report the loss of your residence card within 3 days. Then you apply for a new card. If the card "
            "was lost through your own fault, the fee for the new card is 200 zł or 300 zł instead of 100 zł."
        ),
        "answer_ru": (
            "Об утрате карты побыту нужно сообщить в течение 3 дней. Затем подаётся заявление о выдаче новой карты. "
            "Если карта утрачена по вашей вине, плата за новую карту составляет 200 или 300 злотых вместо 100 злотых."
        ),
        "answer_uk": (
            "Про втрату карти побиту потрібно повідомити протягом 3 днів. Потім подають заяву про видачу нової карти. "
            "Якщо карту втрачено з вашої вини, плата за нову карту становить 200 або 300 злотих замість 100 злотих."
        ),
    },
    # --- documents ------------------------------------------------------------------------------------------------
    {
        "code": "form-language-and-letters",
        "topic": "documents",
        "case_type": "",
        "position": 10,
        "editor_note": "",
        "question_pl": "W jakim języku i jak wypełnić formularz?",
        "question_en": "In what language and how do I fill in the form?",
        "question_ru": "На каком языке и как заполнять форму?",
        "question_uk": "Якою мовою і як заповнювати форму?",
        "answer_pl": (
            "Urzędowe formularze wypełnia się po polsku, drukowanymi wielkimi literami alfabetu łacińskiego. Portal "
            "Przybysz podpowiada, co wpisać w poszczególne pola, i na bieżąco sprawdza wpisane dane."
        ),
        "answer_en": (
            "Official forms are filled in in Polish, in printed capital letters of the Latin alphabet. The Przybysz "
            "portal gives hints on what to enter in each field and checks your data as you type."
        ),
        "answer_ru": (
            "Официальные формы заполняются на польском языке печатными заглавными буквами латинского алфавита. Портал "
            "Przybysz подсказывает, что вписать в каждое поле, и сразу проверяет введённые данные."
        ),
        "answer_uk": (
            "Офіційні форми заповнюють польською мовою друкованими великими літерами латинського алфавіту. Портал "
            "Przybysz підказує, що вписати в кожне поле, і одразу перевіряє введені дані."
        ),
    },
    {
        "code": "empty-fields-nie-dotyczy",
        "topic": "documents",
        "case_type": "",
        "position": 20,
        "editor_note": "",
        "question_pl": "Co wpisać w polu, które mnie nie dotyczy?",
        "question_en": "What do I write in a field that does not apply to me?",
        "question_ru": "Что писать в поле, которое ко мне не относится?",
        "question_uk": "Що писати в полі, яке мене не стосується?",
        "answer_pl": (
            "Nie zostawiaj pustych pól – puste pole jest traktowane jako brak formalny. W polu, które Cię nie dotyczy, "
            "wpisz „NIE DOTYCZY”. Wydruk z portalu Przybysz wpisuje te słowa automatycznie w każdym pustym polu "
            "nieobowiązkowym."
        ),
        "answer_en": (
            "Do not leave fields empty – an empty field is treated as a formal deficiency. In a field that does not "
            "apply to you, write “NIE DOTYCZY” (not applicable). The printout from the Przybysz portal adds these "
            "words automatically to every empty optional field."
        ),
        "answer_ru": (
            "Не оставляйте поля пустыми — пустое поле считается формальным недостатком. В поле, которое к вам не "
            "относится, впишите «NIE DOTYCZY» (не касается). Распечатка с портала Przybysz автоматически вписывает эти "
            "слова в каждое пустое необязательное поле."
        ),
        "answer_uk": (
            "Не залишайте поля порожніми — порожнє поле вважається формальним недоліком. У полі, яке вас не "
            "стосується, впишіть «NIE DOTYCZY» (не стосується). Роздруківка з порталу Przybysz автоматично вписує ці "
            "слова в кожне порожнє необов’язкове поле."
        ),
    },
    {
        "code": "photo-requirements",
        "topic": "documents",
        "case_type": "",
        "position": 30,
        "editor_note": "",
        "question_pl": "Jakie zdjęcie jest potrzebne?",
        "question_en": "What kind of photo do I need?",
        "question_ru": "Какая нужна фотография?",
        "question_uk": "Яка потрібна фотографія?",
        "answer_pl": (
            "Zdjęcie musi mieć wymiary 35×45 mm i być wykonane w ciągu ostatnich 6 miesięcy. Zdjęcie, które nie "
            "spełnia wymogów, to jeden z częstych braków formalnych."
        ),
        "answer_en": (
            "The photo must measure 35×45 mm and have been taken within the last 6 months. A photo that does not meet "
            "the requirements is one of the common formal deficiencies."
        ),
        "answer_ru": (
            "Фотография должна быть размером 35×45 мм и сделана не ранее чем за 6 месяцев. Фотография, не отвечающая "
            "требованиям, — один из частых формальных недостатков."
        ),
        "answer_uk": (
            "Фотографія має бути розміром 35×45 мм і зроблена протягом останніх 6 місяців. Фотографія, яка не "
            "відповідає вимогам, — один із частих формальних недоліків."
        ),
    },
    {
        "code": "pesel-number",
        "topic": "documents",
        "case_type": "",
        "position": 40,
        "editor_note": "",
        "question_pl": "Czy muszę podać numer PESEL?",
        "question_en": "Do I have to give a PESEL number?",
        "question_ru": "Нужно ли указывать номер PESEL?",
        "question_uk": "Чи потрібно зазначати номер PESEL?",
        "answer_pl": (
            "Numer PESEL podajesz tylko wtedy, gdy został Ci nadany. Ma on 11 cyfr: pierwsze sześć koduje datę "
            "urodzenia, a dziesiąta cyfra oznacza płeć (parzysta – kobieta, nieparzysta – mężczyzna). Portal sprawdza "
            "cyfrę kontrolną i zgodność numeru z datą urodzenia oraz płcią podanymi we wniosku."
        ),
        "answer_en": (
            "You give a PESEL number only if one has been assigned to you. It has 11 digits: the first six encode the "
            "date of birth, and the tenth digit shows the sex (even for women, odd for men). The portal checks the "
            "check digit and whether the number matches the date of birth and sex given in the application."
        ),
        "answer_ru": (
            "Номер PESEL указывается только в том случае, если он вам присвоен. Он состоит из 11 цифр: первые шесть "
            "кодируют дату рождения, а десятая цифра обозначает пол (чётная — женщина, нечётная — мужчина). Портал "
            "проверяет контрольную цифру и соответствие номера дате рождения и полу, указанным в заявлении."
        ),
        "answer_uk": (
            "Номер PESEL зазначають лише тоді, коли його вам присвоєно. Він складається з 11 цифр: перші шість кодують "
            "дату народження, а десята цифра позначає стать (парна — жінка, непарна — чоловік). Портал перевіряє "
            "контрольну цифру та відповідність номера даті народження і статі, зазначеним у заяві."
        ),
    },
    {
        "code": "postal-code-format",
        "topic": "documents",
        "case_type": "",
        "position": 50,
        "editor_note": "",
        "question_pl": "Jak wpisać kod pocztowy?",
        "question_en": "How do I write the postal code?",
        "question_ru": "Как указать почтовый индекс?",
        "question_uk": "Як зазначити поштовий індекс?",
        "answer_pl": "Polski kod pocztowy ma format NN-NNN: dwie cyfry, łącznik i trzy cyfry, np. 50-153.",
        "answer_en": "A Polish postal code has the format NN-NNN: two digits, a hyphen and three digits, e.g. 50-153.",
        "answer_ru": "Польский почтовый индекс имеет формат NN-NNN: две цифры, дефис и три цифры, например 50-153.",
        "answer_uk": "Польський поштовий індекс має формат NN-NNN: дві цифри, дефіс і три цифри, наприклад 50-153.",
    },
    {
        "code": "unknown-date-of-birth",
        "topic": "documents",
        "case_type": "",
        "position": 60,
        "editor_note": "",
        "question_pl": "Żaden dokument nie potwierdza mojej daty urodzenia. Co wpisać?",
        "question_en": "No document shows my date of birth. What do I enter?",
        "question_ru": "Ни один документ не подтверждает мою дату рождения. Что указать?",
        "question_uk": "Жоден документ не підтверджує мою дату народження. Що зазначити?",
        "answer_pl": (
            "Jeśli żaden dokument nie wskazuje Twojej daty urodzenia, we wniosku podaje się prawdopodobny rok "
            "urodzenia (art. 13 u.o.c.)."
        ),
        "answer_en": (
            "If no document shows your date of birth, the application gives your probable year of birth (Article 13 "
            "u.o.c.)."
        ),
        "answer_ru": (
            "Если ни один документ не указывает вашу дату рождения, в заявлении указывается предполагаемый год "
            "рождения (ст. 13 u.o.c.)."
        ),
        "answer_uk": (
            "Якщо жоден документ не вказує вашої дати народження, у заяві зазначають імовірний рік народження (ст. 13 "
            "u.o.c.)."
        ),
    },
    {
        "code": "passport-data-temporary-residence",
        "topic": "documents",
        "case_type": "TRP",
        "position": 70,
        "editor_note": "",
        "question_pl": "Czy we wniosku o pobyt czasowy wpisuję dane paszportu?",
        "question_en": "Do I enter my passport details in the temporary residence application?",
        "question_ru": "Нужно ли вписывать данные паспорта в заявление на временное пребывание?",
        "question_uk": "Чи потрібно вписувати дані паспорта в заяву на тимчасове перебування?",
        "answer_pl": (
            "Nie. W obecnym wzorze wniosku o zezwolenie na pobyt czasowy nie ma pól na dane dokumentu podróży – "
            "dołącza się kopię paszportu. Dane paszportu (seria, numer, data wydania, data ważności, organ wydający) "
            "wpisuje się natomiast we wniosku o przedłużenie wizy."
        ),
        "answer_en": (
            "No. The current temporary residence application form has no fields for travel document details – a copy "
            "of the passport is attached instead. Passport details (series, number, issue date, expiry date, issuing "
            "authority) are, however, entered in the visa extension application."
        ),
        "answer_ru": (
            "Нет. В нынешнем образце заявления о разрешении на временное пребывание нет полей для данных проездного "
            "документа — прилагается копия паспорта. Данные паспорта (серия, номер, дата выдачи, срок действия, орган "
            "выдачи) указываются в заявлении о продлении визы."
        ),
        "answer_uk": (
            "Ні. У чинному зразку заяви про дозвіл на тимчасове перебування немає полів для даних проїзного документа "
            "— додають копію паспорта. Дані паспорта (серія, номер, дата видачі, строк дії, орган, що видав) "
            "зазначають натомість у заяві про продовження візи."
        ),
    },
    # --- formal-errors --------------------------------------------------------------------------------------------
    {
        "code": "criminal-record-question-blank",
        "topic": "formal-errors",
        "case_type": "",
        "position": 10,
        "editor_note": "",
        "question_pl": "Czy mogę pominąć pytanie o karalność, jeśli mnie nie dotyczy?",
        "question_en": "Can I skip the criminal record question if it does not concern me?",
        "question_ru": "Можно ли пропустить вопрос о судимости, если он меня не касается?",
        "question_uk": "Чи можна пропустити питання про судимість, якщо воно мене не стосується?",
        "answer_pl": (
            "Nie. Pozostawienie pytania o karalność bez odpowiedzi to jeden z najczęstszych braków formalnych. "
            "Odpowiedz na nie także wtedy, gdy odpowiedź brzmi „nie”."
        ),
        "answer_en": (
            "No. Leaving the criminal record question unanswered is one of the most common formal deficiencies. Answer "
            "it even if the answer is “no”."
        ),
        "answer_ru": (
            "Нет. Вопрос о судимости, оставленный без ответа, — один из самых частых формальных недостатков. Ответьте "
            "на него, даже если ответ «нет»."
        ),
        "answer_uk": (
            "Ні. Питання про судимість без відповіді — один із найчастіших формальних недоліків. Дайте відповідь, "
            "навіть якщо вона «ні»."
        ),
    },
    {
        "code": "unsigned-contracts",
        "topic": "formal-errors",
        "case_type": "",
        "position": 20,
        "editor_note": "",
        "question_pl": "Czy dołączona umowa najmu lub umowa o pracę musi być podpisana?",
        "question_en": "Does the attached lease or employment contract have to be signed?",
        "question_ru": "Должен ли быть подписан приложенный договор аренды или трудовой договор?",
        "question_uk": "Чи має бути підписаний доданий договір оренди або трудовий договір?",
        "answer_pl": (
            "Tak. Niepodpisana umowa najmu lub umowa o pracę to częsty brak formalny. Przed złożeniem wniosku sprawdź, "
            "czy umowę podpisały obie strony."
        ),
        "answer_en": (
            "Yes. An unsigned lease or employment contract is a common formal deficiency. Before filing, check that "
            "both parties have signed the contract."
        ),
        "answer_ru": (
            "Да. Неподписанный договор аренды или трудовой договор — частый формальный недостаток. Перед подачей "
            "заявления проверьте, подписан ли договор обеими сторонами."
        ),
        "answer_uk": (
            "Так. Непідписаний договір оренди або трудовий договір — частий формальний недолік. Перед поданням заяви "
            "перевірте, чи підписали договір обидві сторони."
        ),
    },
    {
        "code": "employer-annex-signature",
        "topic": "formal-errors",
        "case_type": "TRW",
        "position": 30,
        "editor_note": (
            "Sprawdź, jak podpisuje się załącznik wypełniany przez pracodawcę w systemie MOS (przez link z systemu)."
        ),
        "question_pl": "Kto podpisuje załącznik nr 1 pracodawcy?",
        "question_en": "Who signs the employer's Annex 1?",
        "question_ru": "Кто подписывает приложение № 1 работодателя?",
        "question_uk": "Хто підписує додаток № 1 роботодавця?",
        "answer_pl": (
            "Załącznik nr 1 podpisuje czytelnie osoba upoważniona do reprezentowania pracodawcy. Jeśli podpisuje "
            "pełnomocnik, trzeba dołączyć jego upoważnienie. Brak czytelnego podpisu osoby upoważnionej lub brak "
            "upoważnienia pełnomocnika to częsty brak formalny."
        ),
        "answer_en": (
            "Annex 1 must bear the legible signature of a person authorised to represent the employer. If a proxy "
            "signs it, the proxy's authorisation must be attached. A missing legible signature of an authorised person "
            "or a missing proxy authorisation is a common formal deficiency."
        ),
        "answer_ru": (
            "Приложение № 1 должно быть разборчиво подписано лицом, уполномоченным представлять работодателя. Если "
            "подписывает представитель, нужно приложить его доверенность. Отсутствие разборчивой подписи "
            "уполномоченного лица или доверенности представителя — частый формальный недостаток."
        ),
        "answer_uk": (
            "Додаток № 1 має бути розбірливо підписаний особою, уповноваженою представляти роботодавця. Якщо підписує "
            "представник, потрібно додати його довіреність. Відсутність розбірливого підпису уповноваженої особи або "
            "довіреності представника — частий формальний недолік."
        ),
    },
    {
        "code": "civil-law-contract-weekly-hours",
        "topic": "formal-errors",
        "case_type": "TRW",
        "position": 40,
        "editor_note": "",
        "question_pl": "Pracuję na umowie zlecenia. Czy trzeba podać liczbę godzin pracy?",
        "question_en": "I work under a civil-law contract. Do I need to state the working hours?",
        "question_ru": "Я работаю по гражданско-правовому договору. Нужно ли указывать количество рабочих часов?",
        "question_uk": "Я працюю за цивільно-правовим договором. Чи потрібно зазначати кількість робочих годин?",
        "answer_pl": (
            "Tak. Także przy umowie cywilnoprawnej (np. umowie zlecenia) trzeba podać wymiar czasu pracy w godzinach "
            "tygodniowo – w umowie i w załączniku nr 1. Umowa cywilnoprawna bez liczby godzin tygodniowo to częsty "
            "brak formalny."
        ),
        "answer_en": (
            "Yes. Even for a civil-law contract (e.g. a contract of mandate, umowa zlecenia), the working time must be "
            "stated in hours per week – in the contract and in Annex 1. A civil-law contract without weekly hours is a "
            "common formal deficiency."
        ),
        "answer_ru": (
            "Да. И при гражданско-правовом договоре (например, договоре поручения, umowa zlecenia) нужно указать "
            "количество рабочих часов в неделю — в договоре и в приложении № 1. Гражданско-правовой договор без "
            "количества часов в неделю — частый формальный недостаток."
        ),
        "answer_uk": (
            "Так. І за цивільно-правового договору (наприклад, договору доручення, umowa zlecenia) потрібно зазначити "
            "кількість робочих годин на тиждень — у договорі та в додатку № 1. Цивільно-правовий договір без кількості "
            "годин на тиждень — частий формальний недолік."
        ),
    },
    {
        "code": "annex-differs-from-work-permit",
        "topic": "formal-errors",
        "case_type": "TRW",
        "position": 50,
        "editor_note": "",
        "question_pl": "Czy dane w załączniku pracodawcy muszą zgadzać się z zezwoleniem na pracę?",
        "question_en": "Must the data in the employer's annex match the work permit?",
        "question_ru": "Должны ли данные в приложении работодателя совпадать с разрешением на работу?",
        "question_uk": "Чи мають дані в додатку роботодавця збігатися з дозволом на роботу?",
        "answer_pl": (
            "Tak. Dane w załączniku nr 1, np. stanowisko, wymiar czasu pracy i wynagrodzenie, muszą być zgodne z "
            "zezwoleniem na pracę. Rozbieżności między nimi to częsty brak formalny."
        ),
        "answer_en": (
            "Yes. The data in Annex 1, such as the position, working hours and pay, must match the work permit. "
            "Differences between them are a common formal deficiency."
        ),
        "answer_ru": (
            "Да. Данные в приложении № 1, например должность, количество рабочих часов и зарплата, должны совпадать с "
            "разрешением на работу. Расхождения между ними — частый формальный недостаток."
        ),
        "answer_uk": (
            "Так. Дані в додатку № 1, наприклад посада, кількість робочих годин і заробітна плата, мають збігатися з "
            "дозволом на роботу. Розбіжності між ними — частий формальний недолік."
        ),
    },
    {
        "code": "child-application-signature",
        "topic": "formal-errors",
        "case_type": "",
        "position": 60,
        "editor_note": "",
        "question_pl": "Składam wniosek za dziecko. Kto go podpisuje?",
        "question_en": "I am filing an application for my child. Who signs it?",
        "question_ru": "Я подаю заявление за ребёнка. Кто его подписывает?",
        "question_uk": "Я подаю заяву за дитину. Хто її підписує?",
        "answer_pl": (
            "Wniosek dziecka podpisuje rodzic – własnym podpisem. Wpisanie w miejscu podpisu imienia i nazwiska "
            "dziecka zamiast podpisu rodzica to częsty brak formalny."
        ),
        "answer_en": (
            "A child's application is signed by the parent, with the parent's own signature. Writing the child's name "
            "in the signature field instead of the parent's signature is a common formal deficiency."
        ),
        "answer_ru": (
            "Заявление ребёнка подписывает родитель — своей подписью. Имя и фамилия ребёнка в месте подписи вместо "
            "подписи родителя — частый формальный недостаток."
        ),
        "answer_uk": (
            "Заяву дитини підписує один із батьків — власним підписом. Ім’я та прізвище дитини в місці підпису замість "
            "підпису батька чи матері — частий формальний недолік."
        ),
    },
    {
        "code": "housing-declaration-address-period",
        "topic": "formal-errors",
        "case_type": "",
        "position": 70,
        "editor_note": "",
        "question_pl": "Co musi zawierać oświadczenie o zapewnieniu mieszkania?",
        "question_en": "What must the housing declaration contain?",
        "question_ru": "Что должно содержать заявление о предоставлении жилья?",
        "question_uk": "Що має містити заява про забезпечення житлом?",
        "answer_pl": (
            "Oświadczenie musi wskazywać adres lokalu oraz okres, na jaki zapewniono Ci mieszkanie. Oświadczenie bez "
            "adresu lub bez okresu to częsty brak formalny."
        ),
        "answer_en": (
            "The declaration must state the address of the accommodation and the period for which it is provided to "
            "you. A declaration without the address or the period is a common formal deficiency."
        ),
        "answer_ru": (
            "В заявлении должны быть указаны адрес жилья и период, на который оно вам предоставлено. Заявление без "
            "адреса или без периода — частый формальный недостаток."
        ),
        "answer_uk": (
            "У заяві мають бути зазначені адреса житла та період, на який його вам надано. Заява без адреси або без "
            "періоду — частий формальний недолік."
        ),
    },
    {
        "code": "uncertified-copies",
        "topic": "formal-errors",
        "case_type": "",
        "position": 80,
        "editor_note": (
            "Uzupełnij, kto może poświadczyć kopię i czy w systemie MOS wystarczą skany (FACTS tego nie określa)."
        ),
        "question_pl": "Czy mogę dołączyć zwykłe kserokopie dokumentów?",
        "question_en": "Can I attach ordinary photocopies of documents?",
        "question_ru": "Можно ли приложить обычные ксерокопии документов?",
        "question_uk": "Чи можна додати звичайні ксерокопії документів?",
        "answer_pl": (
            "Kopie dokumentów dołączane do wniosku powinny być poświadczone za zgodność z oryginałem. Niepoświadczona "
            "kopia to częsty brak formalny."
        ),
        "answer_en": (
            "Copies of documents attached to the application should be certified as true copies of the original. An "
            "uncertified copy is a common formal deficiency."
        ),
        "answer_ru": (
            "Копии документов, прилагаемые к заявлению, должны быть заверены как соответствующие оригиналу. "
            "Незаверенная копия — частый формальный недостаток."
        ),
        "answer_uk": (
            "Копії документів, які додають до заяви, мають бути засвідчені як такі, що відповідають оригіналу. "
            "Незасвідчена копія — частий формальний недолік."
        ),
    },
    {
        "code": "missing-proof-of-fee",
        "topic": "formal-errors",
        "case_type": "",
        "position": 90,
        "editor_note": "",
        "question_pl": "Zapłaciłem opłatę. Czy muszę to udowodnić?",
        "question_en": "I have paid the fee. Do I need to prove it?",
        "question_ru": "Я оплатил сбор. Нужно ли это подтверждать?",
        "question_uk": "Я сплатив збір. Чи потрібно це підтверджувати?",
        "answer_pl": (
            "Tak. Do wniosku dołącz dowód zapłaty opłaty skarbowej na rzecz Gminy Wrocław. Brak dowodu zapłaty to "
            "częsty brak formalny, a urząd może wezwać do uzupełnienia opłaty w terminie od 7 do 14 dni."
        ),
        "answer_en": (
            "Yes. Attach the proof of payment of the stamp duty to the Municipality of Wrocław to your application. A "
            "missing proof of payment is a common formal deficiency, and the office may ask you to pay the fee within "
            "7 to 14 days."
        ),
        "answer_ru": (
            "Да. Приложите к заявлению подтверждение уплаты гербового сбора в пользу гмины Вроцлав. Отсутствие "
            "подтверждения оплаты — частый формальный недостаток, и управление может потребовать уплатить сбор в срок "
            "от 7 до 14 дней."
        ),
        "answer_uk": (
            "Так. Додайте до заяви підтвердження сплати гербового збору на користь гміни Вроцлав. Відсутність "
            "підтвердження оплати — частий формальний недолік, і управління може вимагати сплатити збір у строк від 7 "
            "до 14 днів."
        ),
    },
    {
        "code": "unsigned-application",
        "topic": "formal-errors",
        "case_type": "",
        "position": 100,
        "editor_note": "",
        "question_pl": "Czy muszę podpisać wniosek?",
        "question_en": "Do I have to sign the application?",
        "question_ru": "Нужно ли подписывать заявление?",
        "question_uk": "Чи потрібно підписувати заяву?",
        "answer_pl": (
            "Tak. Niepodpisany wniosek to brak formalny. Wniosek składany na papierze podpisujesz własnoręcznie na "
            "wydruku, a wniosek w systemie MOS – podpisem elektronicznym."
        ),
        "answer_en": (
            "Yes. An unsigned application is a formal deficiency. A paper application is signed by hand on the "
            "printout, and an application in MOS is signed with an electronic signature."
        ),
        "answer_ru": (
            "Да. Неподписанное заявление — формальный недостаток. Бумажное заявление подписывается собственноручно на "
            "распечатке, а заявление в системе MOS — электронной подписью."
        ),
        "answer_uk": (
            "Так. Непідписана заява — формальний недолік. Паперову заяву підписують власноруч на роздруківці, а заяву "
            "в системі MOS — електронним підписом."
        ),
    },
    # --- portal ---------------------------------------------------------------------------------------------------
    {
        "code": "what-the-account-does",
        "topic": "portal",
        "case_type": "",
        "position": 10,
        "editor_note": "",
        "question_pl": "Co mogę zrobić na koncie w portalu Przybysz?",
        "question_en": "What can I do with my Przybysz portal account?",
        "question_ru": "Что можно сделать в учётной записи на портале Przybysz?",
        "question_uk": "Що можна зробити в обліковому записі на порталі Przybysz?",
        "answer_pl": (
            "Na koncie w portalu Przybysz możesz:\n"
            "- wypełnić formularz wniosku z podpowiedziami i bieżącym sprawdzaniem danych,\n"
            "- zależnie od rodzaju sprawy wydrukować wniosek do podpisu, złożyć go elektronicznie albo przygotować "
            "dane i przejść do systemu krajowego,\n"
            "- otrzymać numer PIO potrzebny do rezerwacji wizyty,\n"
            "- śledzić status swojej sprawy."
        ),
        "answer_en": (
            "With your Przybysz portal account you can:\n"
            "- fill in an application form with hints and live checking of your data,\n"
            "- depending on the kind of case, print the application for signing, file it electronically, or prepare "
            "the data and go on to the national system,\n"
            "- get the PIO number you need to book a visit,\n"
            "- follow the status of your case."
        ),
        "answer_ru": (
            "В учётной записи на портале Przybysz можно:\n"
            "- заполнить форму заявления с подсказками и проверкой данных по ходу заполнения,\n"
            "- в зависимости от вида дела распечатать заявление для подписи, подать его в электронном виде или "
            "подготовить данные и перейти в общегосударственную систему,\n"
            "- получить номер PIO, необходимый для записи на визит,\n"
            "- следить за статусом своего дела."
        ),
        "answer_uk": (
            "В обліковому записі на порталі Przybysz можна:\n"
            "- заповнити форму заяви з підказками та перевіркою даних під час заповнення,\n"
            "- залежно від виду справи роздрукувати заяву для підпису, подати її в електронній формі або підготувати "
            "дані й перейти до загальнодержавної системи,\n"
            "- отримати номер PIO, потрібний для запису на візит,\n"
            "- стежити за статусом своєї справи."
        ),
    },
    {
        "code": "pio-number",
        "topic": "portal",
        "case_type": "",
        "position": 20,
        "editor_note": "",
        "question_pl": "Co to jest numer PIO?",
        "question_en": "What is a PIO number?",
        "question_ru": "Что такое номер PIO?",
        "question_uk": "Що таке номер PIO?",
        "answer_pl": (
            "Numer PIO to numer referencyjny formularza wypełnionego elektronicznie w portalu Przybysz (Portal "
            "Informacyjno-Operacyjny). Podajesz go przy rezerwacji wizyty, dzięki czemu urzędnik może porównać wniosek "
            "papierowy z wersją elektroniczną."
        ),
        "answer_en": (
            "The PIO number is the reference number of a form filled in electronically on the Przybysz portal (Portal "
            "Informacyjno-Operacyjny). You enter it when booking a visit, so that the clerk can compare the paper "
            "application with the electronic version."
        ),
        "answer_ru": (
            "Номер PIO — это референсный номер формы, заполненной в электронном виде на портале Przybysz (Portal "
            "Informacyjno-Operacyjny). Его указывают при записи на визит, чтобы сотрудник мог сравнить бумажное "
            "заявление с электронной версией."
        ),
        "answer_uk": (
            "Номер PIO — це референсний номер форми, заповненої в електронній формі на порталі Przybysz (Portal "
            "Informacyjno-Operacyjny). Його зазначають під час запису на візит, щоб працівник міг порівняти паперову "
            "заяву з електронною версією."
        ),
    },
    {
        "code": "case-statuses",
        "topic": "portal",
        "case_type": "",
        "position": 30,
        "editor_note": "",
        "question_pl": "Co oznaczają statusy mojej sprawy?",
        "question_en": "What do the statuses of my case mean?",
        "question_ru": "Что означают статусы моего дела?",
        "question_uk": "Що означають статуси моєї справи?",
        "answer_pl": (
            "- **Złożenie wniosku**, **Sporządzenie protokołu przyjęcia wniosku** – wniosek wpłynął i został "
            "przyjęty,\n"
            "- **Wezwanie do złożenia odcisków linii papilarnych**, **Ustalona wizyta na biometrię** – trzeba przyjść "
            "osobiście, aby złożyć odciski palców,\n"
            "- **Analiza braków formalnych**, **Wezwanie dot. uzupełnienia braków formalnych**, **Wezwanie dot. "
            "uzupełnienia opłaty** – urząd sprawdza kompletność wniosku lub wzywa do jego uzupełnienia,\n"
            "- **Opiniowanie wniosku**, **Analiza materiału dowodowego**, **Wezwanie**, **Projekt "
            "rozstrzygnięcia/decyzji** – sprawa jest rozpatrywana,\n"
            "- **Decyzja wydana**, **Karta pobytu do odbioru** – decyzja zapadła, karta czeka na odbiór."
        ),
        "answer_en": (
            "- **Złożenie wniosku**, **Sporządzenie protokołu przyjęcia wniosku** – the application has arrived and "
            "been accepted,\n"
            "- **Wezwanie do złożenia odcisków linii papilarnych**, **Ustalona wizyta na biometrię** – you must come "
            "in person to give your fingerprints,\n"
            "- **Analiza braków formalnych**, **Wezwanie dot. uzupełnienia braków formalnych**, **Wezwanie dot. "
            "uzupełnienia opłaty** – the office is checking whether the application is complete or asks you to "
            "complete it,\n"
            "- **Opiniowanie wniosku**, **Analiza materiału dowodowego**, **Wezwanie**, **Projekt "
            "rozstrzygnięcia/decyzji** – the case is being examined,\n"
            "- **Decyzja wydana**, **Karta pobytu do odbioru** – the decision has been issued and the card is ready "
            "for collection."
        ),
        "answer_ru": (
            "- **Złożenie wniosku**, **Sporządzenie protokołu przyjęcia wniosku** — заявление поступило и принято,\n"
            "- **Wezwanie do złożenia odcisków linii papilarnych**, **Ustalona wizyta na biometrię** — нужно прийти "
            "лично, чтобы сдать отпечатки пальцев,\n"
            "- **Analiza braków formalnych**, **Wezwanie dot. uzupełnienia braków formalnych**, **Wezwanie dot. "
            "uzupełnienia opłaty** — управление проверяет полноту заявления или требует его дополнить,\n"
            "- **Opiniowanie wniosku**, **Analiza materiału dowodowego**, **Wezwanie**, **Projekt "
            "rozstrzygnięcia/decyzji** — дело рассматривается,\n"
            "- **Decyzja wydana**, **Karta pobytu do odbioru** — решение вынесено, карта готова к получению."
        ),
        "answer_uk": (
            "- **Złożenie wniosku**, **Sporządzenie protokołu przyjęcia wniosku** — заява надійшла й прийнята,\n"
            "- **Wezwanie do złożenia odcisków linii papilarnych**, **Ustalona wizyta na biometrię** — потрібно прийти "
            "особисто, щоб здати відбитки пальців,\n"
            "- **Analiza braków formalnych**, **Wezwanie dot. uzupełnienia braków formalnych**, **Wezwanie dot. "
            "uzupełnienia opłaty** — управління перевіряє повноту заяви або вимагає її доповнити,\n"
            "- **Opiniowanie wniosku**, **Analiza materiału dowodowego**, **Wezwanie**, **Projekt "
            "rozstrzygnięcia/decyzji** — справа розглядається,\n"
            "- **Decyzja wydana**, **Karta pobytu do odbioru** — рішення ухвалено, карта готова до отримання."
        ),
    },
    {
        "code": "status-left-without-examination",
        "topic": "portal",
        "case_type": "",
        "position": 40,
        "editor_note": "",
        "question_pl": "Co oznacza status „Wniosek pozostawiony bez rozpoznania”?",
        "question_en": "What does the status “Wniosek pozostawiony bez rozpoznania” mean?",
        "question_ru": "Что означает статус «Wniosek pozostawiony bez rozpoznania»?",
        "question_uk": "Що означає статус «Wniosek pozostawiony bez rozpoznania»?",
        "answer_pl": (
            "Oznacza, że urząd nie rozpatrzy wniosku. Tak kończy się sprawa, gdy braki formalne nie zostały "
            "uzupełnione w wyznaczonym terminie, który wynosi co najmniej 7 dni (art. 64 § 2 KPA)."
        ),
        "answer_en": (
            "It means that the office will not examine the application (left without examination). This happens when "
            "formal deficiencies were not remedied within the set deadline of at least 7 days (Article 64 § 2 KPA)."
        ),
        "answer_ru": (
            "Это означает, что управление не будет рассматривать заявление (оставлено без рассмотрения). Так бывает, "
            "если формальные недостатки не были устранены в установленный срок, который составляет не менее 7 дней "
            "(ст. 64 § 2 KPA)."
        ),
        "answer_uk": (
            "Це означає, що управління не розглядатиме заяву (залишено без розгляду). Так буває, якщо формальні "
            "недоліки не було усунено у визначений строк, який становить щонайменше 7 днів (ст. 64 § 2 KPA)."
        ),
    },
    {
        "code": "portal-and-national-systems",
        "topic": "portal",
        "case_type": "",
        "position": 50,
        "editor_note": "",
        "question_pl": "Składam wniosek w MOS. Do czego przyda mi się portal Przybysz?",
        "question_en": "I file my application in MOS. What is the Przybysz portal useful for?",
        "question_ru": "Я подаю заявление в MOS. Чем мне поможет портал Przybysz?",
        "question_uk": "Я подаю заяву в MOS. Чим мені допоможе портал Przybysz?",
        "answer_pl": (
            "Przy sprawach składanych w systemach krajowych portal wyjaśnia, jak złożyć wniosek, prowadzi do "
            "właściwego systemu i może pomóc przygotować dane do wniosku. Znajdziesz w nim też informacje o opłatach, "
            "terminach, punktach obsługi i rezerwacji wizyt."
        ),
        "answer_en": (
            "For cases filed in national systems, the portal explains how to file, links to the right system and can "
            "help you prepare the data for the application. It also gives information on fees, deadlines, service "
            "points and visit booking."
        ),
        "answer_ru": (
            "Для дел, которые подаются через общегосударственные системы, портал объясняет, как подать заявление, "
            "ведёт в нужную систему и может помочь подготовить данные для заявления. Также на нём есть информация о "
            "сборах, сроках, пунктах обслуживания и записи на визит."
        ),
        "answer_uk": (
            "Для справ, які подають через загальнодержавні системи, портал пояснює, як подати заяву, веде до потрібної "
            "системи й може допомогти підготувати дані для заяви. Також на ньому є інформація про збори, строки, "
            "пункти обслуговування та запис на візит."
        ),
    },
]
