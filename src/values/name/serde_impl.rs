//! Serde for [`PersonName`]: written as an object, read from the object or from a string.

use std::fmt;

use serde::de::{self, MapAccess, Visitor};
use serde::ser::SerializeStruct;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use super::{NameErrorKind, NamePart, PersonName, parse};
use crate::values::ValueError;

impl Serialize for PersonName {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let fields = if self.patronymic.is_some() { 3 } else { 2 };
        let mut object = serializer.serialize_struct("PersonName", fields)?;
        object.serialize_field("surname", &self.surname)?;
        object.serialize_field("given", &self.given.to_string())?;
        match &self.patronymic {
            Some(p) => object.serialize_field("patronymic", &p.to_string())?,
            None => object.skip_field("patronymic")?,
        }
        object.end()
    }
}

/// The object form as written.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Object {
    surname: String,
    given: String,
    #[serde(default)]
    patronymic: Option<String>,
}

impl PersonName {
    /// Builds a name from the fields of the object form, with the error quoting the fields
    /// joined by spaces.
    fn from_object(object: &Object) -> Result<Self, ValueError> {
        let mut input = format!("{} {}", object.surname, object.given);
        if let Some(p) = &object.patronymic {
            input = format!("{input} {p}");
        }
        let read = || -> Result<Self, NameErrorKind> {
            parse::check_characters(&parse::composed(&input), false)?;
            let surname = parse::composed(&object.surname);
            if surname.contains('.') {
                return Err(NameErrorKind::Initial {
                    token: surname.trim().to_owned(),
                });
            }
            let surname = parse::normalise_word(&surname, false)?;
            let given = parse::read_part(&parse::composed(&object.given))?;
            let patronymic = object
                .patronymic
                .as_deref()
                .map(|p| parse::read_part(&parse::composed(p)))
                .transpose()?;
            Self::build(surname, given, patronymic)
        };
        read().map_err(|kind| ValueError::PersonName {
            input: input.clone(),
            kind,
        })
    }
}

/// Reads either form.
struct NameVisitor;

impl<'de> Visitor<'de> for NameVisitor {
    type Value = PersonName;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a person's name as a string or an object with surname, given, patronymic")
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<PersonName, E> {
        v.parse().map_err(E::custom)
    }

    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<PersonName, A::Error> {
        let object = Object::deserialize(de::value::MapAccessDeserializer::new(map))?;
        PersonName::from_object(&object).map_err(de::Error::custom)
    }
}

impl<'de> Deserialize<'de> for PersonName {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(NameVisitor)
    }
}

impl Serialize for NamePart {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for NamePart {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        text.parse().map_err(de::Error::custom)
    }
}
