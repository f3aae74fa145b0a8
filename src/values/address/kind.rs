//! The kinds of localities and streets (`г.`, `с.`, `ул.`, `пр-т` …) and how they are read.

use std::fmt;

/// The kind of a locality (тип населённого пункта), written before its name: `г. Тула`.
///
/// The known kinds are read from their usual abbreviations and full words, in any case and
/// with or without `ё`; they print as their canonical abbreviation:
///
/// | variant | canonical | also read |
/// | --- | --- | --- |
/// | `City` | `г.` | `г`, `город` |
/// | `UrbanSettlement` | `пгт` | `п.г.т.`, `посёлок городского типа` |
/// | `WorkSettlement` | `рп` | `р.п.`, `рабочий посёлок` |
/// | `Settlement` | `пос.` | `п.`, `п`, `пос`, `посёлок` |
/// | `Village` | `с.` | `с`, `село` |
/// | `Hamlet` | `д.` | `д`, `дер.`, `деревня` |
/// | `Stanitsa` | `ст-ца` | `станица` |
/// | `Khutor` | `х.` | `х`, `хутор` |
///
/// Any other kind is [`Other`](LocalityKind::Other): one word starting with a lowercase letter
/// (`аул`, `нп`, `снт`), kept as written.
///
/// # Example
/// ```
/// use social_services::values::{Locality, LocalityKind};
///
/// let village: Locality = "село Сосновка".parse()?;
/// assert_eq!(*village.kind(), LocalityKind::Village);
/// assert_eq!(village.to_string(), "с. Сосновка");
/// assert_eq!(LocalityKind::City.abbreviation(), "г.");
/// # Ok::<(), social_services::ValueError>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[non_exhaustive]
pub enum LocalityKind {
    /// Город, `г.`.
    City,
    /// Посёлок городского типа, `пгт`.
    UrbanSettlement,
    /// Рабочий посёлок, `рп`.
    WorkSettlement,
    /// Посёлок, `пос.`.
    Settlement,
    /// Село, `с.`.
    Village,
    /// Деревня, `д.`.
    Hamlet,
    /// Станица, `ст-ца`.
    Stanitsa,
    /// Хутор, `х.`.
    Khutor,
    /// Another kind: one word starting with a lowercase letter, as written (`аул`).
    Other(String),
}

/// The kind of a street (тип элемента улично-дорожной сети), written before its name:
/// `ул. Гоголевская`.
///
/// The known kinds are read from their usual abbreviations and full words, in any case, before
/// the name (`ул. Гоголевская`, `улица Гоголевская`) or after it (`Гоголевская ул.`); they print
/// as their canonical abbreviation before the name:
///
/// | variant | canonical | also read |
/// | --- | --- | --- |
/// | `Street` | `ул.` | `ул`, `улица` |
/// | `Avenue` | `пр-т` | `пр-кт`, `просп.`, `проспект` |
/// | `Lane` | `пер.` | `пер`, `переулок` |
/// | `Square` | `пл.` | `пл`, `площадь` |
/// | `Highway` | `ш.` | `ш`, `шоссе` |
/// | `Embankment` | `наб.` | `наб`, `набережная` |
/// | `Boulevard` | `бул.` | `б-р`, `бульвар` |
/// | `Passage` | `пр-д` | `проезд` |
/// | `Microdistrict` | `мкр.` | `мкр`, `микрорайон` |
/// | `Tract` | `тракт` | |
///
/// Any other kind is [`Other`](StreetKind::Other): one word starting with a lowercase letter
/// (`аллея`, `тупик`, `линия`), kept as written.
///
/// # Example
/// ```
/// use social_services::values::{Street, StreetKind};
///
/// let street: Street = "улица Гоголевская".parse()?;
/// assert_eq!(*street.kind(), StreetKind::Street);
/// assert_eq!(street.to_string(), "ул. Гоголевская");
/// assert_eq!(StreetKind::Avenue.abbreviation(), "пр-т");
/// # Ok::<(), social_services::ValueError>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[non_exhaustive]
pub enum StreetKind {
    /// Улица, `ул.`.
    Street,
    /// Проспект, `пр-т`.
    Avenue,
    /// Переулок, `пер.`.
    Lane,
    /// Площадь, `пл.`.
    Square,
    /// Шоссе, `ш.`.
    Highway,
    /// Набережная, `наб.`.
    Embankment,
    /// Бульвар, `бул.`.
    Boulevard,
    /// Проезд, `пр-д`.
    Passage,
    /// Микрорайон, `мкр.`.
    Microdistrict,
    /// Тракт, `тракт`.
    Tract,
    /// Another kind: one word starting with a lowercase letter, as written (`аллея`).
    Other(String),
}

/// What the reading of kinds needs from [`LocalityKind`] and [`StreetKind`].
pub(super) trait Kind: Sized + PartialEq + 'static {
    /// Every known kind (all variants but `Other`).
    const KNOWN: &'static [Self];
    /// Some kinds, in words, for error messages.
    const EXAMPLES: &'static str;
    /// The ways a known kind is written, lowercase, with `е` for `ё`; the first is canonical.
    fn synonyms(&self) -> &'static [&'static str];
    /// The `Other` variant.
    fn other(word: String) -> Self;
}

impl LocalityKind {
    /// Every known kind, in the order of the variants (without `Other`).
    ///
    /// # Example
    /// ```
    /// use social_services::values::LocalityKind;
    ///
    /// assert_eq!(LocalityKind::KNOWN.len(), 8);
    /// assert_eq!(LocalityKind::KNOWN[0], LocalityKind::City);
    /// ```
    pub const KNOWN: &'static [LocalityKind] = &[
        Self::City,
        Self::UrbanSettlement,
        Self::WorkSettlement,
        Self::Settlement,
        Self::Village,
        Self::Hamlet,
        Self::Stanitsa,
        Self::Khutor,
    ];

    /// The canonical abbreviation (`г.`, `пгт` …), or the word of an `Other` kind.
    ///
    /// # Example
    /// ```
    /// use social_services::values::LocalityKind;
    ///
    /// assert_eq!(LocalityKind::UrbanSettlement.abbreviation(), "пгт");
    /// assert_eq!(LocalityKind::Other("аул".into()).abbreviation(), "аул");
    /// ```
    pub fn abbreviation(&self) -> &str {
        match self {
            Self::Other(word) => word,
            known => Kind::synonyms(known)[0],
        }
    }
}

impl Kind for LocalityKind {
    const KNOWN: &'static [Self] = LocalityKind::KNOWN;
    const EXAMPLES: &'static str = "г., с., пос. or a lowercase word";

    fn synonyms(&self) -> &'static [&'static str] {
        match self {
            Self::City => &["г.", "г", "город"],
            Self::UrbanSettlement => &["пгт", "п.г.т.", "поселок городского типа"],
            Self::WorkSettlement => &["рп", "р.п.", "рабочий поселок"],
            Self::Settlement => &["пос.", "п.", "п", "пос", "поселок"],
            Self::Village => &["с.", "с", "село"],
            Self::Hamlet => &["д.", "д", "дер.", "деревня"],
            Self::Stanitsa => &["ст-ца", "станица"],
            Self::Khutor => &["х.", "х", "хутор"],
            Self::Other(_) => &[],
        }
    }

    fn other(word: String) -> Self {
        Self::Other(word)
    }
}

impl StreetKind {
    /// Every known kind, in the order of the variants (without `Other`).
    ///
    /// # Example
    /// ```
    /// use social_services::values::StreetKind;
    ///
    /// assert_eq!(StreetKind::KNOWN.len(), 10);
    /// assert_eq!(StreetKind::KNOWN[0], StreetKind::Street);
    /// ```
    pub const KNOWN: &'static [StreetKind] = &[
        Self::Street,
        Self::Avenue,
        Self::Lane,
        Self::Square,
        Self::Highway,
        Self::Embankment,
        Self::Boulevard,
        Self::Passage,
        Self::Microdistrict,
        Self::Tract,
    ];

    /// The canonical abbreviation (`ул.`, `пр-т` …), or the word of an `Other` kind.
    ///
    /// # Example
    /// ```
    /// use social_services::values::StreetKind;
    ///
    /// assert_eq!(StreetKind::Embankment.abbreviation(), "наб.");
    /// assert_eq!(StreetKind::Other("аллея".into()).abbreviation(), "аллея");
    /// ```
    pub fn abbreviation(&self) -> &str {
        match self {
            Self::Other(word) => word,
            known => Kind::synonyms(known)[0],
        }
    }
}

impl Kind for StreetKind {
    const KNOWN: &'static [Self] = StreetKind::KNOWN;
    const EXAMPLES: &'static str = "ул., пр-т, пер. or a lowercase word";

    fn synonyms(&self) -> &'static [&'static str] {
        match self {
            Self::Street => &["ул.", "ул", "улица"],
            Self::Avenue => &["пр-т", "пр-кт", "просп.", "проспект"],
            Self::Lane => &["пер.", "пер", "переулок"],
            Self::Square => &["пл.", "пл", "площадь"],
            Self::Highway => &["ш.", "ш", "шоссе"],
            Self::Embankment => &["наб.", "наб", "набережная"],
            Self::Boulevard => &["бул.", "б-р", "бульвар"],
            Self::Passage => &["пр-д", "проезд"],
            Self::Microdistrict => &["мкр.", "мкр", "микрорайон"],
            Self::Tract => &["тракт"],
            Self::Other(_) => &[],
        }
    }

    fn other(word: String) -> Self {
        Self::Other(word)
    }
}

impl fmt::Display for LocalityKind {
    /// The canonical abbreviation.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.abbreviation())
    }
}

impl fmt::Display for StreetKind {
    /// The canonical abbreviation.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.abbreviation())
    }
}

/// Folds a character for comparing kinds: lowercase, `ё` as `е`.
pub(super) fn fold(c: char) -> char {
    match c {
        'Ё' | 'ё' => 'е',
        c => c.to_lowercase().next().unwrap_or(c),
    }
}

/// `text` after `prefix` compared with [`fold`], if `text` starts with it.
pub(super) fn strip_prefix_folded<'a>(text: &'a str, prefix: &str) -> Option<&'a str> {
    let mut chars = text.char_indices();
    for p in prefix.chars() {
        let (_, c) = chars.next()?;
        if fold(c) != fold(p) {
            return None;
        }
    }
    Some(chars.next().map_or("", |(i, _)| &text[i..]))
}

/// Whether `a` and `b` are equal compared with [`fold`].
fn eq_folded(a: &str, b: &str) -> bool {
    a.chars().map(fold).eq(b.chars().map(fold))
}

/// The known kind written at the start of `text`, and the text after it (trimmed).
///
/// A synonym ending with a dot may be followed directly by the name (`г.Тула`); any other must
/// be followed by white space. The longest matching synonym wins (`п.г.т.` over `п.`).
fn known_prefix<K: Kind + Clone>(text: &str) -> Option<(K, &str)> {
    let mut best: Option<(usize, &K, &str)> = None;
    for kind in K::KNOWN {
        for synonym in kind.synonyms() {
            let Some(rest) = strip_prefix_folded(text, synonym) else {
                continue;
            };
            let separated = synonym.ends_with('.') || rest.starts_with(char::is_whitespace);
            let len = synonym.chars().count();
            if separated && best.is_none_or(|(l, _, _)| len > l) {
                best = Some((len, kind, rest));
            }
        }
    }
    best.map(|(_, kind, rest)| (kind.clone(), rest.trim_start()))
}

/// The known kind that `word` is, exactly (compared with [`fold`]).
fn known_word<K: Kind + Clone>(word: &str) -> Option<K> {
    K::KNOWN
        .iter()
        .find(|kind| kind.synonyms().iter().any(|s| eq_folded(s, word)))
        .cloned()
}

/// Whether `word` can be the word of an `Other` kind: one word starting with a lowercase
/// letter, without `,` or `;`, that does not begin with a known kind.
pub(super) fn is_other_word<K: Kind + Clone>(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_lowercase)
        && !word.contains(|c: char| c.is_whitespace() || c == ',' || c == ';' || c.is_control())
        && known_prefix::<K>(&format!("{word} x")).is_none()
}

/// Splits `text` (trimmed, white space collapsed) into a kind and a name.
///
/// The kind is a known kind at the start; else, when `suffix` is allowed, a known kind as the
/// last word (`Гоголевская ул.`); else a first word starting with a lowercase letter, as an
/// `Other` kind. `None` when there is no kind.
pub(super) fn split_kind<K: Kind + Clone>(text: &str, suffix: bool) -> Option<(K, &str)> {
    if let Some(found) = known_prefix::<K>(text) {
        return Some(found);
    }
    if suffix
        && let Some((name, last)) = text.rsplit_once(' ')
        && let Some(kind) = known_word::<K>(last)
    {
        return Some((kind, name.trim_end()));
    }
    let (word, rest) = text.split_once(' ')?;
    is_other_word::<K>(word).then(|| (K::other(word.to_owned()), rest.trim_start()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_known_prefix_with_or_without_space_after_a_dot() {
        assert_eq!(
            split_kind::<LocalityKind>("г. Тула", false),
            Some((LocalityKind::City, "Тула"))
        );
        assert_eq!(
            split_kind::<LocalityKind>("г.Тула", false),
            Some((LocalityKind::City, "Тула"))
        );
    }

    #[test]
    fn reads_full_words_in_any_case_and_with_yo() {
        assert_eq!(
            split_kind::<LocalityKind>("Посёлок городского типа Заокский", false),
            Some((LocalityKind::UrbanSettlement, "Заокский"))
        );
        assert_eq!(
            split_kind::<StreetKind>("УЛИЦА Гоголевская", false),
            Some((StreetKind::Street, "Гоголевская"))
        );
    }

    #[test]
    fn prefers_the_longest_synonym() {
        assert_eq!(
            split_kind::<LocalityKind>("п.г.т. Заокский", false),
            Some((LocalityKind::UrbanSettlement, "Заокский"))
        );
    }

    #[test]
    fn does_not_take_a_word_prefix_without_a_dot_as_a_kind() {
        // "город" must not match "г" and leave "ород".
        assert_eq!(
            split_kind::<LocalityKind>("гор Горки", false),
            Some((LocalityKind::Other("гор".into()), "Горки"))
        );
    }

    #[test]
    fn reads_street_kind_after_the_name() {
        assert_eq!(
            split_kind::<StreetKind>("Гоголевская ул.", true),
            Some((StreetKind::Street, "Гоголевская"))
        );
        assert_eq!(split_kind::<LocalityKind>("Тула г.", false), None);
    }

    #[test]
    fn reads_unknown_lowercase_word_as_other_kind() {
        assert_eq!(
            split_kind::<StreetKind>("аллея Славы", true),
            Some((StreetKind::Other("аллея".into()), "Славы"))
        );
    }

    #[test]
    fn finds_no_kind_in_a_bare_name() {
        assert_eq!(split_kind::<LocalityKind>("Тула", false), None);
        assert_eq!(split_kind::<LocalityKind>("Новая Ладога", false), None);
    }

    #[test]
    fn other_words_exclude_known_kinds_and_spaces() {
        assert!(is_other_word::<LocalityKind>("аул"));
        assert!(!is_other_word::<LocalityKind>("г."));
        assert!(!is_other_word::<LocalityKind>("г.х"));
        assert!(!is_other_word::<LocalityKind>("Аул"));
        assert!(!is_other_word::<LocalityKind>("два слова"));
        assert!(!is_other_word::<LocalityKind>(""));
    }
}
