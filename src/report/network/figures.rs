//! What sources state beside what records count: the phrases of the first paragraph and of
//! the growth section where the two differ, the table of bounds and stated figures over time,
//! and the reconciliation section.

use std::fmt::Write as _;

use crate::aggregate::{Disagreement, HistoryPoint, Known, NetworkHistory, Origin};
use crate::records::{FigureScope, FigureValue, Source, StatedFigure, Vocabulary};
use crate::registry::Registry;

use super::super::{Cell, Column, ReportError, Section, Table, count_ru, stated_count_ru};
use super::{CENTRES, region_name};

/// The first source's title (or publisher, or address) of a figure, for a table cell.
fn source_title(sources: &[Source]) -> String {
    sources
        .iter()
        .find_map(|s| {
            s.title
                .clone()
                .or_else(|| s.publisher.clone())
                .or_else(|| s.url.as_ref().map(ToString::to_string))
        })
        .unwrap_or_default()
}

/// When a stated figure holds, as written in the data (`2023-04-30`, `не позднее 2023-05`).
fn when(figure: &StatedFigure) -> String {
    figure
        .date
        .map(|d| d.to_string())
        .or_else(|| figure.period.map(|p| p.to_string()))
        .unwrap_or_default()
}

/// Whether what is known differs from what is counted (see [`Known::differs`]).
fn differs(known: &Known) -> bool {
    known.differs()
}

/// The clause the first paragraph adds after its count of family MFC records (`total`, dated
/// or not) when sources or bounds say otherwise: « (по данным источников — 144 на 2025-08-31;
/// не менее 150)»; empty when they agree with `total` (not with the dated count of `point`:
/// 3 centres of which 1 is dated and 3 stated agree).
pub(super) fn beside_records(point: &HistoryPoint, total: u64) -> String {
    let known = Known {
        counted: total,
        counted_when_stated: point.centres.stated.as_ref().map(|_| total),
        ..point.centres.clone()
    };
    if !differs(&known) {
        return String::new();
    }
    let mut parts = Vec::new();
    if let Some(stated) = &known.stated {
        parts.push(format!(
            "по данным источников — {} на {}",
            stated.value,
            when(stated)
        ));
    }
    if known.lower_bound > total {
        parts.push(format!(
            "не менее {} с учётом порядковых номеров и дат «не позднее»",
            known.lower_bound
        ));
    }
    format!(" ({})", parts.join("; "))
}

/// «субъекте» after «в N».
const IN_REGIONS: [&str; 3] = ["субъекте", "субъектах", "субъектах"];
/// Federal subjects with a family MFC.
const REGIONS_WITH: [&str; 3] = [
    "субъект с семейным МФЦ",
    "субъекта с семейным МФЦ",
    "субъектов с семейным МФЦ",
];

/// The growth section's sentence on what sources state and bounds imply at the report's date,
/// beside the count; `None` when they agree with it.
pub(super) fn growth_sentence(point: &HistoryPoint) -> Option<String> {
    let (centres, regions) = (&point.centres, &point.regions);
    if !differs(centres) && !differs(regions) {
        return None;
    }
    let mut text = format!(
        "По записям с датой открытия на {} — {} в {}.",
        point.date.format("%d.%m.%Y"),
        count_ru(centres.counted, CENTRES),
        count_ru(regions.counted, IN_REGIONS)
    );
    for (known, forms) in [(centres, CENTRES), (regions, REGIONS_WITH)] {
        if let Some(stated) = known.stated.as_ref().filter(|_| differs(known)) {
            let value = match stated.value {
                FigureValue::Count(count) => stated_count_ru(count, forms),
                FigureValue::Ordinal(_) => stated.value.to_string(),
            };
            let _ = write!(
                text,
                " Источник «{}» называет {value} на {}.",
                source_title(&stated.sources),
                when(stated)
            );
        }
        if known.lower_bound > known.counted {
            let _ = write!(
                text,
                " Нижняя граница с учётом порядковых номеров и дат «не позднее»: {}.",
                count_ru(known.lower_bound, forms)
            );
        }
    }
    Some(text)
}

/// The table of the dates where bounds or stated figures differ from the count; `None` when
/// nowhere.
pub(super) fn history_table(history: &NetworkHistory) -> Result<Option<Table>, ReportError> {
    // A date is shown when a bound exceeds the count there, or when a figure stated since the
    // previous date disagrees with the records on its own date.
    let mut previous = None;
    let mut rows: Vec<&HistoryPoint> = Vec::new();
    for point in history.points() {
        let known = &point.centres;
        let fresh = known
            .stated
            .as_ref()
            .and_then(StatedFigure::last_day)
            .is_some_and(|day| previous.is_none_or(|p| day > p));
        if known.lower_bound > known.counted || (fresh && differs(known)) {
            rows.push(point);
        }
        previous = Some(point.date);
    }
    if rows.is_empty() {
        return Ok(None);
    }
    let mut table = Table::new(
        "Семейные МФЦ: по записям, не менее и по данным источников",
        [
            Column::date("Дата"),
            Column::count("По записям"),
            Column::count("Не менее"),
            Column::stated("По данным источников"),
            Column::text("Источник"),
        ],
    );
    let provenance = super::provenance::Provenance::of(
        rows.iter()
            .filter_map(|point| point.centres.stated.as_ref())
            .map(|figure| &figure.sources),
    );
    for point in rows {
        let date = crate::values::PartialDate::try_from(point.date).map_or(Cell::Empty, Cell::Date);
        let stated = point.centres.stated.as_ref();
        table.push_row([
            date,
            Cell::count(point.centres.counted),
            Cell::count(point.centres.lower_bound),
            stated
                .and_then(|f| f.value.count())
                .map_or(Cell::Empty, Cell::from),
            stated.map_or(Cell::Empty, |f| Cell::text(source_title(&f.sources))),
        ])?;
    }
    Ok(Some(provenance.apply(table).note(
        "«По записям» — центры с известной датой открытия; «не менее» добавляет то, что следует из \
         порядковых номеров («открылся 14-й центр региона») и дат «не позднее»; «по данным \
         источников» — последняя опубликованная цифра на эту дату. Цифры не складываются друг с другом.",
    )))
}

/// The name of a figure's scope for people.
fn scope_name(scope: FigureScope, registry: &Registry) -> String {
    match scope {
        FigureScope::Network => "вся сеть".to_owned(),
        FigureScope::Region(code) => region_name(Some(code)),
        FigureScope::Institution(id) => super::institution_name(registry, id),
        FigureScope::TrainingSite(id) => registry.training_site(id).map_or_else(
            || id.to_string(),
            |s| format!("стажировочная площадка «{}»", s.topic),
        ),
        FigureScope::Programme(id) => registry
            .programme(id)
            .map_or_else(|| id.to_string(), |p| p.title.clone()),
        other => other.to_string(),
    }
}

/// The reconciliation section: every place where a stated figure or a plan and the records
/// disagree, with both values, the date and the source.
pub(super) fn reconciliation(
    rows: &[Disagreement],
    registry: &Registry,
) -> Result<Section, ReportError> {
    let section = Section::new("Сверка: заявленное и учтённое");
    if rows.is_empty() {
        return Ok(section.paragraph(
            "Заявленные в источниках цифры, которые можно сверить с записями, с записями не расходятся.",
        ));
    }
    let mut table = Table::new(
        "Где заявленные цифры и записи расходятся",
        [
            Column::text("Что"),
            Column::text("Для кого"),
            Column::text("На дату / за период"),
            Column::text("Заявлено"),
            Column::count("Учтено по записям"),
            Column::count("Записей без даты"),
            Column::text("Источник"),
        ],
    );
    for row in rows {
        let what = match row.origin {
            Origin::Plan(_) => format!("план: {}", row.measure.label_ru()),
            Origin::Figure(_) => row.measure.label_ru().to_owned(),
        };
        let stated = match row.stated {
            FigureValue::Ordinal(_) => format!("{} (порядковый номер)", row.stated),
            FigureValue::Count(_) => row.stated.to_string(),
        };
        table.push_row([
            Cell::text(what),
            Cell::text(scope_name(row.scope, registry)),
            Cell::text(&row.when),
            Cell::text(stated),
            Cell::count(row.counted),
            Cell::count(row.undated),
            Cell::text(source_title(&row.sources)),
        ])?;
    }
    Ok(section.table(table.note(
        "Записи реестра неполны: расхождение — повод проверить данные, а не ошибка источника. \
         Учтено на последний день даты или периода заявленной цифры; для плана — открытия в его периоде.",
    )))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::records::{Measure, StatedCount, StatedFigureId};

    fn point(counted: u64, lower_bound: u64, stated: Option<u64>) -> HistoryPoint {
        let figure = |n| {
            let mut f = StatedFigure::new(
                StatedFigureId::from_name("stated"),
                Measure::FamilyMfcs,
                FigureScope::Network,
                StatedCount::exact(n).into(),
            );
            f.date = Some("2025-08-31".parse().unwrap());
            f
        };
        let known = Known {
            counted,
            lower_bound,
            stated: stated.map(figure),
            counted_when_stated: stated.map(|_| counted),
        };
        HistoryPoint {
            date: "2025-08-31".parse().unwrap(),
            centres: known.clone(),
            regions: known,
        }
    }

    #[test]
    fn the_lead_compares_the_stated_figure_with_its_own_total() {
        // 3 centres, 1 of them dated, 3 stated: the lead's 3 agrees with the sources.
        assert_eq!(beside_records(&point(1, 1, Some(3)), 3), "");
        assert_eq!(
            beside_records(&point(1, 1, Some(4)), 3),
            " (по данным источников — 4 на 2025-08-31)"
        );
        assert_eq!(
            beside_records(&point(1, 5, None), 3),
            " (не менее 5 с учётом порядковых номеров и дат «не позднее»)"
        );
        assert_eq!(beside_records(&point(1, 3, None), 3), "");
    }
}
