//! Words the generator builds institutions and addresses from, and the weight of each federal
//! subject. People's names come from the crate's own lexicon of names
//! (`values::name::lexicon`), the one the name parser knows.

use crate::values::RegionCode;

/// The towns institutions are named after (a name for the record, not an address).
pub(super) const TOWNS: &[&str] = &[
    "Заречный",
    "Приозёрный",
    "Лесной",
    "Солнечный",
    "Северный",
    "Южный",
    "Светлый",
    "Луговой",
    "Берёзовский",
    "Сосновый",
    "Речной",
    "Полевой",
    "Садовый",
    "Горный",
    "Степной",
    "Озёрный",
];

/// Streets that service points stand on.
pub(super) const STREETS: &[&str] = &[
    "ул. Ленина",
    "ул. Садовая",
    "ул. Гоголевская",
    "ул. Советская",
    "ул. Мира",
    "ул. Школьная",
    "ул. Молодёжная",
    "ул. Центральная",
    "ул. Лесная",
    "ул. Набережная",
    "пр. Победы",
    "пер. Почтовый",
];

/// The relative weight of a federal subject: about its population in millions (2024), so
/// Moscow and the large regions hold more of everything.
pub(super) fn region_weight(region: RegionCode) -> f64 {
    match region.number() {
        77 => 13.1,
        50 => 8.6,
        23 => 5.8,
        78 => 5.6,
        66 => 4.2,
        61 => 4.1,
        2 | 16 => 4.0,
        74 => 3.4,
        5 => 3.2,
        52 | 63 => 3.1,
        24 | 54 => 2.8,
        42 | 59 => 2.5,
        34 => 2.4,
        26 | 38 | 55 => 1.9,
        87 | 83 => 0.05,
        49 | 79 => 0.15,
        4 | 17 | 6 => 0.3,
        _ => 1.0,
    }
}
