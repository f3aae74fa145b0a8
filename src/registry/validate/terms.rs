//! What this version of the crate does not know: `vocabulary.unrecognised_term` (a closed
//! vocabulary's unrecognised term) and `record.unknown_field` (a field kept in an `extra` map).
//! Warnings, errors in strict mode.

use crate::records::{Extra, Source, Vocabulary};
use crate::registry::IssueCode;
use crate::registry::{Issue, IssuePath};

use super::{Checker, at};

impl Checker<'_> {
    fn unknown(&mut self, code: IssueCode, path: IssuePath, message: String) {
        let issue = if self.options.strict {
            Issue::error(code.as_str(), path, message)
        } else {
            Issue::warning(code.as_str(), path, message)
        };
        self.report.push(issue);
    }

    /// A term of a closed vocabulary this version does not know.
    fn term<V: Vocabulary>(&mut self, term: &V, path: impl FnOnce() -> IssuePath) {
        if !V::IS_OPEN && !term.is_known() {
            let known: Vec<&str> = V::known().iter().map(Vocabulary::as_str).collect();
            self.unknown(
                IssueCode::VocabularyUnrecognisedTerm,
                path(),
                format!(
                    "unrecognised term \"{}\" (known: {})",
                    term.as_str(),
                    known.join(", ")
                ),
            );
        }
    }

    /// Every field of an object that this version does not know.
    fn fields(&mut self, extra: &Extra, path: impl Fn() -> IssuePath) {
        for name in extra.keys() {
            self.unknown(
                IssueCode::RecordUnknownField,
                path().field(name),
                format!("unknown field \"{name}\", kept as read"),
            );
        }
    }

    fn sources(&mut self, sources: &[Source], path: impl Fn() -> IssuePath) {
        for (k, source) in sources.iter().enumerate() {
            self.fields(&source.extra, || path().field("sources").index(k));
        }
    }

    /// Checks every closed-vocabulary term and every object's unknown fields.
    pub(super) fn check_terms(&mut self) {
        let dataset = self.dataset;
        self.fields(&dataset.extra, IssuePath::root);
        for (i, r) in dataset.institutions.iter().enumerate() {
            let path = || at("institutions", i);
            self.term(&r.level, || path().field("level"));
            self.fields(&r.extra, path);
            self.sources(&r.sources, path);
            for (j, department) in r.departments.iter().enumerate() {
                let path = || path().field("departments").index(j);
                self.fields(&department.extra, path);
                self.sources(&department.sources, path);
            }
        }
        for (i, r) in dataset.service_points.iter().enumerate() {
            let path = || at("service_points", i);
            self.term(&r.kind, || path().field("kind"));
            self.term(&r.status, || path().field("status"));
            self.fields(&r.extra, path);
            self.sources(&r.sources, path);
        }
        for (i, r) in dataset.persons.iter().enumerate() {
            let path = || at("persons", i);
            self.fields(&r.extra, path);
            self.sources(&r.sources, path);
        }
        for (i, r) in dataset.appointments.iter().enumerate() {
            let path = || at("appointments", i);
            self.fields(&r.extra, path);
            self.sources(&r.sources, path);
        }
        self.event_terms();
        for (i, r) in dataset.programmes.iter().enumerate() {
            let path = || at("programmes", i);
            self.fields(&r.extra, path);
            self.sources(&r.sources, path);
        }
        for (i, r) in dataset.training_sites.iter().enumerate() {
            let path = || at("training_sites", i);
            self.term(&r.level, || path().field("level"));
            self.fields(&r.extra, path);
            self.sources(&r.sources, path);
        }
        for (i, r) in dataset.cohorts.iter().enumerate() {
            let path = || at("cohorts", i);
            self.term(&r.format, || path().field("format"));
            self.fields(&r.extra, path);
            self.sources(&r.sources, path);
            for (k, enrollment) in r.enrollments.iter().enumerate() {
                let path = || path().field("enrollments").index(k);
                self.term(&enrollment.status, || path().field("status"));
                self.fields(&enrollment.extra, path);
            }
        }
        self.service_terms();
    }

    /// Services, statistics rows and plans: their vocabularies are open, so only unknown
    /// fields are reported.
    fn service_terms(&mut self) {
        let dataset = self.dataset;
        macro_rules! fields_of {
            ($($array:ident),+) => {$(
                for (i, r) in dataset.$array.iter().enumerate() {
                    let path = || at(stringify!($array), i);
                    self.fields(&r.extra, path);
                    self.sources(&r.sources, path);
                }
            )+};
        }
        fields_of!(services, service_statistics, network_plans);
    }

    fn event_terms(&mut self) {
        for (i, r) in self.dataset.events.iter().enumerate() {
            let path = || at("events", i);
            self.term(&r.level, || path().field("level"));
            self.fields(&r.extra, path);
            self.fields(&r.venue.extra, || path().field("venue"));
            for (a, item) in r.agenda.iter().enumerate() {
                let path = || path().field("agenda").index(a);
                self.fields(&item.extra, path);
                for (s, speaker) in item.speakers.iter().enumerate() {
                    self.fields(&speaker.extra, || path().field("speakers").index(s));
                }
            }
            let participation = || path().field("participation");
            self.fields(&r.participation.extra, participation);
            self.fields(&r.participation.stated.extra, || {
                participation().field("stated")
            });
            for (k, attendee) in r.participation.attendees.iter().enumerate() {
                self.fields(&attendee.extra, || {
                    participation().field("attendees").index(k)
                });
            }
            self.sources(&r.sources, path);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::ValidationOptions;
    use super::super::fixture::{issues, issues_with, row, valid};
    use crate::records::{EventLevel, ServicePointStatus, Source};

    fn broken() -> crate::registry::Dataset {
        let mut dataset = valid();
        dataset.service_points[0].status =
            ServicePointStatus::Unrecognised("на ремонте".to_owned());
        dataset.events[1].level = EventLevel::Unrecognised("международный".to_owned());
        dataset.extra.insert("generator".to_owned(), "x".into());
        dataset.events[0].agenda[0].speakers[1]
            .extra
            .insert("title".to_owned(), "директор".into());
        let mut source = Source::titled("Новость");
        source.extra.insert("archived".to_owned(), true.into());
        dataset.institutions[1].departments[0].sources.push(source);
        dataset
    }

    #[test]
    fn warns_of_unrecognised_terms_and_unknown_fields_when_lenient() {
        assert_eq!(
            issues(&broken()),
            [
                row(
                    "warning",
                    "record.unknown_field",
                    "generator",
                    "unknown field \"generator\", kept as read"
                ),
                row(
                    "warning",
                    "record.unknown_field",
                    "institutions[1].departments[0].sources[0].archived",
                    "unknown field \"archived\", kept as read"
                ),
                row(
                    "warning",
                    "vocabulary.unrecognised_term",
                    "service_points[0].status",
                    "unrecognised term \"на ремонте\" (known: active, temporarily_closed, closed)"
                ),
                row(
                    "warning",
                    "record.unknown_field",
                    "events[0].agenda[0].speakers[1].title",
                    "unknown field \"title\", kept as read"
                ),
                row(
                    "warning",
                    "vocabulary.unrecognised_term",
                    "events[1].level",
                    "unrecognised term \"международный\" (known: municipal, regional, interregional, all_russian)"
                ),
            ]
        );
    }

    #[test]
    fn rejects_unrecognised_terms_and_unknown_fields_when_strict() {
        let strict = ValidationOptions {
            strict: true,
            ..ValidationOptions::default()
        };
        let found = issues_with(&broken(), &strict);
        assert_eq!(found.len(), 5);
        assert!(
            found.iter().all(|(severity, ..)| *severity == "error"),
            "{found:?}"
        );
    }

    #[test]
    fn accepts_other_terms_of_open_vocabularies_even_when_strict() {
        let mut dataset = valid();
        dataset.institutions[0].kind = "приют".into();
        dataset.appointments[4].role = "советник".into();
        let strict = ValidationOptions {
            strict: true,
            ..ValidationOptions::default()
        };
        assert!(issues_with(&dataset, &strict).is_empty());
    }

    #[test]
    fn strict_mode_rejects_unknown_fields_of_services_statistics_and_plans() {
        let mut dataset = valid();
        dataset.services[0]
            .extra
            .insert("price".to_owned(), "бесплатно".into());
        dataset.service_statistics[1]
            .extra
            .insert("comment".to_owned(), "по журналу".into());
        let mut source = Source::titled("Отчёт");
        source.extra.insert("page".to_owned(), 3.into());
        dataset.network_plans[0].sources.push(source);
        let strict = ValidationOptions {
            strict: true,
            ..ValidationOptions::default()
        };
        assert_eq!(
            issues_with(&dataset, &strict),
            [
                row(
                    "error",
                    "record.unknown_field",
                    "services[0].price",
                    "unknown field \"price\", kept as read"
                ),
                row(
                    "error",
                    "record.unknown_field",
                    "service_statistics[1].comment",
                    "unknown field \"comment\", kept as read"
                ),
                row(
                    "error",
                    "record.unknown_field",
                    "network_plans[0].sources[0].page",
                    "unknown field \"page\", kept as read"
                ),
            ]
        );
    }
}
