//! A web address: the website of an institution, the link of a source.

use std::fmt;
use std::str::FromStr;

use super::ValueError;

/// A web address (`http` or `https`) with a host: the website of an institution, the link of a
/// source. Built on the [`url`](::url) crate, which follows the WHATWG URL standard.
///
/// # Reading
/// - An address with a scheme is read as written: `https://mfc71.ru/about`,
///   `http://vichuga-kcson.ru`. The scheme must be `http` or `https`.
/// - **A bare host gets `https://`**: text that does not start with `scheme://` and is not
///   `scheme:` something else (`mailto:…`) is a host, optionally with a port, path, query or
///   fragment, and is read as if `https://` stood before it: `vichuga-kcson.ru` is
///   `https://vichuga-kcson.ru/`, `www.mfc71.ru:8080/contacts` is
///   `https://www.mfc71.ru:8080/contacts`. (Registries copy addresses from sites that print
///   them without a scheme; today every such site answers `https`.)
/// - The host must be a domain with at least two labels (`mfc71.ru`, not `mfc71`) or an IP
///   address. A Cyrillic domain is written in punycode (`мойсемейныйцентр.рф` becomes
///   `xn--…​.xn--p1ai`), as URIs require.
/// - White space and control characters are refused anywhere, rather than encoded: a space in a
///   typed address is a mistake.
///
/// # Canonical form
/// What the WHATWG standard serialises: scheme and host in lower case, the default port
/// dropped, a path of `/` when there is none, non-ASCII characters of the path
/// percent-encoded. [`Display`](fmt::Display) prints it and [`FromStr`] reads it back to the
/// same value; serde goes through both.
///
/// # Example
/// ```
/// use social_services::values::Url;
///
/// let site: Url = "vichuga-kcson.ru".parse()?;
/// assert_eq!(site.to_string(), "https://vichuga-kcson.ru/");
/// assert_eq!(site.host(), "vichuga-kcson.ru");
/// assert_eq!(site.to_string().parse::<Url>()?, site);
/// let err = "mailto:info@mfc71.ru".parse::<Url>().unwrap_err();
/// assert_eq!(
///     err.to_string(),
///     r#"invalid web address "mailto:info@mfc71.ru": the scheme "mailto" is not http or https"#
/// );
/// # Ok::<(), social_services::ValueError>(())
/// ```
#[derive(Clone, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize, serde::Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Url(::url::Url);

/// What is wrong with a web address.
///
/// # Example
/// ```
/// use social_services::{values::{Url, UrlErrorKind}, ValueError};
///
/// match "https://mfc71".parse::<Url>() {
///     Err(ValueError::Url { kind: UrlErrorKind::HostWithoutDot { host }, .. }) => {
///         assert_eq!(host, "mfc71")
///     }
///     other => panic!("unexpected {other:?}"),
/// }
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum UrlErrorKind {
    /// The text is empty.
    #[error("empty")]
    Empty,
    /// A space or a control character (a web address holds neither, unencoded).
    #[error("character {found:?} at position {position} is a space or control character")]
    Space {
        /// One-based position of the character, counted in characters.
        position: usize,
        /// The character found.
        found: char,
    },
    /// A scheme other than `http` or `https`.
    #[error("the scheme {found:?} is not http or https")]
    Scheme {
        /// The scheme, lowercased.
        found: String,
    },
    /// A host that is one label only (`mfc71`, `localhost`).
    #[error("the host {host:?} is not a domain with a dot or an IP address")]
    HostWithoutDot {
        /// The host.
        host: String,
    },
    /// The text cannot be read as a URL: the reason the URL standard gives (`invalid domain
    /// character`, `invalid port number`, `empty host` …).
    #[error("{reason}")]
    Malformed {
        /// The reason, as the `url` crate states it.
        reason: String,
    },
}

impl Url {
    /// The canonical text, as [`Display`](fmt::Display) prints it.
    ///
    /// # Example
    /// ```
    /// use social_services::values::Url;
    ///
    /// let site: Url = "HTTPS://MFC71.RU".parse()?;
    /// assert_eq!(site.as_str(), "https://mfc71.ru/");
    /// # Ok::<(), social_services::ValueError>(())
    /// ```
    pub fn as_str(&self) -> &str {
        self.0.as_str()
    }

    /// The host: a domain in lower case (punycode for a non-ASCII one) or an IP address.
    ///
    /// # Example
    /// ```
    /// use social_services::values::Url;
    ///
    /// let site: Url = "мфц.рф/about".parse()?;
    /// assert_eq!(site.host(), "xn--l1aqg.xn--p1ai");
    /// # Ok::<(), social_services::ValueError>(())
    /// ```
    pub fn host(&self) -> &str {
        // Every Url has a host: `parse` refuses one without.
        self.0.host_str().unwrap_or_default()
    }

    /// The address as the [`url`](::url) crate's type, for an application that works with it.
    pub fn as_url(&self) -> &::url::Url {
        &self.0
    }
}

/// Whether `text` starts with a scheme followed by `:` (letters, digits, `+`, `-`, `.`, the
/// first a letter), and that scheme, unless what follows the `:` is a port (digits).
fn scheme_of(text: &str) -> Option<&str> {
    let (scheme, rest) = text.split_once(':')?;
    let mut chars = scheme.chars();
    let is_scheme = chars.next().is_some_and(|c| c.is_ascii_alphabetic())
        && chars.all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'));
    let is_port = rest.starts_with(|c: char| c.is_ascii_digit());
    (is_scheme && (rest.starts_with("//") || !is_port)).then_some(scheme)
}

fn parse(text: &str) -> Result<Url, UrlErrorKind> {
    if text.is_empty() {
        return Err(UrlErrorKind::Empty);
    }
    if let Some((index, found)) = text
        .chars()
        .enumerate()
        .find(|&(_, c)| c.is_whitespace() || c.is_control())
    {
        return Err(UrlErrorKind::Space {
            position: index + 1,
            found,
        });
    }
    let url = match scheme_of(text) {
        Some(scheme) => {
            let scheme = scheme.to_ascii_lowercase();
            if scheme != "http" && scheme != "https" {
                return Err(UrlErrorKind::Scheme { found: scheme });
            }
            ::url::Url::parse(text)
        }
        None => ::url::Url::parse(&format!("https://{text}")),
    }
    .map_err(|e| UrlErrorKind::Malformed {
        reason: e.to_string(),
    })?;
    match url.host() {
        Some(::url::Host::Domain(domain)) if !domain.contains('.') => {
            Err(UrlErrorKind::HostWithoutDot {
                host: domain.to_owned(),
            })
        }
        Some(_) => Ok(Url(url)),
        None => Err(UrlErrorKind::Malformed {
            reason: "empty host".to_owned(),
        }),
    }
}

impl FromStr for Url {
    type Err = ValueError;

    /// Reads a web address by the rules on [`Url`].
    ///
    /// # Errors
    /// [`ValueError::Url`] when the text is empty, holds a space or control character, has a
    /// scheme other than `http` or `https`, a host without a dot, or cannot be read as a URL.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        parse(s).map_err(|kind| ValueError::Url {
            input: s.to_owned(),
            kind,
        })
    }
}

text_conversions!(Url);

impl fmt::Display for Url {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.0.as_str())
    }
}

impl fmt::Debug for Url {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Url({:?})", self.0.as_str())
    }
}

#[cfg(any(test, feature = "proptest"))]
impl proptest::arbitrary::Arbitrary for Url {
    type Parameters = ();
    type Strategy = proptest::strategy::BoxedStrategy<Self>;

    /// Addresses as registries hold them: with or without a scheme, in either case, Latin or
    /// Cyrillic labels, sometimes a port, a path with Cyrillic words, a query or a fragment.
    fn arbitrary_with((): ()) -> Self::Strategy {
        use proptest::prelude::*;
        // A label with `--` in its third and fourth places is reserved for IDNA (`xn--…` is
        // punycode, and a random `xn--` tail is seldom valid punycode), so none is generated.
        let label = prop_oneof![
            "[a-z0-9]([a-z0-9-]{0,10}[a-z0-9])?",
            "[а-яё0-9]([а-яё0-9-]{0,8}[а-яё0-9])?",
        ]
        .prop_filter("no label reserved for IDNA", |label: &String| {
            label.chars().skip(2).take(2).ne("--".chars())
        });
        let tld = prop::sample::select(vec!["ru", "рф", "su", "org", "рус", "xn--p1ai"]);
        let scheme = prop::sample::select(vec!["", "https://", "http://", "HTTPS://"]);
        let port = prop::option::of(1u16..);
        let path = prop::collection::vec("[a-zа-я0-9_.~-]{1,8}", 0..3);
        let tail = prop::option::of("[?#][a-z0-9=&а-я]{0,8}");
        (
            scheme,
            prop::collection::vec(label, 1..=3),
            tld,
            port,
            path,
            tail,
        )
            .prop_map(|(scheme, labels, tld, port, path, tail)| {
                let mut text = format!("{scheme}{}.{tld}", labels.join("."));
                if let Some(port) = port {
                    text = format!("{text}:{port}");
                }
                for segment in path {
                    text.push('/');
                    text.push_str(&segment);
                }
                text.push_str(tail.as_deref().unwrap_or(""));
                text.parse().expect("generated web addresses are valid")
            })
            .boxed()
    }
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    fn read(text: &str) -> String {
        text.parse::<Url>()
            .unwrap_or_else(|e| panic!("{text:?} should parse: {e}"))
            .to_string()
    }

    fn error(text: &str) -> String {
        text.parse::<Url>()
            .expect_err(&format!("{text:?} should not parse"))
            .to_string()
    }

    #[test]
    fn adds_https_to_a_bare_host() {
        assert_eq!(read("vichuga-kcson.ru"), "https://vichuga-kcson.ru/");
        assert_eq!(
            read("www.mfc71.ru/contacts"),
            "https://www.mfc71.ru/contacts"
        );
        assert_eq!(
            read("mfc71.ru:8080/a?b=1#c"),
            "https://mfc71.ru:8080/a?b=1#c"
        );
        assert_eq!(read("192.168.0.1/x"), "https://192.168.0.1/x");
    }

    #[test]
    fn reads_an_address_with_a_scheme_as_written_in_canonical_form() {
        assert_eq!(read("http://vichuga-kcson.ru"), "http://vichuga-kcson.ru/");
        assert_eq!(
            read("HTTPS://Mfc71.RU:443/Путь"),
            "https://mfc71.ru/%D0%9F%D1%83%D1%82%D1%8C"
        );
        assert_eq!(read("https://мфц.рф"), "https://xn--l1aqg.xn--p1ai/");
    }

    #[test]
    fn rejects_other_schemes() {
        assert_eq!(
            error("ftp://mfc71.ru"),
            r#"invalid web address "ftp://mfc71.ru": the scheme "ftp" is not http or https"#
        );
        assert_eq!(
            error("javascript:alert(1)"),
            r#"invalid web address "javascript:alert(1)": the scheme "javascript" is not http or https"#
        );
    }

    #[test]
    fn rejects_a_host_without_a_dot_spaces_and_malformed_addresses() {
        assert_eq!(error(""), r#"invalid web address "": empty"#);
        assert_eq!(
            error("mfc71"),
            r#"invalid web address "mfc71": the host "mfc71" is not a domain with a dot or an IP address"#
        );
        assert_eq!(
            error("mfc71.ru/ about"),
            r#"invalid web address "mfc71.ru/ about": character ' ' at position 10 is a space or control character"#
        );
        assert_eq!(
            error("https://mfc71.ru:99999"),
            r#"invalid web address "https://mfc71.ru:99999": invalid port number"#
        );
        assert_eq!(
            error("https://"),
            r#"invalid web address "https://": empty host"#
        );
        assert_eq!(
            error("mfc<71>.ru"),
            r#"invalid web address "mfc<71>.ru": invalid international domain name"#
        );
        // Found by the generator once: a Latin label that reads as broken punycode.
        assert_eq!(
            error("HTTPS://xn---0w7-c.2.xn--p1ai:34553#&"),
            r#"invalid web address "HTTPS://xn---0w7-c.2.xn--p1ai:34553#&": invalid international domain name"#
        );
    }

    #[test]
    fn serde_goes_through_the_parser() {
        let site: Url = serde_json::from_str(r#""vichuga-kcson.ru""#).unwrap();
        assert_eq!(
            serde_json::to_string(&site).unwrap(),
            r#""https://vichuga-kcson.ru/""#
        );
        let err = serde_json::from_str::<Url>(r#""ftp://x.ru""#).unwrap_err();
        assert_eq!(
            err.to_string(),
            r#"invalid web address "ftp://x.ru": the scheme "ftp" is not http or https"#
        );
    }

    proptest! {
        #[test]
        fn display_reads_back_to_the_same_value(url in any::<Url>()) {
            let text = url.to_string();
            prop_assert_eq!(text.parse::<Url>(), Ok(url.clone()));
            prop_assert_eq!(text.parse::<Url>().unwrap().to_string(), text);
        }

        #[test]
        fn parsing_never_panics(text in any::<String>()) {
            let _ = text.parse::<Url>();
        }
    }
}
