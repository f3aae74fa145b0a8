//! The network report: every figure of a [`Profile`] as one readable [`Report`].

use chrono::NaiveDate;

use crate::aggregate::{self, Basis, Profile, Reconciled};
use crate::records::{FigureScope, InstitutionId, PersonId, Source, StatedCount, Vocabulary};
use crate::registry::Registry;
use crate::values::RegionCode;

use super::{
    Cell, Column, Report, ReportError, Section, Share, Table, agree_ru, count_ru, stated_count_ru,
};

mod families;
mod figures;
mod growth;
mod provenance;

const INSTITUTIONS: [&str; 3] = ["учреждение", "учреждения", "учреждений"];
const CENTRES: [&str; 3] = ["семейный МФЦ", "семейных МФЦ", "семейных МФЦ"];
const POINTS: [&str; 3] = [
    "точка присутствия",
    "точки присутствия",
    "точек присутствия",
];
const EVENTS: [&str; 3] = ["мероприятие", "мероприятия", "мероприятий"];
/// After «из»: «из 21 мероприятия», «из 50 мероприятий».
const EVENTS_OF: [&str; 3] = ["мероприятия", "мероприятий", "мероприятий"];
const PROGRAMMES: [&str; 3] = ["программа", "программы", "программ"];
const SPECIALISTS: [&str; 3] = ["специалист", "специалиста", "специалистов"];
const POSTS: [&str; 3] = ["должность", "должности", "должностей"];
const WORK: [&str; 2] = ["работает", "работают"];
const DO_NOT_WORK: [&str; 2] = ["не работает", "не работают"];
/// «учтена» agrees with a feminine noun (должность), «учтено» with a neuter one (мероприятие).
const COUNTED_F: [&str; 2] = ["учтена", "учтены"];
const COUNTED_N: [&str; 2] = ["учтено", "учтены"];

/// What the network report covers: the day figures are counted on, and optionally one region.
///
/// # Example
/// ```
/// use social_services::NetworkReportOptions;
/// let options = NetworkReportOptions::on("2024-10-04".parse()?);
/// assert!(options.region.is_none());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NetworkReportOptions {
    /// The day open service points and posts held are counted on.
    pub date: NaiveDate,
    /// One federal subject, or `None` for the whole network.
    pub region: Option<RegionCode>,
}

impl NetworkReportOptions {
    /// The whole network on `date`.
    ///
    /// # Example
    /// ```
    /// use social_services::NetworkReportOptions;
    /// let options = NetworkReportOptions::on("2024-10-04".parse()?);
    /// assert_eq!(options.date.to_string(), "2024-10-04");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn on(date: NaiveDate) -> Self {
        Self { date, region: None }
    }

    /// The day to count on when the caller names none: the last day of the latest event in
    /// the registry (so that a report of past data describes the network as it was then), or
    /// `None` when the registry has no events.
    ///
    /// # Example
    /// ```
    /// use social_services::NetworkReportOptions;
    /// let registry = social_services::sample::registry();
    /// let day = NetworkReportOptions::default_date(&registry).unwrap();
    /// assert_eq!(day.to_string(), "2024-10-04");
    /// ```
    pub fn default_date(registry: &Registry) -> Option<NaiveDate> {
        registry.events().map(|e| e.dates.end()).max()
    }
}

/// The network report of a registry: institutions, family MFCs, service points, staff, families
/// served, the network's growth and plans, events, programmes and training, for the whole
/// network or one region.
///
/// Where the data has no figures of a kind (no service statistics, no opening dates, no plans)
/// the section says so in a sentence instead of showing zeros.
///
/// # Panics
/// Never on any registry: every table of the report is built with cells that fit its columns
/// (a panic would be a bug of this crate; the tests build the report on the sample, on
/// generated national registries and on proptest registries).
///
/// # Example
/// ```
/// use social_services::{NetworkReportOptions, network_report};
///
/// let registry = social_services::sample::registry();
/// let report = network_report(&registry, &NetworkReportOptions::on("2024-10-04".parse()?));
/// let text = report.to_markdown();
/// assert!(text.contains("более 250"));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn network_report(registry: &Registry, options: &NetworkReportOptions) -> Report {
    build_network_report(registry, *options).expect("the network report's cells fit its columns")
}

fn build_network_report(
    registry: &Registry,
    options: NetworkReportOptions,
) -> Result<Report, ReportError> {
    let profile = match options.region {
        Some(region) => aggregate::regional_profile(registry, region, options.date),
        None => aggregate::network_profile(registry, options.date),
    };
    let names = Names { registry };
    let history = aggregate::network_history(
        registry,
        options.region,
        &aggregate::growth_dates(registry, options.region, options.date),
    );
    let today = aggregate::network_history(registry, options.region, &[options.date]);
    let scope = options.region.map_or_else(
        || "Сеть семейных МФЦ и учреждений социального обслуживания".to_owned(),
        |r| {
            format!(
                "{}: семейные МФЦ и учреждения социального обслуживания",
                r.subject().name()
            )
        },
    );
    let report = Report::new(format!(
        "{scope} — сводный отчёт на {}",
        options.date.format("%d.%m.%Y")
    ))
    .paragraph(lead(&profile, &today.points()[0]))
    .section(institutions(&profile)?)
    .section(family_mfcs(&profile, &names)?)
    .section(service_points(&profile, &names)?)
    .section(staff(&profile, &names)?)
    .section(families::section(
        &profile.families,
        profile.region,
        registry,
    )?)
    .section(growth::section(
        &profile.growth,
        &profile.plans,
        (&history, &today.points()[0]),
        (registry, options.region, profile.date),
    )?)
    .section(figures::reconciliation(
        &reconcile_in(registry, options),
        registry,
    )?)
    .section(events(&profile, &names)?)
    .section(programmes(&profile)?)
    .section(training(&profile, &names)?);
    Ok(report)
}

/// The report on the network's growth alone: family MFCs and regions covered over time,
/// openings per year, plans against fact, and families served — for the whole network or one
/// region, counted up to the options' day.
///
/// Under each table are the sources of the records it counts (each once). Records whose
/// source's note begins with «Заполнитель» are placeholders, not real ones: a table counting
/// them says so in its title (and so in its chart's caption) and in a note.
///
/// # Panics
/// Never on any registry: every table of the report is built with cells that fit its columns
/// (a panic would be a bug of this crate; the tests build the report on the sample, on
/// generated national registries and on proptest registries).
///
/// # Example
/// ```
/// use social_services::{report::growth_report, NetworkReportOptions};
///
/// // The sample states no opening dates: the report says so instead of drawing a flat line.
/// let registry = social_services::sample::registry();
/// let report = growth_report(&registry, &NetworkReportOptions::on("2024-10-04".parse()?));
/// assert!(report.to_markdown().contains("Даты открытия семейных МФЦ в данных не указаны"));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn growth_report(registry: &Registry, options: &NetworkReportOptions) -> Report {
    build_growth_report(registry, *options).expect("the growth report's cells fit its columns")
}

fn build_growth_report(
    registry: &Registry,
    options: NetworkReportOptions,
) -> Result<Report, ReportError> {
    // Only the figures these sections show, not the whole profile.
    let (region, date) = (options.region, options.date);
    let growth = aggregate::network_growth(
        registry,
        region,
        &aggregate::growth_dates(registry, region, date),
    );
    let plans = aggregate::plan_against_fact(registry, region, date);
    let history = aggregate::network_history(
        registry,
        region,
        &aggregate::growth_dates(registry, region, date),
    );
    let today = aggregate::network_history(registry, region, &[date]);
    let families = aggregate::families_served(registry, region);
    let scope = options.region.map_or_else(
        || "Сеть семейных МФЦ".to_owned(),
        |r| format!("{}: семейные МФЦ", r.subject().name()),
    );
    Ok(Report::new(format!(
        "{scope} — рост сети на {}",
        options.date.format("%d.%m.%Y")
    ))
    .section(growth::section(
        &growth,
        &plans,
        (&history, &today.points()[0]),
        (registry, region, date),
    )?)
    .section(families::section(&families, region, registry)?))
}

/// The disagreements of stated figures and records that concern the report's scope: all of
/// them for the network, those of the region or of its records for a region.
fn reconcile_in(
    registry: &Registry,
    options: NetworkReportOptions,
) -> Vec<aggregate::Disagreement> {
    let rows = aggregate::reconcile(registry, options.date);
    let Some(region) = options.region else {
        return rows;
    };
    rows.into_iter()
        .filter(|row| match row.scope {
            FigureScope::Region(code) => code == region,
            FigureScope::Institution(id) => {
                registry.institution(id).and_then(|i| i.region) == Some(region)
            }
            FigureScope::TrainingSite(id) => {
                registry
                    .training_site(id)
                    .and_then(|s| registry.institution(s.institution))
                    .and_then(|i| i.region)
                    == Some(region)
            }
            _ => false,
        })
        .collect()
}

/// The first paragraph: each figure the data give, in words that agree with it. A figure no
/// record and no source gives is left out, not written as zero; with none at all the paragraph
/// says that the registry is empty. Where sources state another number of family MFCs than the
/// records count, both are said.
fn lead(profile: &Profile, today: &aggregate::HistoryPoint) -> String {
    let trained: StatedCount = profile
        .training
        .iter()
        .map(aggregate::TrainingOutput::best)
        .collect::<aggregate::StatedTotal>()
        .total();
    let (institutions, centres) = (profile.institutions.total(), profile.family_mfcs.total());
    let points = profile.service_points.total();
    let (events, programmes) = (profile.events.len() as u64, profile.programmes.len() as u64);
    let mut first = Vec::new();
    if institutions > 0 {
        first.push(format!(
            "В реестре {}",
            count_ru(institutions, INSTITUTIONS)
        ));
    }
    let beside = figures::beside_records(today, centres);
    if centres > 0 || !beside.is_empty() {
        first.push(format!(
            "семейных МФЦ (самостоятельных и в составе других учреждений) — {}{beside}",
            super::format::group_digits(centres)
        ));
    }
    if points > 0 {
        first.push(format!(
            "на {} {} {}",
            profile.date.format("%d.%m.%Y"),
            agree_ru(points, WORK),
            count_ru(points, POINTS)
        ));
    }
    let mut sentences = Vec::new();
    if !first.is_empty() {
        sentences.push(capitalised(&first.join("; ")));
    }
    let counted: Vec<String> = [(events, EVENTS), (programmes, PROGRAMMES)]
        .into_iter()
        .filter(|&(n, _)| n > 0)
        .map(|(n, forms)| count_ru(n, forms))
        .collect();
    if !counted.is_empty() {
        let n = if events > 0 { events } else { programmes };
        sentences.push(format!(
            "{} {}",
            capitalised(agree_ru(n, COUNTED_N)),
            counted.join(", ")
        ));
    }
    if trained.value() > 0 {
        sentences.push(format!(
            "Стажировочные площадки подготовили {}",
            stated_count_ru(trained, SPECIALISTS)
        ));
    }
    if sentences.is_empty() {
        return "В реестре нет данных на эту дату.".to_owned();
    }
    sentences.join(". ") + "."
}

/// The text with its first letter in capitals.
fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    chars
        .next()
        .map_or_else(String::new, |c| c.to_uppercase().chain(chars).collect())
}

/// An institution's name as every part of the report gives it: its short name, or its full
/// name when it has none, or its identifier when the registry does not know it.
fn institution_name(registry: &Registry, id: InstitutionId) -> String {
    registry.institution(id).map_or_else(
        || id.to_string(),
        |i| i.short_name.clone().unwrap_or_else(|| i.name.clone()),
    )
}

/// Names of registry records for people reading the report.
struct Names<'a> {
    registry: &'a Registry,
}

impl Names<'_> {
    fn institution(&self, id: InstitutionId) -> String {
        institution_name(self.registry, id)
    }

    /// A family MFC's name, the same in every table: a standalone centre under its
    /// institution's name, a department under its own name followed by the institution's.
    fn centre(&self, centre: &aggregate::FamilyMfc) -> String {
        match centre.department {
            Some(_) => centre.name.clone(),
            None => self.institution(centre.institution),
        }
    }

    /// The federal subject of an institution, `None` when federal or unknown.
    fn region(&self, id: InstitutionId) -> Option<RegionCode> {
        self.registry.institution(id).and_then(|i| i.region)
    }

    fn person(&self, id: PersonId) -> String {
        self.registry
            .person(id)
            .map_or_else(|| id.to_string(), |p| p.name.short())
    }
}

fn region_name(region: Option<RegionCode>) -> String {
    region.map_or_else(
        || "федеральный уровень".to_owned(),
        |r| r.subject().name().to_owned(),
    )
}

fn institutions(profile: &Profile) -> Result<Section, ReportError> {
    let mut table = Table::new(
        "Учреждения по субъектам и видам",
        [
            Column::text("Субъект"),
            Column::text("Вид учреждения"),
            Column::count("Учреждений"),
        ],
    );
    for ((region, kind), n) in profile.institutions.cells() {
        table.push_row([
            Cell::text(region_name(*region)),
            Cell::text(kind.label_ru()),
            Cell::count(n),
        ])?;
    }
    let table = table
        .total([
            Cell::text("Итого"),
            Cell::Empty,
            Cell::count(profile.institutions.total()),
        ])?
        .chart_stacked("Учреждений", "Вид учреждения")?;
    Ok(Section::new("Учреждения").table(table))
}

fn family_mfcs(profile: &Profile, names: &Names<'_>) -> Result<Section, ReportError> {
    let mfcs = &profile.family_mfcs;
    let mut table = Table::new(
        "Семейные МФЦ",
        [
            Column::text("Субъект"),
            Column::text("Семейный МФЦ"),
            Column::text("Форма"),
        ],
    );
    // In human order: by subject code, then by name; a standalone centre under the name the
    // rest of the report gives its institution.
    let mut centres: Vec<(Option<RegionCode>, String, &str)> = mfcs
        .centres()
        .iter()
        .map(|centre| {
            let form = match centre.department {
                Some(_) => "отделение учреждения",
                None => "самостоятельное учреждение",
            };
            (centre.region, names.centre(centre), form)
        })
        .collect();
    centres.sort_by(|a, b| (a.0, &a.1).cmp(&(b.0, &b.1)));
    for (region, name, form) in centres {
        table.push_row([
            Cell::text(region_name(region)),
            Cell::text(name),
            Cell::text(form),
        ])?;
    }
    let table = table.note(
        "Семейный МФЦ считается один раз: самостоятельное учреждение или отделение другого учреждения.",
    );
    if mfcs.total() == 0 {
        return Ok(Section::new("Семейные МФЦ").table(table));
    }
    let text = format!(
        "Всего {}: самостоятельных учреждений — {}, отделений других учреждений — {}.",
        count_ru(mfcs.total(), CENTRES),
        mfcs.standalone().total() + mfcs.without_region(),
        mfcs.departments().total(),
    );
    Ok(Section::new("Семейные МФЦ").paragraph(text).table(table))
}

fn service_points(profile: &Profile, names: &Names<'_>) -> Result<Section, ReportError> {
    let points = &profile.service_points;
    let mut by_institution = Table::new(
        format!(
            "Точки присутствия, работающие на {}",
            points.date().format("%d.%m.%Y")
        ),
        [
            Column::text("Учреждение"),
            Column::count("Точек присутствия"),
        ],
    );
    // In human order: by subject code, then by name.
    let mut rows: Vec<_> = points
        .by_institution()
        .sorted()
        .into_iter()
        .map(|(&id, n)| (names.region(id), names.institution(id), n))
        .collect();
    rows.sort();
    for (_, name, n) in rows {
        by_institution.push_row([Cell::text(name), Cell::count(n)])?;
    }
    let by_institution = by_institution
        .total([Cell::text("Итого"), Cell::count(points.total())])?
        .chart("Точек присутствия")?;
    let mut by_kind = Table::new(
        "Точки присутствия по видам",
        [Column::text("Вид"), Column::count("Точек")],
    );
    for (kind, n) in points.by_kind().sorted() {
        by_kind.push_row([Cell::text(kind.label_ru()), Cell::count(n)])?;
    }
    let mut section = Section::new("Точки присутствия")
        .table(by_institution)
        .table(by_kind);
    if points.temporarily_closed() > 0 {
        let closed = points.temporarily_closed();
        section = section.paragraph(format!(
            "Временно {} {}.",
            agree_ru(closed, DO_NOT_WORK),
            count_ru(closed, POINTS)
        ));
    }
    Ok(section)
}

fn staff(profile: &Profile, names: &Names<'_>) -> Result<Section, ReportError> {
    let staff = &profile.staff;
    let mut by_role = Table::new(
        format!("Должности, занятые на {}", staff.date().format("%d.%m.%Y")),
        [
            Column::text("Должность"),
            Column::count("Всего"),
            Column::count("Из них и.о."),
        ],
    );
    for (role, n) in staff.by_role().sorted() {
        by_role.push_row([
            Cell::text(role.label_ru()),
            Cell::count(n),
            Cell::count(staff.acting_by_role().get(role)),
        ])?;
    }
    let by_role = by_role.total([
        Cell::text("Итого"),
        Cell::count(staff.total()),
        Cell::count(staff.acting_by_role().total()),
    ])?;
    let mut acting = Table::new(
        "Исполняющие обязанности («и.о.»)",
        [
            Column::text("ФИО"),
            Column::text("Должность"),
            Column::text("Учреждение"),
            Column::date("С"),
        ],
    );
    for post in staff.acting() {
        acting.push_row([
            Cell::text(names.person(post.person)),
            Cell::text(
                post.title
                    .clone()
                    .unwrap_or_else(|| post.role.label_ru().to_owned()),
            ),
            Cell::text(names.institution(post.institution)),
            post.since.into(),
        ])?;
    }
    let mut section = Section::new("Кадры");
    if staff.total() > 0 {
        section = section.paragraph(format!(
            "{} {}; исполняющими обязанности замещено: {}.",
            capitalised(agree_ru(staff.total(), COUNTED_F)),
            count_ru(staff.total(), POSTS),
            staff.acting_by_role().total()
        ));
    }
    let mut section = section.table(by_role).table(acting);
    if let Some(centres) = growth::centre_staff(&profile.staff_per_family_mfc, names)? {
        section = section.table(centres);
    }
    Ok(section)
}

/// A reconciled figure as a cell: as stated, or — counted from the records, which name only
/// the people or places they know of — as a lower bound («не менее 4»).
fn reconciled_cell(figure: &Reconciled) -> Cell {
    match (figure.value, figure.basis) {
        (None, _) => Cell::Empty,
        (Some(value), Some(Basis::Attendees | Basis::HeadCounts)) if value.is_exact() => {
            Cell::AtLeast(value.value())
        }
        (Some(value), _) => Cell::from(value),
    }
}

fn basis_note(what: &str, figure: &Reconciled) -> Option<String> {
    let basis = figure.basis?;
    let mut note = format!("{what}: {}", basis.label());
    if !figure.consistent {
        note.push_str(" (расходится с учтёнными записями)");
    }
    Some(note)
}

fn events(profile: &Profile, names: &Names<'_>) -> Result<Section, ReportError> {
    let mut table = Table::new(
        "Мероприятия",
        [
            Column::text("Мероприятие"),
            Column::period("Даты"),
            Column::text("Уровень"),
            Column::text("Субъект"),
            Column::stated("Участников"),
            Column::stated("Учреждений"),
            Column::stated("Субъектов РФ"),
            Column::count("Выступающих"),
        ],
    );
    let mut section = Section::new("Мероприятия");
    for (n, summary) in profile.events.iter().enumerate() {
        let detailed = n < Table::SHOWN_ROWS;
        table.push_row([
            Cell::text(&summary.title),
            summary.dates.into(),
            Cell::text(summary.level.label_ru()),
            Cell::text(
                summary
                    .region
                    .map_or_else(String::new, |r| r.subject().name().to_owned()),
            ),
            reconciled_cell(&summary.participants),
            reconciled_cell(&summary.institutions),
            reconciled_cell(&summary.regions),
            Cell::count(summary.speakers),
        ])?;
        if !detailed {
            continue;
        }
        let notes: Vec<String> = [
            basis_note("участники", &summary.participants),
            basis_note("учреждения", &summary.institutions),
            basis_note("субъекты", &summary.regions),
        ]
        .into_iter()
        .flatten()
        .collect();
        let organizers: Vec<String> = summary
            .organizers
            .iter()
            .map(|&id| names.institution(id))
            .collect();
        let mut text = format!("«{}»", summary.title);
        if !organizers.is_empty() {
            text = format!("{text} — организаторы: {}", organizers.join("; "));
        }
        if !notes.is_empty() {
            text = format!("{text}. Источник цифр: {}", notes.join("; "));
        }
        text.push('.');
        section = section.paragraph(text);
        let mut speakers = Table::new(
            format!("Выступающие по уровню учреждения: «{}»", summary.title),
            [Column::text("Уровень"), Column::count("Выступающих")],
        );
        for (level, n) in summary.speakers_by_level.sorted() {
            let label = level.as_ref().map_or("не указан", |l| l.label_ru());
            speakers.push_row([Cell::text(label), Cell::count(n)])?;
        }
        section = section.table(speakers);
    }
    if profile.events.len() > Table::SHOWN_ROWS {
        section = section.paragraph(format!(
            "Подробно описаны первые {} из {}; все мероприятия — в таблице «Мероприятия» (полностью — в выводе CSV).",
            Table::SHOWN_ROWS,
            count_ru(profile.events.len() as u64, EVENTS_OF),
        ));
    }
    let mut by_month = Table::new(
        "Мероприятия по месяцам и уровням",
        [
            Column::date("Месяц"),
            Column::text("Уровень"),
            Column::count("Мероприятий"),
        ],
    );
    for ((month, level), n) in profile.events_by_month.cells() {
        by_month.push_row([
            (*month).into(),
            Cell::text(level.label_ru()),
            Cell::count(n),
        ])?;
    }
    let sources = event_sources(profile, names);
    let table = table.with_sources(sources);
    Ok(section.table(table).table(by_month))
}

/// The own sources of the events the events table shows, each once, in the order of the events.
fn event_sources(profile: &Profile, names: &Names<'_>) -> Vec<Source> {
    let mut sources: Vec<Source> = Vec::new();
    for summary in profile.events.iter().take(Table::SHOWN_ROWS) {
        for source in names
            .registry
            .event(summary.event)
            .into_iter()
            .flat_map(|e| &e.sources)
        {
            if !sources.contains(source) {
                sources.push(source.clone());
            }
        }
    }
    sources
}

fn programmes(profile: &Profile) -> Result<Section, ReportError> {
    let mut table = Table::new(
        "Охват программ: субъекты Российской Федерации",
        [
            Column::text("Программа"),
            Column::count("Перечислено субъектов"),
            Column::stated("По данным источника"),
            Column::share("Доля субъектов РФ"),
        ],
    );
    for coverage in &profile.programmes {
        let best = coverage.best();
        table.push_row([
            Cell::text(&coverage.title),
            Cell::count(coverage.listed),
            coverage.stated.into(),
            Share::new(best.value().min(coverage.subjects), coverage.subjects)?.into(),
        ])?;
    }
    let subjects = profile
        .programmes
        .first()
        .map_or(crate::values::FederalSubject::COUNT as u64, |c| c.subjects);
    let table = table.note(format!(
        "Доля — от {subjects} субъектов Российской Федерации (ст. 65 Конституции), по данным источника, если они есть."
    ));
    Ok(Section::new("Программы").table(table))
}

fn training(profile: &Profile, names: &Names<'_>) -> Result<Section, ReportError> {
    let mut table = Table::new(
        "Стажировочные площадки",
        [
            Column::text("Площадка"),
            Column::text("Учреждение"),
            Column::stated("Обучено (по данным источника)"),
            Column::count("Учтено по записям"),
            Column::share("Завершили обучение"),
        ],
    );
    // In human order: by the subject of the site's institution, then by the site's name.
    let site_institution = |output: &aggregate::TrainingOutput| {
        names
            .registry
            .training_site(output.site)
            .map(|s| s.institution)
    };
    let mut outputs: Vec<_> = profile
        .training
        .iter()
        .map(|output| {
            let institution = site_institution(output);
            (
                institution.and_then(|id| names.region(id)),
                output.topic.as_str(),
                institution.map(|id| names.institution(id)),
                output,
            )
        })
        .collect();
    outputs.sort_by(|a, b| (a.0, a.1, &a.2).cmp(&(b.0, b.1, &b.2)));
    for (_, _, institution, output) in &outputs {
        let completion = output.completion_rate().map_or(Cell::Empty, |_| {
            let completed = output
                .by_status
                .get(&crate::records::EnrollmentStatus::Completed);
            let withdrawn = output
                .by_status
                .get(&crate::records::EnrollmentStatus::Withdrawn);
            Share::new(completed, completed + withdrawn).map_or(Cell::Empty, Cell::from)
        });
        table.push_row([
            Cell::text(&output.topic),
            Cell::text(institution.clone().unwrap_or_default()),
            output.stated.into(),
            if output.cohorts == 0 && output.trained() == 0 {
                Cell::Empty
            } else {
                Cell::count(output.trained())
            },
            completion,
        ])?;
    }
    let mut section = Section::new("Обучение специалистов").table(table);
    for output in outputs
        .iter()
        .map(|&(.., output)| output)
        .filter(|o| o.trained() > 0)
        .take(Table::SHOWN_ROWS)
    {
        let mut by_year = Table::new(
            format!("«{}»: обучено по годам", output.topic),
            [
                Column::text("Год"),
                Column::count("Обучено"),
                Column::count("Нарастающим итогом"),
            ],
        );
        for (year, n, running) in output.cumulative() {
            by_year.push_row([
                Cell::text(year.map_or_else(|| "год не указан".to_owned(), |y| y.to_string())),
                Cell::count(n),
                Cell::count(running),
            ])?;
        }
        section = section.table(by_year.chart("Обучено")?);
    }
    // Only when cohorts are recorded: without records the count is unknown, not zero.
    if profile.region.is_some() && profile.training.iter().any(|o| o.cohorts > 0) {
        section = section.paragraph(format!(
            "Специалистов из субъекта обучено на всех площадках (по записям): {}.",
            profile.trained_from_region
        ));
    }
    Ok(section)
}
