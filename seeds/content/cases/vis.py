"""Kind of case VIS: extension of a national or Schengen visa."""

from seeds.content.cases._shared import REQUIREMENT_STAMP_DUTY_FOR_A_POWER_OF_ATTORNEY, STATUSES_TRV_VIS

CASE_TYPE: dict = {
    "code": "VIS",
    "position": 90,
    "filed_by": "foreigner",
    "proxy_allowed": True,
    "legal_basis": "art. 85, 87a ustawy o cudzoziemcach",
    "decision_days": None,
    "deadline_start": None,
    "editor_note": (
        "Z FACTS.md pochodzą: podstawa prawna (art. 85, 87a u.o.c.), opłaty 406 zł / 30 EUR (opłata skarbowa na rzecz "
        "Gminy Wrocław) i dane dokumentu podróży jako pola wniosku (art. 85 ust. 2). FACTS.md nie podaje terminu "
        "załatwienia sprawy, dlatego decision_days jest puste. Spoza FACTS.md (u.o.c., Wspólnotowy Kodeks Wizowy, "
        "strona przybysz.duw.pl), do weryfikacji: warunki przedłużenia wizy krajowej i wizy Schengen, termin złożenia "
        "wniosku (najpóźniej w ostatnim dniu legalnego pobytu, art. 85 ust. 1), odmowa wszczęcia postępowania przy "
        "wniosku złożonym w czasie nielegalnego pobytu, przedłużenie w formie naklejki wizowej, lista załączników, "
        "decyzja wojewody i odwołanie do Szefa UdSC. FACTS.md nie mówi, czy pobyt jest legalny w czasie postępowania o "
        "przedłużenie wizy – tekst celowo tego nie obiecuje; rozważ uzupełnienie po weryfikacji."
    ),
    "name": {
        "pl": "Przedłużenie wizy krajowej lub Schengen",
        "en": "Extension of a national or Schengen visa",
        "ru": "Продление национальной или шенгенской визы",
        "uk": "Продовження національної або шенгенської візи",
    },
    "summary": {
        "pl": (
            "Wniosek dla cudzoziemca, który przebywa w Polsce na podstawie wizy i z ważnych powodów nie może wyjechać "
            "przed końcem pobytu dozwolonego na wizie. Wojewoda może wtedy przedłużyć wizę krajową lub wizę Schengen."
        ),
        "en": (
            "An application for a foreigner who is staying in Poland on a visa and, for important reasons, cannot "
            "leave before the end of the stay the visa allows. In that case the voivode may extend the national or "
            "Schengen visa."
        ),
        "ru": (
            "Заявление для иностранца, который находится в Польше по визе и по важным причинам не может выехать до "
            "окончания разрешённого визой пребывания. В этом случае воевода может продлить национальную или шенгенскую "
            "визу."
        ),
        "uk": (
            "Заява для іноземця, який перебуває в Польщі за візою і з важливих причин не може виїхати до закінчення "
            "дозволеного візою перебування. У такому разі воєвода може продовжити національну або шенгенську візу."
        ),
    },
    "description": {
        "pl": (
            "Ten wniosek składasz, jeśli jesteś w Polsce na podstawie wizy krajowej (D) lub wizy Schengen (C) i z "
            "ważnych powodów musisz zostać dłużej, niż pozwala wiza. Przedłużenie wizy jest wyjątkiem – jeśli chcesz "
            "mieszkać w Polsce dłużej, zwykle potrzebujesz zezwolenia na pobyt czasowy.\n\n"
            "W uproszczeniu:\n\n"
            "* wizę krajową można przedłużyć, gdy przemawia za tym Twój ważny interes zawodowy lub osobisty albo "
            "względy humanitarne nie pozwalają Ci wyjechać na czas, a przyczyna powstała niezależnie od Ciebie i nie "
            "dało się jej przewidzieć w dniu składania wniosku o wizę,\n"
            "* wizę Schengen można przedłużyć z powodu siły wyższej, względów humanitarnych albo ważnych powodów "
            "osobistych.\n\n"
            "Wniosek złóż najpóźniej w ostatnim dniu legalnego pobytu. We wniosku podajesz dane paszportu: serię i "
            "numer, datę wydania, datę ważności i organ, który go wydał.\n\n"
            "Wniosek wypełniasz w portalu Przybysz, drukujesz, podpisujesz i składasz w punkcie obsługi DUW po "
            "rezerwacji wizyty. Opłata skarbowa wynosi 406 zł za przedłużenie wizy krajowej i 30 EUR za przedłużenie "
            "wizy Schengen. Wojewoda wydaje decyzję. Przedłużona wiza ma formę nowej naklejki wizowej w paszporcie. Od "
            "odmowy możesz się odwołać w ciągu 14 dni do Szefa Urzędu do Spraw Cudzoziemców."
        ),
        "en": (
            "You file this application if you are in Poland on a national visa (D) or a Schengen visa (C) and, for "
            "important reasons, have to stay longer than your visa allows. A visa extension is an exception – if you "
            "want to live in Poland for longer, you usually need a temporary residence permit.\n\n"
            "In simple terms:\n\n"
            "* a national visa can be extended when an important professional or personal interest of yours requires "
            "it, or humanitarian reasons prevent you from leaving on time, and the reason arose independently of you "
            "and could not be foreseen on the day you applied for the visa,\n"
            "* a Schengen visa can be extended because of force majeure, humanitarian reasons or serious personal "
            "reasons.\n\n"
            "File the application no later than on the last day of your legal stay. In the application you enter your "
            "passport details: series and number, issue date, expiry date and the authority that issued it.\n\n"
            "You fill in the application on the Przybysz portal, print it, sign it and file it at a DUW service point "
            "after booking a visit. The stamp duty is 406 zł for extending a national visa and 30 EUR for extending a "
            "Schengen visa. The voivode issues a decision. An extended visa takes the form of a new visa sticker in "
            "your passport. You can appeal a refusal within 14 days to the Head of the Office for Foreigners (Szef "
            "Urzędu do Spraw Cudzoziemców)."
        ),
        "ru": (
            "Это заявление подаётся, если вы находитесь в Польше по национальной визе (D) или шенгенской визе (C) и по "
            "важным причинам должны остаться дольше, чем позволяет виза. Продление визы — исключение: если вы хотите "
            "жить в Польше дольше, обычно нужно разрешение на временное пребывание.\n\n"
            "Упрощённо:\n\n"
            "* национальную визу можно продлить, если этого требуют ваши важные профессиональные или личные интересы "
            "либо гуманитарные причины не позволяют вам выехать вовремя, а причина возникла независимо от вас и её "
            "нельзя было предвидеть в день подачи заявления на визу,\n"
            "* шенгенскую визу можно продлить из-за форс-мажора, по гуманитарным причинам или по важным личным "
            "причинам.\n\n"
            "Подайте заявление не позднее последнего дня законного пребывания. В заявлении указываются данные "
            "паспорта: серия и номер, дата выдачи, дата окончания срока действия и орган, который его выдал.\n\n"
            "Заявление заполняется на портале Przybysz, распечатывается, подписывается и подаётся в пункте "
            "обслуживания DUW после записи на визит. Гербовый сбор составляет 406 злотых за продление национальной "
            "визы и 30 евро за продление шенгенской визы. Воевода выносит решение. Продлённая виза оформляется в виде "
            "новой визовой наклейки в паспорте. Отказ можно обжаловать в течение 14 дней Начальнику Управления по "
            "делам иностранцев (Szef Urzędu do Spraw Cudzoziemców)."
        ),
        "uk": (
            "Цю заяву подають, якщо ви перебуваєте в Польщі за національною візою (D) або шенгенською візою (C) і з "
            "важливих причин мусите залишитися довше, ніж дозволяє віза. Продовження візи — виняток: якщо ви хочете "
            "жити в Польщі довше, зазвичай потрібен дозвіл на тимчасове перебування.\n\n"
            "Спрощено:\n\n"
            "* національну візу можна продовжити, якщо цього вимагають ваші важливі професійні чи особисті інтереси "
            "або гуманітарні причини не дають вам виїхати вчасно, а причина виникла незалежно від вас і її не можна "
            "було передбачити в день подання заяви на візу,\n"
            "* шенгенську візу можна продовжити через форс-мажор, з гуманітарних причин або з важливих особистих "
            "причин.\n\n"
            "Подайте заяву не пізніше останнього дня законного перебування. У заяві зазначають дані паспорта: серію й "
            "номер, дату видачі, дату закінчення строку дії та орган, який його видав.\n\n"
            "Заяву заповнюють на порталі Przybysz, роздруковують, підписують і подають у пункті обслуговування DUW "
            "після запису на візит. Гербовий збір становить 406 злотих за продовження національної візи і 30 євро за "
            "продовження шенгенської візи. Воєвода ухвалює рішення. Продовжена віза має вигляд нової візової наклейки "
            "в паспорті. Відмову можна оскаржити протягом 14 днів до Голови Управління у справах іноземців (Szef "
            "Urzędu do Spraw Cudzoziemców)."
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
                    "i złóż wniosek przed końcem legalnego pobytu. Przy składaniu okaż paszport."
                ),
                "en": (
                    "Fill in the application on the Przybysz portal, print it and sign it. Book a visit using the PIO "
                    "number and file the application before your legal stay ends. Show your passport when you file."
                ),
                "ru": (
                    "Заполните заявление на портале Przybysz, распечатайте и подпишите его. Запишитесь на визит, "
                    "указав номер PIO, и подайте заявление до окончания законного пребывания. При подаче предъявите "
                    "паспорт."
                ),
                "uk": (
                    "Заповніть заяву на порталі Przybysz, роздрукуйте та підпишіть її. Запишіться на візит, зазначивши "
                    "номер PIO, і подайте заяву до закінчення законного перебування. Під час подання пред’явіть "
                    "паспорт."
                ),
            },
        },
        {
            "title": {
                "pl": "Sprawdzenie wniosku",
                "en": "Checking the application",
                "ru": "Проверка заявления",
                "uk": "Перевірка заяви",
            },
            "description": {
                "pl": (
                    "Urząd sprawdza, czy wniosek jest kompletny i czy opłata została wniesiona. Jeśli czegoś brakuje, "
                    "dostaniesz wezwanie z terminem na uzupełnienie – co najmniej 7 dni."
                ),
                "en": (
                    "The office checks whether the application is complete and whether the fee has been paid. If "
                    "something is missing, you will receive a request with a deadline to complete it – at least 7 days."
                ),
                "ru": (
                    "Управление проверяет, полное ли заявление и уплачен ли сбор. Если чего-то не хватает, вы получите "
                    "требование со сроком для устранения недостатков — не менее 7 дней."
                ),
                "uk": (
                    "Управління перевіряє, чи заява повна і чи сплачено збір. Якщо чогось бракує, ви отримаєте вимогу "
                    "зі строком для усунення недоліків — щонайменше 7 днів."
                ),
            },
        },
        {
            "title": {
                "pl": "Analiza dokumentów",
                "en": "Examining the documents",
                "ru": "Изучение документов",
                "uk": "Аналіз документів",
            },
            "description": {
                "pl": (
                    "Urząd sprawdza, czy podane przez Ciebie powody uzasadniają przedłużenie wizy, a także Twoje "
                    "środki utrzymania i ubezpieczenie zdrowotne. W razie potrzeby wezwie Cię do wyjaśnień lub do "
                    "przedstawienia dodatkowych dokumentów."
                ),
                "en": (
                    "The office checks whether the reasons you give justify extending the visa, and also your means of "
                    "subsistence and health insurance. If necessary, it will ask you for explanations or additional "
                    "documents."
                ),
                "ru": (
                    "Управление проверяет, оправдывают ли указанные вами причины продление визы, а также ваши средства "
                    "к существованию и медицинскую страховку. При необходимости вас вызовут для объяснений или "
                    "попросят представить дополнительные документы."
                ),
                "uk": (
                    "Управління перевіряє, чи вказані вами причини виправдовують продовження візи, а також ваші засоби "
                    "до існування та медичне страхування. У разі потреби вас викличуть для пояснень або попросять "
                    "подати додаткові документи."
                ),
            },
        },
        {
            "title": {
                "pl": "Wydanie decyzji",
                "en": "Issuing the decision",
                "ru": "Вынесение решения",
                "uk": "Ухвалення рішення",
            },
            "description": {
                "pl": (
                    "Wojewoda wydaje decyzję o przedłużeniu wizy albo o odmowie. Od decyzji możesz się odwołać w ciągu "
                    "14 dni do Szefa Urzędu do Spraw Cudzoziemców."
                ),
                "en": (
                    "The voivode issues a decision to extend the visa or to refuse. You can appeal the decision within "
                    "14 days to the Head of the Office for Foreigners."
                ),
                "ru": (
                    "Воевода выносит решение о продлении визы или об отказе. Решение можно обжаловать в течение 14 "
                    "дней Начальнику Управления по делам иностранцев."
                ),
                "uk": (
                    "Воєвода ухвалює рішення про продовження візи або про відмову. Рішення можна оскаржити протягом 14 "
                    "днів до Голови Управління у справах іноземців."
                ),
            },
        },
        {
            "title": {
                "pl": "Naklejka wizowa, zakończenie sprawy",
                "en": "Visa sticker, closing the case",
                "ru": "Визовая наклейка, завершение дела",
                "uk": "Візова наклейка, завершення справи",
            },
            "description": {
                "pl": (
                    "Po decyzji o przedłużeniu status zmieni się na „Dokument do odbioru”. Przychodzisz wtedy z "
                    "paszportem, a urząd umieszcza w nim nową naklejkę wizową."
                ),
                "en": (
                    "After a decision to extend the visa, the status will change to “Dokument do odbioru” (document "
                    "ready for collection). You then come with your passport, and the office places a new visa sticker "
                    "in it."
                ),
                "ru": (
                    "После решения о продлении статус изменится на «Dokument do odbioru» (документ готов к получению). "
                    "Тогда вы приходите с паспортом, и управление вклеивает в него новую визовую наклейку."
                ),
                "uk": (
                    "Після рішення про продовження статус зміниться на «Dokument do odbioru» (документ готовий до "
                    "отримання). Тоді ви приходите з паспортом, і управління вклеює в нього нову візову наклейку."
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
                    "Formularz „Wniosek o przedłużenie wizy krajowej / Schengen” wypełniony po polsku, drukowanymi "
                    "wielkimi literami alfabetu łacińskiego, i własnoręcznie podpisany. Wpisz dane paszportu: serię i "
                    "numer, datę wydania, datę ważności i organ wydający. Puste pole to brak formalny – w polach, "
                    "które Cię nie dotyczą, ma być wpisane „NIE DOTYCZY”."
                ),
                "en": (
                    "The form “Wniosek o przedłużenie wizy krajowej / Schengen” (application for the extension of a "
                    "national or Schengen visa), filled in in Polish in printed capital Latin letters and signed by "
                    "hand. Enter your passport details: series and number, issue date, expiry date and issuing "
                    "authority. An empty field is a formal deficiency – fields that do not apply to you must say “NIE "
                    "DOTYCZY” (not applicable)."
                ),
                "ru": (
                    "Форма «Wniosek o przedłużenie wizy krajowej / Schengen» (заявление о продлении национальной / "
                    "шенгенской визы), заполненная на польском языке печатными заглавными буквами латинского алфавита "
                    "и подписанная собственноручно. Впишите данные паспорта: серию и номер, дату выдачи, дату "
                    "окончания срока действия и орган выдачи. Пустое поле — формальный недостаток: в полях, которые к "
                    "вам не относятся, должно быть вписано «NIE DOTYCZY» (не касается)."
                ),
                "uk": (
                    "Форма «Wniosek o przedłużenie wizy krajowej / Schengen» (заява про продовження національної / "
                    "шенгенської візи), заповнена польською мовою друкованими великими літерами латинського алфавіту "
                    "та підписана власноруч. Впишіть дані паспорта: серію й номер, дату видачі, дату закінчення строку "
                    "дії та орган, що видав. Порожнє поле — формальний недолік: у полях, які вас не стосуються, має "
                    "бути вписано «NIE DOTYCZY» (не стосується)."
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
                "pl": "Ważny paszport",
                "en": "Valid passport",
                "ru": "Действительный паспорт",
                "uk": "Чинний паспорт",
            },
            "details": {
                "pl": (
                    "Przy składaniu wniosku okaż ważny paszport, w którym jest Twoja wiza. Po przedłużeniu urząd "
                    "umieści w nim nową naklejkę wizową."
                ),
                "en": (
                    "When you file the application, show your valid passport containing your visa. After the "
                    "extension, the office will place a new visa sticker in it."
                ),
                "ru": (
                    "При подаче заявления предъявите действительный паспорт, в котором находится ваша виза. После "
                    "продления управление вклеит в него новую визовую наклейку."
                ),
                "uk": (
                    "Під час подання заяви пред’явіть чинний паспорт, у якому є ваша віза. Після продовження "
                    "управління вклеїть у нього нову візову наклейку."
                ),
            },
            "amount": "",
            "recipient": "",
            "account": "",
            "editor_note": (
                "Nie z FACTS.md – zweryfikuj, czy trzeba dołączyć kopię paszportu (np. wszystkich zapisanych stron) i "
                "czy obowiązują wymogi co do okresu ważności paszportu."
            ),
        },
        {
            "kind": "document",
            "title": {
                "pl": "Dokumenty uzasadniające przedłużenie",
                "en": "Documents supporting the extension",
                "ru": "Документы, обосновывающие продление",
                "uk": "Документи, що обґрунтовують продовження",
            },
            "details": {
                "pl": (
                    "Dołącz dokumenty, które potwierdzają powód przedłużenia (np. zaświadczenie lekarskie), a także "
                    "dokumenty o środkach utrzymania i ubezpieczeniu zdrowotnym. Dokumenty w języku obcym dołącz razem "
                    "z tłumaczeniem na język polski."
                ),
                "en": (
                    "Attach documents that prove the reason for the extension (e.g. a medical certificate), as well as "
                    "documents on your means of subsistence and health insurance. Attach documents in a foreign "
                    "language together with a translation into Polish."
                ),
                "ru": (
                    "Приложите документы, подтверждающие причину продления (например, медицинскую справку), а также "
                    "документы о средствах к существованию и медицинской страховке. Документы на иностранном языке "
                    "прилагаются вместе с переводом на польский язык."
                ),
                "uk": (
                    "Додайте документи, що підтверджують причину продовження (наприклад, медичну довідку), а також "
                    "документи про засоби до існування та медичне страхування. Документи іноземною мовою додають разом "
                    "із перекладом польською мовою."
                ),
            },
            "amount": "",
            "recipient": "",
            "account": "",
            "editor_note": (
                "Nie z FACTS.md – zweryfikuj listę załączników (art. 85 u.o.c., kodeks wizowy), w tym wymogi co do "
                "ubezpieczenia i tłumaczenia przysięgłego."
            ),
        },
        {
            "kind": "photo",
            "title": {
                "pl": "Zdjęcie 35×45 mm",
                "en": "Photo 35×45 mm",
                "ru": "Фотография 35×45 мм",
                "uk": "Фотографія 35×45 мм",
            },
            "details": {
                "pl": (
                    "Dołącz aktualne zdjęcie o wymiarach 35×45 mm, wykonane w ciągu ostatnich 6 miesięcy. Zdjęcie, "
                    "które nie spełnia wymogów, to częsty brak formalny."
                ),
                "en": (
                    "Attach a recent photo measuring 35×45 mm, taken within the last 6 months. A photo that does not "
                    "meet the requirements is a common formal deficiency."
                ),
                "ru": (
                    "Приложите актуальную фотографию размером 35×45 мм, сделанную в течение последних 6 месяцев. "
                    "Фотография, не отвечающая требованиям, — частый формальный недостаток."
                ),
                "uk": (
                    "Додайте актуальну фотографію розміром 35×45 мм, зроблену протягом останніх 6 місяців. Фотографія, "
                    "яка не відповідає вимогам, — частий формальний недолік."
                ),
            },
            "amount": "",
            "recipient": "",
            "account": "",
            "editor_note": (
                "FACTS.md nie mówi, czy i ile zdjęć dołącza się do tego wniosku (naklejka wizowa zawiera zdjęcie) – "
                "zweryfikuj."
            ),
        },
        {
            "kind": "fee",
            "title": {
                "pl": "Opłata skarbowa za przedłużenie wizy",
                "en": "Stamp duty for the visa extension",
                "ru": "Гербовый сбор за продление визы",
                "uk": "Гербовий збір за продовження візи",
            },
            "details": {
                "pl": (
                    "Za przedłużenie wizy krajowej płacisz 406 zł, a za przedłużenie wizy Schengen – 30 EUR. Opłatę "
                    "skarbową wnosi się na rzecz Gminy Wrocław; dowód zapłaty dołącz do wniosku."
                ),
                "en": (
                    "Extending a national visa costs 406 zł, and extending a Schengen visa costs 30 EUR. The stamp "
                    "duty is paid to the Municipality of Wrocław (Gmina Wrocław); attach the proof of payment to your "
                    "application."
                ),
                "ru": (
                    "За продление национальной визы платится 406 злотых, а за продление шенгенской визы — 30 евро. "
                    "Гербовый сбор уплачивается в пользу гмины Вроцлав (Gmina Wrocław); приложите подтверждение оплаты "
                    "к заявлению."
                ),
                "uk": (
                    "За продовження національної візи сплачують 406 злотих, а за продовження шенгенської візи — 30 "
                    "євро. Гербовий збір сплачують на користь гміни Вроцлав (Gmina Wrocław); додайте підтвердження "
                    "оплати до заяви."
                ),
            },
            "amount": "406 zł / 30 EUR",
            "recipient": "Gmina Wrocław",
            "account": "",
            "editor_note": (
                "Wpisz zweryfikowany numer rachunku Gminy Wrocław. Nie z FACTS.md, do weryfikacji i ewentualnego "
                "dopisania: 30 EUR wnosi się w złotych po kursie referencyjnym EBC z ostatniego dnia roboczego przed "
                "złożeniem wniosku; przedłużenie wizy Schengen z powodu siły wyższej lub względów humanitarnych jest "
                "bezpłatne; dla wniosków od 5 marca 2026 r. opłata nie podlega zwrotowi przy odmowie lub umorzeniu "
                "(art. 87a u.o.c.)."
            ),
        },
        REQUIREMENT_STAMP_DUTY_FOR_A_POWER_OF_ATTORNEY,
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
                    "Wniosek składasz w punkcie obsługi po rezerwacji wizyty i okazujesz paszport. Po decyzji o "
                    "przedłużeniu przychodzisz z paszportem po naklejkę wizową."
                ),
                "en": (
                    "You file the application at a service point after booking a visit and show your passport. After a "
                    "decision to extend the visa, you come with your passport to get the visa sticker."
                ),
                "ru": (
                    "Заявление подаётся в пункте обслуживания после записи на визит, при этом вы предъявляете паспорт. "
                    "После решения о продлении вы приходите с паспортом за визовой наклейкой."
                ),
                "uk": (
                    "Заяву подають у пункті обслуговування після запису на візит, при цьому ви пред’являєте паспорт. "
                    "Після рішення про продовження ви приходите з паспортом по візову наклейку."
                ),
            },
            "amount": "",
            "recipient": "",
            "account": "",
            "editor_note": (
                "FACTS.md nie opisuje stawiennictwa w tej sprawie – zweryfikuj, czy wniosek trzeba złożyć osobiście, "
                "czy można go wysłać pocztą lub złożyć przez pełnomocnika oraz jak odbywa się umieszczenie naklejki "
                "wizowej."
            ),
        },
        {
            "kind": "deadline",
            "title": {
                "pl": "Złóż wniosek przed końcem legalnego pobytu",
                "en": "File before your legal stay ends",
                "ru": "Подайте заявление до окончания законного пребывания",
                "uk": "Подайте заяву до закінчення законного перебування",
            },
            "details": {
                "pl": (
                    "Wniosek złóż najpóźniej w ostatnim dniu legalnego pobytu na podstawie wizy. Jeśli złożysz go "
                    "później, gdy Twój pobyt jest już nielegalny, urząd odmówi wszczęcia postępowania."
                ),
                "en": (
                    "File the application no later than on the last day of your legal stay on the visa. If you file it "
                    "later, when your stay is already illegal, the office will refuse to open proceedings."
                ),
                "ru": (
                    "Подайте заявление не позднее последнего дня законного пребывания по визе. Если вы подадите его "
                    "позже, когда ваше пребывание уже незаконно, управление откажет в возбуждении производства."
                ),
                "uk": (
                    "Подайте заяву не пізніше останнього дня законного перебування за візою. Якщо ви подасте її "
                    "пізніше, коли ваше перебування вже незаконне, управління відмовить у порушенні провадження."
                ),
            },
            "amount": "",
            "recipient": "",
            "account": "",
            "editor_note": (
                "Nie z FACTS.md (art. 85 ust. 1 u.o.c., strona przybysz.duw.pl) – zweryfikuj termin i skutek wniosku "
                "złożonego po terminie."
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
                    "dni. Od decyzji możesz się odwołać w ciągu 14 dni do Szefa Urzędu do Spraw Cudzoziemców."
                ),
                "en": (
                    "You have at least 7 days to remedy formal deficiencies – otherwise the application will be left "
                    "without examination (Article 64 § 2 KPA). The office sets 7–14 days to pay missing stamp duty. "
                    "You can appeal the decision within 14 days to the Head of the Office for Foreigners."
                ),
                "ru": (
                    "На устранение формальных недостатков у вас есть не менее 7 дней — иначе заявление будет оставлено "
                    "без рассмотрения (ст. 64 § 2 KPA). Для уплаты недостающего гербового сбора управление "
                    "устанавливает срок 7–14 дней. Решение можно обжаловать в течение 14 дней Начальнику Управления по "
                    "делам иностранцев."
                ),
                "uk": (
                    "На усунення формальних недоліків у вас є щонайменше 7 днів — інакше заяву буде залишено без "
                    "розгляду (ст. 64 § 2 KPA). Для сплати відсутнього гербового збору управління встановлює строк "
                    "7–14 днів. Рішення можна оскаржити протягом 14 днів до Голови Управління у справах іноземців."
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
            "Zweryfikuj, czy DUW stosuje jeden formularz, czy osobne wzory dla wizy krajowej i wizy Schengen, oraz czy "
            "przyjmuje wniosek pocztą – jeśli tak, dopisz to w instrukcji, bo wolnego terminu wizyty może nie być "
            "przed końcem legalnego pobytu. Z pól formularza FACTS.md opisuje tylko dane dokumentu podróży (art. 85 "
            "ust. 2); pozostałe pola (np. uzasadnienie, podróże w ostatnich 5 latach, środki utrzymania, "
            "ubezpieczenie) sprawdź z aktualnym wzorem."
        ),
        "title": {
            "pl": "Wniosek o przedłużenie wizy krajowej / Schengen",
            "en": "Application for the extension of a national or Schengen visa",
            "ru": "Заявление о продлении национальной / шенгенской визы",
            "uk": "Заява про продовження національної / шенгенської візи",
        },
        "instructions": {
            "pl": (
                "### Przygotuj dokumenty\n\n"
                "Przygotuj ważny paszport z wizą, dokumenty uzasadniające przedłużenie, dokumenty o środkach "
                "utrzymania i ubezpieczeniu zdrowotnym, aktualne zdjęcie 35×45 mm i dowód zapłaty opłaty skarbowej.\n\n"
                "### Wypełnij formularz\n\n"
                "* Wypełnij formularz w portalu Przybysz – podpowiedzi i bieżące sprawdzanie danych pomogą Ci uniknąć "
                "błędów.\n"
                "* Urzędowe formularze wypełnia się po polsku, drukowanymi wielkimi literami alfabetu łacińskiego.\n"
                "* Dane paszportu – serię i numer, datę wydania, datę ważności i organ wydający – przepisz dokładnie z "
                "paszportu. Data wydania musi być wcześniejsza niż data ważności, a paszport musi być ważny.\n"
                "* Puste pole to brak formalny. W polach, które Cię nie dotyczą, ma być wpisane „NIE DOTYCZY” – wydruk "
                "z portalu robi to automatycznie.\n\n"
                "### Podpisz i zapłać\n\n"
                "Wydrukuj wniosek i podpisz go własnoręcznie – niepodpisany wniosek to brak formalny. Wnieś opłatę "
                "skarbową na rzecz Gminy Wrocław (406 zł za wizę krajową, 30 EUR za wizę Schengen) i dołącz dowód "
                "zapłaty. Jeśli działa pełnomocnik, dołącz pełnomocnictwo i dowód zapłaty 17 zł.\n\n"
                "### Złóż wniosek\n\n"
                "Zarezerwuj wizytę w systemie rezerwacji wizyt DUW (wizyta.duw.pl): podaj imię i nazwisko, adres "
                "e-mail i numer PIO wniosku, a potem wybierz punkt obsługi. Wybierz termin przed końcem legalnego "
                "pobytu. Przyjdź 15 minut przed wizytą i wpisz numer rezerwacji w biletomacie. Urzędnik porówna wydruk "
                "z wersją elektroniczną.\n\n"
                "### Co dalej\n\n"
                "Status sprawy sprawdzisz w portalu Przybysz. Po decyzji o przedłużeniu przyjdź z paszportem po "
                "naklejkę wizową."
            ),
            "en": (
                "### Prepare your documents\n\n"
                "Prepare your valid passport with the visa, documents supporting the extension, documents on your "
                "means of subsistence and health insurance, a recent 35×45 mm photo and the proof of payment of the "
                "stamp duty.\n\n"
                "### Fill in the form\n\n"
                "* Fill in the form on the Przybysz portal – hints and live checks of your data help you avoid "
                "mistakes.\n"
                "* Official forms are filled in in Polish, in printed capital letters of the Latin alphabet.\n"
                "* Copy your passport details – series and number, issue date, expiry date and issuing authority – "
                "exactly from the passport. The issue date must be earlier than the expiry date, and the passport must "
                "be valid.\n"
                "* An empty field is a formal deficiency. Fields that do not apply to you must say “NIE DOTYCZY” (not "
                "applicable) – the portal's printout does this automatically.\n\n"
                "### Sign and pay\n\n"
                "Print the application and sign it by hand – an unsigned application is a formal deficiency. Pay the "
                "stamp duty to the Municipality of Wrocław (406 zł for a national visa, 30 EUR for a Schengen visa) "
                "and attach the proof of payment. If a proxy acts for you, attach the power of attorney and the proof "
                "of payment of 17 zł.\n\n"
                "### File the application\n\n"
                "Book a visit in the DUW visit booking system (wizyta.duw.pl): enter your name, e-mail address and the "
                "PIO number of the application, then choose a service point. Choose a date before your legal stay "
                "ends. Arrive 15 minutes before your visit and enter the booking number at the ticket machine. The "
                "clerk will compare the printout with the electronic version.\n\n"
                "### What happens next\n\n"
                "You can check the status of your case on the Przybysz portal. After a decision to extend the visa, "
                "come with your passport to get the visa sticker."
            ),
            "ru": (
                "### Подготовьте документы\n\n"
                "Подготовьте действительный паспорт с визой, документы, обосновывающие продление, документы о "
                "средствах к существованию и медицинской страховке, актуальную фотографию 35×45 мм и подтверждение "
                "уплаты гербового сбора.\n\n"
                "### Заполните форму\n\n"
                "* Заполните форму на портале Przybysz — подсказки и проверка данных по ходу заполнения помогут "
                "избежать ошибок.\n"
                "* Официальные формы заполняются на польском языке печатными заглавными буквами латинского алфавита.\n"
                "* Данные паспорта — серию и номер, дату выдачи, дату окончания срока действия и орган выдачи — "
                "перепишите точно из паспорта. Дата выдачи должна быть раньше даты окончания срока действия, а паспорт "
                "должен быть действительным.\n"
                "* Пустое поле — формальный недостаток. В полях, которые к вам не относятся, должно быть вписано «NIE "
                "DOTYCZY» (не касается) — распечатка с портала делает это автоматически.\n\n"
                "### Подпишите и оплатите\n\n"
                "Распечатайте заявление и подпишите его собственноручно — неподписанное заявление является формальным "
                "недостатком. Уплатите гербовый сбор в пользу гмины Вроцлав (406 злотых за национальную визу, 30 евро "
                "за шенгенскую) и приложите подтверждение оплаты. Если действует представитель, приложите доверенность "
                "и подтверждение уплаты 17 злотых.\n\n"
                "### Подайте заявление\n\n"
                "Запишитесь на визит в системе записи DUW (wizyta.duw.pl): укажите имя и фамилию, адрес электронной "
                "почты и номер PIO заявления, затем выберите пункт обслуживания. Выберите дату до окончания законного "
                "пребывания. Приходите за 15 минут до визита и введите номер бронирования в терминале выдачи талонов. "
                "Сотрудник сравнит распечатку с электронной версией.\n\n"
                "### Что дальше\n\n"
                "Статус дела можно проверить на портале Przybysz. После решения о продлении приходите с паспортом за "
                "визовой наклейкой."
            ),
            "uk": (
                "### Підготуйте документи\n\n"
                "Підготуйте чинний паспорт із візою, документи, що обґрунтовують продовження, документи про засоби до "
                "існування та медичне страхування, актуальну фотографію 35×45 мм і підтвердження сплати гербового "
                "збору.\n\n"
                "### Заповніть форму\n\n"
                "* Заповніть форму на порталі Przybysz — підказки й перевірка даних під час заповнення допоможуть "
                "уникнути помилок.\n"
                "* Офіційні форми заповнюють польською мовою друкованими великими літерами латинського алфавіту.\n"
                "* Дані паспорта — серію й номер, дату видачі, дату закінчення строку дії та орган, що видав, — "
                "перепишіть точно з паспорта. Дата видачі має бути ранішою за дату закінчення строку дії, а паспорт "
                "має бути чинним.\n"
                "* Порожнє поле — формальний недолік. У полях, які вас не стосуються, має бути вписано «NIE DOTYCZY» "
                "(не стосується) — роздруківка з порталу робить це автоматично.\n\n"
                "### Підпишіть і сплатіть\n\n"
                "Роздрукуйте заяву й підпишіть її власноруч — непідписана заява є формальним недоліком. Сплатіть "
                "гербовий збір на користь гміни Вроцлав (406 злотих за національну візу, 30 євро за шенгенську) і "
                "додайте підтвердження оплати. Якщо діє представник, додайте довіреність і підтвердження сплати 17 "
                "злотих.\n\n"
                "### Подайте заяву\n\n"
                "Запишіться на візит у системі запису DUW (wizyta.duw.pl): зазначте ім’я та прізвище, адресу "
                "електронної пошти й номер PIO заяви, потім виберіть пункт обслуговування. Виберіть дату до закінчення "
                "законного перебування. Приходьте за 15 хвилин до візиту й введіть номер бронювання в терміналі видачі "
                "талонів. Працівник порівняє роздруківку з електронною версією.\n\n"
                "### Що далі\n\n"
                "Статус справи можна перевірити на порталі Przybysz. Після рішення про продовження приходьте з "
                "паспортом по візову наклейку."
            ),
        },
    },
}
