//! The network report's section on families served: by period, by region, by service and by
//! category of families — or a sentence saying the data has none.

use crate::aggregate::{self, FamilyFigures, Profile};
use crate::records::{StatedCount, Vocabulary};
use crate::registry::Registry;

use super::super::{Cell, Column, ReportError, Section, Share, Table, stated_count_ru};
use super::region_name;

const FAMILIES: [&str; 3] = ["семья", "семьи", "семей"];

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

/// The section on families served in the profile's scope.
pub(super) fn section(profile: &Profile, registry: &Registry) -> Result<Section, ReportError> {
    let families = &profile.families;
    let section = Section::new("Семьи, получившие помощь");
    if families.is_empty() {
        return Ok(section.paragraph(
            "В данных нет сведений о числе семей, получивших помощь (нет ни одной строки \
             статистики услуг), поэтому чисел здесь нет — это не нули.",
        ));
    }
    let mut by_period = Table::new(
        "Семьи, получившие помощь, по периодам",
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
    let by_period = by_period
        .note(FINEST_LEVEL_NOTE)
        .note("Доля рассчитана по числам, как они указаны в источниках («почти», «более» сохранены в числах семей).");
    let mut by_region = Table::new(
        "Семьи, получившие помощь, по субъектам",
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
            Cell::text(
                cell.region
                    .map_or_else(|| "Россия в целом".to_owned(), |r| region_name(Some(r))),
            ),
            stated(cell.figures.served),
            stated(cell.figures.supported),
        ])?;
    }
    let latest = families
        .periods()
        .into_iter()
        .max_by_key(crate::values::ReportingPeriod::last_day);
    let lead = latest.map(|period| {
        let figures = families.for_period(&period);
        let served = figures.served.map_or_else(
            || "число семей не указано".to_owned(),
            |s| stated_count_ru(s, FAMILIES),
        );
        format!(
            "За период «{}» помощь получили {served}.",
            super::super::format::period(period)
        )
    });
    let mut section = section;
    if let Some(lead) = lead {
        section = section.paragraph(lead);
    }
    section = section.table(by_period).table(by_region);
    if let Some(table) = by_service(profile, registry)? {
        section = section.table(table);
    }
    if let Some(table) = by_category(profile, registry)? {
        section = section.table(table);
    }
    Ok(section)
}

fn by_service(profile: &Profile, registry: &Registry) -> Result<Option<Table>, ReportError> {
    let breakdown = aggregate::families_by_service(registry, profile.region);
    if breakdown.is_empty() {
        return Ok(None);
    }
    let mut table = Table::new(
        "Семьи, получившие помощь, по услугам",
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
    Ok(Some(table.chart("Получили помощь")?))
}

fn by_category(profile: &Profile, registry: &Registry) -> Result<Option<Table>, ReportError> {
    let breakdown = aggregate::families_by_category(registry, profile.region);
    if breakdown.is_empty() {
        return Ok(None);
    }
    let mut table = Table::new(
        "Семьи, получившие помощь, по категориям",
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
    Ok(Some(table.note(
        "Семья может относиться к нескольким категориям, поэтому строки категорий не складываются в общее число.",
    )))
}
