//! Where a table's figures come from: the sources of the records it counts, each once, listed
//! under it, and the records that are placeholders — sources whose note begins with
//! «Заполнитель» — said in the table's title and notes, so that a chart of placeholders is
//! never read as a chart of real centres.

use crate::records::{ServiceStatistics, Source, StatisticsScope};
use crate::registry::Registry;
use crate::values::RegionCode;

use super::super::{Table, count_ru};

/// The sources listed under one table at most; the rest are counted in a note.
const LISTED: usize = 10;

const RECORDS: [&str; 3] = ["запись", "записи", "записей"];
const SOURCES_OF: [&str; 3] = ["источника", "источников", "источников"];

/// Whether a source marks its record as a placeholder, not a real one: its note begins with
/// «Заполнитель».
pub(super) fn is_placeholder(source: &Source) -> bool {
    source
        .note
        .as_deref()
        .is_some_and(|note| note.trim_start().starts_with("Заполнитель"))
}

/// The sources of the records a table counts, and how many of the records are placeholders.
#[derive(Debug, Clone, Default)]
pub(super) struct Provenance {
    sources: Vec<Source>,
    records: u64,
    placeholders: u64,
}

impl Provenance {
    /// The provenance of records, each given by its sources.
    pub(super) fn of<'a, R: IntoIterator<Item = &'a Source>>(
        records: impl IntoIterator<Item = R>,
    ) -> Self {
        let mut provenance = Self::default();
        for sources in records {
            let sources: Vec<&Source> = sources.into_iter().collect();
            provenance.records += 1;
            if sources.iter().any(|s| is_placeholder(s)) {
                provenance.placeholders += 1;
            }
            for source in sources {
                if !provenance.sources.contains(source) {
                    provenance.sources.push(source.clone());
                }
            }
        }
        provenance
    }

    /// The provenance of both: the sources of `self`, then those of `other` not yet listed.
    pub(super) fn and(mut self, other: Self) -> Self {
        self.records += other.records;
        self.placeholders += other.placeholders;
        for source in other.sources {
            if !self.sources.contains(&source) {
                self.sources.push(source);
            }
        }
        self
    }

    /// The title of a table of these records: as given, marked when its records are
    /// placeholders.
    pub(super) fn title(&self, title: impl Into<String>) -> String {
        let title = title.into();
        match self.placeholders {
            0 => title,
            n if n == self.records => format!("{title} (записи — заполнители)"),
            _ => format!("{title} (часть записей — заполнители)"),
        }
    }

    /// The table with the sources listed under it (the first ten, and a note of how many
    /// more), and a note of how many of its records are placeholders.
    pub(super) fn apply(self, table: Table) -> Table {
        let mut table = table;
        if self.placeholders > 0 {
            let which = if self.records == 1 {
                "Заполнитель: единственная запись, по которой построена таблица, — не реальная \
                 (так помечен её источник)"
                    .to_owned()
            } else if self.placeholders == self.records {
                format!(
                    "Заполнители: все {}, по которым построена таблица, — не реальные (так \
                     помечены их источники)",
                    count_ru(self.records, RECORDS)
                )
            } else {
                format!(
                    "Заполнители: {} из {}, по которым построена таблица, — не реальные (так \
                     помечены их источники)",
                    self.placeholders,
                    count_ru(self.records, RECORDS_OF)
                )
            };
            table = table.note(format!(
                "{which}; цифры таблицы не описывают реальные учреждения."
            ));
        }
        let total = self.sources.len();
        if total > LISTED {
            table = table.note(format!(
                "Ниже — первые {LISTED} из {}; остальные — в данных.",
                count_ru(total as u64, SOURCES_OF)
            ));
        }
        table.with_sources(self.sources.into_iter().take(LISTED))
    }
}

/// «из N записей»: the genitive after «из».
const RECORDS_OF: [&str; 3] = ["записи", "записей", "записей"];

/// The provenance of the family MFCs of the network or of one region: the sources of each
/// centre's record — its institution's, or its department's and then its institution's (a
/// department of a placeholder institution is a placeholder too).
pub(super) fn centres(registry: &Registry, region: Option<RegionCode>) -> Provenance {
    let mfcs = crate::aggregate::family_mfcs_by_region(registry);
    Provenance::of(
        mfcs.centres()
            .iter()
            .filter(|centre| region.is_none() || centre.region == region)
            .filter_map(|centre| match centre.department {
                Some(id) => registry
                    .department(id)
                    .map(|(i, d)| d.sources.iter().chain(&i.sources).collect::<Vec<_>>()),
                None => registry
                    .institution(centre.institution)
                    .map(|i| i.sources.iter().collect()),
            }),
    )
}

/// The provenance of the rows of service statistics of the network or of one region that
/// `keep` keeps.
pub(super) fn statistics(
    registry: &Registry,
    region: Option<RegionCode>,
    keep: impl Fn(&ServiceStatistics) -> bool,
) -> Provenance {
    let region_of = |scope: StatisticsScope| match scope {
        StatisticsScope::ServicePoint(id) => registry
            .service_point(id)
            .and_then(|p| registry.institution(p.institution))
            .and_then(|i| i.region),
        StatisticsScope::Department(id) => registry.department(id).and_then(|(i, _)| i.region),
        StatisticsScope::Institution(id) => registry.institution(id).and_then(|i| i.region),
        StatisticsScope::Region(code) => Some(code),
        StatisticsScope::Country => None,
    };
    Provenance::of(
        registry
            .service_statistics()
            .filter(|row| keep(row) && (region.is_none() || region_of(row.scope) == region))
            .map(|row| &row.sources),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::{Cell, Column};

    fn placeholder() -> Source {
        let mut source = Source::titled("Набор");
        source.note = Some("Заполнитель: не реальная запись".to_owned());
        source
    }

    #[test]
    fn a_source_noted_as_a_placeholder_marks_its_record() {
        assert!(is_placeholder(&placeholder()));
        assert!(!is_placeholder(&Source::titled("Новость")));
        let mut real = Source::titled("Набор");
        real.note = Some("Общероссийский итог; учреждения набора — заполнители".to_owned());
        assert!(!is_placeholder(&real));
    }

    #[test]
    fn lists_each_source_once_and_says_which_records_are_placeholders() {
        let (fake, real) = ([placeholder()], [Source::titled("Новость")]);
        let all = Provenance::of([fake.as_slice(), fake.as_slice()]);
        assert_eq!(all.title("Рост"), "Рост (записи — заполнители)");
        let table = all.apply(Table::new("Т", [Column::count("N")]));
        assert_eq!(table.sources(), [placeholder()]);
        assert!(
            table.notes()[0].starts_with("Заполнители: все 2 записи, по которым"),
            "{:?}",
            table.notes()
        );
        let some = Provenance::of([fake.as_slice(), real.as_slice(), real.as_slice()]);
        assert_eq!(some.title("Рост"), "Рост (часть записей — заполнители)");
        let table = some
            .apply(Table::new("Т", [Column::count("N")]))
            .row([Cell::count(1)])
            .unwrap();
        assert_eq!(table.sources().len(), 2);
        assert!(table.notes()[0].starts_with("Заполнители: 1 из 3 записей,"));
        let none = Provenance::of([real.as_slice()]);
        assert_eq!(none.title("Рост"), "Рост");
        assert!(
            none.apply(Table::new("Т", [Column::count("N")]))
                .notes()
                .is_empty()
        );
    }

    #[test]
    fn lists_the_first_ten_sources_and_counts_the_rest() {
        let sources: Vec<[Source; 1]> = (0..12)
            .map(|n| [Source::titled(format!("Новость {n}"))])
            .collect();
        let table = Provenance::of(sources.iter()).apply(Table::new("Т", [Column::count("N")]));
        assert_eq!(table.sources().len(), 10);
        assert_eq!(
            table.notes(),
            ["Ниже — первые 10 из 12 источников; остальные — в данных."]
        );
    }
}
