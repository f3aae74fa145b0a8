//! The time zone of each federal subject.
//!
//! Zones: the IANA time zone database (`zone1970.tab` and the zone comments of `europe` and
//! `asia`), which names a zone for every area of Russia whose clock history differs. Offsets:
//! the federal law «Об исчислении времени» (107-ФЗ) with its amendments; Russia has kept
//! standard time all year since 26 October 2014, and the last offset changes were Astrakhan,
//! Ulyanovsk, Altai, Altai Krai, Tomsk, Novosibirsk, Zabaykalsky, Magadan and Sakhalin in 2016,
//! Saratov in December 2016 and Volgograd (to +4 in October 2018 and back to +3 on
//! 27 December 2020). The offsets below hold from that day; no daylight saving time, so a
//! fixed offset per zone is exact for any date since, and the crate needs no tz database.

use std::fmt;

use super::table::TABLE;

/// The IANA time zone of a federal subject, with its offset from UTC.
///
/// A subject that spans several zones has the zone of its capital: Якутия (Yakutsk,
/// `Asia/Yakutsk`; its Oymyakonsky district keeps `Asia/Ust-Nera`, its eastern districts
/// `Asia/Srednekolymsk`), Сахалинская область (Yuzhno-Sakhalinsk, `Asia/Sakhalin`; the
/// northern Kuril Islands are `Asia/Srednekolymsk`, at the same offset). The four subjects
/// admitted in 2022 have no zone of their own in the IANA database; they keep Moscow time
/// (Donetsk and Luhansk since 2014, Zaporozhye and Kherson since 2022), so they have
/// `Europe/Moscow`. Crimea and Sevastopol have `Europe/Simferopol` (Moscow time since 2014).
///
/// # Example
/// ```
/// use social_services::values::{RegionCode, TimeZone};
///
/// let samara = "64".parse::<RegionCode>()?.subject().time_zone();
/// assert_eq!(samara, TimeZone::Saratov);
/// assert_eq!(samara.to_string(), "Europe/Saratov");
/// assert_eq!(samara.utc_offset_hours(), 4);
/// assert_eq!(samara.utc_offset(), "+04:00");
/// # Ok::<(), social_services::ValueError>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum TimeZone {
    /// `Europe/Kaliningrad`, UTC+2.
    Kaliningrad,
    /// `Europe/Moscow`, UTC+3.
    Moscow,
    /// `Europe/Simferopol`, UTC+3.
    Simferopol,
    /// `Europe/Kirov`, UTC+3.
    Kirov,
    /// `Europe/Volgograd`, UTC+3.
    Volgograd,
    /// `Europe/Astrakhan`, UTC+4.
    Astrakhan,
    /// `Europe/Saratov`, UTC+4.
    Saratov,
    /// `Europe/Ulyanovsk`, UTC+4.
    Ulyanovsk,
    /// `Europe/Samara`, UTC+4 (Samara, Udmurtia).
    Samara,
    /// `Asia/Yekaterinburg`, UTC+5.
    Yekaterinburg,
    /// `Asia/Omsk`, UTC+6.
    Omsk,
    /// `Asia/Novosibirsk`, UTC+7.
    Novosibirsk,
    /// `Asia/Barnaul`, UTC+7 (Altai Krai, Altai Republic).
    Barnaul,
    /// `Asia/Tomsk`, UTC+7.
    Tomsk,
    /// `Asia/Novokuznetsk`, UTC+7 (Kemerovo Oblast).
    Novokuznetsk,
    /// `Asia/Krasnoyarsk`, UTC+7 (Krasnoyarsk Krai, Khakassia, Tyva).
    Krasnoyarsk,
    /// `Asia/Irkutsk`, UTC+8 (Irkutsk Oblast, Buryatia).
    Irkutsk,
    /// `Asia/Chita`, UTC+9 (Zabaykalsky Krai).
    Chita,
    /// `Asia/Yakutsk`, UTC+9 (Yakutia's capital, Amur Oblast).
    Yakutsk,
    /// `Asia/Vladivostok`, UTC+10 (Primorsky and Khabarovsk Krais, the Jewish Autonomous
    /// Oblast).
    Vladivostok,
    /// `Asia/Sakhalin`, UTC+11.
    Sakhalin,
    /// `Asia/Magadan`, UTC+11.
    Magadan,
    /// `Asia/Kamchatka`, UTC+12.
    Kamchatka,
    /// `Asia/Anadyr`, UTC+12 (Chukotka).
    Anadyr,
}

impl TimeZone {
    /// The IANA name: `"Europe/Moscow"`.
    ///
    /// # Example
    /// ```
    /// use social_services::values::TimeZone;
    /// assert_eq!(TimeZone::Yekaterinburg.iana_name(), "Asia/Yekaterinburg");
    /// ```
    pub const fn iana_name(self) -> &'static str {
        self.row().0
    }

    /// Hours east of UTC (Russia keeps whole-hour offsets and no daylight saving time).
    ///
    /// # Example
    /// ```
    /// use social_services::values::TimeZone;
    /// assert_eq!(TimeZone::Kaliningrad.utc_offset_hours(), 2);
    /// assert_eq!(TimeZone::Anadyr.utc_offset_hours(), 12);
    /// ```
    pub const fn utc_offset_hours(self) -> i8 {
        self.row().1
    }

    /// The offset as RFC 3339 and ISO 8601 write it after a time: `"+03:00"`.
    ///
    /// # Example
    /// ```
    /// use social_services::values::TimeZone;
    /// assert_eq!(TimeZone::Moscow.utc_offset(), "+03:00");
    /// assert_eq!(TimeZone::Kamchatka.utc_offset(), "+12:00");
    /// ```
    pub fn utc_offset(self) -> String {
        format!("+{:02}:00", self.utc_offset_hours())
    }

    const fn row(self) -> (&'static str, i8) {
        match self {
            Self::Kaliningrad => ("Europe/Kaliningrad", 2),
            Self::Moscow => ("Europe/Moscow", 3),
            Self::Simferopol => ("Europe/Simferopol", 3),
            Self::Kirov => ("Europe/Kirov", 3),
            Self::Volgograd => ("Europe/Volgograd", 3),
            Self::Astrakhan => ("Europe/Astrakhan", 4),
            Self::Saratov => ("Europe/Saratov", 4),
            Self::Ulyanovsk => ("Europe/Ulyanovsk", 4),
            Self::Samara => ("Europe/Samara", 4),
            Self::Yekaterinburg => ("Asia/Yekaterinburg", 5),
            Self::Omsk => ("Asia/Omsk", 6),
            Self::Novosibirsk => ("Asia/Novosibirsk", 7),
            Self::Barnaul => ("Asia/Barnaul", 7),
            Self::Tomsk => ("Asia/Tomsk", 7),
            Self::Novokuznetsk => ("Asia/Novokuznetsk", 7),
            Self::Krasnoyarsk => ("Asia/Krasnoyarsk", 7),
            Self::Irkutsk => ("Asia/Irkutsk", 8),
            Self::Chita => ("Asia/Chita", 9),
            Self::Yakutsk => ("Asia/Yakutsk", 9),
            Self::Vladivostok => ("Asia/Vladivostok", 10),
            Self::Sakhalin => ("Asia/Sakhalin", 11),
            Self::Magadan => ("Asia/Magadan", 11),
            Self::Kamchatka => ("Asia/Kamchatka", 12),
            Self::Anadyr => ("Asia/Anadyr", 12),
        }
    }
}

impl fmt::Display for TimeZone {
    /// Prints the IANA name, as [`TimeZone::iana_name`].
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.iana_name())
    }
}

use TimeZone::{
    Anadyr, Astrakhan, Barnaul, Chita, Irkutsk, Kaliningrad, Kamchatka, Kirov, Krasnoyarsk,
    Magadan, Moscow, Novokuznetsk, Novosibirsk, Omsk, Sakhalin, Samara, Saratov, Simferopol, Tomsk,
    Ulyanovsk, Vladivostok, Volgograd, Yakutsk, Yekaterinburg,
};

/// The zone of each subject, by code, in the order of the table of subjects (checked at
/// compile time by [`ZONE_INDEX`]).
#[rustfmt::skip]
const ZONES: [(u8, TimeZone); 89] = [
    (1, Moscow), (2, Yekaterinburg), (3, Irkutsk), (4, Barnaul), (5, Moscow), (6, Moscow),
    (7, Moscow), (8, Moscow), (9, Moscow), (10, Moscow), (11, Moscow), (12, Moscow),
    (13, Moscow), (14, Yakutsk), (15, Moscow), (16, Moscow), (17, Krasnoyarsk),
    (18, Samara), (19, Krasnoyarsk), (20, Moscow), (21, Moscow), (22, Barnaul), (23, Moscow),
    (24, Krasnoyarsk), (25, Vladivostok), (26, Moscow), (27, Vladivostok), (28, Yakutsk),
    (29, Moscow), (30, Astrakhan), (31, Moscow), (32, Moscow), (33, Moscow), (34, Volgograd),
    (35, Moscow), (36, Moscow), (37, Moscow), (38, Irkutsk), (39, Kaliningrad), (40, Moscow),
    (41, Kamchatka), (42, Novokuznetsk), (43, Kirov), (44, Moscow), (45, Yekaterinburg),
    (46, Moscow), (47, Moscow), (48, Moscow), (49, Magadan), (50, Moscow), (51, Moscow),
    (52, Moscow), (53, Moscow), (54, Novosibirsk), (55, Omsk), (56, Yekaterinburg),
    (57, Moscow), (58, Moscow), (59, Yekaterinburg), (60, Moscow), (61, Moscow), (62, Moscow),
    (63, Samara), (64, Saratov), (65, Sakhalin), (66, Yekaterinburg), (67, Moscow),
    (68, Moscow), (69, Moscow), (70, Tomsk), (71, Moscow), (72, Yekaterinburg),
    (73, Ulyanovsk), (74, Yekaterinburg), (75, Chita), (76, Moscow), (77, Moscow),
    (78, Moscow), (79, Vladivostok), (83, Moscow), (86, Yekaterinburg), (87, Anadyr),
    (89, Yekaterinburg), (90, Moscow), (91, Simferopol), (92, Simferopol), (93, Moscow),
    (94, Moscow), (95, Moscow),
];

/// Checks at compile time that [`ZONES`] has one row per subject, in the table's order.
const ZONE_INDEX: () = {
    let mut i = 0;
    while i < TABLE.len() {
        assert!(
            ZONES[i].0 == TABLE[i].code,
            "one time zone per subject, in the order of the table"
        );
        i += 1;
    }
};

/// The zone of the subject at `index` in the table of subjects.
pub(super) const fn zone_at(index: usize) -> TimeZone {
    #[allow(clippy::let_unit_value)]
    let () = ZONE_INDEX;
    ZONES[index].1
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::values::RegionCode;

    fn zone(code: &str) -> TimeZone {
        code.parse::<RegionCode>().unwrap().subject().time_zone()
    }

    #[test]
    fn the_plus_four_subjects_have_their_own_zones() {
        assert_eq!(zone("64"), Saratov);
        assert_eq!(zone("30"), Astrakhan);
        assert_eq!(zone("73"), Ulyanovsk);
        assert_eq!(zone("18"), Samara);
        assert_eq!(zone("63"), Samara);
        for code in ["64", "30", "73", "18", "63"] {
            assert_eq!(zone(code).utc_offset_hours(), 4, "{code}");
        }
    }

    #[test]
    fn a_subject_spanning_zones_has_its_capitals() {
        assert_eq!(zone("14"), Yakutsk);
        assert_eq!(zone("14").utc_offset(), "+09:00");
    }

    #[test]
    fn the_offsets_run_from_kaliningrad_to_chukotka() {
        assert_eq!(zone("39").utc_offset_hours(), 2);
        assert_eq!(zone("77").utc_offset_hours(), 3);
        assert_eq!(zone("37").utc_offset_hours(), 3);
        assert_eq!(zone("71").utc_offset_hours(), 3);
        assert_eq!(zone("66").utc_offset_hours(), 5);
        assert_eq!(zone("55").utc_offset_hours(), 6);
        assert_eq!(zone("54").utc_offset_hours(), 7);
        assert_eq!(zone("38").utc_offset_hours(), 8);
        assert_eq!(zone("25").utc_offset_hours(), 10);
        assert_eq!(zone("49").utc_offset_hours(), 11);
        assert_eq!(zone("41").utc_offset_hours(), 12);
        assert_eq!(zone("87").to_string(), "Asia/Anadyr");
    }

    #[test]
    fn every_subject_has_a_zone_east_of_utc() {
        for subject in crate::values::FederalSubject::all() {
            let zone = subject.time_zone();
            assert!((2..=12).contains(&zone.utc_offset_hours()), "{subject}");
            assert!(zone.iana_name().contains('/'), "{subject}");
        }
    }
}
