//! The table of the federal subjects, sorted by code.
//!
//! Names: Article 65 of the Constitution of the Russian Federation in its current wording (89
//! subjects since the amendment of October 2022). Codes: the two-digit subject codes of the
//! tax service (ФНС, справочник «Субъекты Российской Федерации»), which the state registers
//! (ЕГРЮЛ, ГАР/ФИАС) also use; the codes of the four subjects admitted in 2022 (90, 93, 94, 95)
//! were checked against several independent public code tables. Federal districts: the
//! presidential decrees on federal districts (Крым and Севастополь in the Southern district
//! since 2016). The four subjects admitted in 2022 are placed in the Southern district, as
//! statistical tables group them; no decree saying so was found when this table was written —
//! revisit if a decree moves them.

use super::{FederalDistrict, FederalSubject, SubjectKind};

const REP: SubjectKind = SubjectKind::Republic;
const KRAI: SubjectKind = SubjectKind::Krai;
const OBL: SubjectKind = SubjectKind::Oblast;
const CITY: SubjectKind = SubjectKind::FederalCity;
const AOBL: SubjectKind = SubjectKind::AutonomousOblast;
const AOKR: SubjectKind = SubjectKind::AutonomousOkrug;

const CFD: FederalDistrict = FederalDistrict::Central;
const NWFD: FederalDistrict = FederalDistrict::NorthWestern;
const SFD: FederalDistrict = FederalDistrict::Southern;
const NCFD: FederalDistrict = FederalDistrict::NorthCaucasian;
const VFD: FederalDistrict = FederalDistrict::Volga;
const UFD: FederalDistrict = FederalDistrict::Ural;
const SIBFD: FederalDistrict = FederalDistrict::Siberian;
const FEFD: FederalDistrict = FederalDistrict::FarEastern;

/// One row of the table; `stems` are the names without the kind word that the parser accepts
/// alone or with any spelling of the kind word (see `name.rs`).
const fn row(
    code: u8,
    name: &'static str,
    name_en: &'static str,
    kind: SubjectKind,
    district: FederalDistrict,
    stems: &'static [&'static str],
) -> FederalSubject {
    FederalSubject {
        code,
        name,
        name_en,
        kind,
        district,
        stems,
    }
}

/// The federal subjects, sorted by code (checked at compile time by [`INDEX_BY_CODE`]).
pub(super) static SUBJECTS: [FederalSubject; 89] = TABLE;

/// The number of federal subjects.
pub(super) const COUNT: usize = TABLE.len();

/// The rows of [`SUBJECTS`], as a constant that [`INDEX_BY_CODE`] can read at compile time.
#[rustfmt::skip]
pub(super) const TABLE: [FederalSubject; 89] = [
    row(1, "Республика Адыгея (Адыгея)", "Republic of Adygea", REP, SFD, &["Адыгея"]),
    row(2, "Республика Башкортостан", "Republic of Bashkortostan", REP, VFD, &["Башкортостан", "Башкирия"]),
    row(3, "Республика Бурятия", "Republic of Buryatia", REP, FEFD, &["Бурятия"]),
    row(4, "Республика Алтай", "Altai Republic", REP, SIBFD, &["Алтай"]),
    row(5, "Республика Дагестан", "Republic of Dagestan", REP, NCFD, &["Дагестан"]),
    row(6, "Республика Ингушетия", "Republic of Ingushetia", REP, NCFD, &["Ингушетия"]),
    row(7, "Кабардино-Балкарская Республика", "Kabardino-Balkarian Republic", REP, NCFD, &["Кабардино-Балкарская", "Кабардино-Балкария", "КБР"]),
    row(8, "Республика Калмыкия", "Republic of Kalmykia", REP, SFD, &["Калмыкия"]),
    row(9, "Карачаево-Черкесская Республика", "Karachay-Cherkess Republic", REP, NCFD, &["Карачаево-Черкесская", "Карачаево-Черкесия", "КЧР"]),
    row(10, "Республика Карелия", "Republic of Karelia", REP, NWFD, &["Карелия"]),
    row(11, "Республика Коми", "Komi Republic", REP, NWFD, &["Коми"]),
    row(12, "Республика Марий Эл", "Mari El Republic", REP, VFD, &["Марий Эл"]),
    row(13, "Республика Мордовия", "Republic of Mordovia", REP, VFD, &["Мордовия"]),
    row(14, "Республика Саха (Якутия)", "Republic of Sakha (Yakutia)", REP, FEFD, &["Саха", "Якутия"]),
    row(15, "Республика Северная Осетия — Алания", "Republic of North Ossetia — Alania", REP, NCFD, &["Северная Осетия — Алания", "Северная Осетия", "Алания"]),
    row(16, "Республика Татарстан (Татарстан)", "Republic of Tatarstan", REP, VFD, &["Татарстан"]),
    row(17, "Республика Тыва", "Tyva Republic", REP, SIBFD, &["Тыва", "Тува"]),
    row(18, "Удмуртская Республика", "Udmurt Republic", REP, VFD, &["Удмуртская", "Удмуртия"]),
    row(19, "Республика Хакасия", "Republic of Khakassia", REP, SIBFD, &["Хакасия"]),
    row(20, "Чеченская Республика", "Chechen Republic", REP, NCFD, &["Чеченская", "Чечня"]),
    row(21, "Чувашская Республика — Чувашия", "Chuvash Republic — Chuvashia", REP, VFD, &["Чувашская", "Чувашия"]),
    row(22, "Алтайский край", "Altai Krai", KRAI, SIBFD, &["Алтайский"]),
    row(23, "Краснодарский край", "Krasnodar Krai", KRAI, SFD, &["Краснодарский", "Кубань"]),
    row(24, "Красноярский край", "Krasnoyarsk Krai", KRAI, SIBFD, &["Красноярский"]),
    row(25, "Приморский край", "Primorsky Krai", KRAI, FEFD, &["Приморский", "Приморье"]),
    row(26, "Ставропольский край", "Stavropol Krai", KRAI, NCFD, &["Ставропольский", "Ставрополье"]),
    row(27, "Хабаровский край", "Khabarovsk Krai", KRAI, FEFD, &["Хабаровский"]),
    row(28, "Амурская область", "Amur Oblast", OBL, FEFD, &["Амурская"]),
    row(29, "Архангельская область", "Arkhangelsk Oblast", OBL, NWFD, &["Архангельская"]),
    row(30, "Астраханская область", "Astrakhan Oblast", OBL, SFD, &["Астраханская"]),
    row(31, "Белгородская область", "Belgorod Oblast", OBL, CFD, &["Белгородская"]),
    row(32, "Брянская область", "Bryansk Oblast", OBL, CFD, &["Брянская"]),
    row(33, "Владимирская область", "Vladimir Oblast", OBL, CFD, &["Владимирская"]),
    row(34, "Волгоградская область", "Volgograd Oblast", OBL, SFD, &["Волгоградская"]),
    row(35, "Вологодская область", "Vologda Oblast", OBL, NWFD, &["Вологодская"]),
    row(36, "Воронежская область", "Voronezh Oblast", OBL, CFD, &["Воронежская"]),
    row(37, "Ивановская область", "Ivanovo Oblast", OBL, CFD, &["Ивановская"]),
    row(38, "Иркутская область", "Irkutsk Oblast", OBL, SIBFD, &["Иркутская"]),
    row(39, "Калининградская область", "Kaliningrad Oblast", OBL, NWFD, &["Калининградская"]),
    row(40, "Калужская область", "Kaluga Oblast", OBL, CFD, &["Калужская"]),
    row(41, "Камчатский край", "Kamchatka Krai", KRAI, FEFD, &["Камчатский", "Камчатка"]),
    row(42, "Кемеровская область — Кузбасс", "Kemerovo Oblast — Kuzbass", OBL, SIBFD, &["Кемеровская", "Кузбасс"]),
    row(43, "Кировская область", "Kirov Oblast", OBL, VFD, &["Кировская"]),
    row(44, "Костромская область", "Kostroma Oblast", OBL, CFD, &["Костромская"]),
    row(45, "Курганская область", "Kurgan Oblast", OBL, UFD, &["Курганская"]),
    row(46, "Курская область", "Kursk Oblast", OBL, CFD, &["Курская"]),
    row(47, "Ленинградская область", "Leningrad Oblast", OBL, NWFD, &["Ленинградская"]),
    row(48, "Липецкая область", "Lipetsk Oblast", OBL, CFD, &["Липецкая"]),
    row(49, "Магаданская область", "Magadan Oblast", OBL, FEFD, &["Магаданская"]),
    row(50, "Московская область", "Moscow Oblast", OBL, CFD, &["Московская", "Подмосковье"]),
    row(51, "Мурманская область", "Murmansk Oblast", OBL, NWFD, &["Мурманская"]),
    row(52, "Нижегородская область", "Nizhny Novgorod Oblast", OBL, VFD, &["Нижегородская"]),
    row(53, "Новгородская область", "Novgorod Oblast", OBL, NWFD, &["Новгородская"]),
    row(54, "Новосибирская область", "Novosibirsk Oblast", OBL, SIBFD, &["Новосибирская"]),
    row(55, "Омская область", "Omsk Oblast", OBL, SIBFD, &["Омская"]),
    row(56, "Оренбургская область", "Orenburg Oblast", OBL, VFD, &["Оренбургская"]),
    row(57, "Орловская область", "Oryol Oblast", OBL, CFD, &["Орловская"]),
    row(58, "Пензенская область", "Penza Oblast", OBL, VFD, &["Пензенская"]),
    row(59, "Пермский край", "Perm Krai", KRAI, VFD, &["Пермский"]),
    row(60, "Псковская область", "Pskov Oblast", OBL, NWFD, &["Псковская"]),
    row(61, "Ростовская область", "Rostov Oblast", OBL, SFD, &["Ростовская"]),
    row(62, "Рязанская область", "Ryazan Oblast", OBL, CFD, &["Рязанская"]),
    row(63, "Самарская область", "Samara Oblast", OBL, VFD, &["Самарская"]),
    row(64, "Саратовская область", "Saratov Oblast", OBL, VFD, &["Саратовская"]),
    row(65, "Сахалинская область", "Sakhalin Oblast", OBL, FEFD, &["Сахалинская"]),
    row(66, "Свердловская область", "Sverdlovsk Oblast", OBL, UFD, &["Свердловская"]),
    row(67, "Смоленская область", "Smolensk Oblast", OBL, CFD, &["Смоленская"]),
    row(68, "Тамбовская область", "Tambov Oblast", OBL, CFD, &["Тамбовская"]),
    row(69, "Тверская область", "Tver Oblast", OBL, CFD, &["Тверская"]),
    row(70, "Томская область", "Tomsk Oblast", OBL, SIBFD, &["Томская"]),
    row(71, "Тульская область", "Tula Oblast", OBL, CFD, &["Тульская"]),
    row(72, "Тюменская область", "Tyumen Oblast", OBL, UFD, &["Тюменская"]),
    row(73, "Ульяновская область", "Ulyanovsk Oblast", OBL, VFD, &["Ульяновская"]),
    row(74, "Челябинская область", "Chelyabinsk Oblast", OBL, UFD, &["Челябинская"]),
    row(75, "Забайкальский край", "Zabaykalsky Krai", KRAI, FEFD, &["Забайкальский", "Забайкалье"]),
    row(76, "Ярославская область", "Yaroslavl Oblast", OBL, CFD, &["Ярославская"]),
    row(77, "Москва", "Moscow", CITY, CFD, &["Москва"]),
    row(78, "Санкт-Петербург", "Saint Petersburg", CITY, NWFD, &["Санкт-Петербург", "Петербург", "СПб"]),
    row(79, "Еврейская автономная область", "Jewish Autonomous Oblast", AOBL, FEFD, &["Еврейская", "ЕАО"]),
    row(83, "Ненецкий автономный округ", "Nenets Autonomous Okrug", AOKR, NWFD, &["Ненецкий", "НАО"]),
    row(86, "Ханты-Мансийский автономный округ — Югра", "Khanty-Mansi Autonomous Okrug — Yugra", AOKR, UFD, &["Ханты-Мансийский", "Югра", "ХМАО", "ХМАО — Югра"]),
    row(87, "Чукотский автономный округ", "Chukotka Autonomous Okrug", AOKR, FEFD, &["Чукотский", "Чукотка"]),
    row(89, "Ямало-Ненецкий автономный округ", "Yamalo-Nenets Autonomous Okrug", AOKR, UFD, &["Ямало-Ненецкий", "ЯНАО"]),
    row(90, "Запорожская область", "Zaporozhye Oblast", OBL, SFD, &["Запорожская"]),
    row(91, "Республика Крым", "Republic of Crimea", REP, SFD, &["Крым"]),
    row(92, "Севастополь", "Sevastopol", CITY, SFD, &["Севастополь"]),
    row(93, "Донецкая Народная Республика", "Donetsk People's Republic", REP, SFD, &["Донецкая Народная", "ДНР"]),
    row(94, "Луганская Народная Республика", "Luhansk People's Republic", REP, SFD, &["Луганская Народная", "ЛНР"]),
    row(95, "Херсонская область", "Kherson Oblast", OBL, SFD, &["Херсонская"]),
];

/// A code that no subject has, in [`INDEX_BY_CODE`].
const NO_SUBJECT: u8 = u8::MAX;

/// The position in [`SUBJECTS`] of the subject with each code 0–99, or [`NO_SUBJECT`].
///
/// Built at compile time, which also checks that the codes are 1–99 and strictly increasing
/// (so unique, and the table order is the code order).
pub(super) const INDEX_BY_CODE: [u8; 100] = {
    let mut index = [NO_SUBJECT; 100];
    let mut i = 0;
    while i < TABLE.len() {
        let code = TABLE[i].code;
        assert!(code >= 1 && code <= 99, "subject codes are 01–99");
        assert!(
            i == 0 || TABLE[i - 1].code < code,
            "subjects are sorted by code, without repeats"
        );
        #[allow(clippy::cast_possible_truncation)] // fewer than 255 subjects
        {
            index[code as usize] = i as u8;
        }
        i += 1;
    }
    index
};

/// The position in [`SUBJECTS`] of the subject with `code`, if there is one.
pub(super) const fn index_of(code: u8) -> Option<usize> {
    if code >= 100 {
        return None;
    }
    let index = INDEX_BY_CODE[code as usize];
    if index == NO_SUBJECT {
        None
    } else {
        Some(index as usize)
    }
}
