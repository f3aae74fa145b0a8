//! Russian grammar for running text, in one place: the plural form of a noun after a number
//! (1 учреждение, 3 учреждения, 13 учреждений) and the agreement of a verb or a short
//! participle with it (работает 1 точка, работают 3 точки; учтён 1, учтены 5).

use crate::records::{Qualifier, StatedCount};

use super::format::group_digits;

/// The Russian plural form of a noun for the number `n`, chosen from its three forms
/// `[one, few, many]` — nominative singular, genitive singular, genitive plural:
/// `["учреждение", "учреждения", "учреждений"]`.
///
/// The rule: numbers ending in 1 but not in 11 take *one* (1, 21, 101, 1001); numbers ending in
/// 2–4 but not in 12–14 take *few* (2, 3, 4, 22, 104); all others take *many* (0, 5–20, 11–14,
/// 111–114, 25).
///
/// # Example
/// ```
/// use social_services::report::plural_ru;
/// const INSTITUTIONS: [&str; 3] = ["учреждение", "учреждения", "учреждений"];
/// assert_eq!(plural_ru(1, INSTITUTIONS), "учреждение");
/// assert_eq!(plural_ru(3, INSTITUTIONS), "учреждения");
/// assert_eq!(plural_ru(13, INSTITUTIONS), "учреждений");
/// ```
pub const fn plural_ru(n: u64, forms: [&str; 3]) -> &str {
    let [one, few, many] = forms;
    let (last, last_two) = (n % 10, n % 100);
    if last == 1 && last_two != 11 {
        one
    } else if last >= 2 && last <= 4 && !(last_two >= 12 && last_two <= 14) {
        few
    } else {
        many
    }
}

/// The form of a verb or a short participle that agrees with a number as its subject, chosen
/// from `[singular, plural]`: `["работает", "работают"]`, `["учтён", "учтены"]`.
///
/// The singular goes with numbers ending in 1 but not in 11 (1, 21, 101: «работает 21 точка»);
/// every other number takes the plural (2, 5, 11, 111: «работают 2 точки», «работают 11
/// точек»).
///
/// # Example
/// ```
/// use social_services::report::{agree_ru, count_ru};
/// const WORK: [&str; 2] = ["работает", "работают"];
/// const POINTS: [&str; 3] = ["точка", "точки", "точек"];
/// assert_eq!(format!("{} {}", agree_ru(1, WORK), count_ru(1, POINTS)), "работает 1 точка");
/// assert_eq!(format!("{} {}", agree_ru(2, WORK), count_ru(2, POINTS)), "работают 2 точки");
/// assert_eq!(agree_ru(111, WORK), "работают");
/// ```
pub const fn agree_ru(n: u64, forms: [&str; 2]) -> &str {
    if n % 10 == 1 && n % 100 != 11 {
        forms[0]
    } else {
        forms[1]
    }
}

/// A number and the noun in the form that agrees with it: `13 учреждений`, `1 234 участника`.
///
/// Thousands are grouped with a no-break space; an ordinary space separates the number from
/// the noun.
///
/// # Example
/// ```
/// use social_services::report::count_ru;
/// const SUBJECTS: [&str; 3] = ["субъект", "субъекта", "субъектов"];
/// assert_eq!(count_ru(69, SUBJECTS), "69 субъектов");
/// assert_eq!(count_ru(21, SUBJECTS), "21 субъект");
/// assert_eq!(count_ru(1234, SUBJECTS), "1\u{a0}234 субъекта");
/// ```
pub fn count_ru(n: u64, forms: [&str; 3]) -> String {
    format!("{} {}", group_digits(n), plural_ru(n, forms))
}

/// A stated count and the noun in the form that agrees with it, its qualifier kept:
/// `более 250 специалистов`, `почти 150 000 семей`.
///
/// After «более», «до» and «около» the noun is in the genitive: *few* (genitive singular) for
/// numbers ending in 1 but not in 11, *many* otherwise — `более 21 специалиста`,
/// `более 3 специалистов`; after «почти» and for an exact count it agrees as with
/// [`count_ru`] — `почти 21 специалист`.
///
/// # Example
/// ```
/// use social_services::{records::StatedCount, report::stated_count_ru};
/// const SPECIALISTS: [&str; 3] = ["специалист", "специалиста", "специалистов"];
/// assert_eq!(stated_count_ru(StatedCount::more_than(250), SPECIALISTS), "более 250 специалистов");
/// assert_eq!(stated_count_ru(StatedCount::more_than(21), SPECIALISTS), "более 21 специалиста");
/// assert_eq!(stated_count_ru(StatedCount::exact(21), SPECIALISTS), "21 специалист");
/// ```
pub fn stated_count_ru(count: StatedCount, forms: [&str; 3]) -> String {
    let n = count.value();
    let noun = match count.qualifier() {
        Qualifier::MoreThan | Qualifier::UpTo | Qualifier::About => {
            if n % 10 == 1 && n % 100 != 11 {
                forms[1]
            } else {
                forms[2]
            }
        }
        Qualifier::Exact | Qualifier::Almost => plural_ru(n, forms),
    };
    let word = count.qualifier().word_ru();
    if word.is_empty() {
        format!("{} {noun}", group_digits(n))
    } else {
        format!("{word} {} {noun}", group_digits(n))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    const FORMS: [&str; 3] = ["one", "few", "many"];

    #[test]
    fn numbers_ending_in_one_but_not_eleven_take_the_one_form() {
        for n in [1, 21, 31, 101, 121, 1001, 1_000_001] {
            assert_eq!(plural_ru(n, FORMS), "one", "{n}");
        }
    }

    #[test]
    fn numbers_ending_in_two_to_four_but_not_twelve_to_fourteen_take_the_few_form() {
        for n in [2, 3, 4, 22, 23, 24, 102, 104, 1002, 1_000_004] {
            assert_eq!(plural_ru(n, FORMS), "few", "{n}");
        }
    }

    #[test]
    fn zero_five_to_twenty_and_the_teens_take_the_many_form() {
        for n in [
            0, 5, 6, 9, 10, 11, 12, 13, 14, 15, 19, 20, 25, 100, 111, 112, 113, 114, 1011, 1012,
        ] {
            assert_eq!(plural_ru(n, FORMS), "many", "{n}");
        }
    }

    #[test]
    fn every_number_below_two_hundred_follows_the_rule_by_table() {
        // The forms for 0–19 and, for 20–99, by last digit; the hundreds repeat them.
        let teens = [
            "many", "one", "few", "few", "few", "many", "many", "many", "many", "many", "many",
            "many", "many", "many", "many", "many", "many", "many", "many", "many",
        ];
        let by_last = [
            "many", "one", "few", "few", "few", "many", "many", "many", "many", "many",
        ];
        for n in 0..200_u64 {
            let rest = n % 100;
            let expected = if rest < 20 {
                teens[usize::try_from(rest).unwrap()]
            } else {
                by_last[usize::try_from(rest % 10).unwrap()]
            };
            assert_eq!(plural_ru(n, FORMS), expected, "{n}");
        }
    }

    #[test]
    fn counts_the_seed_figures() {
        const INSTITUTIONS: [&str; 3] = ["учреждение", "учреждения", "учреждений"];
        assert_eq!(count_ru(1, INSTITUTIONS), "1 учреждение");
        assert_eq!(count_ru(3, INSTITUTIONS), "3 учреждения");
        assert_eq!(count_ru(13, INSTITUTIONS), "13 учреждений");
        assert_eq!(count_ru(0, INSTITUTIONS), "0 учреждений");
        assert_eq!(count_ru(111, INSTITUTIONS), "111 учреждений");
        assert_eq!(count_ru(1001, INSTITUTIONS), "1\u{a0}001 учреждение");
    }

    #[test]
    fn stated_counts_put_the_noun_in_the_genitive_after_bolee_do_okolo() {
        const FAMILIES: [&str; 3] = ["семья", "семьи", "семей"];
        assert_eq!(
            stated_count_ru(StatedCount::more_than(1), FAMILIES),
            "более 1 семьи"
        );
        assert_eq!(
            stated_count_ru(StatedCount::more_than(3), FAMILIES),
            "более 3 семей"
        );
        assert_eq!(
            stated_count_ru(StatedCount::more_than(11), FAMILIES),
            "более 11 семей"
        );
        assert_eq!(
            stated_count_ru(StatedCount::new(Qualifier::UpTo, 30), FAMILIES),
            "до 30 семей"
        );
        assert_eq!(
            stated_count_ru(StatedCount::new(Qualifier::About, 101), FAMILIES),
            "около 101 семьи"
        );
        assert_eq!(
            stated_count_ru(StatedCount::new(Qualifier::Almost, 150_000), FAMILIES),
            "почти 150\u{a0}000 семей"
        );
        assert_eq!(
            stated_count_ru(StatedCount::new(Qualifier::Almost, 22), FAMILIES),
            "почти 22 семьи"
        );
        assert_eq!(stated_count_ru(StatedCount::exact(1), FAMILIES), "1 семья");
    }

    #[test]
    fn verbs_and_participles_agree_with_the_number() {
        const WORK: [&str; 2] = ["работает", "работают"];
        const COUNTED: [&str; 2] = ["учтён", "учтены"];
        const POINTS: [&str; 3] = ["точка", "точки", "точек"];
        let phrase = |n| format!("{} {}", agree_ru(n, WORK), count_ru(n, POINTS));
        assert_eq!(phrase(1), "работает 1 точка");
        assert_eq!(phrase(2), "работают 2 точки");
        assert_eq!(phrase(5), "работают 5 точек");
        assert_eq!(phrase(11), "работают 11 точек");
        assert_eq!(phrase(21), "работает 21 точка");
        assert_eq!(phrase(101), "работает 101 точка");
        assert_eq!(phrase(111), "работают 111 точек");
        assert_eq!(agree_ru(1, COUNTED), "учтён");
        assert_eq!(agree_ru(21, COUNTED), "учтён");
        assert_eq!(agree_ru(11, COUNTED), "учтены");
        assert_eq!(agree_ru(0, COUNTED), "учтены");
    }

    proptest! {
        #[test]
        fn the_form_depends_only_on_the_last_two_digits(n in 0u64..u64::MAX / 2) {
            prop_assert_eq!(plural_ru(n, FORMS), plural_ru(n % 100, FORMS));
            prop_assert_eq!(plural_ru(n, FORMS), plural_ru(n % 100 + 1000, FORMS));
        }
    }
}
