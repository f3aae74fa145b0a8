//! Provenance: where a fact was published.

use crate::values::{PartialDate, Url};

use super::Extra;

/// Where a record's facts come from: a publication, its publisher, address and date, and a note
/// on what was inferred.
///
/// # Example
/// ```
/// use social_services::records::Source;
///
/// let mut source = Source::titled("Тула на Всероссийском семинаре-совещании по семейным МФЦ");
/// source.publisher = Some("ГУ ТО «СМФЦ «Мой семейный центр»»".to_owned());
/// source.note = Some("год не указан в источнике, выведен из контекста".to_owned());
/// assert_eq!(source.title.as_deref(), Some("Тула на Всероссийском семинаре-совещании по семейным МФЦ"));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Source {
    /// The title of the publication.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// Who published it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub publisher: Option<String>,
    /// Where it was published (a URL), when known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<Url>,
    /// When it was published, to the precision known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub published: Option<PartialDate>,
    /// What the source does not say and was inferred, or any other remark.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    /// Fields this version of the crate does not know, kept as read.
    #[serde(flatten, default, skip_serializing_if = "Extra::is_empty")]
    pub extra: Extra,
}

impl Source {
    /// A source known by its title only.
    ///
    /// # Example
    /// ```
    /// use social_services::records::Source;
    /// assert!(Source::titled("Новость").publisher.is_none());
    /// ```
    pub fn titled(title: impl Into<String>) -> Self {
        Self {
            title: Some(title.into()),
            publisher: None,
            url: None,
            published: None,
            note: None,
            extra: Extra::new(),
        }
    }
}
