//! Every name, region and address that the two seed documents mention reads as a value, the
//! way an application reading those texts would use the crate.

use social_services::{
    records::StatedCount,
    values::{Address, DateRange, PartialDate, PersonName, RegionCode},
};

/// Every person named in the seeds, as written there, with the short form it must give.
const SEED_NAMES: &[(&str, &str)] = &[
    // Ivanovo seminar-meeting (seed 000).
    ("А.Н. Вдовин", "Вдовин А.Н."),
    ("Е.В. Егорова", "Егорова Е.В."),
    ("Дёмина Анна Юрьевна", "Дёмина А.Ю."),
    ("Слабнова Елена Борисовна", "Слабнова Е.Б."),
    ("Киселёва Надежда Юрьевна", "Киселёва Н.Ю."),
    ("Жалова Анна Алексеевна", "Жалова А.А."),
    ("Смирнова Анастасия Евгеньевна", "Смирнова А.Е."),
    ("Комова Ольга Викторовна", "Комова О.В."),
    ("Воронина Светлана Михайловна", "Воронина С.М."),
    ("Лялина Елена Владимировна", "Лялина Е.В."),
    // All-Russian seminar-meeting in Tula (seed 001).
    ("Эвелина Шубинская", "Шубинская Э."),
    ("Марков Д.С.", "Марков Д.С."),
    ("Баталина О.Ю.", "Баталина О.Ю."),
    ("Абросимова Т. А.", "Абросимова Т.А."),
];

#[test]
fn every_person_named_in_the_seeds_parses() {
    for &(text, short) in SEED_NAMES {
        let name: PersonName = text.parse().unwrap_or_else(|e| panic!("{text}: {e}"));
        assert_eq!(name.short(), short, "{text}");
        // The canonical text reads back to the same name.
        assert_eq!(
            name.to_string().parse::<PersonName>().unwrap(),
            name,
            "{text}"
        );
    }
}

#[test]
fn given_name_first_is_read_as_given_name() {
    let name: PersonName = "Эвелина Шубинская".parse().unwrap();
    assert_eq!(name.surname(), "Шубинская");
    assert_eq!(name.given().as_word(), Some("Эвелина"));
    assert!(name.patronymic().is_none());
}

#[test]
fn initials_match_the_full_name_they_abbreviate() {
    let short: PersonName = "Дёмина А.Ю.".parse().unwrap();
    let full: PersonName = "Демина Анна Юрьевна".parse().unwrap();
    assert!(short.could_be_same(&full));
    let other: PersonName = "Егорова Е.А.".parse().unwrap();
    assert!(!other.could_be_same(&"Егорова Е.В.".parse().unwrap()));
}

#[test]
fn the_seed_regions_parse_by_name_and_by_code() {
    for (name, code) in [("Ивановская область", "37"), ("Тульская область", "71")]
    {
        let by_name: RegionCode = name.parse().unwrap();
        let by_code: RegionCode = code.parse().unwrap();
        assert_eq!(by_name, by_code);
        assert_eq!(by_name.to_string(), code);
        assert_eq!(by_name.subject().name(), name);
    }
}

#[test]
fn the_flagship_address_in_tula_parses() {
    // «флагманское отделение … Тулы на улице Гоголевская 71».
    let address: Address = "г. Тула, улица Гоголевская 71, Тульская область"
        .parse()
        .unwrap();
    assert_eq!(address.region(), "71".parse::<RegionCode>().unwrap());
    assert_eq!(address.locality().name(), "Тула");
    assert_eq!(address.street().unwrap().name(), "Гоголевская");
    assert_eq!(
        address.house().map(social_services::values::House::number),
        Some(71)
    );
    assert_eq!(address.to_string().parse::<Address>().unwrap(), address);
}

#[test]
fn the_seed_dates_and_figures_parse() {
    // The year is not in the seeds; 2024 is inferred from «в 2023-2024 годах».
    let ivanovo: DateRange = "2024-09-24".parse().unwrap();
    assert_eq!(ivanovo.days(), 1);
    let tula: DateRange = "2024-10-03/2024-10-04".parse().unwrap();
    assert_eq!(tula.days(), 2);
    let programme_start: PartialDate = "2023".parse().unwrap();
    assert!(programme_start.first_day() < ivanovo.start());
    assert_eq!(
        "более 250".parse::<StatedCount>().unwrap(),
        StatedCount::more_than(250)
    );
    assert_eq!("69".parse::<StatedCount>().unwrap(), StatedCount::exact(69));
}
