//! The network report's section on families served: by period, by region, by service and by
//! category of families — or a sentence saying the data has none.

use std::cmp::Reverse;

use crate::aggregate::{self, FamiliesServed, FamilyFigures};
use crate::records::{StatedCount, Vocabulary};
use crate::registry::Registry;
use crate::values::RegionCode;

use super::super::{Cell, Column, ReportError, Section, Share, Table};
use super::provenance;
use super::region_name;

/// The rule of counting, said once under the first table.
const FINEST_LEVEL_NOTE: &str = "Когда данные есть и по точке присутствия (отделению), и по \
     учреждению, и по субъекту, учитывается самый подробный уровень: числа не складываются \
     дважды. Семьи — число разных семей за период, поэтому периоды разной длины не \
     суммируются.";

/// The share of families under social support among the families served, from the numbers
/// as stated at the places that state both; empty when unknown or the part exceeds the whole as
/// stated.
fn support_share(figures: &FamilyFigures) -> Cell {
    match (figures.supported, figures.support_base) {
        (Some(part), Some(whole)) => {
            Share::new(part.value(), whole.value()).map_or(Cell::Empty, Cell::from)
        }
        _ => Cell::Empty,
    }
}

fn stated(count: Option<StatedCount>) -> Cell {
    count.into()
}

/// The section on families served in the network or one region (`region`), from the total
/// rows `families` and the registry's breakdown rows.
pub(super) fn section(
    families: &FamiliesServed,
    region: Option<RegionCode>,
    registry: &Registry,
) -> Result<Section, ReportError> {
    let by_service = by_service(region, registry)?;
    let by_category = by_category(region, registry)?;
    let mut section = Section::new("Семьи, получившие помощь");
    if families.is_empty() {
        section = section.paragraph(if by_service.is_none() && by_category.is_none() {
            "В данных нет сведений о числе семей, получивших помощь (нет ни одной строки \
             статистики услуг), поэтому чисел здесь нет — это не нули."
        } else {
            "Итоговых строк статистики услуг (по всем услугам и всем семьям) в данных нет; ниже — \
             числа по отдельным услугам и категориям семей, которые в итог не складываются."
        });
    } else {
        let provenance = provenance::statistics(registry, region, |row| {
            row.service.is_none() && row.family_category.is_none()
        });
        section = totals(section, families, &provenance)?;
    }
    for table in [by_service, by_category].into_iter().flatten() {
        section = section.table(table);
    }
    Ok(section)
}

/// The lead sentence and the tables of the total rows: by period, and by region.
fn totals(
    section: Section,
    families: &FamiliesServed,
    provenance: &provenance::Provenance,
) -> Result<Section, ReportError> {
    let mut by_period = Table::new(
        provenance.title("Семьи, получившие помощь, по периодам"),
        [
            Column::period("Период"),
            Column::stated("Получили помощь"),
            Column::stated("На социальном сопровождении"),
            Column::share("Доля на сопровождении"),
            Column::stated("Обращений"),
        ],
    );
    for period in families.periods() {
        let figures = families.for_period(&period);
        by_period.push_row([
            period.into(),
            stated(figures.served),
            stated(figures.supported),
            support_share(&figures),
            stated(figures.appeals),
        ])?;
    }
    let by_period = by_period.note(FINEST_LEVEL_NOTE).note(
        "Доля рассчитана по числам, как они указаны в источниках («почти», «более» сохранены \
         в числах семей), и только по местам, где указаны оба числа.",
    );
    let by_period = provenance.clone().apply(by_period);
    let mut by_region = Table::new(
        provenance.title("Семьи, получившие помощь, по субъектам"),
        [
            Column::period("Период"),
            Column::text("Субъект"),
            Column::stated("Получили помощь"),
            Column::stated("На социальном сопровождении"),
        ],
    );
    for cell in families.cells() {
        by_region.push_row([
            cell.period.into(),
            Cell::text(match cell.region {
                Some(region) => region_name(Some(region)),
                None if cell.country => "Россия в целом".to_owned(),
                None => "без субъекта (федеральные учреждения)".to_owned(),
            }),
            stated(cell.figures.served),
            stated(cell.figures.supported),
        ])?;
    }
    // The latest period; of periods ending the same day, the longest.
    let latest = families
        .periods()
        .into_iter()
        .max_by_key(|p| (p.last_day(), Reverse(p.first_day())));
    let mut section = section;
    if let Some(period) = latest
        && let Some(served) = families.for_period(&period).served
    {
        section = section.paragraph(format!(
            "Семей, получивших помощь, за период «{}»: {}.",
            super::super::format::period(period),
            super::super::format::stated(served)
        ));
    }
    Ok(section
        .table(by_period)
        .table(provenance.clone().apply(by_region)))
}

fn by_service(
    region: Option<RegionCode>,
    registry: &Registry,
) -> Result<Option<Table>, ReportError> {
    let breakdown = aggregate::families_by_service(registry, region);
    if breakdown.is_empty() {
        return Ok(None);
    }
    let provenance = provenance::statistics(registry, region, |row| row.service.is_some());
    let mut table = Table::new(
        provenance.title("Семьи, получившие помощь, по услугам"),
        [
            Column::period("Период"),
            Column::text("Услуга"),
            Column::stated("Получили помощь"),
            Column::stated("Обращений"),
        ],
    );
    for cell in breakdown.cells() {
        let name = registry
            .service(cell.key)
            .map_or_else(|| cell.key.to_string(), |s| s.name.clone());
        table.push_row([
            cell.period.into(),
            Cell::text(name),
            stated(cell.figures.served),
            stated(cell.figures.appeals),
        ])?;
    }
    // One bar per row is readable only when the rows are of one period.
    let one_period = breakdown
        .cells()
        .windows(2)
        .all(|w| w[0].period == w[1].period);
    Ok(Some(provenance.apply(if one_period {
        table.chart("Получили помощь")?
    } else {
        table
    })))
}

fn by_category(
    region: Option<RegionCode>,
    registry: &Registry,
) -> Result<Option<Table>, ReportError> {
    let breakdown = aggregate::families_by_category(registry, region);
    if breakdown.is_empty() {
        return Ok(None);
    }
    let provenance = provenance::statistics(registry, region, |row| row.family_category.is_some());
    let mut table = Table::new(
        provenance.title("Семьи, получившие помощь, по категориям"),
        [
            Column::period("Период"),
            Column::text("Категория семей"),
            Column::stated("Получили помощь"),
            Column::stated("На социальном сопровождении"),
        ],
    );
    for cell in breakdown.cells() {
        table.push_row([
            cell.period.into(),
            Cell::text(cell.key.label_ru()),
            stated(cell.figures.served),
            stated(cell.figures.supported),
        ])?;
    }
    Ok(Some(provenance.apply(table).note(
        "Семья может относиться к нескольким категориям, поэтому строки категорий не складываются в общее число.",
    )))
}
