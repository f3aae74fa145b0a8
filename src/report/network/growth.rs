//! The network report's section on the network's growth: family MFCs and regions covered over
//! time, openings per year, plans against fact, and staff per family MFC.

use chrono::NaiveDate;

use crate::aggregate::{
    HistoryPoint, NetworkGrowth, NetworkHistory, PlanProgress, StaffPerFamilyMfc,
};
use crate::records::StatedCount;
use crate::registry::Registry;
use crate::values::RegionCode;

use super::super::{Cell, Column, ReportError, Section, Table, agree_ru, count_ru};
use super::provenance::{self, Provenance};
use super::{CENTRES, Names, figures, region_name};

const REGIONS: [&str; 3] = ["субъекте", "субъектах", "субъектах"];
/// Agrees with «семейный МФЦ» (masculine): «не учтён 1 семейный МФЦ», «не учтены 2».
const NOT_COUNTED: [&str; 2] = ["не учтён", "не учтены"];

/// The section on the growth of the network of family MFCs: the series `growth` up to `date`,
/// what sources state and bounds imply beside it (`history` over the series and `today` at
/// `date`), and the plans against fact.
///
/// Under each table the sources of the records it counts; placeholder records are said to be
/// such in the table's title and notes.
pub(super) fn section(
    growth: &NetworkGrowth,
    plans: &[PlanProgress],
    (history, today): (&NetworkHistory, &HistoryPoint),
    (registry, region, date): (&Registry, Option<RegionCode>, NaiveDate),
) -> Result<Section, ReportError> {
    let mut section = Section::new("Рост сети семейных МФЦ");
    let centres = provenance::centres(registry, region);
    if let Some(last) = growth.points().last() {
        section = section.paragraph(format!(
            "На {}: {} в {} (по известным датам открытия).",
            last.date.format("%d.%m.%Y"),
            count_ru(last.centres, CENTRES),
            count_ru(last.regions, REGIONS),
        ));
        let mut series = Table::new(
            centres.title(format!(
                "Семейные МФЦ и субъекты, где они работают, на конец каждого квартала и на {}",
                last.date.format("%d.%m.%Y")
            )),
            [
                Column::date("Дата"),
                Column::count("Семейных МФЦ"),
                Column::count("Субъектов"),
            ],
        );
        for point in growth.points() {
            let date =
                crate::values::PartialDate::try_from(point.date).map_or(Cell::Empty, Cell::Date);
            series.push_row([date, Cell::count(point.centres), Cell::count(point.regions)])?;
        }
        section = section.table(
            centres.clone().apply(
                series
                    .note("Центр учитывается с последнего дня периода, которым известна дата его открытия (открытие «2023» — с 31.12.2023), и до дня закрытия.")
                    .chart_over_time("Семейных МФЦ")?,
            ),
        );
        let mut per_year = Table::new(
            centres.title("Открытия и закрытия семейных МФЦ по годам"),
            [
                Column::text("Год"),
                Column::count("Открыто"),
                Column::count("Закрыто"),
            ],
        );
        let closings = growth.closings_by_year();
        let mut years: Vec<i32> = growth
            .openings_by_year()
            .iter()
            .chain(&closings)
            .map(|&(year, _)| year)
            .collect();
        years.sort_unstable();
        years.dedup();
        let count_in = |list: &[(i32, u64)], year: i32| {
            list.iter()
                .find(|&&(y, _)| y == year)
                .map_or(0, |&(_, n)| n)
        };
        let openings = growth.openings_by_year();
        for year in years {
            per_year.push_row([
                Cell::text(year.to_string()),
                Cell::count(count_in(&openings, year)),
                Cell::count(count_in(&closings, year)),
            ])?;
        }
        section = section.table(centres.clone().apply(per_year.chart_over_time("Открыто")?));
    } else if growth.openings_by_year().is_empty() {
        section = section.paragraph(
            "Даты открытия семейных МФЦ в данных не указаны: рост сети по времени не рассчитан.",
        );
    } else {
        section = section.paragraph(format!(
            "На {} ни один семейный МФЦ с известной датой открытия ещё не открылся.",
            date.format("%d.%m.%Y")
        ));
    }
    if let Some(sentence) = figures::growth_sentence(today) {
        section = section.paragraph(sentence);
    }
    if let Some(table) = figures::history_table(history)? {
        section = section.table(table);
    }
    if growth.without_opening_date() > 0 {
        let undated = growth.without_opening_date();
        section = section.paragraph(format!(
            "Без даты открытия и потому {} в росте сети {}.",
            agree_ru(undated, NOT_COUNTED),
            count_ru(undated, CENTRES)
        ));
    }
    section = plans_part(section, plans, registry, centres)?;
    Ok(section)
}

/// The section with the plans against fact, or a sentence that the data has no plans.
fn plans_part(
    section: Section,
    plans: &[PlanProgress],
    registry: &Registry,
    centres: Provenance,
) -> Result<Section, ReportError> {
    if plans.is_empty() {
        return Ok(section.paragraph("Планов открытия семейных МФЦ в данных нет."));
    }
    let provenance = Provenance::of(
        plans
            .iter()
            .filter_map(|p| registry.network_plan(p.plan))
            .map(|p| &p.sources),
    )
    .and(centres);
    let table = plans_table(plans, &provenance)?;
    Ok(section.table(provenance.apply(table)))
}

/// Percent of `part` in `whole` with one decimal and a decimal comma (`105,3 %`), for
/// fulfilment that may exceed the plan.
fn percent(part: u64, whole: u64) -> Option<String> {
    if whole == 0 {
        return None;
    }
    let tenths = (u128::from(part) * 1000 + u128::from(whole) / 2) / u128::from(whole);
    Some(format!("{},{}\u{a0}%", tenths / 10, tenths % 10))
}

fn plans_table(plans: &[PlanProgress], provenance: &Provenance) -> Result<Table, ReportError> {
    let mut table = Table::new(
        provenance.title("План и факт открытия семейных МФЦ"),
        [
            Column::text("План"),
            Column::period("Период"),
            Column::text("Субъект"),
            Column::stated("План: центров"),
            Column::count("Открыто"),
            Column::text("Выполнение"),
            Column::stated("План: субъектов"),
            Column::count("Субъектов с открытиями"),
            Column::count("Дата открытия неточна"),
        ],
    );
    for plan in plans {
        let fulfilment = if plan.started() {
            plan.centres
                .and_then(|planned: StatedCount| percent(plan.opened, planned.value()))
                .map_or(Cell::Empty, Cell::text)
        } else {
            Cell::text("период не начался")
        };
        table.push_row([
            Cell::text(&plan.title),
            plan.period.into(),
            Cell::text(
                plan.region
                    .map_or_else(|| "вся сеть".to_owned(), |r| region_name(Some(r))),
            ),
            plan.centres.into(),
            Cell::count(plan.opened),
            fulfilment,
            plan.regions.into(),
            Cell::count(plan.regions_opened),
            Cell::count(plan.uncertain),
        ])?;
    }
    Ok(table.note(
        "Открытым в периоде плана считается центр, вся дата открытия которого лежит в этом периоде \
         и не позже даты отчёта; «дата открытия неточна» — центры, чья дата (например, только год) \
         захватывает границу периода или дату отчёта.",
    ))
}

/// The table of staff per family MFC, where appointments are known; `None` when none are.
pub(super) fn centre_staff(
    staff: &StaffPerFamilyMfc,
    names: &Names<'_>,
) -> Result<Option<Table>, ReportError> {
    if staff.centres().is_empty() {
        return Ok(None);
    }
    let mut table = Table::new(
        format!(
            "Сотрудники семейных МФЦ на {} (по известным назначениям)",
            staff.date().format("%d.%m.%Y")
        ),
        [
            Column::text("Субъект"),
            Column::text("Семейный МФЦ"),
            Column::count("Сотрудников"),
        ],
    );
    // In human order: by subject code, then by name.
    let mut rows: Vec<_> = staff
        .centres()
        .iter()
        .map(|c| (c.centre.region, names.centre(&c.centre), c.people))
        .collect();
    rows.sort();
    for (region, name, people) in rows {
        table.push_row([
            Cell::text(region_name(region)),
            Cell::text(name),
            Cell::count(people),
        ])?;
    }
    let table = match staff.mean() {
        Some(mean) => table.note(format!(
            "В среднем {} сотрудника на центр; учтены только люди, чьи должности есть в данных.",
            format!("{mean:.1}").replace('.', ",")
        )),
        None => table,
    };
    Ok(Some(table))
}

#[cfg(test)]
mod tests {
    use super::percent;

    #[test]
    fn writes_fulfilment_past_the_plan() {
        assert_eq!(percent(60, 57).as_deref(), Some("105,3\u{a0}%"));
        assert_eq!(percent(0, 57).as_deref(), Some("0,0\u{a0}%"));
        assert_eq!(percent(1, 0), None);
    }
}
