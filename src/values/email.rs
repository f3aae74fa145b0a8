//! E-mail addresses.

use std::fmt;
use std::str::FromStr;

use super::ValueError;

/// The longest local part, in characters (RFC 5321).
const MAX_LOCAL: usize = 64;
/// The longest domain, in characters (RFC 1035).
const MAX_DOMAIN: usize = 253;
/// The longest domain label, in characters (RFC 1035).
const MAX_LABEL: usize = 63;

/// An e-mail address: `local@domain`.
///
/// The rules checked are those that catch the mistakes found in real registries, not the whole
/// of RFC 5322:
///
/// - exactly one `@`, with a non-empty local part before it (at most 64 characters);
/// - no spaces, control or invisible formatting characters (zero-width, soft hyphen,
///   bidirectional controls, which make an address show other than it is) anywhere; no unquoted specials
///   `( ) < > [ ] : ; , \ "` in the local part (quoted local parts are not supported), and no
///   dot at its start or end or two in a row;
/// - a domain of at least two dot-separated labels, each non-empty, at most 63 characters,
///   made of letters, digits and hyphens, neither starting nor ending with a hyphen; letters
///   may be Cyrillic (`почта.рф`, `мойсемейныйцентр.рус`) as well as Latin or punycode
///   (`xn--p1ai`); the domain is at most 253 characters.
///
/// The canonical form keeps the local part exactly as written (mail servers may treat its case
/// as significant) and lowercases the domain (domains are case-insensitive):
/// `Info@MFC71.RU` becomes `Info@mfc71.ru`. Equality and order are those of the canonical text.
/// Surrounding white space is not trimmed: it is an error.
///
/// # Example
/// ```
/// use social_services::values::Email;
///
/// let email: Email = "Info@Семейный-Центр.РФ".parse()?;
/// assert_eq!(email.to_string(), "Info@семейный-центр.рф");
/// assert_eq!(email.local_part(), "Info");
/// assert_eq!(email.domain(), "семейный-центр.рф");
/// # Ok::<(), social_services::ValueError>(())
/// ```
#[derive(
    Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize, serde::Deserialize,
)]
#[serde(try_from = "String", into = "String")]
pub struct Email {
    /// The canonical text: local part as written, `@`, lowercased domain.
    text: String,
    /// The byte index of the `@` in `text`.
    at: usize,
}

/// What is wrong with an e-mail address.
///
/// # Example
/// ```
/// use social_services::{values::{Email, EmailErrorKind}, ValueError};
///
/// match "info.mfc71.ru".parse::<Email>() {
///     Err(ValueError::Email { kind, .. }) => assert_eq!(kind, EmailErrorKind::At { found: 0 }),
///     other => panic!("unexpected {other:?}"),
/// }
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum EmailErrorKind {
    /// The text is empty.
    #[error("empty")]
    Empty,
    /// A space, control or invisible formatting character anywhere in the address: a
    /// zero-width space or joiner, a soft hyphen (U+00AD), a bidirectional control (U+202A–
    /// U+202E, U+2066–U+2069, U+200E, U+200F, U+061C), a byte order mark …
    #[error(
        "character {found:?} at position {position} is a space, control or invisible formatting character"
    )]
    Invisible {
        /// One-based position of the character, counted in characters.
        position: usize,
        /// The character found.
        found: char,
    },
    /// Not exactly one `@`.
    #[error("expected exactly one '@', found {found}")]
    At {
        /// The number of `@` found.
        found: usize,
    },
    /// Nothing before the `@`.
    #[error("the local part before '@' is empty")]
    EmptyLocalPart,
    /// A special character that is only allowed in a quoted local part.
    #[error("character {found:?} at position {position} is not allowed in the local part")]
    LocalCharacter {
        /// One-based position of the character, counted in characters.
        position: usize,
        /// The character found.
        found: char,
    },
    /// A dot at the start or the end of the local part, or two in a row: an unquoted local
    /// part is dot-separated words (RFC 5322 `dot-atom`), and `ivanov..mfc@` or `ivanov.@`
    /// is a typing mistake no mail server is bound to accept.
    #[error("the local part {local:?} starts or ends with a dot or has two dots in a row")]
    LocalDot {
        /// The local part, as written.
        local: String,
    },
    /// Nothing after the `@`.
    #[error("the domain after '@' is empty")]
    EmptyDomain,
    /// A character in the domain that is not a letter, digit, hyphen or dot.
    #[error("character {found:?} at position {position} is not a letter, digit, hyphen or dot")]
    DomainCharacter {
        /// One-based position of the character, counted in characters.
        position: usize,
        /// The character found.
        found: char,
    },
    /// A domain of a single label.
    #[error("the domain has no dot")]
    NoDot,
    /// Two dots in a row, or a dot at the start or end of the domain.
    #[error("the domain has an empty label")]
    EmptyLabel,
    /// A domain label that starts or ends with a hyphen.
    #[error("domain label {label:?} starts or ends with a hyphen")]
    Hyphen {
        /// The label, as written.
        label: String,
    },
    /// A part longer than the standards allow.
    #[error("{part} is {found} characters long, at most {max}")]
    TooLong {
        /// `"the local part"`, `"the domain"` or `"a domain label"`.
        part: &'static str,
        /// Its length in characters.
        found: usize,
        /// The longest allowed.
        max: usize,
    },
}

impl Email {
    /// The canonical text, as [`Display`](fmt::Display) prints it.
    ///
    /// # Example
    /// ```
    /// use social_services::values::Email;
    ///
    /// let email: Email = "smfc@TULA.ru".parse()?;
    /// assert_eq!(email.as_str(), "smfc@tula.ru");
    /// # Ok::<(), social_services::ValueError>(())
    /// ```
    pub fn as_str(&self) -> &str {
        &self.text
    }

    /// The part before the `@`, as written.
    ///
    /// # Example
    /// ```
    /// use social_services::values::Email;
    ///
    /// let email: Email = "Vichuga.KCSON@mail.ru".parse()?;
    /// assert_eq!(email.local_part(), "Vichuga.KCSON");
    /// # Ok::<(), social_services::ValueError>(())
    /// ```
    pub fn local_part(&self) -> &str {
        &self.text[..self.at]
    }

    /// The part after the `@`, lowercased.
    ///
    /// # Example
    /// ```
    /// use social_services::values::Email;
    ///
    /// let email: Email = "Vichuga.KCSON@Mail.Ru".parse()?;
    /// assert_eq!(email.domain(), "mail.ru");
    /// # Ok::<(), social_services::ValueError>(())
    /// ```
    pub fn domain(&self) -> &str {
        &self.text[self.at + 1..]
    }
}

/// Whether `c` may not appear anywhere in an address: white space, control characters and
/// the invisible formatting characters of Unicode (general category Cf): the soft hyphen, the
/// Arabic letter mark, the Mongolian vowel separator, zero-width spaces and joiners, the
/// bidirectional marks, embeddings, overrides and isolates, the invisible operators, the
/// deprecated format characters, the byte order mark and the interlinear annotation marks.
fn is_invisible(c: char) -> bool {
    c.is_whitespace()
        || c.is_control()
        || matches!(
            c,
            '\u{ad}'
                | '\u{61c}'
                | '\u{180e}'
                | '\u{200b}'..='\u{200f}'
                | '\u{202a}'..='\u{202e}'
                | '\u{2060}'..='\u{2064}'
                | '\u{2066}'..='\u{206f}'
                | '\u{feff}'
                | '\u{fff9}'..='\u{fffb}'
        )
}

/// Reads an address and builds its canonical form.
fn parse(input: &str) -> Result<Email, EmailErrorKind> {
    if input.is_empty() {
        return Err(EmailErrorKind::Empty);
    }
    if let Some((index, found)) = input.chars().enumerate().find(|&(_, c)| is_invisible(c)) {
        return Err(EmailErrorKind::Invisible {
            position: index + 1,
            found,
        });
    }
    let ats = input.matches('@').count();
    if ats != 1 {
        return Err(EmailErrorKind::At { found: ats });
    }
    let (local, domain) = input
        .split_once('@')
        .ok_or(EmailErrorKind::At { found: 0 })?;
    if local.is_empty() {
        return Err(EmailErrorKind::EmptyLocalPart);
    }
    if let Some((index, found)) = local
        .chars()
        .enumerate()
        .find(|&(_, c)| "()<>[]:;,\\\"".contains(c))
    {
        return Err(EmailErrorKind::LocalCharacter {
            position: index + 1,
            found,
        });
    }
    if local.split('.').any(str::is_empty) {
        return Err(EmailErrorKind::LocalDot {
            local: local.to_owned(),
        });
    }
    let local_len = local.chars().count();
    if local_len > MAX_LOCAL {
        return Err(EmailErrorKind::TooLong {
            part: "the local part",
            found: local_len,
            max: MAX_LOCAL,
        });
    }
    check_domain(domain, local_len + 1)?;
    let lower = domain.to_lowercase();
    // A few letters lowercase to more than a letter (`İ` to `i` and a combining dot): the
    // canonical form must pass the same rules, or it would not parse back.
    check_domain(&lower, local_len + 1)?;
    let at = local.len();
    let text = format!("{local}@{lower}");
    Ok(Email { text, at })
}

/// Checks the domain; `offset` is the number of characters before it in the input.
fn check_domain(domain: &str, offset: usize) -> Result<(), EmailErrorKind> {
    if domain.is_empty() {
        return Err(EmailErrorKind::EmptyDomain);
    }
    if let Some((index, found)) = domain
        .chars()
        .enumerate()
        .find(|&(_, c)| !(c.is_alphanumeric() || c == '-' || c == '.'))
    {
        return Err(EmailErrorKind::DomainCharacter {
            position: offset + index + 1,
            found,
        });
    }
    if !domain.contains('.') {
        return Err(EmailErrorKind::NoDot);
    }
    for label in domain.split('.') {
        if label.is_empty() {
            return Err(EmailErrorKind::EmptyLabel);
        }
        if label.starts_with('-') || label.ends_with('-') {
            return Err(EmailErrorKind::Hyphen {
                label: label.to_owned(),
            });
        }
        let len = label.chars().count();
        if len > MAX_LABEL {
            return Err(EmailErrorKind::TooLong {
                part: "a domain label",
                found: len,
                max: MAX_LABEL,
            });
        }
    }
    let len = domain.chars().count();
    if len > MAX_DOMAIN {
        return Err(EmailErrorKind::TooLong {
            part: "the domain",
            found: len,
            max: MAX_DOMAIN,
        });
    }
    Ok(())
}

impl FromStr for Email {
    type Err = ValueError;

    /// Reads an address by the rules described on [`Email`].
    ///
    /// # Errors
    /// [`ValueError::Email`] when the text has no `@` or several, an empty local part, a
    /// space or control character, or a domain without a dot, with an empty label or with a
    /// character that is not a letter, digit or hyphen.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        parse(s).map_err(|kind| ValueError::Email {
            input: s.to_owned(),
            kind,
        })
    }
}

impl fmt::Display for Email {
    /// The canonical form: the local part as written, `@`, the lowercased domain.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text)
    }
}

text_conversions!(Email);

#[cfg(any(test, feature = "proptest"))]
impl proptest::arbitrary::Arbitrary for Email {
    type Parameters = ();
    type Strategy = proptest::strategy::BoxedStrategy<Self>;

    /// Valid addresses: Latin local parts of mixed case with dots, `_`, `+` and `-`; one to
    /// three labels, Latin or Cyrillic, under a top-level domain such as `ru`, `рф` or
    /// `xn--p1ai`, written in either case.
    fn arbitrary_with((): ()) -> Self::Strategy {
        use proptest::prelude::*;
        let local = "[a-zA-Z0-9_+-]{1,6}(\\.[a-zA-Z0-9_+-]{1,6}){0,2}";
        let label = prop_oneof![
            "[a-z0-9]([a-z0-9-]{0,10}[a-z0-9])?",
            "[а-яё0-9]([а-яё0-9-]{0,10}[а-яё0-9])?",
        ];
        let tld = prop::sample::select(vec!["ru", "рф", "su", "com", "org", "рус", "xn--p1ai"]);
        (
            local,
            prop::collection::vec(label, 1..=3),
            tld,
            any::<bool>(),
        )
            .prop_map(|(local, labels, tld, upper)| {
                let domain = format!("{}.{tld}", labels.join("."));
                let domain = if upper { domain.to_uppercase() } else { domain };
                format!("{local}@{domain}")
                    .parse()
                    .expect("generated e-mail is valid")
            })
            .boxed()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn email(s: &str) -> Email {
        s.parse().unwrap_or_else(|e| panic!("{s:?}: {e}"))
    }

    fn message(s: &str) -> String {
        s.parse::<Email>().unwrap_err().to_string()
    }

    #[test]
    fn reads_plain_address() {
        let e = email("smfc.tula@mail.ru");
        assert_eq!(e.to_string(), "smfc.tula@mail.ru");
        assert_eq!(e.local_part(), "smfc.tula");
        assert_eq!(e.domain(), "mail.ru");
    }

    #[test]
    fn lowercases_domain_and_keeps_local_part() {
        assert_eq!(
            email("Info@MFC71.Tula.RU").to_string(),
            "Info@mfc71.tula.ru"
        );
    }

    #[test]
    fn reads_cyrillic_domain() {
        let e = email("приёмная@Соцзащита.РФ");
        assert_eq!(e.to_string(), "приёмная@соцзащита.рф");
        assert_eq!(e.domain(), "соцзащита.рф");
    }

    #[test]
    fn reads_punycode_and_hyphenated_domain() {
        assert_eq!(
            email("a@xn--80ak6aa92e.xn--p1ai").domain(),
            "xn--80ak6aa92e.xn--p1ai"
        );
        assert_eq!(email("a+b@semeyny-centr.ru").domain(), "semeyny-centr.ru");
    }

    #[test]
    fn rejects_empty_input() {
        assert_eq!(message(""), r#"invalid e-mail "": empty"#);
    }

    #[test]
    fn rejects_spaces_and_control_characters() {
        assert_eq!(
            message("info @mail.ru"),
            r#"invalid e-mail "info @mail.ru": character ' ' at position 5 is a space, control or invisible formatting character"#
        );
        assert_eq!(
            message(" info@mail.ru"),
            r#"invalid e-mail " info@mail.ru": character ' ' at position 1 is a space, control or invisible formatting character"#
        );
        assert!(matches!(
            "info@mail.ru\n".parse::<Email>(),
            Err(ValueError::Email {
                kind: EmailErrorKind::Invisible { found: '\n', .. },
                ..
            })
        ));
        assert!("info@ma\u{200b}il.ru".parse::<Email>().is_err());
    }

    #[test]
    fn rejects_missing_or_repeated_at() {
        assert_eq!(
            message("info.mail.ru"),
            r#"invalid e-mail "info.mail.ru": expected exactly one '@', found 0"#
        );
        assert_eq!(
            message("a@b@mail.ru"),
            r#"invalid e-mail "a@b@mail.ru": expected exactly one '@', found 2"#
        );
    }

    #[test]
    fn rejects_empty_local_part() {
        assert_eq!(
            message("@mail.ru"),
            r#"invalid e-mail "@mail.ru": the local part before '@' is empty"#
        );
    }

    #[test]
    fn rejects_a_dot_at_either_end_of_the_local_part_or_two_in_a_row() {
        assert_eq!(
            message("ivanov..mfc@mail.ru"),
            r#"invalid e-mail "ivanov..mfc@mail.ru": the local part "ivanov..mfc" starts or ends with a dot or has two dots in a row"#
        );
        assert_eq!(
            message("ivanov.@mail.ru"),
            r#"invalid e-mail "ivanov.@mail.ru": the local part "ivanov." starts or ends with a dot or has two dots in a row"#
        );
        assert_eq!(
            message(".info@mail.ru"),
            r#"invalid e-mail ".info@mail.ru": the local part ".info" starts or ends with a dot or has two dots in a row"#
        );
        assert_eq!(email("i.v.anov@mail.ru").local_part(), "i.v.anov");
    }

    #[test]
    fn rejects_specials_in_local_part() {
        assert_eq!(
            message("a,b@mail.ru"),
            r#"invalid e-mail "a,b@mail.ru": character ',' at position 2 is not allowed in the local part"#
        );
    }

    #[test]
    fn rejects_empty_domain() {
        assert_eq!(
            message("info@"),
            r#"invalid e-mail "info@": the domain after '@' is empty"#
        );
    }

    #[test]
    fn rejects_domain_characters_other_than_letters_digits_hyphens() {
        assert_eq!(
            message("info@mail_ru.com"),
            r#"invalid e-mail "info@mail_ru.com": character '_' at position 10 is not a letter, digit, hyphen or dot"#
        );
    }

    #[test]
    fn rejects_domain_without_dot() {
        assert_eq!(
            message("info@localhost"),
            r#"invalid e-mail "info@localhost": the domain has no dot"#
        );
    }

    #[test]
    fn rejects_empty_domain_label() {
        assert_eq!(
            message("info@mail..ru"),
            r#"invalid e-mail "info@mail..ru": the domain has an empty label"#
        );
        assert!("info@.mail.ru".parse::<Email>().is_err());
        assert!("info@mail.ru.".parse::<Email>().is_err());
    }

    #[test]
    fn rejects_label_with_edge_hyphen() {
        assert_eq!(
            message("info@-mail.ru"),
            r#"invalid e-mail "info@-mail.ru": domain label "-mail" starts or ends with a hyphen"#
        );
    }

    #[test]
    fn rejects_bidirectional_controls_and_soft_hyphens() {
        for (input, found) in [
            ("info\u{202e}ur.lim@mail.ru", '\u{202e}'),
            ("info@\u{2066}mail.ru", '\u{2066}'),
            ("in\u{ad}fo@mail.ru", '\u{ad}'),
            ("info@mail.ru\u{200e}", '\u{200e}'),
        ] {
            assert!(
                matches!(
                    input.parse::<Email>(),
                    Err(ValueError::Email { kind: EmailErrorKind::Invisible { found: f, .. }, .. }) if f == found
                ),
                "{input:?}"
            );
        }
        assert_eq!(
            message("in\u{ad}fo@mail.ru"),
            r#"invalid e-mail "in\u{ad}fo@mail.ru": character '\u{ad}' at position 3 is a space, control or invisible formatting character"#
        );
    }

    #[test]
    fn rejects_overlong_parts() {
        let local = "a".repeat(65);
        assert_eq!(
            message(&format!("{local}@mail.ru")),
            format!(
                r#"invalid e-mail "{}…" (73 characters): the local part is 65 characters long, at most 64"#,
                "a".repeat(64)
            )
        );
        let label = "b".repeat(64);
        assert!(matches!(
            format!("a@{label}.ru").parse::<Email>(),
            Err(ValueError::Email {
                kind: EmailErrorKind::TooLong {
                    found: 64,
                    max: 63,
                    ..
                },
                ..
            })
        ));
        let domain = vec!["c".repeat(60); 5].join(".");
        assert!(matches!(
            format!("a@{domain}").parse::<Email>(),
            Err(ValueError::Email {
                kind: EmailErrorKind::TooLong {
                    part: "the domain",
                    found: 304,
                    ..
                },
                ..
            })
        ));
    }

    #[test]
    fn serializes_as_canonical_string() {
        let json = serde_json::to_string(&email("Info@MAIL.ru")).unwrap();
        assert_eq!(json, r#""Info@mail.ru""#);
    }

    #[test]
    fn bad_json_fails_with_the_from_str_message() {
        let err = serde_json::from_value::<Email>(serde_json::json!("info@localhost")).unwrap_err();
        assert_eq!(err.to_string(), message("info@localhost"));
    }

    proptest! {
        #[test]
        fn display_parses_back(e: Email) {
            prop_assert_eq!(e.to_string().parse::<Email>().unwrap(), e);
        }

        #[test]
        fn json_round_trips(e: Email) {
            let json = serde_json::to_string(&e).unwrap();
            prop_assert_eq!(serde_json::from_str::<Email>(&json).unwrap(), e);
        }
    }
}
