//! A person's name as Russian documents write it: surname, given name, patronymic, each of the
//! last two possibly known only by its initial.

pub(crate) mod lexicon;
mod parse;
mod serde_impl;
#[cfg(any(test, feature = "proptest"))]
mod strategy;
#[cfg(test)]
mod tests;

use std::cmp::Ordering;
use std::fmt;
use std::str::FromStr;

use self::lexicon::{fold, folded, looks_like_patronymic};
use super::ValueError;

/// Why a text is not a person's name; the `kind` of [`ValueError::PersonName`].
///
/// # Example
/// ```
/// use social_services::{values::{NameErrorKind, PersonName}, ValueError};
///
/// match "Вдовин".parse::<PersonName>() {
///     Err(ValueError::PersonName { kind, .. }) => assert_eq!(kind, NameErrorKind::SurnameOnly),
///     other => panic!("unexpected {other:?}"),
/// }
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum NameErrorKind {
    /// The text is empty (or only white space).
    #[error("empty")]
    Empty,
    /// A character that is not a Russian letter, a space, a hyphen, a dot or a comma.
    #[error("character {found:?} at position {position} is not a letter of the Russian alphabet")]
    Character {
        /// One-based position of the character, counted in characters.
        position: usize,
        /// The character found.
        found: char,
    },
    /// A Latin letter that looks like the Cyrillic one that belongs there (`A` for `А`).
    #[error(
        "character {found:?} at position {position} is a Latin letter that looks like the Cyrillic {looks_like:?}"
    )]
    LookAlike {
        /// One-based position of the character, counted in characters.
        position: usize,
        /// The Latin character found.
        found: char,
        /// The Cyrillic letter it looks like.
        looks_like: char,
    },
    /// A hyphen at the start or end of a word, or two in a row.
    #[error("misplaced hyphen in {word:?}")]
    Hyphen {
        /// The word with the hyphen.
        word: String,
    },
    /// A particle of a Turkic patronymic (`оглы`, `кызы`) without a name before it.
    #[error("particle {word:?} must follow a name, as in \"Алирза оглы\"")]
    Particle {
        /// The word that starts with the particle.
        word: String,
    },
    /// Something with a dot that is not an initial (one letter and a dot).
    #[error("{token:?} is not an initial: an initial is one letter and a dot")]
    Initial {
        /// The text read as an initial.
        token: String,
    },
    /// A full surname, given name or patronymic of a single letter.
    #[error("{word:?} is a single letter: a name part has two or more, an initial has a dot")]
    SingleLetter {
        /// The one-letter word.
        word: String,
    },
    /// Several words where one part of a name belongs.
    #[error("{word:?} is more than one word")]
    SeveralWords {
        /// The text of the part.
        word: String,
    },
    /// Only a surname: a name needs at least the given name or its initial.
    #[error("a surname alone is not a name: the given name or its initial is missing")]
    SurnameOnly,
    /// No surname: only initials, or nothing before the comma.
    #[error("the surname is missing")]
    MissingSurname,
    /// More parts than a surname, a given name and a patronymic.
    #[error("expected a surname, a given name and a patronymic at most, found {found} parts")]
    PartCount {
        /// The number of parts found.
        found: usize,
    },
    /// Parts in an order names are not written in (`И. Иванов П.`, two commas).
    #[error(
        "the parts are not in an order names are written in: initials stand together before or after the surname"
    )]
    Layout,
    /// Two full words whose order cannot be told.
    #[error(
        "cannot tell the surname from the given name; write the surname first and a comma after it, as in \"Петров, Иван\""
    )]
    Ambiguous,
    /// Three full words, none of which ends like a patronymic.
    #[error("none of the three words ends like a patronymic (-вич, -вна, -ич, -ична, оглы, кызы)")]
    NoPatronymic,
    /// A full given name that ends like a patronymic.
    #[error("given name {word:?} ends like a patronymic")]
    GivenLikePatronymic {
        /// The given name.
        word: String,
    },
    /// A full patronymic that does not end like one.
    #[error("patronymic {word:?} does not end like one (-вич, -вна, -ич, -ична, оглы, кызы)")]
    NotPatronymic {
        /// The patronymic.
        word: String,
    },
}

/// A given name or a patronymic: the full word, or only its initial.
///
/// Built by parsing (`"Анна"`, `"А."`; `"А"` without the dot is read as an initial too) or by
/// [`NamePart::word`] and [`NamePart::initial_of`]. A full word is written as names are
/// (`Анна`, `Анна-Мария`, a Turkic patronymic `Алирза оглы`); its case is normalised and `ё`
/// is kept. `Display` prints `Анна` or `А.`; serde reads and writes that text. Parts sort in
/// lower case with `ё` as `е`, an initial before the words it starts (`А.` < `Алёна` < `Анна`).
///
/// # Example
/// ```
/// use social_services::values::NamePart;
///
/// let part: NamePart = "О.".parse()?;
/// assert!(part.is_initial());
/// assert_eq!(part.initial(), 'О');
/// assert_eq!(part.as_word(), None);
/// assert_eq!("ольга".parse::<NamePart>()?.to_string(), "Ольга");
/// # Ok::<(), social_services::ValueError>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct NamePart(PartRepr);

/// The two forms of a [`NamePart`], private so that only checked parts exist. The derived
/// order only breaks ties between parts that compare equal when folded.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
enum PartRepr {
    /// The full word, in canonical case.
    Full(String),
    /// The initial letter, upper case.
    Initial(char),
}

impl NamePart {
    /// A full given name or patronymic (two letters or more).
    ///
    /// # Errors
    /// [`ValueError::PersonName`] when the text has characters other than Russian letters and
    /// hyphens, is a single letter, or is several words (except a name and a Turkic particle,
    /// `Алирза оглы`).
    ///
    /// # Example
    /// ```
    /// use social_services::values::NamePart;
    ///
    /// assert_eq!(NamePart::word("АННА-МАРИЯ")?.as_word(), Some("Анна-Мария"));
    /// assert!(NamePart::word("А.").is_err());
    /// # Ok::<(), social_services::ValueError>(())
    /// ```
    pub fn word(text: &str) -> Result<Self, ValueError> {
        let error = |kind| ValueError::PersonName {
            input: text.to_owned(),
            kind,
        };
        let text = &*parse::composed(text);
        parse::check_characters(text, false).map_err(error)?;
        if text.contains('.') {
            return Err(error(NameErrorKind::Initial {
                token: text.trim().to_owned(),
            }));
        }
        parse::normalise_word(text, true)
            .map(|w| Self(PartRepr::Full(w)))
            .map_err(error)
    }

    /// A part known only by its initial, a Russian letter (stored in upper case).
    ///
    /// # Errors
    /// [`ValueError::PersonName`] when the character is not a letter of the Russian alphabet.
    ///
    /// # Example
    /// ```
    /// use social_services::values::NamePart;
    ///
    /// assert_eq!(NamePart::initial_of('ю')?.to_string(), "Ю.");
    /// assert!(NamePart::initial_of('J').is_err());
    /// # Ok::<(), social_services::ValueError>(())
    /// ```
    pub fn initial_of(letter: char) -> Result<Self, ValueError> {
        let text = letter.to_string();
        parse::check_characters(&text, false)
            .and_then(|()| parse::read_part(&text))
            .map_err(|kind| ValueError::PersonName { input: text, kind })
    }

    /// An initial from a letter already known to be Russian.
    fn initial_unchecked(letter: char) -> Self {
        Self(PartRepr::Initial(
            letter.to_uppercase().next().unwrap_or(letter),
        ))
    }

    /// The full word, or `None` when only the initial is known.
    ///
    /// # Example
    /// ```
    /// use social_services::values::NamePart;
    ///
    /// assert_eq!("Анна".parse::<NamePart>()?.as_word(), Some("Анна"));
    /// assert_eq!("А.".parse::<NamePart>()?.as_word(), None);
    /// # Ok::<(), social_services::ValueError>(())
    /// ```
    pub fn as_word(&self) -> Option<&str> {
        match &self.0 {
            PartRepr::Full(word) => Some(word),
            PartRepr::Initial(_) => None,
        }
    }

    /// The initial: the first letter of the full word, or the initial itself.
    ///
    /// # Example
    /// ```
    /// use social_services::values::NamePart;
    ///
    /// assert_eq!("Юрьевна".parse::<NamePart>()?.initial(), 'Ю');
    /// # Ok::<(), social_services::ValueError>(())
    /// ```
    pub fn initial(&self) -> char {
        match &self.0 {
            PartRepr::Full(word) => word.chars().next().unwrap_or(' '),
            PartRepr::Initial(letter) => *letter,
        }
    }

    /// Whether only the initial is known.
    ///
    /// # Example
    /// ```
    /// use social_services::values::NamePart;
    ///
    /// assert!("Т.".parse::<NamePart>()?.is_initial());
    /// # Ok::<(), social_services::ValueError>(())
    /// ```
    pub fn is_initial(&self) -> bool {
        matches!(self.0, PartRepr::Initial(_))
    }

    /// Whether two parts can name the same thing: full words equal after case and `ё`
    /// folding, or an initial that is the other's first letter.
    fn compatible(&self, other: &Self) -> bool {
        match (&self.0, &other.0) {
            (PartRepr::Full(a), PartRepr::Full(b)) => fold(a) == fold(b),
            _ => fold_char(self.initial()) == fold_char(other.initial()),
        }
    }

    /// The order of parts for people: the words compared in lower case with `ё` as `е`, an
    /// initial as its folded letter (so before the words that start with it).
    fn cmp_folded(&self, other: &Self) -> Ordering {
        let key = |part: &Self| -> Vec<char> {
            match &part.0 {
                PartRepr::Full(word) => folded(word).collect(),
                PartRepr::Initial(letter) => vec![fold_char(*letter)],
            }
        };
        match (&self.0, &other.0) {
            (PartRepr::Full(a), PartRepr::Full(b)) => folded(a).cmp(folded(b)),
            _ => key(self).cmp(&key(other)),
        }
    }

    /// The part as a full rendering shows it: the word, or `А.`.
    fn write_full(&self, out: &mut impl fmt::Write) -> fmt::Result {
        match &self.0 {
            PartRepr::Full(word) => out.write_str(word),
            PartRepr::Initial(letter) => write!(out, "{letter}."),
        }
    }
}

/// A letter in lower case with `ё` folded to `е`.
fn fold_char(c: char) -> char {
    match c.to_lowercase().next().unwrap_or(c) {
        'ё' => 'е',
        lower => lower,
    }
}

impl fmt::Display for NamePart {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.write_full(f)
    }
}

impl FromStr for NamePart {
    type Err = ValueError;

    /// Reads `А.` (or `А`) as an initial and anything else as a full word.
    ///
    /// # Errors
    /// [`ValueError::PersonName`] as [`NamePart::word`] and [`NamePart::initial_of`].
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let text = &*parse::composed(s);
        parse::check_characters(text, false)
            .and_then(|()| parse::read_part(text))
            .map_err(|kind| ValueError::PersonName {
                input: s.to_owned(),
                kind,
            })
    }
}

text_conversions!(NamePart);

/// A person's name: surname, given name and patronymic, the last two possibly known only by
/// their initials and the patronymic possibly absent (`Дёмина Анна Юрьевна`, `А.Н. Вдовин`,
/// `Эвелина Шубинская`). A surname alone is not a name.
///
/// # Reading
/// Parts are separated by spaces; letters are Russian (`ё` kept as written), case is
/// normalised (`ДЁМИНА анна` → `Дёмина Анна`), hyphenated words are one part
/// (`Римский-Корсаков`, `Анна-Мария`), a Turkic patronymic may be two words (`Алирза оглы`).
/// The parts are told apart by these rules, in order:
/// - **Initials** are one letter and a dot, with or without a space between them (`А.Н.`,
///   `Т. А.`, even `А.Н.Вдовин`); they stand together before or after the surname
///   (`А.Н. Вдовин`, `Баталина О.Ю.`); a lone letter without a dot is an initial too. One
///   part may be full and the other an initial: `Иванов Иван П.`, `Иван П. Иванов`,
///   `Иванов И. Петрович` (in `word initial word` the last word is the patronymic when it ends
///   like one, else the surname).
/// - **A comma** after the first word marks it as the surname: `Шубинская, Эвелина`.
/// - **Three full words**: the patronymic is recognised by its ending (`-ович`/`-евич`/`-ич`,
///   `-овна`/`-евна`, `-ична`/`-инична`, `оглы`/`улы`/`кызы`/`гызы`); in the middle it makes
///   the order given–patronymic–surname (`Анна Юрьевна Дёмина`), at the end
///   surname–given–patronymic (`Дёмина Анна Юрьевна`). A surname may end like a patronymic
///   (`Абрамович`), a given name may not, so the middle word decides first.
/// - **Two full words**: the word found in a list of common Russian given names is the given
///   name (`Эвелина Шубинская`, `Шубинская Эвелина`); when both or neither are listed, the one
///   with a surname's ending (`-ов(а)`, `-ев(а)`, `-ин(а)`, `-ский`/`-ская`, `-их`, `-енко`, …)
///   is the surname. When that still does not decide, or a word ends like a patronymic
///   (`Иван Петрович` is usually a name and patronymic without the surname), the text is
///   rejected with [`NameErrorKind::Ambiguous`]; the comma form always works.
///
/// # Canonical text
/// `Display` is the surname first, full parts in full and initials as `А.` separated by
/// spaces: `Дёмина Анна Юрьевна`, `Баталина О. Ю.`, `Иванов Иван П.`. A full given name
/// without a patronymic takes the comma, so that the text reads back the same whatever the
/// words are: `Шубинская, Эвелина`. Other renderings: [`full`](Self::full),
/// [`short`](Self::short), [`initials_first`](Self::initials_first).
///
/// # Serde
/// Written as an object `{"surname": "Баталина", "given": "О.", "patronymic": "Ю."}` (the
/// patronymic left out when absent); read from that object or from a string in any form
/// `FromStr` reads (so reading needs a self-describing format such as JSON). Both go through
/// the same rules; a string fails with exactly the `FromStr` message, an object with the
/// fields joined by spaces as the input.
///
/// # Equality and order
/// Equality is exact (`Дёмина` ≠ `Демина`); [`could_be_same`](Self::could_be_same) is the
/// lenient comparison. Names sort by surname, given name and patronymic compared in lower
/// case with `ё` as `е` (an initial before the names it starts), then exactly.
///
/// # Example
/// ```
/// use social_services::values::PersonName;
///
/// let name: PersonName = "А.Н. Вдовин".parse()?;
/// assert_eq!(name.surname(), "Вдовин");
/// assert_eq!(name.to_string(), "Вдовин А. Н.");
/// assert_eq!(name.initials_first(), "А.Н. Вдовин");
///
/// let name: PersonName = "Эвелина Шубинская".parse()?;
/// assert_eq!(name.given().as_word(), Some("Эвелина"));
/// assert_eq!(name.to_string(), "Шубинская, Эвелина");
/// # Ok::<(), social_services::ValueError>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct PersonName {
    surname: String,
    given: NamePart,
    patronymic: Option<NamePart>,
}

impl PersonName {
    /// A name from its parts, checked as parsing checks them.
    ///
    /// # Errors
    /// [`ValueError::PersonName`] when the surname is not a word of Russian letters (two or
    /// more, hyphens allowed), the full given name ends like a patronymic, or the full
    /// patronymic does not end like one. The error quotes the parts joined by spaces.
    ///
    /// # Example
    /// ```
    /// use social_services::values::{NamePart, PersonName};
    ///
    /// let name = PersonName::new("Баталина", "О.".parse()?, Some("Ю.".parse()?))?;
    /// assert_eq!(name.short(), "Баталина О.Ю.");
    /// assert!(PersonName::new("Иванов", NamePart::word("Иван")?, Some(NamePart::word("Пётр")?)).is_err());
    /// # Ok::<(), social_services::ValueError>(())
    /// ```
    pub fn new(
        surname: &str,
        given: NamePart,
        patronymic: Option<NamePart>,
    ) -> Result<Self, ValueError> {
        let mut input = format!("{surname} {given}");
        if let Some(p) = &patronymic {
            input = format!("{input} {p}");
        }
        let surname = &*parse::composed(surname);
        parse::check_characters(surname, false)
            .and_then(|()| {
                if surname.contains('.') {
                    Err(NameErrorKind::Initial {
                        token: surname.trim().to_owned(),
                    })
                } else {
                    parse::normalise_word(surname, false)
                }
            })
            .and_then(|surname| Self::build(surname, given, patronymic))
            .map_err(|kind| ValueError::PersonName { input, kind })
    }

    /// Checks the rules that concern the parts' roles; the parts are already well formed.
    fn build(
        surname: String,
        given: NamePart,
        patronymic: Option<NamePart>,
    ) -> Result<Self, NameErrorKind> {
        if let Some(word) = given.as_word().filter(|w| looks_like_patronymic(w)) {
            return Err(NameErrorKind::GivenLikePatronymic {
                word: word.to_owned(),
            });
        }
        if let Some(word) = patronymic
            .as_ref()
            .and_then(NamePart::as_word)
            .filter(|w| !looks_like_patronymic(w))
        {
            return Err(NameErrorKind::NotPatronymic {
                word: word.to_owned(),
            });
        }
        Ok(Self {
            surname,
            given,
            patronymic,
        })
    }

    /// The surname, in canonical case.
    ///
    /// # Example
    /// ```
    /// use social_services::values::PersonName;
    ///
    /// assert_eq!("Баталина О.Ю.".parse::<PersonName>()?.surname(), "Баталина");
    /// # Ok::<(), social_services::ValueError>(())
    /// ```
    pub fn surname(&self) -> &str {
        &self.surname
    }

    /// The given name, full or as an initial.
    ///
    /// # Example
    /// ```
    /// use social_services::values::PersonName;
    ///
    /// let name: PersonName = "Дёмина Анна Юрьевна".parse()?;
    /// assert_eq!(name.given().as_word(), Some("Анна"));
    /// # Ok::<(), social_services::ValueError>(())
    /// ```
    pub fn given(&self) -> &NamePart {
        &self.given
    }

    /// The patronymic, full or as an initial, if known.
    ///
    /// # Example
    /// ```
    /// use social_services::values::PersonName;
    ///
    /// let name: PersonName = "Абросимова Т. А.".parse()?;
    /// assert_eq!(name.patronymic().map(|p| p.initial()), Some('А'));
    /// assert!("Эвелина Шубинская".parse::<PersonName>()?.patronymic().is_none());
    /// # Ok::<(), social_services::ValueError>(())
    /// ```
    pub fn patronymic(&self) -> Option<&NamePart> {
        self.patronymic.as_ref()
    }

    /// The name in full, surname first, initials where only they are known:
    /// `Дёмина Анна Юрьевна`, `Баталина О. Ю.`, `Шубинская Эвелина`.
    ///
    /// # Example
    /// ```
    /// use social_services::values::PersonName;
    ///
    /// assert_eq!("Анна Юрьевна Дёмина".parse::<PersonName>()?.full(), "Дёмина Анна Юрьевна");
    /// assert_eq!("Баталина О.Ю.".parse::<PersonName>()?.full(), "Баталина О. Ю.");
    /// # Ok::<(), social_services::ValueError>(())
    /// ```
    pub fn full(&self) -> String {
        let mut out = self.surname.clone();
        for part in self.parts() {
            out.push(' ');
            // Writing to a String cannot fail.
            let _ = part.write_full(&mut out);
        }
        out
    }

    /// The surname and the initials: `Дёмина А.Ю.`.
    ///
    /// # Example
    /// ```
    /// use social_services::values::PersonName;
    ///
    /// assert_eq!("Дёмина Анна Юрьевна".parse::<PersonName>()?.short(), "Дёмина А.Ю.");
    /// # Ok::<(), social_services::ValueError>(())
    /// ```
    pub fn short(&self) -> String {
        format!("{} {}", self.surname, self.initials())
    }

    /// The initials, then the surname: `А.Ю. Дёмина`.
    ///
    /// # Example
    /// ```
    /// use social_services::values::PersonName;
    ///
    /// assert_eq!("Дёмина Анна Юрьевна".parse::<PersonName>()?.initials_first(), "А.Ю. Дёмина");
    /// # Ok::<(), social_services::ValueError>(())
    /// ```
    pub fn initials_first(&self) -> String {
        format!("{} {}", self.initials(), self.surname)
    }

    /// Whether the two names can denote one person: surnames equal after case and `ё`
    /// folding; given names equal the same way, or one an initial of the other; patronymics
    /// likewise, an absent one agreeing with any.
    ///
    /// # Example
    /// ```
    /// use social_services::values::PersonName;
    ///
    /// let a: PersonName = "Дёмина Анна Юрьевна".parse()?;
    /// assert!(a.could_be_same(&"Демина А.Ю.".parse()?));
    /// assert!(!a.could_be_same(&"Демина А.В.".parse()?));
    /// # Ok::<(), social_services::ValueError>(())
    /// ```
    pub fn could_be_same(&self, other: &PersonName) -> bool {
        fold(&self.surname) == fold(&other.surname)
            && self.given.compatible(&other.given)
            && match (&self.patronymic, &other.patronymic) {
                (Some(a), Some(b)) => a.compatible(b),
                _ => true,
            }
    }

    /// The given name and the patronymic, as far as known.
    fn parts(&self) -> impl Iterator<Item = &NamePart> {
        std::iter::once(&self.given).chain(self.patronymic.as_ref())
    }

    /// `А.Ю.` or `А.`.
    fn initials(&self) -> String {
        let mut out = String::new();
        for part in self.parts() {
            out.push(part.initial());
            out.push('.');
        }
        out
    }
}

impl fmt::Display for PersonName {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.patronymic.is_none() && !self.given.is_initial() {
            write!(f, "{}, {}", self.surname, self.given)
        } else {
            f.write_str(&self.full())
        }
    }
}

impl FromStr for PersonName {
    type Err = ValueError;

    /// Reads a name in any of the forms described on [`PersonName`].
    ///
    /// # Errors
    /// [`ValueError::PersonName`] with the [`NameErrorKind`] that says what is wrong.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        parse::parse(s).map_err(|kind| ValueError::PersonName {
            input: s.to_owned(),
            kind,
        })
    }
}

text_conversions!(PersonName);

impl PartialOrd for PersonName {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for PersonName {
    fn cmp(&self, other: &Self) -> Ordering {
        let patronymic = |a: &Self, b: &Self| match (&a.patronymic, &b.patronymic) {
            (Some(x), Some(y)) => x.cmp_folded(y),
            (x, y) => x.is_some().cmp(&y.is_some()),
        };
        folded(&self.surname)
            .cmp(folded(&other.surname))
            .then_with(|| self.given.cmp_folded(&other.given))
            .then_with(|| patronymic(self, other))
            .then_with(|| self.surname.cmp(&other.surname))
            .then_with(|| self.given.0.cmp(&other.given.0))
            .then_with(|| {
                let a = self.patronymic.as_ref().map(|p| &p.0);
                a.cmp(&other.patronymic.as_ref().map(|p| &p.0))
            })
    }
}

impl PartialOrd for NamePart {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

/// Parts sort as people expect: in lower case with `ё` as `е`, an initial before the words
/// it starts (`А.` < `Алёна` < `Анна` < `Б.`), then exactly.
impl Ord for NamePart {
    fn cmp(&self, other: &Self) -> Ordering {
        self.cmp_folded(other).then_with(|| self.0.cmp(&other.0))
    }
}
