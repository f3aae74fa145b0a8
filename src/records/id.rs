//! Typed record ids: a UUID that knows which kind of record it names.

use std::cmp::Ordering;
use std::fmt;
use std::hash::{Hash, Hasher};
use std::marker::PhantomData;
use std::str::FromStr;

use uuid::Uuid;

use super::RecordError;

/// The id of a record of kind `T`: a UUID that cannot be passed where another kind's id is
/// expected.
///
/// `Id<Event>` and `Id<Institution>` are different types, so an event id never type-checks where
/// an institution id is wanted. The text and serde form is the hyphenated UUID.
///
/// # Example
/// ```
/// use social_services::records::{EventId, InstitutionId};
///
/// let id: InstitutionId = "6f1c1b2e-8d7a-4c55-9a53-0d8d0e0b6f11".parse()?;
/// assert_eq!(id.to_string(), "6f1c1b2e-8d7a-4c55-9a53-0d8d0e0b6f11");
///
/// // Ids for records that have no id of their own yet are derived from a name (UUID v5):
/// let a = EventId::from_name("Всероссийский семинар-совещание, Тула, 2024-10-03");
/// let b = EventId::from_name("Всероссийский семинар-совещание, Тула, 2024-10-03");
/// assert_eq!(a, b);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
///
/// ```compile_fail
/// use social_services::records::{EventId, InstitutionId};
/// fn takes_institution(_: InstitutionId) {}
/// takes_institution(EventId::new_v4());
/// ```
pub struct Id<T> {
    uuid: Uuid,
    kind: PhantomData<fn() -> T>,
}

/// The UUID v5 namespace of this crate's name-derived ids (itself the v5 UUID of the name
/// `social-services` in the URL namespace).
const NAMESPACE: Uuid = Uuid::from_u128(0x4a63_e56c_b697_5f1a_bf8a_2ba4_73ce_ea1a);

impl<T> Id<T> {
    /// The id with this UUID.
    ///
    /// # Example
    /// ```
    /// use social_services::records::PersonId;
    /// let id = PersonId::from_uuid(uuid::Uuid::nil());
    /// assert!(id.as_uuid().is_nil());
    /// ```
    pub const fn from_uuid(uuid: Uuid) -> Self {
        Self {
            uuid,
            kind: PhantomData,
        }
    }

    /// A new random id (UUID v4).
    ///
    /// # Example
    /// ```
    /// use social_services::records::PersonId;
    /// assert_ne!(PersonId::new_v4(), PersonId::new_v4());
    /// ```
    pub fn new_v4() -> Self {
        Self::from_uuid(Uuid::new_v4())
    }

    /// The id derived from a name (UUID v5 in this crate's namespace): the same name always
    /// gives the same id, so data sets built from the same facts get the same ids.
    ///
    /// # Example
    /// ```
    /// use social_services::records::InstitutionId;
    /// let id = InstitutionId::from_name("ГУ ТО «СМФЦ «Мой семейный центр»»");
    /// assert_eq!(id, InstitutionId::from_name("ГУ ТО «СМФЦ «Мой семейный центр»»"));
    /// ```
    pub fn from_name(name: &str) -> Self {
        Self::from_uuid(Uuid::new_v5(&NAMESPACE, name.as_bytes()))
    }

    /// The UUID.
    ///
    /// # Example
    /// ```
    /// use social_services::records::CohortId;
    /// let id = CohortId::from_uuid(uuid::Uuid::max());
    /// assert!(id.as_uuid().is_max());
    /// ```
    pub const fn as_uuid(&self) -> &Uuid {
        &self.uuid
    }
}

impl<T> Clone for Id<T> {
    fn clone(&self) -> Self {
        *self
    }
}
impl<T> Copy for Id<T> {}
impl<T> PartialEq for Id<T> {
    fn eq(&self, other: &Self) -> bool {
        self.uuid == other.uuid
    }
}
impl<T> Eq for Id<T> {}
impl<T> PartialOrd for Id<T> {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}
impl<T> Ord for Id<T> {
    fn cmp(&self, other: &Self) -> Ordering {
        self.uuid.cmp(&other.uuid)
    }
}
impl<T> Hash for Id<T> {
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.uuid.hash(state);
    }
}
impl<T> fmt::Debug for Id<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Id({})", self.uuid)
    }
}
impl<T> fmt::Display for Id<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&self.uuid.hyphenated(), f)
    }
}
impl<T> FromStr for Id<T> {
    type Err = RecordError;
    /// # Errors
    /// [`RecordError::Id`] when the text is not a UUID.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Uuid::try_parse(s)
            .map(Self::from_uuid)
            .map_err(|source| RecordError::Id {
                input: s.to_owned(),
                source,
            })
    }
}
impl<T> From<Uuid> for Id<T> {
    fn from(uuid: Uuid) -> Self {
        Self::from_uuid(uuid)
    }
}
impl<T> From<Id<T>> for Uuid {
    fn from(id: Id<T>) -> Self {
        id.uuid
    }
}
impl<T> serde::Serialize for Id<T> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.uuid.serialize(serializer)
    }
}
impl<'de, T> serde::Deserialize<'de> for Id<T> {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        Uuid::deserialize(deserializer).map(Self::from_uuid)
    }
}

#[cfg(any(test, feature = "proptest"))]
impl<T> proptest::arbitrary::Arbitrary for Id<T> {
    type Parameters = ();
    type Strategy = proptest::strategy::Map<proptest::num::u128::Any, fn(u128) -> Self>;
    fn arbitrary_with((): ()) -> Self::Strategy {
        use proptest::strategy::Strategy;
        proptest::num::u128::ANY.prop_map(|n| Self::from_uuid(Uuid::from_u128(n)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::records::{EventId, InstitutionId};
    use proptest::prelude::*;

    #[test]
    fn namespace_is_the_v5_uuid_of_the_crate_name() {
        assert_eq!(
            NAMESPACE,
            Uuid::new_v5(&Uuid::NAMESPACE_URL, b"social-services")
        );
    }

    #[test]
    fn rejects_text_that_is_not_a_uuid() {
        let err = "not-a-uuid".parse::<EventId>().unwrap_err();
        assert_eq!(err.to_string(), r#"invalid id "not-a-uuid""#);
        // What the UUID parser found is the source, and the message does not repeat it.
        let source = std::error::Error::source(&err).unwrap();
        assert!(source.downcast_ref::<uuid::Error>().is_some(), "{source:?}");
        assert_eq!(
            crate::io::Chain(&err).to_string(),
            r#"invalid id "not-a-uuid": failed to parse a UUID"#
        );
    }

    #[test]
    fn serde_reads_and_writes_the_hyphenated_uuid() {
        let id = InstitutionId::from_name("x");
        let json = serde_json::to_string(&id).unwrap();
        assert_eq!(json, format!("\"{id}\""));
        assert_eq!(serde_json::from_str::<InstitutionId>(&json).unwrap(), id);
    }

    proptest! {
        #[test]
        fn display_then_parse_gives_the_same_id(id in any::<EventId>()) {
            prop_assert_eq!(id.to_string().parse::<EventId>().unwrap(), id);
        }
    }
}
