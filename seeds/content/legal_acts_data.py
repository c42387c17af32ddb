"""Seed data: the legal acts the Przybysz portal lists (residence and work of foreigners, procedure, fees,
Karta Polaka, digital accessibility).

One dict per act, in the four portal languages; Polish is the authoritative text. Each entry carries its Dziennik
Ustaw reference and the ISAP address. Where the reference is missing or unverified, ``verified`` is False, the ISAP
address points to the search page and ``editor_note`` says what an editor has to check before publication.
Titles of regulations are descriptive (the issuing minister and date are filled in by an editor from ISAP).
"""

LEGAL_ACTS: list[dict] = [
    # --- residence -------------------------------------------------------------------------------------------
    {
        "code": "foreigners-act",
        "topic": "residence",
        "kind": "act",
        "reference": "t.j. Dz.U. 2025 poz. 1079",
        "isap_url": "https://isap.sejm.gov.pl/isap.nsf/DocDetails.xsp?id=WDU20250001079",
        "verified": True,
        "editor_note": "Sprawdź w ISAP, czy nie ogłoszono nowszego tekstu jednolitego.",
        "title_pl": "Ustawa z dnia 12 grudnia 2013 r. o cudzoziemcach",
        "title_en": "Act of 12 December 2013 on Foreigners",
        "title_ru": "Закон от 12 декабря 2013 г. об иностранцах",
        "title_uk": "Закон від 12 грудня 2013 р. про іноземців",
        "summary_pl": (
            "Podstawowa ustawa o zasadach wjazdu cudzoziemców do Polski, ich pobytu i wyjazdu. Reguluje m.in. wizy, "
            "zezwolenia na pobyt czasowy, stały i rezydenta długoterminowego UE, karty pobytu oraz polskie dokumenty "
            "podróży dla cudzoziemców. Na jej przepisach opiera się większość wniosków składanych w urzędzie "
            "wojewódzkim."
        ),
        "summary_en": (
            "The main act on the rules for foreigners' entry into Poland, their stay and departure. Among other "
            "things, it governs visas, temporary, permanent and EU long-term resident permits, residence cards and "
            "Polish travel documents for foreigners. Most applications filed at the voivodeship office are based on "
            "its provisions."
        ),
        "summary_ru": (
            "Основной закон о правилах въезда иностранцев в Польшу, их пребывания и выезда. Он регулирует, в "
            "частности, визы, разрешения на временное и постоянное пребывание, разрешение на пребывание "
            "долгосрочного резидента ЕС, карты побыту и польские проездные документы для иностранцев. На его "
            "положениях основано большинство заявлений, подаваемых в воеводское управление."
        ),
        "summary_uk": (
            "Основний закон про правила в’їзду іноземців до Польщі, їхнього перебування та виїзду. Він регулює, "
            "зокрема, візи, дозволи на тимчасове й постійне перебування, дозвіл на перебування довгострокового "
            "резидента ЄС, карти побиту та польські проїзні документи для іноземців. На його положеннях ґрунтується "
            "більшість заяв, які подають до воєводського управління."
        ),
        "position": 10,
    },
    {
        "code": "temporary-residence-form-regulation",
        "topic": "residence",
        "kind": "regulation",
        "reference": "Dz.U. 2025 poz. 1647",
        "isap_url": "https://isap.sejm.gov.pl/isap.nsf/DocDetails.xsp?id=WDU20250001647",
        "verified": True,
        "editor_note": (
            "Obowiązujący wzór: Dz.U. 2025 poz. 1647; wcześniejszy wzór: Dz.U. 2019 poz. 779. Tytuł opisowy – "
            "uzupełnij datę i pełny tytuł urzędowy z ISAP."
        ),
        "title_pl": (
            "Rozporządzenie Ministra Spraw Wewnętrznych i Administracji w sprawie wzoru wniosku o udzielenie "
            "zezwolenia na pobyt czasowy"
        ),
        "title_en": (
            "Regulation of the Minister of the Interior and Administration on the template of the application for "
            "a temporary residence permit"
        ),
        "title_ru": (
            "Распоряжение Министра внутренних дел и администрации об образце заявления о предоставлении разрешения "
            "на временное пребывание"
        ),
        "title_uk": (
            "Розпорядження Міністра внутрішніх справ і адміністрації щодо зразка заяви про надання дозволу на "
            "тимчасове перебування"
        ),
        "summary_pl": (
            "Rozporządzenie określa urzędowy wzór wniosku o udzielenie zezwolenia na pobyt czasowy, w tym załącznik "
            "nr 1 wypełniany przez pracodawcę przy zezwoleniu na pobyt czasowy i pracę. Z wzoru wynika, jakie dane "
            "trzeba podać we wniosku. Od 27 kwietnia 2026 r. wniosek składa się wyłącznie elektronicznie w systemie "
            "MOS (mos.cudzoziemcy.gov.pl)."
        ),
        "summary_en": (
            "The regulation sets out the official template of the application for a temporary residence permit, "
            "including Annex No. 1, which the employer fills in for a temporary residence and work permit. The "
            "template determines what information the application must contain. Since 27 April 2026 the "
            "application has been filed only electronically in the MOS system (mos.cudzoziemcy.gov.pl)."
        ),
        "summary_ru": (
            "Распоряжение устанавливает официальный образец заявления о предоставлении разрешения на временное "
            "пребывание, в том числе приложение № 1, которое заполняет работодатель при разрешении на временное "
            "пребывание и работу. Из образца следует, какие сведения необходимо указать в заявлении. С 27 апреля "
            "2026 г. заявление подаётся только в электронной форме через систему MOS (mos.cudzoziemcy.gov.pl)."
        ),
        "summary_uk": (
            "Розпорядження встановлює офіційний зразок заяви про надання дозволу на тимчасове перебування, зокрема "
            "додаток № 1, який заповнює роботодавець у разі дозволу на тимчасове перебування та роботу. Зі зразка "
            "випливає, які відомості потрібно зазначити в заяві. З 27 квітня 2026 р. заяву подають лише в "
            "електронній формі через систему MOS (mos.cudzoziemcy.gov.pl)."
        ),
        "position": 20,
    },
    {
        "code": "invitations-regulation",
        "topic": "residence",
        "kind": "regulation",
        "reference": "Dz.U. 2023 poz. 637",
        "isap_url": "https://isap.sejm.gov.pl/isap.nsf/DocDetails.xsp?id=WDU20230000637",
        "verified": True,
        "editor_note": "Tytuł opisowy – uzupełnij organ wydający, datę i pełny tytuł urzędowy z ISAP.",
        "title_pl": "Rozporządzenie w sprawie zaproszeń dla cudzoziemców",
        "title_en": "Regulation on invitations for foreigners",
        "title_ru": "Распоряжение о приглашениях для иностранцев",
        "title_uk": "Розпорядження щодо запрошень для іноземців",
        "summary_pl": (
            "Rozporządzenie dotyczy zaproszeń dla cudzoziemców, w tym wniosku o wpisanie zaproszenia do ewidencji "
            "zaproszeń, który składa osoba zapraszająca. Zaproszenie wpisane przez wojewodę do ewidencji cudzoziemiec "
            "może przedstawić, ubiegając się o wizę."
        ),
        "summary_en": (
            "The regulation concerns invitations for foreigners, including the application for entering an "
            "invitation in the register of invitations, which is filed by the inviting person. A foreigner may "
            "present an invitation entered in the register by the voivode when applying for a visa."
        ),
        "summary_ru": (
            "Распоряжение касается приглашений для иностранцев, в том числе заявления о внесении приглашения в "
            "реестр приглашений, которое подаёт приглашающее лицо. Приглашение, внесённое воеводой в реестр, "
            "иностранец может предъявить при подаче заявления на визу."
        ),
        "summary_uk": (
            "Розпорядження стосується запрошень для іноземців, зокрема заяви про внесення запрошення до реєстру "
            "запрошень, яку подає особа, що запрошує. Запрошення, внесене воєводою до реєстру, іноземець може "
            "пред’явити, подаючи заяву на візу."
        ),
        "position": 30,
    },
    {
        "code": "foreigners-documents-regulation",
        "topic": "residence",
        "kind": "regulation",
        "reference": "Dz.U. 2014 poz. 589",
        "isap_url": "https://isap.sejm.gov.pl/isap.nsf/DocDetails.xsp?id=WDU20140000589",
        "verified": True,
        "editor_note": (
            "Tytuł opisowy – uzupełnij organ wydający, datę i pełny tytuł urzędowy z ISAP. Akt z 2014 r. – sprawdź, "
            "czy nadal obowiązuje i czy nie ogłoszono tekstu jednolitego."
        ),
        "title_pl": "Rozporządzenie w sprawie dokumentów wydawanych cudzoziemcom",
        "title_en": "Regulation on documents issued to foreigners",
        "title_ru": "Распоряжение о документах, выдаваемых иностранцам",
        "title_uk": "Розпорядження щодо документів, які видають іноземцям",
        "summary_pl": (
            "Rozporządzenie dotyczy dokumentów wydawanych cudzoziemcom w Polsce, takich jak karta pobytu czy polski "
            "dokument podróży dla cudzoziemca, oraz zasad ich wydawania i wymiany. Warto do niego zajrzeć, składając "
            "wniosek o wydanie lub wymianę karty pobytu."
        ),
        "summary_en": (
            "The regulation concerns documents issued to foreigners in Poland, such as the residence card and the "
            "Polish travel document for a foreigner, and the rules for issuing and exchanging them. It is worth "
            "consulting when applying for the issue or exchange of a residence card."
        ),
        "summary_ru": (
            "Распоряжение касается документов, выдаваемых иностранцам в Польше, таких как карта побыту и польский "
            "проездной документ для иностранца, а также правил их выдачи и замены. К нему стоит обратиться при "
            "подаче заявления о выдаче или замене карты побыту."
        ),
        "summary_uk": (
            "Розпорядження стосується документів, які видають іноземцям у Польщі, як-от карта побиту та польський "
            "проїзний документ для іноземця, а також правил їх видачі й заміни. До нього варто звернутися, подаючи "
            "заяву про видачу або заміну карти побиту."
        ),
        "position": 40,
    },
    # --- work ------------------------------------------------------------------------------------------------
    {
        "code": "foreigners-employment-act",
        "topic": "work",
        "kind": "act",
        "reference": "Dz.U. 2025 poz. 621",
        "isap_url": "https://isap.sejm.gov.pl/isap.nsf/DocDetails.xsp?id=WDU20250000621",
        "verified": True,
        "editor_note": "Tekst pierwotny – sprawdź w ISAP, czy nie ogłoszono tekstu jednolitego.",
        "title_pl": (
            "Ustawa z dnia 20 marca 2025 r. o warunkach dopuszczalności powierzania pracy cudzoziemcom na terytorium "
            "Rzeczypospolitej Polskiej"
        ),
        "title_en": (
            "Act of 20 March 2025 on the conditions for entrusting work to foreigners in the territory of the "
            "Republic of Poland"
        ),
        "title_ru": (
            "Закон от 20 марта 2025 г. об условиях допустимости поручения работы иностранцам на территории "
            "Республики Польша"
        ),
        "title_uk": (
            "Закон від 20 березня 2025 р. про умови допустимості доручення роботи іноземцям на території "
            "Республіки Польща"
        ),
        "summary_pl": (
            "Ustawa określa, na jakich warunkach pracodawca może powierzyć pracę cudzoziemcowi w Polsce, w tym zasady "
            "wydawania i przedłużania zezwoleń na pracę. Od 1 czerwca 2025 r. wnioski o zezwolenie na pracę składa "
            "się elektronicznie (praca.gov.pl). Jest ważna zarówno dla pracodawców, jak i dla cudzoziemców "
            "podejmujących pracę w Polsce."
        ),
        "summary_en": (
            "The act sets out the conditions under which an employer may entrust work to a foreigner in Poland, "
            "including the rules for issuing and extending work permits. Since 1 June 2025 work permit applications "
            "have been filed electronically (praca.gov.pl). It matters both to employers and to foreigners taking "
            "up work in Poland."
        ),
        "summary_ru": (
            "Закон определяет, на каких условиях работодатель может поручить работу иностранцу в Польше, в том "
            "числе правила выдачи и продления разрешений на работу. С 1 июня 2025 г. заявления о выдаче разрешения "
            "на работу подаются в электронной форме (praca.gov.pl). Он важен как для работодателей, так и для "
            "иностранцев, начинающих работать в Польше."
        ),
        "summary_uk": (
            "Закон визначає, на яких умовах роботодавець може доручити роботу іноземцеві в Польщі, зокрема правила "
            "видачі та продовження дозволів на роботу. З 1 червня 2025 р. заяви про видачу дозволу на роботу "
            "подають в електронній формі (praca.gov.pl). Він важливий як для роботодавців, так і для іноземців, які "
            "починають працювати в Польщі."
        ),
        "position": 10,
    },
    {
        "code": "labour-market-act",
        "topic": "work",
        "kind": "act",
        "reference": "",
        "isap_url": "https://isap.sejm.gov.pl/isap.nsf/search.xsp",
        "verified": False,
        "editor_note": (
            "Pozycja w Dzienniku Ustaw niezweryfikowana – ustal ją w ISAP, uzupełnij odnośnik i adres ISAP przed "
            "publikacją."
        ),
        "title_pl": "Ustawa z dnia 20 marca 2025 r. o rynku pracy i służbach zatrudnienia",
        "title_en": "Act of 20 March 2025 on the Labour Market and Employment Services",
        "title_ru": "Закон от 20 марта 2025 г. о рынке труда и службах занятости",
        "title_uk": "Закон від 20 березня 2025 р. про ринок праці та служби зайнятості",
        "summary_pl": (
            "Ustawa reguluje rynek pracy i działanie publicznych służb zatrudnienia, w tym urzędów pracy. Cudzoziemcy "
            "i pracodawcy sięgają do niej m.in. w sprawach prowadzonych przez urzędy pracy, takich jak oferty pracy "
            "i rejestracja osób poszukujących pracy."
        ),
        "summary_en": (
            "The act governs the labour market and the work of the public employment services, including labour "
            "offices. Foreigners and employers consult it, among other things, on matters handled by labour "
            "offices, such as job offers and the registration of jobseekers."
        ),
        "summary_ru": (
            "Закон регулирует рынок труда и деятельность государственных служб занятости, в том числе центров "
            "занятости (urzędy pracy). Иностранцы и работодатели обращаются к нему, в частности, по вопросам, "
            "которыми занимаются центры занятости, например вакансий и регистрации лиц, ищущих работу."
        ),
        "summary_uk": (
            "Закон регулює ринок праці та діяльність публічних служб зайнятості, зокрема центрів зайнятості "
            "(urzędy pracy). Іноземці та роботодавці звертаються до нього, зокрема, у справах, якими займаються "
            "центри зайнятості, наприклад щодо вакансій і реєстрації осіб, які шукають роботу."
        ),
        "position": 20,
    },
    {
        "code": "work-permit-documents-regulation",
        "topic": "work",
        "kind": "regulation",
        "reference": "Dz.U. 2025 poz. 1629",
        "isap_url": "https://isap.sejm.gov.pl/isap.nsf/DocDetails.xsp?id=WDU20250001629",
        "verified": True,
        "editor_note": "Tytuł opisowy – uzupełnij organ wydający, datę i pełny tytuł urzędowy z ISAP.",
        "title_pl": (
            "Rozporządzenie w sprawie dokumentów dołączanych do wniosku o wydanie zezwolenia na pracę cudzoziemca"
        ),
        "title_en": "Regulation on the documents attached to an application for a foreigner's work permit",
        "title_ru": "Распоряжение о документах, прилагаемых к заявлению о выдаче разрешения на работу иностранца",
        "title_uk": "Розпорядження щодо документів, які додають до заяви про видачу дозволу на роботу іноземця",
        "summary_pl": (
            "Rozporządzenie określa, jakie dokumenty pracodawca dołącza do wniosku o wydanie zezwolenia na pracę "
            "cudzoziemca. Pomaga przygotować kompletny wniosek i uniknąć wezwania do uzupełnienia braków."
        ),
        "summary_en": (
            "The regulation specifies which documents the employer attaches to an application for a foreigner's "
            "work permit. It helps to prepare a complete application and avoid a request to remedy deficiencies."
        ),
        "summary_ru": (
            "Распоряжение определяет, какие документы работодатель прилагает к заявлению о выдаче разрешения на "
            "работу иностранца. Оно помогает подготовить заявление со всеми необходимыми документами и избежать "
            "требования устранить недостатки."
        ),
        "summary_uk": (
            "Розпорядження визначає, які документи роботодавець додає до заяви про видачу дозволу на роботу "
            "іноземця. Воно допомагає підготувати заяву з усіма потрібними документами й уникнути вимоги усунути "
            "недоліки."
        ),
        "position": 30,
    },
    # --- procedure -------------------------------------------------------------------------------------------
    {
        "code": "kpa",
        "topic": "procedure",
        "kind": "act",
        "reference": "t.j. Dz.U. 2024 poz. 572",
        "isap_url": "https://isap.sejm.gov.pl/isap.nsf/DocDetails.xsp?id=WDU20240000572",
        "verified": True,
        "editor_note": "Sprawdź w ISAP, czy nie ogłoszono nowszego tekstu jednolitego.",
        "title_pl": "Ustawa z dnia 14 czerwca 1960 r. – Kodeks postępowania administracyjnego",
        "title_en": "Act of 14 June 1960 – Code of Administrative Procedure",
        "title_ru": "Закон от 14 июня 1960 г. – Кодекс административного производства",
        "title_uk": "Закон від 14 червня 1960 р. – Кодекс адміністративного провадження",
        "summary_pl": (
            "Kodeks określa ogólne zasady postępowania przed organami administracji publicznej, stosowane także w "
            "sprawach cudzoziemców prowadzonych przez wojewodę. Wynikają z niego m.in. terminy: co najmniej 7 dni na "
            "uzupełnienie braków formalnych wniosku (inaczej pozostaje on bez rozpoznania) i 14 dni na wniesienie "
            "odwołania od decyzji. W sprawach pobytowych odwołanie rozpatruje Szef Urzędu do Spraw Cudzoziemców."
        ),
        "summary_en": (
            "The Code sets out the general rules of proceedings before public administration authorities, which "
            "also apply to foreigners' cases handled by the voivode. Among other things, it sets the deadlines: at "
            "least 7 days to remedy formal deficiencies in an application (otherwise it is left without examination) "
            "and 14 days to appeal against a decision. In residence matters, appeals are decided by the Head of the "
            "Office for Foreigners."
        ),
        "summary_ru": (
            "Кодекс устанавливает общие правила производства в органах публичной администрации, которые "
            "применяются и в делах иностранцев, рассматриваемых воеводой. Из него вытекают, в частности, сроки: не "
            "менее 7 дней на устранение формальных недостатков заявления (иначе оно оставляется без рассмотрения) "
            "и 14 дней на обжалование решения. В делах о пребывании апелляцию рассматривает Начальник Управления по "
            "делам иностранцев."
        ),
        "summary_uk": (
            "Кодекс встановлює загальні правила провадження в органах публічної адміністрації, які застосовують і "
            "в справах іноземців, що їх розглядає воєвода. Із нього випливають, зокрема, строки: щонайменше 7 днів "
            "на усунення формальних недоліків заяви (інакше її залишають без розгляду) і 14 днів на оскарження "
            "рішення. У справах щодо перебування апеляцію розглядає Голова Управління у справах іноземців."
        ),
        "position": 10,
    },
    # --- fees ------------------------------------------------------------------------------------------------
    {
        "code": "stamp-duty-act",
        "topic": "fees",
        "kind": "act",
        "reference": "",
        "isap_url": "https://isap.sejm.gov.pl/isap.nsf/search.xsp",
        "verified": False,
        "editor_note": (
            "Brak odnośnika do Dziennika Ustaw – redaktor musi uzupełnić odnośnik do aktualnego tekstu jednolitego "
            "i adres ISAP przed publikacją."
        ),
        "title_pl": "Ustawa z dnia 16 listopada 2006 r. o opłacie skarbowej",
        "title_en": "Act of 16 November 2006 on Stamp Duty",
        "title_ru": "Закон от 16 ноября 2006 г. о гербовом сборе",
        "title_uk": "Закон від 16 листопада 2006 р. про гербовий збір",
        "summary_pl": (
            "Ustawa określa, za jakie czynności urzędowe, zaświadczenia i zezwolenia pobiera się opłatę skarbową, w "
            "jakiej wysokości i kto jest z niej zwolniony. Na jej podstawie płaci się m.in. za zezwolenia na pobyt "
            "(np. 340 zł za zezwolenie na pobyt czasowy) oraz za złożenie pełnomocnictwa (17 zł); w sprawach "
            "prowadzonych przez DUW opłatę wpłaca się na rachunek Gminy Wrocław."
        ),
        "summary_en": (
            "The act specifies which official acts, certificates and permits are subject to stamp duty, the "
            "amounts, and who is exempt. Under it you pay, among other things, for residence permits (e.g. PLN 340 "
            "for a temporary residence permit) and for filing a power of attorney (PLN 17); in cases handled by DUW "
            "the duty is paid into the account of Gmina Wrocław (the City of Wrocław)."
        ),
        "summary_ru": (
            "Закон определяет, за какие официальные действия, справки и разрешения взимается гербовый сбор, в каком "
            "размере и кто от него освобождён. На его основании оплачиваются, в частности, разрешения на пребывание "
            "(например, 340 злотых за разрешение на временное пребывание) и подача доверенности (17 злотых); в "
            "делах, которые ведёт DUW, сбор перечисляется на счёт гмины Вроцлав."
        ),
        "summary_uk": (
            "Закон визначає, за які офіційні дії, довідки та дозволи сплачують гербовий збір, у якому розмірі та "
            "хто від нього звільнений. На його підставі сплачують, зокрема, за дозволи на перебування (наприклад, "
            "340 злотих за дозвіл на тимчасове перебування) і за подання довіреності (17 злотих); у справах, які "
            "веде DUW, збір перераховують на рахунок гміни Вроцлав."
        ),
        "position": 10,
    },
    {
        "code": "document-fees-regulation",
        "topic": "fees",
        "kind": "regulation",
        "reference": "Dz.U. 2022 poz. 1583",
        "isap_url": "https://isap.sejm.gov.pl/isap.nsf/DocDetails.xsp?id=WDU20220001583",
        "verified": True,
        "editor_note": "Tytuł opisowy – uzupełnij organ wydający, datę i pełny tytuł urzędowy z ISAP.",
        "title_pl": "Rozporządzenie w sprawie wysokości opłat za dokumenty wydawane cudzoziemcom",
        "title_en": "Regulation on the fees for documents issued to foreigners",
        "title_ru": "Распоряжение о размере платы за документы, выдаваемые иностранцам",
        "title_uk": "Розпорядження щодо розміру плати за документи, які видають іноземцям",
        "summary_pl": (
            "Rozporządzenie określa wysokość opłat za wydanie dokumentów cudzoziemcom, m.in. karty pobytu – także "
            "przy ponownym wydaniu po utracie dokumentu. Opłatę tę wnosi się niezależnie od opłaty skarbowej za samo "
            "zezwolenie."
        ),
        "summary_en": (
            "The regulation sets the fees for issuing documents to foreigners, including the residence card – also "
            "when it is issued again after the document has been lost. This fee is paid separately from the stamp "
            "duty for the permit itself."
        ),
        "summary_ru": (
            "Распоряжение устанавливает размер платы за выдачу документов иностранцам, в том числе карты побыту – "
            "также при её повторной выдаче после утраты документа. Эта плата вносится отдельно от гербового сбора "
            "за само разрешение."
        ),
        "summary_uk": (
            "Розпорядження встановлює розмір плати за видачу документів іноземцям, зокрема карти побиту – також у "
            "разі її повторної видачі після втрати документа. Цю плату вносять окремо від гербового збору за сам "
            "дозвіл."
        ),
        "position": 20,
    },
    {
        "code": "work-permit-fees-regulation",
        "topic": "fees",
        "kind": "regulation",
        "reference": "Dz.U. 2025 poz. 1622",
        "isap_url": "https://isap.sejm.gov.pl/isap.nsf/DocDetails.xsp?id=WDU20250001622",
        "verified": True,
        "editor_note": "Tytuł opisowy – uzupełnij organ wydający, datę i pełny tytuł urzędowy z ISAP.",
        "title_pl": "Rozporządzenie w sprawie wysokości opłat za wydanie zezwolenia na pracę cudzoziemca",
        "title_en": "Regulation on the fees for issuing a foreigner's work permit",
        "title_ru": "Распоряжение о размере платы за выдачу разрешения на работу иностранца",
        "title_uk": "Розпорядження щодо розміру плати за видачу дозволу на роботу іноземця",
        "summary_pl": (
            "Rozporządzenie określa wysokość opłat, które pracodawca wnosi przy wniosku o wydanie lub przedłużenie "
            "zezwolenia na pracę cudzoziemca. Od 1 grudnia 2025 r. wynoszą one 200 zł przy pracy do 3 miesięcy, "
            "400 zł przy pracy dłuższej niż 3 miesiące i 800 zł w przypadku delegowania cudzoziemca."
        ),
        "summary_en": (
            "The regulation sets the fees the employer pays when applying for the issue or extension of a "
            "foreigner's work permit. From 1 December 2025 they are PLN 200 for work of up to 3 months, PLN 400 for "
            "work longer than 3 months and PLN 800 when a foreigner is seconded (posted)."
        ),
        "summary_ru": (
            "Распоряжение устанавливает размер платы, которую работодатель вносит при подаче заявления о выдаче или "
            "продлении разрешения на работу иностранца. С 1 декабря 2025 г. она составляет 200 злотых за работу "
            "сроком до 3 месяцев, 400 злотых – свыше 3 месяцев и 800 злотых при командировании иностранца."
        ),
        "summary_uk": (
            "Розпорядження встановлює розмір плати, яку роботодавець вносить, подаючи заяву про видачу або "
            "продовження дозволу на роботу іноземця. З 1 грудня 2025 р. вона становить 200 злотих за роботу "
            "строком до 3 місяців, 400 злотих – понад 3 місяці та 800 злотих у разі відрядження іноземця."
        ),
        "position": 30,
    },
    # --- Karta Polaka ----------------------------------------------------------------------------------------
    {
        "code": "karta-polaka-act",
        "topic": "karta-polaka",
        "kind": "act",
        "reference": "",
        "isap_url": "https://isap.sejm.gov.pl/isap.nsf/search.xsp",
        "verified": False,
        "editor_note": (
            "Brak odnośnika do Dziennika Ustaw – redaktor musi uzupełnić odnośnik do aktualnego tekstu jednolitego "
            "i adres ISAP przed publikacją."
        ),
        "title_pl": "Ustawa z dnia 7 września 2007 r. o Karcie Polaka",
        "title_en": "Act of 7 September 2007 on the Pole's Card (Karta Polaka)",
        "title_ru": "Закон от 7 сентября 2007 г. о Карте поляка",
        "title_uk": "Закон від 7 вересня 2007 р. про Карту поляка",
        "summary_pl": (
            "Ustawa określa, kto i na jakich zasadach może otrzymać Kartę Polaka – dokument potwierdzający "
            "przynależność do Narodu Polskiego – oraz jakie uprawnienia ona daje. Posiadacze Karty Polaka "
            "osiedlający się na stałe w Polsce mogą na jej podstawie ubiegać się o świadczenie pieniężne, a przy "
            "wniosku o zezwolenie na pobyt stały nie płacą opłaty skarbowej."
        ),
        "summary_en": (
            "The act sets out who may receive the Karta Polaka (Pole's Card) – a document confirming belonging to "
            "the Polish Nation – on what terms, and what rights it gives. Karta Polaka holders who settle "
            "permanently in Poland may apply under it for a cash benefit, and they pay no stamp duty on an "
            "application for a permanent residence permit."
        ),
        "summary_ru": (
            "Закон определяет, кто и на каких условиях может получить Карту поляка – документ, подтверждающий "
            "принадлежность к польскому народу, – и какие права она даёт. Владельцы Карты поляка, переезжающие в "
            "Польшу на постоянное жительство, могут на его основании обратиться за денежным пособием, а при подаче "
            "заявления о разрешении на постоянное пребывание не платят гербовый сбор."
        ),
        "summary_uk": (
            "Закон визначає, хто і на яких умовах може отримати Карту поляка – документ, що підтверджує належність "
            "до польського народу, – і які права вона надає. Власники Карти поляка, які переїжджають до Польщі на "
            "постійне проживання, можуть на його підставі звернутися по грошову допомогу, а подаючи заяву про "
            "дозвіл на постійне перебування, не сплачують гербового збору."
        ),
        "position": 10,
    },
    # --- accessibility ---------------------------------------------------------------------------------------
    {
        "code": "digital-accessibility-act",
        "topic": "accessibility",
        "kind": "act",
        "reference": "t.j. Dz.U. 2023 poz. 1440",
        "isap_url": "https://isap.sejm.gov.pl/isap.nsf/DocDetails.xsp?id=WDU20230001440",
        "verified": True,
        "editor_note": "Sprawdź w ISAP, czy nie ogłoszono nowszego tekstu jednolitego.",
        "title_pl": (
            "Ustawa z dnia 4 kwietnia 2019 r. o dostępności cyfrowej stron internetowych i aplikacji mobilnych "
            "podmiotów publicznych"
        ),
        "title_en": (
            "Act of 4 April 2019 on the digital accessibility of websites and mobile applications of public bodies"
        ),
        "title_ru": (
            "Закон от 4 апреля 2019 г. о цифровой доступности веб-сайтов и мобильных приложений публичных субъектов"
        ),
        "title_uk": (
            "Закон від 4 квітня 2019 р. про цифрову доступність вебсайтів і мобільних застосунків публічних суб’єктів"
        ),
        "summary_pl": (
            "Ustawa zobowiązuje podmioty publiczne, w tym urzędy, do zapewnienia dostępności cyfrowej stron "
            "internetowych i aplikacji mobilnych zgodnie ze standardem WCAG 2.1 na poziomie AA oraz do publikowania "
            "deklaracji dostępności. Obowiązki te dotyczą także portalu Przybysz; w jego deklaracji dostępności "
            "można sprawdzić, jak zgłosić problem z dostępnością."
        ),
        "summary_en": (
            "The act requires public bodies, including public offices, to make their websites and mobile "
            "applications digitally accessible in line with WCAG 2.1 at level AA and to publish an accessibility "
            "statement. These obligations also apply to the Przybysz portal; its accessibility statement explains "
            "how to report an accessibility problem."
        ),
        "summary_ru": (
            "Закон обязывает публичные субъекты, в том числе органы власти, обеспечивать цифровую доступность "
            "веб-сайтов и мобильных приложений в соответствии со стандартом WCAG 2.1 на уровне AA и публиковать "
            "декларацию доступности. Эти обязанности распространяются и на портал Przybysz; в его декларации "
            "доступности указано, как сообщить о проблеме с доступностью."
        ),
        "summary_uk": (
            "Закон зобов’язує публічні суб’єкти, зокрема органи влади, забезпечувати цифрову доступність вебсайтів "
            "і мобільних застосунків відповідно до стандарту WCAG 2.1 на рівні AA та публікувати декларацію про "
            "доступність. Ці обов’язки стосуються й порталу Przybysz; у його декларації про доступність зазначено, "
            "як повідомити про проблему з доступністю."
        ),
        "position": 10,
    },
]
