//! The JSON Schemas of the validated values: each a string (or, for a name and a point, an
//! object) read through the value's own parser, described by a `pattern` where a regular
//! language describes the form, and by words for what a pattern cannot check.

use std::borrow::Cow;

use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};

use crate::values::{
    DateRange, District, Email, GeoPoint, House, Inn, KnownDate, Kpp, Locality, Ogrn, Ogrnip,
    Oktmo, PartialDate, PersonName, Phone, PostalCode, RegionCode, ReportingPeriod, Snils, Street,
    Url, WeeklySchedule,
};

/// A year from 0001 to 9999, four digits.
macro_rules! year {
    () => {
        "(?:[1-9][0-9]{3}|0[1-9][0-9]{2}|00[1-9][0-9]|000[1-9])"
    };
}

/// A month, `01` to `12`.
macro_rules! month {
    () => {
        "(?:0[1-9]|1[0-2])"
    };
}

/// A month and a day that exists in it in some year (`02-29` is let through: leap years are
/// not checked).
macro_rules! month_day {
    () => {
        "(?:(?:0[13578]|1[02])-(?:0[1-9]|[12][0-9]|3[01])|(?:0[469]|11)-(?:0[1-9]|[12][0-9]|30)|02-(?:0[1-9]|1[0-9]|2[0-9]))"
    };
}

/// A calendar day, `YYYY-MM-DD`.
macro_rules! day {
    () => {
        concat!(year!(), "-", month_day!())
    };
}

/// The pattern of a [`PartialDate`]: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
pub(crate) const PARTIAL_DATE: &str =
    concat!("^", year!(), "(?:-(?:", month!(), "|", month_day!(), "))?$");
/// The pattern of a [`KnownDate`]: a [`PartialDate`], optionally after the words of a bound
/// (checked by the crate, which reads them in any case) and white space.
pub(crate) const KNOWN_DATE: &str = concat!(
    "^\\s*(?:[^0-9\\s][^0-9]*\\s)?",
    year!(),
    "(?:-(?:",
    month!(),
    "|",
    month_day!(),
    "))?\\s*$"
);
/// The pattern of a [`DateRange`]: `YYYY-MM-DD/YYYY-MM-DD` or one `YYYY-MM-DD`.
pub(crate) const DATE_RANGE: &str = concat!("^", day!(), "(?:/", day!(), ")?$");
/// The pattern of a [`ReportingPeriod`].
pub(crate) const REPORTING_PERIOD: &str = concat!(
    "^(?:",
    year!(),
    "(?:-(?:",
    month!(),
    "|[Qq][1-4]|[Hh][12]))?|",
    day!(),
    "(?:/",
    day!(),
    ")?)$"
);

/// What a day that does not exist, checked by the crate only, is.
const LEAP_DAY: &str =
    "29 February of a year that is not a leap year is refused by the crate, not by the schema";

/// The separators a [`Phone`] may have between its digits (see `values::phone`).
macro_rules! phone_separator {
    () => {
        "[ \\t\\u00a0\\u202f\\u2010-\\u2013.-]"
    };
}

/// A separator or a parenthesis of a [`Phone`].
macro_rules! phone_gap {
    () => {
        concat!("(?:", phone_separator!(), "|[()])")
    };
}

/// The pattern of a [`Phone`]: `+7`, or an optional trunk prefix `8` or country code `7`,
/// then the ten digits of the national number, the first 3, 4, 8 or 9, among separators and
/// parentheses.
pub(crate) const PHONE: &str = concat!(
    "^(?:",
    phone_separator!(),
    "*\\+",
    phone_gap!(),
    "*7|",
    phone_gap!(),
    "*(?:[78]",
    phone_gap!(),
    "*)?)",
    phone_gap!(),
    "*[3489](?:",
    phone_gap!(),
    "*[0-9]){9}",
    phone_gap!(),
    "*$"
);

/// The pattern of an [`Email`]: one `@`, no white space, no specials in the local part and
/// its dots between words, a domain of two labels or more.
pub(crate) const EMAIL: &str =
    "^[^@\\s.()<>\\[\\]:;,\\\\\"]+(?:\\.[^@\\s.()<>\\[\\]:;,\\\\\"]+)*@[^@\\s.]+(?:\\.[^@\\s.]+)+$";

/// Implements [`JsonSchema`] for a value with a schema in `$defs` under `name`.
macro_rules! value_schema {
    ($ty:ty, $name:literal, $json:tt) => {
        impl JsonSchema for $ty {
            fn schema_name() -> Cow<'static, str> {
                $name.into()
            }

            fn schema_id() -> Cow<'static, str> {
                concat!("social_services::", $name).into()
            }

            fn json_schema(_: &mut SchemaGenerator) -> Schema {
                json_schema!($json)
            }
        }
    };
}

value_schema!(Inn, "Inn", {
    "description": "A taxpayer identification number (ИНН): 10 digits for an organisation, 12 for an individual, nothing else (no spaces, no prefix). The check digits are verified by the crate, not by the schema.",
    "type": "string",
    "pattern": "^(?:[0-9]{10}|[0-9]{12})$",
    "examples": ["7707083893"],
});

value_schema!(Ogrn, "Ogrn", {
    "description": "A primary state registration number of an organisation (ОГРН): 13 digits, the first 1 or 5. The check digit (the first twelve digits as a number, mod 11, mod 10) is verified by the crate, not by the schema.",
    "type": "string",
    "pattern": "^[15][0-9]{12}$",
    "examples": ["1027700132195"],
});

value_schema!(Ogrnip, "Ogrnip", {
    "description": "A state registration number of an individual entrepreneur (ОГРНИП): 15 digits, the first 3. The check digit (mod 13, mod 10) is verified by the crate, not by the schema.",
    "type": "string",
    "pattern": "^3[0-9]{14}$",
});

value_schema!(Kpp, "Kpp", {
    "description": "A tax registration reason code (КПП): four digits, two digits or Latin capitals, three digits. A КПП has no check digit.",
    "type": "string",
    "pattern": "^[0-9]{4}[0-9A-Z]{2}[0-9]{3}$",
    "examples": ["773601001"],
});

value_schema!(Snils, "Snils", {
    "description": "An individual insurance account number (СНИЛС), personal data: `NNN-NNN-NNN NN` (as the crate writes it) or the eleven digits alone. The check digits (numbers above 001-001-998 have them) are verified by the crate, not by the schema.",
    "type": "string",
    "pattern": "^(?:[0-9]{3}-[0-9]{3}-[0-9]{3} [0-9]{2}|[0-9]{11})$",
    "examples": ["112-233-445 95"],
});

value_schema!(Oktmo, "Oktmo", {
    "description": "An ОКТМО code: 8 digits for a municipality or 11 for a settlement inside one. Whether the code exists in the classifier is not checked.",
    "type": "string",
    "pattern": "^(?:[0-9]{8}|[0-9]{11})$",
    "examples": ["70701000"],
});

value_schema!(PostalCode, "PostalCode", {
    "description": "A Russian postal code: six digits. Whether a post office has the code is not checked.",
    "type": "string",
    "pattern": "^[0-9]{6}$",
    "examples": ["300041"],
});

// One of the subjects' two-digit codes, or text that is not all digits: a name, which only the
// crate can look up in its table.
value_schema!(RegionCode, "RegionCode", {
    "description": "A federal subject of the Russian Federation: its two-digit code (the form the crate writes, one of the codes listed) or its name in the nominative case in any spelling the crate reads (`Ивановская область`, `Ивановская обл.`, `г. Москва`). A name is looked up in the crate's table of subjects by the crate, not by the schema.",
    "type": "string",
    "pattern": "\\S",
    "anyOf": [
        { "enum": RegionCode::all().map(|code| code.to_string()).collect::<Vec<_>>() },
        { "pattern": "[^0-9]" },
    ],
    "examples": ["37"],
});

value_schema!(PartialDate, "PartialDate", {
    "description": format!("A calendar date known to the year, the month or the day: exactly `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, years 0001 to 9999, no white space; {LEAP_DAY}."),
    "type": "string",
    "pattern": PARTIAL_DATE,
    "examples": ["2024", "2024-09", "2024-09-24"],
});

value_schema!(KnownDate, "KnownDate", {
    "description": format!("A date as it is known: a partial date (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`) on which it is, or after the words of a bound, `не позднее` (no later than its last day) or `не ранее` (no earlier than its first day); the crate also reads `не позже`, `не раньше`, `no later than` and `no earlier than`, in any case, and writes `не позднее` and `не ранее`. The schema checks the date; the words of the bound are checked by the crate; {LEAP_DAY}."),
    "type": "string",
    "pattern": KNOWN_DATE,
    "examples": ["2024-05-17", "не позднее 2023-05", "не ранее 2025"],
});

value_schema!(DateRange, "DateRange", {
    "description": format!("An inclusive range of calendar days: `YYYY-MM-DD/YYYY-MM-DD`, or one `YYYY-MM-DD` for a single day (the form the crate writes for it). That the end is not before the start is checked by the crate, not by the schema; {LEAP_DAY}."),
    "type": "string",
    "pattern": DATE_RANGE,
    "examples": ["2024-10-03/2024-10-04", "2024-09-24"],
});

value_schema!(ReportingPeriod, "ReportingPeriod", {
    "description": format!("The period a figure is for: a year `YYYY`, a month `YYYY-MM`, a quarter `YYYY-QN` (N 1 to 4), a half-year `YYYY-HN` (N 1 or 2; `q` and `h` are read in either case and written upper-case), a day `YYYY-MM-DD` or a run of days `YYYY-MM-DD/YYYY-MM-DD`. That a run of days does not end before it starts is checked by the crate, not by the schema; {LEAP_DAY}."),
    "type": "string",
    "pattern": REPORTING_PERIOD,
    "examples": ["2025-H1", "2024", "2022-11-01/2023-04-30"],
});

value_schema!(Phone, "Phone", {
    "description": "A Russian telephone number. The crate writes E.164, `+7` and ten digits; it reads ten digits, or eleven starting with 8 or 7, or `+` and eleven starting with 7, among spaces, hyphens, dots and one pair of parentheses (`8 (4872) 12-34-56`). The national number starts with 3, 4, 8 or 9. That the parentheses are one pair around a code is checked by the crate, not by the schema.",
    "type": "string",
    "pattern": PHONE,
    "examples": ["+74872123456"],
});

value_schema!(Email, "Email", {
    "description": "An e-mail address `local@domain`: one `@`, no white space, control or zero-width characters, no unquoted specials in the local part (at most 64 characters) and no dot at its start or end or two in a row, a domain of two or more labels of letters (Latin or Cyrillic), digits and hyphens, neither starting nor ending with a hyphen, each at most 63 characters and at most 253 in all. The schema checks the `@`, the white space, the specials and the dots; the crate checks the rest. The crate writes the domain in lower case.",
    "type": "string",
    "pattern": EMAIL,
    "examples": ["info@mfc71.ru"],
});

value_schema!(Url, "Url", {
    "description": "A web address with the scheme http or https and a host that is a domain with a dot or an IP address, read by the WHATWG URL standard. Text without a scheme is a bare host and is read with `https://` before it (`vichuga-kcson.ru` is `https://vichuga-kcson.ru/`). No white space or control characters. The crate writes the standard's serialisation: lower-case scheme and host, punycode for a non-ASCII domain, `/` for an empty path.",
    "type": "string",
    "pattern": "^\\S+$",
    "examples": ["https://vichuga-kcson.ru/"],
});

value_schema!(WeeklySchedule, "WeeklySchedule", {
    "description": "Opening hours in a subset of the OpenStreetMap opening_hours syntax: rules separated by `;`, each `<days> <hours>` with days `Mo Tu We Th Fr Sa Su` (ranges `Mo-Fr`, lists `Mo,We`), hours `off` or `HH:MM-HH:MM` intervals separated by commas; `24/7`. The syntax and that intervals of a day do not overlap are checked by the crate, not by the schema.",
    "type": "string",
    "minLength": 1,
    "examples": ["Mo-Fr 09:00-18:00; Sa 10:00-14:00"],
});

value_schema!(Locality, "Locality", {
    "description": "A locality: its kind and its name, `г. Тула`, `с. Сосновка` (the crate also reads the kinds spelled in full). The kind and the name (not empty, no `,`, `;` or control characters) are checked by the crate, not by the schema.",
    "type": "string",
    "minLength": 1,
    "examples": ["г. Тула"],
});

value_schema!(District, "District", {
    "description": "A municipal district or okrug: `<name> муниципальный район`, `<name> муниципальный округ` or `городской округ <name>` (the crate also reads `район`, `р-н`, `м.р.`, `м.о.`, `г.о.` and the kind before or after the name). The name starts with an uppercase letter or a digit and has no `,`, `;` or control characters; the crate checks the kind and the name, not the schema.",
    "type": "string",
    "minLength": 1,
    "examples": ["Лежневский муниципальный район", "городской округ Шуя"],
});

value_schema!(Street, "Street", {
    "description": "A street: its kind and its name, `ул. Гоголевская` (the crate also reads the kinds spelled in full and after the name). The kind and the name (not empty, no `,`, `;` or control characters) are checked by the crate, not by the schema.",
    "type": "string",
    "minLength": 1,
    "examples": ["ул. Гоголевская"],
});

value_schema!(House, "House", {
    "description": "A house number: `<number>[<letter>][/<number>][ к. <number>][ стр. <number>]`, numbers 1 to 65535, one Cyrillic letter (`71`, `71А`, `12/3`, `5Б к. 1 стр. 2`); the crate also reads `д.` in front and other spellings of корпус and строение. The form is checked by the crate, not by the schema.",
    "type": "string",
    "minLength": 1,
    "examples": ["71"],
});

value_schema!(GeoPoint, "GeoPoint", {
    "description": "A point on the Earth in decimal degrees (WGS 84).",
    "type": "object",
    "properties": {
        "lat": { "description": "Degrees north (negative: south).", "type": "number", "minimum": -90, "maximum": 90 },
        "lon": { "description": "Degrees east (negative: west).", "type": "number", "minimum": -180, "maximum": 180 },
    },
    "required": ["lat", "lon"],
    "additionalProperties": false,
});

/// A given name or patronymic of a [`PersonName`].
fn name_part() -> Schema {
    json_schema!({
        "type": "string",
        "description": "A given name or patronymic in Russian letters, or its initial (`А.`)."
    })
}

value_schema!(PersonName, "PersonName", {
    "description": "A person's name: surname, given name and patronymic, each possibly an initial. The crate writes the object; it also reads the name as one string (`Баталина О.Ю.`, `Петров, Иван`). Russian letters, the order of the parts and that a patronymic ends like one are checked by the crate, not by the schema.",
    "oneOf": [
        {
            "type": "object",
            "properties": {
                "surname": { "type": "string", "description": "The surname, a full word." },
                "given": name_part(),
                "patronymic": { "anyOf": [name_part(), { "type": "null" }] },
            },
            "required": ["surname", "given"],
            "additionalProperties": false,
        },
        { "type": "string", "minLength": 1 },
    ],
});
