//! Property-test strategies: realistic Russian names in every form the type holds.

use proptest::prelude::*;
use proptest::sample::select;
use proptest::strategy::BoxedStrategy;

use super::lexicon::{
    FEMALE_GIVEN_NAMES, MALE_GIVEN_NAMES, PATRONYMICS, SURNAMES, feminine_surname,
};
use super::{NamePart, PersonName};

/// How much of a given name or patronymic is known.
#[derive(Debug, Clone, Copy)]
enum Known {
    Full,
    Initial,
    Absent,
}

/// A part of the given form, from a full word.
fn part(word: &str, known: Known) -> Option<NamePart> {
    let full = NamePart::word(word).expect("lexicon words are valid");
    match known {
        Known::Full => Some(full),
        Known::Initial => Some(NamePart::initial_unchecked(full.initial())),
        Known::Absent => None,
    }
}

/// A given name of either sex, sometimes a double one (`Анна-Мария`).
fn given_name(female: bool) -> BoxedStrategy<String> {
    let names = if female {
        FEMALE_GIVEN_NAMES
    } else {
        MALE_GIVEN_NAMES
    };
    prop_oneof![
        9 => select(names).prop_map(str::to_owned),
        1 => (select(names), select(names)).prop_map(|(a, b)| format!("{a}-{b}")),
    ]
    .boxed()
}

impl proptest::arbitrary::Arbitrary for PersonName {
    type Parameters = ();
    type Strategy = BoxedStrategy<Self>;

    /// Names of men and women with agreeing surnames and patronymics (`Иванова Анна
    /// Петровна`), the given name and the patronymic each full, an initial or (the
    /// patronymic) absent.
    fn arbitrary_with((): ()) -> Self::Strategy {
        let known = || {
            prop_oneof![
                3 => Just(Known::Full),
                2 => Just(Known::Initial),
            ]
        };
        let patronymic_known = prop_oneof![
            3 => Just(Known::Full),
            2 => Just(Known::Initial),
            2 => Just(Known::Absent),
        ];
        any::<bool>()
            .prop_flat_map(move |female| {
                (
                    Just(female),
                    select(SURNAMES),
                    given_name(female),
                    select(PATRONYMICS),
                    known(),
                    patronymic_known.clone(),
                )
            })
            .prop_map(|(female, surname, given, (male_p, female_p), gk, pk)| {
                let surname = if female {
                    feminine_surname(surname)
                } else {
                    surname.to_owned()
                };
                let patronymic = if female { female_p } else { male_p };
                let given = part(&given, gk).expect("the given name is always known");
                PersonName::new(&surname, given, part(patronymic, pk))
                    .expect("generated names are valid")
            })
            .boxed()
    }
}

impl proptest::arbitrary::Arbitrary for NamePart {
    type Parameters = ();
    type Strategy = BoxedStrategy<Self>;

    /// Given names and patronymics, full or as initials.
    fn arbitrary_with((): ()) -> Self::Strategy {
        let word = prop_oneof![
            given_name(false),
            given_name(true),
            select(PATRONYMICS).prop_map(|(m, _)| m.to_owned()),
            select(PATRONYMICS).prop_map(|(_, f)| f.to_owned()),
        ];
        (word, any::<bool>())
            .prop_map(|(word, initial)| {
                let known = if initial { Known::Initial } else { Known::Full };
                part(&word, known).expect("a part is always produced")
            })
            .boxed()
    }
}
