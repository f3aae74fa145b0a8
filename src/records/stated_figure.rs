//! Published figures: «N центров в M регионах», «открылся 14-й семейный МФЦ региона», «более
//! 250 специалистов прошли обучение» — what a source states, for what, at what date.

use std::fmt;
use std::num::NonZeroU64;
use std::str::FromStr;

use crate::values::{KnownDate, ReportingPeriod};

use super::vocabulary::vocabulary;
use super::{Extra, FigureScope, RecordError, ScopeKind, Source, StatedCount, StatedFigureId};

vocabulary! {
    /// What a stated figure measures.
    ///
    /// An open vocabulary: sources state more measures than these.
    ///
    /// # Example
    /// ```
    /// use social_services::records::Measure;
    /// assert_eq!("семейные МФЦ".parse::<Measure>().unwrap(), Measure::FamilyMfcs);
    /// assert_eq!("обучено специалистов".parse::<Measure>().unwrap(), Measure::SpecialistsTrained);
    /// ```
    pub enum Measure {
        /// Family MFCs (семейные МФЦ) open: centres and family-MFC departments.
        FamilyMfcs = "family_mfcs", "семейные МФЦ", "семейных МФЦ", "центры";
        /// Federal subjects: with a family MFC (for the network), taking part (for a programme
        /// or an event).
        FederalSubjects = "federal_subjects", "субъекты РФ", "регионы", "регионов";
        /// Service points.
        ServicePoints = "service_points", "точки обслуживания", "пункты";
        /// Specialists trained (прошли обучение).
        SpecialistsTrained = "specialists_trained", "обучено специалистов", "прошли обучение", "обученные специалисты";
        /// Families that got help.
        FamiliesServed = "families_served", "семьи получили помощь", "обслужено семей";
        /// Families under social support (социальное сопровождение).
        FamiliesSupported = "families_supported", "семьи на сопровождении", "социальное сопровождение";
        /// Appeals (обращения).
        Appeals = "appeals", "обращения";
        /// Recipients of a service (получатели услуги).
        Recipients = "recipients", "получатели услуги", "получатели";
        /// Contracts for a service (заключили договоры).
        Contracts = "contracts", "договоры", "заключили договоры";
        /// People taking part (участники).
        Participants = "participants", "участники";
        /// Organisations taking part (организации-участники).
        Organisations = "organisations", "организации-участники", "организации";
    }
    open Other
}

impl Measure {
    /// The scopes a figure of this measure may be for; every scope for a term outside the
    /// list.
    ///
    /// Stocks of the network (family MFCs, service points) are for the network, a federal
    /// subject, an institution, a department or a programme; families and appeals for whoever serves them;
    /// specialists for whoever trains them; participants and organisations for an event or a
    /// programme; recipients and contracts for a service or whoever provides it.
    ///
    /// # Example
    /// ```
    /// use social_services::records::{Measure, ScopeKind};
    /// assert!(Measure::FamilyMfcs.fits(ScopeKind::Region));
    /// assert!(!Measure::FamilyMfcs.fits(ScopeKind::Event));
    /// ```
    pub fn fits(&self, scope: ScopeKind) -> bool {
        use ScopeKind as S;
        let fitting: &[ScopeKind] = match self {
            Self::FamilyMfcs | Self::ServicePoints => &[
                S::Network,
                S::Region,
                S::Institution,
                S::Department,
                S::Programme,
            ],
            Self::FederalSubjects => &[S::Network, S::Programme, S::Event],
            Self::SpecialistsTrained => &[
                S::Network,
                S::Region,
                S::Institution,
                S::TrainingSite,
                S::Programme,
                S::Event,
            ],
            Self::FamiliesServed | Self::FamiliesSupported | Self::Appeals => &[
                S::Network,
                S::Region,
                S::Institution,
                S::Department,
                S::ServicePoint,
                S::Programme,
            ],
            Self::Recipients | Self::Contracts => &[
                S::Network,
                S::Region,
                S::Institution,
                S::Department,
                S::ServicePoint,
                S::Programme,
                S::Service,
            ],
            Self::Participants | Self::Organisations => &[S::Event, S::Programme],
            Self::Other(_) => return true,
        };
        fitting.contains(&scope)
    }
}

/// The value of a stated figure: a count as the source states it («более 250») or an ordinal
/// («14-й»: the record is the N-th of its kind in the scope, so N of them had opened by then).
///
/// Text form: a [`StatedCount`] (`14`, `более 250`) or a whole number from 1 with `-й`
/// (`14-й`; `-я`, `-е` and `-th` are read too). In JSON an exact count is a number, anything
/// else a string.
///
/// # Example
/// ```
/// use social_services::records::{FigureValue, StatedCount};
///
/// let nth: FigureValue = "14-й".parse()?;
/// assert_eq!(nth.lower_bound(), 14);
/// assert_eq!(nth.to_string(), "14-й");
/// assert_eq!("более 250".parse::<FigureValue>()?, FigureValue::Count(StatedCount::more_than(250)));
/// # Ok::<(), social_services::RecordError>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum FigureValue {
    /// A count with its qualifier.
    Count(StatedCount),
    /// The N-th of its kind.
    Ordinal(NonZeroU64),
}

impl FigureValue {
    /// The least true number the value allows: the number of an exact count, one more than
    /// «более N», N for «N-й», and 0 for «до», «около» and «почти», which bound nothing from
    /// below.
    ///
    /// # Example
    /// ```
    /// use social_services::records::FigureValue;
    /// assert_eq!("более 250".parse::<FigureValue>()?.lower_bound(), 251);
    /// assert_eq!("до 30".parse::<FigureValue>()?.lower_bound(), 0);
    /// # Ok::<(), social_services::RecordError>(())
    /// ```
    pub fn lower_bound(&self) -> u64 {
        use super::Qualifier;
        match self {
            Self::Ordinal(n) => n.get(),
            Self::Count(c) => match c.qualifier() {
                Qualifier::Exact => c.value(),
                Qualifier::MoreThan => c.value().saturating_add(1),
                Qualifier::UpTo | Qualifier::About | Qualifier::Almost => 0,
            },
        }
    }

    /// The stated count, `None` for an ordinal.
    ///
    /// # Example
    /// ```
    /// use social_services::records::FigureValue;
    /// assert!("3-й".parse::<FigureValue>()?.count().is_none());
    /// # Ok::<(), social_services::RecordError>(())
    /// ```
    pub fn count(&self) -> Option<StatedCount> {
        match self {
            Self::Count(c) => Some(*c),
            Self::Ordinal(_) => None,
        }
    }
}

impl From<StatedCount> for FigureValue {
    fn from(count: StatedCount) -> Self {
        Self::Count(count)
    }
}

impl fmt::Display for FigureValue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Count(c) => c.fmt(f),
            Self::Ordinal(n) => write!(f, "{n}-й"),
        }
    }
}

/// The endings of an ordinal in figures.
const ORDINAL_ENDINGS: &[&str] = &["-й", "-я", "-е", "-ый", "-th", "-st", "-nd", "-rd"];

impl FromStr for FigureValue {
    type Err = RecordError;

    /// # Errors
    /// [`RecordError::FigureValue`] when the text is neither a stated count nor a whole number
    /// from 1 followed by `-й`.
    fn from_str(input: &str) -> Result<Self, Self::Err> {
        let fail = |reason: String| RecordError::FigureValue {
            input: input.to_owned(),
            reason,
        };
        let text = input.trim();
        if let Some(number) = ORDINAL_ENDINGS
            .iter()
            .find_map(|ending| text.strip_suffix(ending))
        {
            return number
                .trim()
                .parse::<NonZeroU64>()
                .map(Self::Ordinal)
                .map_err(|_| fail("an ordinal is a whole number from 1 followed by -й".into()));
        }
        text.parse::<StatedCount>()
            .map(Self::Count)
            .map_err(|e| match e {
                RecordError::StatedCount { reason, .. } => fail(format!(
                    "{reason}; an ordinal is a whole number followed by -й"
                )),
                other => fail(other.to_string()),
            })
    }
}

impl serde::Serialize for FigureValue {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::Count(c) => c.serialize(serializer),
            Self::Ordinal(_) => serializer.collect_str(self),
        }
    }
}

impl<'de> serde::Deserialize<'de> for FigureValue {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        use serde::de::IntoDeserializer;

        /// Text is parsed; a number is read as a [`StatedCount`] is, with its messages.
        struct Visitor;

        impl serde::de::Visitor<'_> for Visitor {
            type Value = FigureValue;

            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a whole number or a figure as text («более 250», «14-й»)")
            }

            fn visit_str<E: serde::de::Error>(self, text: &str) -> Result<Self::Value, E> {
                text.parse().map_err(E::custom)
            }

            fn visit_u64<E: serde::de::Error>(self, n: u64) -> Result<Self::Value, E> {
                <StatedCount as serde::Deserialize>::deserialize(n.into_deserializer())
                    .map(FigureValue::Count)
            }

            fn visit_i64<E: serde::de::Error>(self, n: i64) -> Result<Self::Value, E> {
                <StatedCount as serde::Deserialize>::deserialize(n.into_deserializer())
                    .map(FigureValue::Count)
            }

            fn visit_f64<E: serde::de::Error>(self, n: f64) -> Result<Self::Value, E> {
                <StatedCount as serde::Deserialize>::deserialize(n.into_deserializer())
                    .map(FigureValue::Count)
            }
        }

        deserializer.deserialize_any(Visitor)
    }
}

#[cfg(feature = "schema")]
impl schemars::JsonSchema for FigureValue {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "FigureValue".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "description": "A stated figure's value: an exact count as a whole number, a qualified count as text («более 250», «до 30», «около 40», «почти 150 тыс.»), or an ordinal as text («14-й»).",
            "anyOf": [
                { "type": "integer", "minimum": 0 },
                { "type": "string" }
            ]
        })
    }
}

#[cfg(any(test, feature = "proptest"))]
impl proptest::arbitrary::Arbitrary for FigureValue {
    type Parameters = ();
    type Strategy = proptest::strategy::BoxedStrategy<Self>;

    fn arbitrary_with((): ()) -> Self::Strategy {
        use proptest::prelude::*;
        prop_oneof![
            any::<StatedCount>().prop_map(Self::Count),
            (1u64..10_000).prop_map(|n| Self::Ordinal(NonZeroU64::MIN.saturating_add(n - 1))),
        ]
        .boxed()
    }
}

/// A figure as a source states it: what is measured, for whom, the value, when it holds and
/// where it was published — «к 30 апреля 2023 года работал 21 семейный МФЦ в 8 регионах»,
/// «открылся 14-й семейный МФЦ региона», «более 250 специалистов прошли обучение».
///
/// A stated figure is knowledge of its own kind, not a record to count: aggregates show it
/// beside what the records count and never add it to them. It holds either at a date
/// (`date`, which may be a bound: «не позднее мая 2023») or for a period (`period`: families
/// served in the first half of 2025); validation asks for exactly one.
///
/// # Example
/// ```
/// use social_services::{records::{FigureScope, Measure, Source, StatedFigureId}, StatedFigure};
///
/// let mut tula = StatedFigure::new(
///     StatedFigureId::from_name("tula-14"),
///     Measure::FamilyMfcs,
///     "region:71".parse()?,
///     "14-й".parse()?,
/// );
/// tula.date = Some("2024-05-17".parse()?);
/// tula.sources.push(Source::titled("В Туле открылся 14-й семейный МФЦ"));
/// assert_eq!(tula.value.lower_bound(), 14);
/// assert_eq!(tula.scope, FigureScope::Region("71".parse()?));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct StatedFigure {
    /// The id.
    pub id: StatedFigureId,
    /// What is measured.
    pub measure: Measure,
    /// Whom or what it is for.
    pub scope: FigureScope,
    /// The value as stated: a count or an ordinal.
    pub value: FigureValue,
    /// The date the figure holds at (a stock: centres open, specialists trained so far).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<KnownDate>,
    /// The period the figure is for (a flow: families served in a half-year).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub period: Option<ReportingPeriod>,
    /// Where it was published.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sources: Vec<Source>,
    /// Fields this version of the crate does not know, kept as read.
    #[serde(flatten, default, skip_serializing_if = "Extra::is_empty")]
    pub extra: Extra,
}

impl StatedFigure {
    /// A stated figure with its required fields; no date, period or source yet.
    ///
    /// # Example
    /// ```
    /// use social_services::{records::{FigureScope, Measure, StatedCount, StatedFigureId}, StatedFigure};
    /// let f = StatedFigure::new(StatedFigureId::new_v4(), Measure::FederalSubjects, FigureScope::Network, StatedCount::exact(69).into());
    /// assert!(f.date.is_none() && f.period.is_none());
    /// ```
    pub fn new(
        id: StatedFigureId,
        measure: Measure,
        scope: FigureScope,
        value: FigureValue,
    ) -> Self {
        Self {
            id,
            measure,
            scope,
            value,
            date: None,
            period: None,
            sources: Vec::new(),
            extra: Extra::new(),
        }
    }

    /// Whether the figure is known to hold by `day`: its date's last possible day, or its
    /// period's last day, is on or before it.
    ///
    /// # Example
    /// ```
    /// use social_services::{records::{FigureScope, Measure, StatedCount, StatedFigureId}, StatedFigure};
    /// let mut f = StatedFigure::new(StatedFigureId::new_v4(), Measure::FamilyMfcs, FigureScope::Network, StatedCount::exact(21).into());
    /// f.date = Some("2023-04".parse()?);
    /// assert!(f.holds_by("2023-04-30".parse()?) && !f.holds_by("2023-04-29".parse()?));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn holds_by(&self, day: chrono::NaiveDate) -> bool {
        self.last_day().is_some_and(|last| last <= day)
    }

    /// The last day the figure can hold at: its date's last possible day, or its period's last
    /// day; `None` with neither, or with a date only bounded from below.
    ///
    /// # Example
    /// ```
    /// use social_services::{records::{FigureScope, Measure, StatedCount, StatedFigureId}, StatedFigure};
    /// let mut f = StatedFigure::new(StatedFigureId::new_v4(), Measure::FamiliesServed, FigureScope::Network, StatedCount::exact(5).into());
    /// f.period = Some("2025-H1".parse()?);
    /// assert_eq!(f.last_day(), Some("2025-06-30".parse()?));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn last_day(&self) -> Option<chrono::NaiveDate> {
        match (self.date, self.period) {
            (Some(date), _) => date.latest(),
            (None, Some(period)) => Some(period.last_day()),
            (None, None) => None,
        }
    }
}

/// The description of [`StatedFigure`] that the formats are generated from (see
/// `records::kinds`).
macro_rules! stated_figure_kind {
    ($then:ident) => {
        $then! {
            StatedFigure {
                record: "stated figure", table: "stated_figures",
                csv: STATED_FIGURES, arrow: STATED_FIGURES,
                name: |r| r.id.to_string(),
                fields: [
                    #[new] id: id,
                    #[new] measure: open_vocab,
                    #[new] scope: display,
                    #[new] value: display,
                    date: opt_display,
                    period: opt_display,
                    sources: json,
                ]
            }
        }
    };
}

pub(crate) use stated_figure_kind;

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    #[test]
    fn reads_ordinals_in_either_language() {
        for text in ["14-й", "14-я", "14-th", " 14-й "] {
            assert_eq!(
                text.parse::<FigureValue>().ok(),
                Some(FigureValue::Ordinal(NonZeroU64::new(14).unwrap())),
                "{text}"
            );
        }
    }

    #[test]
    fn rejects_a_zeroth_and_a_word_with_the_reason() {
        assert_eq!(
            "0-й".parse::<FigureValue>().unwrap_err().to_string(),
            r#"invalid figure value "0-й": an ordinal is a whole number from 1 followed by -й"#
        );
        assert_eq!(
            "много".parse::<FigureValue>().unwrap_err().to_string(),
            r#"invalid figure value "много": expected a whole number, optionally after более, до, около or почти; an ordinal is a whole number followed by -й"#
        );
    }

    #[test]
    fn json_writes_an_exact_count_as_a_number_and_an_ordinal_as_text() {
        let exact = FigureValue::Count(StatedCount::exact(21));
        assert_eq!(serde_json::to_string(&exact).unwrap(), "21");
        let nth: FigureValue = "14-й".parse().unwrap();
        assert_eq!(serde_json::to_string(&nth).unwrap(), r#""14-й""#);
        assert_eq!(serde_json::from_str::<FigureValue>("21").unwrap(), exact);
        assert_eq!(
            serde_json::from_str::<FigureValue>(r#""14-й""#).unwrap(),
            nth
        );
    }

    #[test]
    fn the_lower_bound_of_each_qualifier() {
        let bound = |s: &str| s.parse::<FigureValue>().unwrap().lower_bound();
        assert_eq!(
            [
                bound("21"),
                bound("более 250"),
                bound("почти 150"),
                bound("около 9"),
                bound("3-й")
            ],
            [21, 251, 0, 0, 3]
        );
    }

    proptest! {
        #[test]
        fn value_display_then_parse_is_identity(value in any::<FigureValue>()) {
            prop_assert_eq!(value.to_string().parse::<FigureValue>().ok(), Some(value));
        }

        #[test]
        fn a_figure_round_trips_through_json(figure in any::<StatedFigure>()) {
            let json = serde_json::to_string(&figure).unwrap();
            prop_assert_eq!(serde_json::from_str::<StatedFigure>(&json).unwrap(), figure);
        }
    }
}
