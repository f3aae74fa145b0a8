//! The stable codes of the validation rules, listed once: the enum, its text and the table in
//! its docs come from the one list below.

/// Declares [`IssueCode`] from `Variant => "code", "severity";` lines: the variants, `as_str`,
/// `ALL`, and a row of the documented table per code.
macro_rules! issue_codes {
    ($($variant:ident => $code:literal, $severity:literal;)*) => {
        /// The stable code of a validation rule, which a program can match on; the message of
        /// an issue is for people and may improve, its code may not change.
        ///
        /// | code | severity |
        /// | --- | --- |
        $(#[doc = concat!("| `", $code, "` | ", $severity, " |")])*
        ///
        /// # Example
        /// ```
        /// use social_services::registry::IssueCode;
        /// assert_eq!(IssueCode::ReferenceUnknownInstitution.as_str(), "reference.unknown_institution");
        /// assert!(IssueCode::ALL.iter().any(|code| code.as_str() == "plan.no_target"));
        /// ```
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        #[non_exhaustive]
        pub enum IssueCode {
            $(
                #[doc = concat!("`", $code, "` (", $severity, ").")]
                $variant,
            )*
        }

        impl IssueCode {
            /// Every code, in the order of the table.
            pub const ALL: &[IssueCode] = &[$(Self::$variant),*];

            /// The code as written in an [`Issue`](super::Issue) (`reference.unknown_institution`).
            pub const fn as_str(self) -> &'static str {
                match self {
                    $(Self::$variant => $code,)*
                }
            }
        }
    };
}

issue_codes! {
    DatasetUnsupportedVersion => "dataset.unsupported_version", "error";
    RecordDuplicateId => "record.duplicate_id", "error";
    ReferenceUnknownInstitution => "reference.unknown_institution", "error";
    ReferenceUnknownDepartment => "reference.unknown_department", "error";
    ReferenceUnknownServicePoint => "reference.unknown_service_point", "error";
    ReferenceUnknownPerson => "reference.unknown_person", "error";
    ReferenceUnknownAppointment => "reference.unknown_appointment", "error";
    ReferenceUnknownProgramme => "reference.unknown_programme", "error";
    ReferenceUnknownTrainingSite => "reference.unknown_training_site", "error";
    ReferenceDepartmentOfOtherInstitution => "reference.department_of_other_institution", "error";
    ReferenceAppointmentOfOtherPerson => "reference.appointment_of_other_person", "error";
    DatesEndBeforeStart => "dates.end_before_start", "error";
    ServicePointOpensAfterInstitutionClosed => "service_point.opens_after_institution_closed", "error";
    AppointmentConcurrentDirectors => "appointment.concurrent_directors", "error";
    TrainingProgrammeOutsideSite => "training.programme_outside_site", "error";
    CountImpossible => "count.impossible", "error";
    EventSpeakerNotParticipant => "event.speaker_not_participant", "error";
    ReferenceUnknownService => "reference.unknown_service", "error";
    StatisticsNoFigure => "statistics.no_figure", "error";
    StatisticsDuplicate => "statistics.duplicate", "error";
    PlanNoTarget => "plan.no_target", "error";
    InstitutionParentCycle => "institution.parent_cycle", "error";
    RecordInvalidName => "record.invalid_name", "error";
    ReferenceUnknownEvent => "reference.unknown_event", "error";
    StatedFigureMeasureScope => "stated_figure.measure_scope", "error";
    StatedFigureDateAndPeriod => "stated_figure.date_and_period", "error";
    StatedFigureOrdinalForPeriod => "stated_figure.ordinal_for_period", "error";
    StatedFigureOutsideScopeLife => "stated_figure.outside_scope_life", "error";
    AppointmentLongActing => "appointment.long_acting", "warning";
    InstitutionNoServicePoint => "institution.no_service_point", "warning";
    EventNoOrganizer => "event.no_organizer", "warning";
    PersonPossibleDuplicate => "person.possible_duplicate", "warning";
    FamilyMfcNoOpeningDate => "family_mfc.no_opening_date", "warning";
    AddressNoHouse => "address.no_house", "warning";
    StatedFigureNoDate => "stated_figure.no_date", "warning";
    VocabularyUnrecognisedTerm => "vocabulary.unrecognised_term", "warning, error when strict";
    RecordUnknownField => "record.unknown_field", "warning, error when strict";
    ServicePointMissingAddress => "service_point.missing_address", "warning, error when strict";
}

impl std::fmt::Display for IssueCode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::IssueCode;

    #[test]
    fn codes_are_unique_and_lowercase_dotted() {
        let mut seen = std::collections::BTreeSet::new();
        for code in IssueCode::ALL {
            let text = code.as_str();
            assert!(seen.insert(text), "{text} twice");
            assert!(
                text.split_once('.').is_some()
                    && text
                        .chars()
                        .all(|c| c.is_ascii_lowercase() || c == '.' || c == '_'),
                "{text}"
            );
        }
    }
}
