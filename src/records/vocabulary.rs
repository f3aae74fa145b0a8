//! Vocabularies: enums of domain terms that read English names and Russian terms alike.

/// A vocabulary of domain terms: an enum whose variants read from a canonical English
/// `snake_case` name or from the Russian term or abbreviation, and which keeps a term it does
/// not know instead of failing.
///
/// Every vocabulary has one escape variant that holds a term as written:
/// - in an **open** vocabulary (the real world has more terms than the list: kinds of
///   institution, roles, legal forms) the escape is `Other(String)`, a legitimate term;
/// - in a **closed** vocabulary (statuses, levels) the escape is `Unrecognised(String)`, a term
///   this version of the crate does not know. Lenient reading keeps it so that it is written
///   back unchanged; strict validation reports it as an error.
///
/// Matching ignores case, treats `ё` as `е` and ignores everything but letters and digits, so
/// `"и.о."`, `"И. о."` and `"ио"` are one term.
///
/// # Example
/// ```
/// use social_services::records::{InstitutionKind, Vocabulary};
///
/// let kind: InstitutionKind = "КЦСОН".parse().unwrap();
/// assert_eq!(kind, InstitutionKind::Kcson);
/// assert_eq!(kind.as_str(), "kcson");
/// assert_eq!(kind.to_string(), "kcson");
/// assert!(kind.is_known());
///
/// let other: InstitutionKind = "приют".parse().unwrap();
/// assert_eq!(other, InstitutionKind::Other("приют".to_owned()));
/// assert!(!other.is_known());
/// assert!(InstitutionKind::IS_OPEN);
/// ```
pub trait Vocabulary: Sized + 'static {
    /// Whether terms outside the list are legitimate (`Other`) rather than unrecognised.
    const IS_OPEN: bool;

    /// The known terms, in the order they are declared.
    fn known() -> &'static [Self];

    /// The canonical English `snake_case` name, or the escape's text as written.
    fn as_str(&self) -> &str;

    /// The Russian term used in reports, or the escape's text as written.
    fn label_ru(&self) -> &str;

    /// The known term that `text` names, if any.
    fn parse_known(text: &str) -> Option<Self>;

    /// Whether this is one of the known terms (not the escape variant).
    fn is_known(&self) -> bool;
}

/// The characters of a term after folding: letters and digits only, lowercase, `ё` as `е`.
fn fold(term: &str) -> impl Iterator<Item = char> + '_ {
    term.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .map(|c| if c == 'ё' { 'е' } else { c })
}

/// A term folded once, to compare with many known terms without allocating for each.
pub(crate) struct Folded(String);

impl Folded {
    pub(crate) fn new(term: &str) -> Self {
        Self(fold(term).collect())
    }

    /// Whether `term` folds to the same characters.
    pub(crate) fn matches(&self, term: &str) -> bool {
        self.0.chars().eq(fold(term))
    }
}

/// Declares a vocabulary enum and implements [`Vocabulary`], `FromStr` (infallible),
/// `Display`, `From<&str>`, `From<String>`, `From<T> for String`, serde as the text and, with
/// the `schema` feature, `schemars::JsonSchema`.
///
/// Each variant is `Variant = "canonical", "русский термин", "alias"…;` and the escape is
/// `open Other` or `closed Unrecognised`.
macro_rules! vocabulary {
    (
        $(#[doc = $doc:literal])*
        pub enum $name:ident {
            $(
                $(#[$vmeta:meta])*
                $variant:ident = $canonical:literal, $label:literal $(, $alias:literal)* ;
            )+
        }
        $openness:ident $escape:ident
    ) => {
        $(#[doc = $doc])*
        #[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
        #[derive(serde::Serialize, serde::Deserialize)]
        #[serde(from = "String", into = "String")]
        pub enum $name {
            $( $(#[$vmeta])* $variant, )+
            /// A term outside the list, kept as written (see [`Vocabulary`](crate::records::Vocabulary) on open and
            /// closed vocabularies).
            $escape(String),
        }

        impl $crate::records::Vocabulary for $name {
            const IS_OPEN: bool = vocabulary!(@open $openness);

            fn known() -> &'static [Self] {
                const KNOWN: &[$name] = &[$($name::$variant),+];
                KNOWN
            }

            fn as_str(&self) -> &str {
                match self {
                    $(Self::$variant => $canonical,)+
                    Self::$escape(text) => text,
                }
            }

            fn label_ru(&self) -> &str {
                match self {
                    $(Self::$variant => $label,)+
                    Self::$escape(text) => text,
                }
            }

            fn parse_known(text: &str) -> Option<Self> {
                match text {
                    $($canonical => return Some(Self::$variant),)+
                    _ => {}
                }
                let folded = $crate::records::vocabulary::Folded::new(text);
                $(
                    if folded.matches($canonical)
                        || folded.matches($label)
                        $(|| folded.matches($alias))*
                    {
                        return Some(Self::$variant);
                    }
                )+
                None
            }

            fn is_known(&self) -> bool {
                !matches!(self, Self::$escape(_))
            }
        }

        impl ::std::str::FromStr for $name {
            type Err = ::std::convert::Infallible;
            fn from_str(text: &str) -> Result<Self, Self::Err> {
                Ok(<Self as $crate::records::Vocabulary>::parse_known(text)
                    .unwrap_or_else(|| Self::$escape(text.to_owned())))
            }
        }

        impl ::std::fmt::Display for $name {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str($crate::records::Vocabulary::as_str(self))
            }
        }

        impl From<&str> for $name {
            fn from(text: &str) -> Self {
                <Self as $crate::records::Vocabulary>::parse_known(text)
                    .unwrap_or_else(|| Self::$escape(text.to_owned()))
            }
        }

        impl From<String> for $name {
            fn from(text: String) -> Self {
                <Self as $crate::records::Vocabulary>::parse_known(&text)
                    .unwrap_or(Self::$escape(text))
            }
        }

        impl From<$name> for String {
            fn from(term: $name) -> String {
                match term {
                    $name::$escape(text) => text,
                    known => $crate::records::Vocabulary::as_str(&known).to_owned(),
                }
            }
        }

        #[cfg(feature = "schema")]
        impl schemars::JsonSchema for $name {
            fn schema_name() -> ::std::borrow::Cow<'static, str> {
                stringify!($name).into()
            }

            fn schema_id() -> ::std::borrow::Cow<'static, str> {
                concat!("social_services::", stringify!($name)).into()
            }

            fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
                $crate::schema::vocabulary::<Self>(concat!($($doc, "\n"),*))
            }
        }

        #[cfg(any(test, feature = "proptest"))]
        impl proptest::arbitrary::Arbitrary for $name {
            type Parameters = ();
            type Strategy = proptest::strategy::BoxedStrategy<Self>;
            fn arbitrary_with((): ()) -> Self::Strategy {
                use proptest::prelude::*;
                let known = proptest::sample::select(
                    <Self as $crate::records::Vocabulary>::known(),
                );
                // An escape term that no known term matches, so it reads back as itself.
                let escape = "[а-я]{3,12}( [а-я]{2,10})?"
                    .prop_filter("a known term", |s: &String| {
                        <Self as $crate::records::Vocabulary>::parse_known(s).is_none()
                    })
                    .prop_map(Self::$escape);
                prop_oneof![4 => known, 1 => escape].boxed()
            }
        }
    };
    (@open open) => { true };
    (@open closed) => { false };
}

pub(crate) use vocabulary;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folding_ignores_case_yo_and_punctuation() {
        assert!(Folded::new("и.о.").matches("И. о."));
        assert!(Folded::new("Семейный МФЦ").matches("семейный мфц"));
        assert!(Folded::new("Тёплый").matches("теплый"));
        assert!(Folded::new("all_russian").matches("all-russian"));
        assert!(!Folded::new("всероссийский").matches("всероссиискии"));
    }
}
