//! What the name parser knows about Russian names: the endings of patronymics and surnames,
//! the particles of Turkic patronymics, and a list of common given names.
//!
//! The lists are linguistic knowledge, not data: they decide the order of two full words
//! (`Эвелина Шубинская` against `Шубинская Эвелина`) and supply realistic values to the
//! property-test strategies.

/// Lower case with `ё` folded to `е`: the form names are compared and sorted in.
pub(crate) fn fold(text: &str) -> String {
    folded(text).collect()
}

/// The characters of `text` in lower case with `ё` folded to `е`, without allocating.
pub(crate) fn folded(text: &str) -> impl Iterator<Item = char> + '_ {
    text.chars()
        .flat_map(char::to_lowercase)
        .map(|c| if c == 'ё' { 'е' } else { c })
}

/// The words that make a Turkic patronymic from a father's name: `Алирза оглы` (son of
/// Алирза), `Алирза кызы` (daughter of Алирза). Written after the name, with a space or a
/// hyphen, or joined to it.
pub(crate) const PARTICLES: &[&str] = &["оглы", "улы", "уулу", "кызы", "гызы"];

/// Whether `word` (any case) is one of the [`PARTICLES`].
pub(crate) fn is_particle(word: &str) -> bool {
    let folded = fold(word);
    PARTICLES.contains(&folded.as_str())
}

/// The endings of Russian patronymics: `-ович`/`-евич`/`-ич` (Юрьевич, Ильич, Кузьмич),
/// `-овна`/`-евна` (Юрьевна), `-ична`/`-инична` (Никитична, Ильинична), and the Turkic particles.
const PATRONYMIC_ENDINGS: &[&str] = &["ич", "вна", "ична", "оглы", "улы", "уулу", "кызы", "гызы"];

/// Whether a word ends like a patronymic (see [`PATRONYMIC_ENDINGS`]).
pub(crate) fn looks_like_patronymic(word: &str) -> bool {
    let folded = fold(word);
    PATRONYMIC_ENDINGS.iter().any(|end| folded.ends_with(end))
}

/// The endings typical of Russian (and Ukrainian, Belarusian, Armenian, Georgian) surnames,
/// masculine and feminine.
const SURNAME_ENDINGS: &[&str] = &[
    "ов",
    "ова",
    "ев",
    "ева",
    "ин",
    "ина",
    "ын",
    "ына",
    "ский",
    "ская",
    "цкий",
    "цкая",
    "ской",
    "цкой",
    "их",
    "ых",
    "енко",
    "ук",
    "юк",
    "ян",
    "янц",
    "швили",
    "дзе",
];

/// Whether a word has one of the endings typical of surnames.
pub(crate) fn looks_like_surname(word: &str) -> bool {
    let folded = fold(word);
    folded
        .split('-')
        .next_back()
        .is_some_and(|last| SURNAME_ENDINGS.iter().any(|end| last.ends_with(end)))
}

/// Whether a word is a known given name (every part of a hyphenated one: `Анна-Мария`),
/// compared after case and `ё` folding.
pub(crate) fn is_known_given_name(word: &str) -> bool {
    fold(word).split('-').all(|part| {
        MALE_GIVEN_NAMES
            .iter()
            .chain(FEMALE_GIVEN_NAMES)
            .any(|name| folded(name).eq(part.chars()))
    })
}

/// Common male given names in Russia, in their full (passport) form.
pub(crate) const MALE_GIVEN_NAMES: &[&str] = &[
    "Александр",
    "Алексей",
    "Альберт",
    "Анатолий",
    "Андрей",
    "Антон",
    "Аркадий",
    "Арсений",
    "Артём",
    "Артур",
    "Афанасий",
    "Богдан",
    "Борис",
    "Вадим",
    "Валентин",
    "Валерий",
    "Василий",
    "Вениамин",
    "Виктор",
    "Виталий",
    "Владимир",
    "Владислав",
    "Всеволод",
    "Вячеслав",
    "Гавриил",
    "Геннадий",
    "Георгий",
    "Герман",
    "Глеб",
    "Григорий",
    "Давид",
    "Даниил",
    "Демид",
    "Денис",
    "Дмитрий",
    "Евгений",
    "Егор",
    "Елисей",
    "Ефим",
    "Захар",
    "Иван",
    "Игнат",
    "Игорь",
    "Илья",
    "Ильдар",
    "Кирилл",
    "Константин",
    "Кузьма",
    "Лев",
    "Леонид",
    "Лука",
    "Макар",
    "Максим",
    "Марат",
    "Марк",
    "Матвей",
    "Мирон",
    "Михаил",
    "Назар",
    "Никита",
    "Никифор",
    "Николай",
    "Олег",
    "Павел",
    "Пётр",
    "Платон",
    "Прохор",
    "Ринат",
    "Родион",
    "Роман",
    "Ростислав",
    "Руслан",
    "Рустам",
    "Савелий",
    "Святослав",
    "Семён",
    "Сергей",
    "Станислав",
    "Степан",
    "Тагир",
    "Тимофей",
    "Тимур",
    "Тихон",
    "Фёдор",
    "Филипп",
    "Фома",
    "Эдуард",
    "Эльдар",
    "Эмиль",
    "Эрик",
    "Юрий",
    "Яков",
    "Ян",
    "Ярослав",
    "Гейдар",
    "Рашид",
    "Алишер",
    "Азат",
    "Айдар",
];

/// Common female given names in Russia, in their full (passport) form.
pub(crate) const FEMALE_GIVEN_NAMES: &[&str] = &[
    "Агата",
    "Агния",
    "Аделина",
    "Алевтина",
    "Александра",
    "Алёна",
    "Алина",
    "Алиса",
    "Алла",
    "Алсу",
    "Амина",
    "Анастасия",
    "Ангелина",
    "Анжела",
    "Анна",
    "Антонина",
    "Арина",
    "Валентина",
    "Валерия",
    "Варвара",
    "Василиса",
    "Вера",
    "Вероника",
    "Виктория",
    "Виолетта",
    "Галина",
    "Гульнара",
    "Дарья",
    "Диана",
    "Дина",
    "Евгения",
    "Евдокия",
    "Екатерина",
    "Елена",
    "Елизавета",
    "Есения",
    "Жанна",
    "Зарина",
    "Зинаида",
    "Злата",
    "Зоя",
    "Инга",
    "Инна",
    "Ирина",
    "Камила",
    "Карина",
    "Кира",
    "Клавдия",
    "Кристина",
    "Ксения",
    "Лариса",
    "Лейла",
    "Лидия",
    "Лилия",
    "Любовь",
    "Людмила",
    "Мадина",
    "Майя",
    "Маргарита",
    "Марина",
    "Мария",
    "Милана",
    "Мирослава",
    "Надежда",
    "Наталья",
    "Наталия",
    "Нина",
    "Оксана",
    "Олеся",
    "Ольга",
    "Полина",
    "Раиса",
    "Регина",
    "Римма",
    "Светлана",
    "Серафима",
    "Снежана",
    "София",
    "Софья",
    "Стефания",
    "Таисия",
    "Тамара",
    "Татьяна",
    "Ульяна",
    "Фаина",
    "Эвелина",
    "Элина",
    "Эльвира",
    "Эльмира",
    "Эмилия",
    "Юлия",
    "Яна",
    "Ярослава",
];

/// Patronymics by the father's name: (masculine, feminine). Built from the father's name by
/// the regular rules (`Юрий` → `Юрьевич`, `Юрьевна`) or the irregular ones (`Илья` →
/// `Ильич`, `Ильинична`). Used by the property-test strategies and the synthetic data.
#[cfg(any(test, feature = "proptest", feature = "synth"))]
pub(crate) const PATRONYMICS: &[(&str, &str)] = &[
    ("Александрович", "Александровна"),
    ("Алексеевич", "Алексеевна"),
    ("Анатольевич", "Анатольевна"),
    ("Андреевич", "Андреевна"),
    ("Аркадьевич", "Аркадьевна"),
    ("Артёмович", "Артёмовна"),
    ("Борисович", "Борисовна"),
    ("Валерьевич", "Валерьевна"),
    ("Васильевич", "Васильевна"),
    ("Викторович", "Викторовна"),
    ("Владимирович", "Владимировна"),
    ("Вячеславович", "Вячеславовна"),
    ("Геннадьевич", "Геннадьевна"),
    ("Георгиевич", "Георгиевна"),
    ("Григорьевич", "Григорьевна"),
    ("Дмитриевич", "Дмитриевна"),
    ("Евгеньевич", "Евгеньевна"),
    ("Иванович", "Ивановна"),
    ("Игоревич", "Игоревна"),
    ("Константинович", "Константиновна"),
    ("Леонидович", "Леонидовна"),
    ("Михайлович", "Михайловна"),
    ("Николаевич", "Николаевна"),
    ("Олегович", "Олеговна"),
    ("Павлович", "Павловна"),
    ("Петрович", "Петровна"),
    ("Романович", "Романовна"),
    ("Семёнович", "Семёновна"),
    ("Сергеевич", "Сергеевна"),
    ("Степанович", "Степановна"),
    ("Фёдорович", "Фёдоровна"),
    ("Юрьевич", "Юрьевна"),
    ("Ильич", "Ильинична"),
    ("Кузьмич", "Кузьминична"),
    ("Никитич", "Никитична"),
    ("Фомич", "Фоминична"),
    ("Лукич", "Лукинична"),
    ("Алирза оглы", "Алирза кызы"),
    ("Рашид оглы", "Рашид кызы"),
];

/// Masculine surnames; the feminine form is made by [`feminine_surname`]. Used by the
/// property-test strategies and the synthetic data.
#[cfg(any(test, feature = "proptest", feature = "synth"))]
pub(crate) const SURNAMES: &[&str] = &[
    "Иванов",
    "Смирнов",
    "Кузнецов",
    "Попов",
    "Васильев",
    "Петров",
    "Соколов",
    "Михайлов",
    "Новиков",
    "Фёдоров",
    "Морозов",
    "Волков",
    "Алексеев",
    "Лебедев",
    "Семёнов",
    "Егоров",
    "Павлов",
    "Козлов",
    "Степанов",
    "Николаев",
    "Орлов",
    "Андреев",
    "Макаров",
    "Никитин",
    "Захаров",
    "Зайцев",
    "Соловьёв",
    "Борисов",
    "Яковлев",
    "Григорьев",
    "Романов",
    "Воробьёв",
    "Кузьмин",
    "Фролов",
    "Дмитриев",
    "Королёв",
    "Гусев",
    "Киселёв",
    "Ильин",
    "Максимов",
    "Сорокин",
    "Виноградов",
    "Ковалёв",
    "Белов",
    "Медведев",
    "Тарасов",
    "Жуков",
    "Баранов",
    "Комаров",
    "Беляев",
    "Богданов",
    "Марков",
    "Миронов",
    "Крылов",
    "Калинин",
    "Воронин",
    "Лялин",
    "Вдовин",
    "Дёмин",
    "Абросимов",
    "Слабнов",
    "Жалов",
    "Комов",
    "Балашов",
    "Шубинский",
    "Покровский",
    "Островский",
    "Вишневецкий",
    "Троицкий",
    "Толстой",
    "Донской",
    "Черных",
    "Седых",
    "Шевченко",
    "Бондаренко",
    "Ткачук",
    "Полищук",
    "Карпович",
    "Бабич",
    "Петросян",
    "Римский-Корсаков",
    "Петров-Водкин",
    "Мамин-Сибиряк",
    "Бонч-Бруевич",
    "Алиев",
    "Мамедов",
];

/// The feminine form of a masculine surname: `-ов`, `-ев`, `-ёв`, `-ин`, `-ын` take `-а`,
/// `-ский`/`-цкий` become `-ская`/`-цкая`, `-ой` becomes `-ая`; other endings (`-их`,
/// `-енко`, `-ук`, `-ич`, `-ян`) do not change. Each part of a hyphenated surname changes on
/// its own (`Римская-Корсакова`, `Мамина-Сибиряк`).
#[cfg(any(test, feature = "proptest", feature = "synth"))]
pub(crate) fn feminine_surname(masculine: &str) -> String {
    masculine
        .split('-')
        .map(|part| {
            if let Some(stem) = part
                .strip_suffix("ий")
                .filter(|s| s.ends_with("ск") || s.ends_with("цк"))
            {
                format!("{stem}ая")
            } else if let Some(stem) = part.strip_suffix("ой") {
                format!("{stem}ая")
            } else if ["ов", "ев", "ёв", "ин", "ын"]
                .iter()
                .any(|end| part.ends_with(end))
            {
                format!("{part}а")
            } else {
                part.to_owned()
            }
        })
        .collect::<Vec<_>>()
        .join("-")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_given_name_looks_like_a_patronymic() {
        for name in MALE_GIVEN_NAMES.iter().chain(FEMALE_GIVEN_NAMES) {
            assert!(!looks_like_patronymic(name), "{name}");
        }
    }

    #[test]
    fn every_patronymic_looks_like_one() {
        for (male, female) in PATRONYMICS {
            assert!(looks_like_patronymic(male), "{male}");
            assert!(looks_like_patronymic(female), "{female}");
        }
    }

    #[test]
    fn feminine_surnames_agree() {
        assert_eq!(feminine_surname("Иванов"), "Иванова");
        assert_eq!(feminine_surname("Соловьёв"), "Соловьёва");
        assert_eq!(feminine_surname("Ильин"), "Ильина");
        assert_eq!(feminine_surname("Шубинский"), "Шубинская");
        assert_eq!(feminine_surname("Троицкий"), "Троицкая");
        assert_eq!(feminine_surname("Толстой"), "Толстая");
        assert_eq!(feminine_surname("Черных"), "Черных");
        assert_eq!(feminine_surname("Шевченко"), "Шевченко");
        assert_eq!(feminine_surname("Римский-Корсаков"), "Римская-Корсакова");
        assert_eq!(feminine_surname("Мамин-Сибиряк"), "Мамина-Сибиряк");
    }

    #[test]
    fn folds_case_and_yo() {
        assert_eq!(fold("ДЁМИНА"), "демина");
    }

    #[test]
    fn knows_hyphenated_given_names_by_their_parts() {
        assert!(is_known_given_name("Анна-Мария"));
        assert!(is_known_given_name("алёна"));
        assert!(!is_known_given_name("Шубинская"));
    }
}
