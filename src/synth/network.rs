//! The network: institutions with departments, their service points, people and their posts.

use super::lexicon::{STREETS, TOWNS, region_weight};
use super::rng::{Rng, Weighted};
use super::{Counts, identifiers};
use crate::records::Vocabulary;
use crate::records::{
    Appointment, Department, DepartmentKind, Id, Institution, InstitutionKind, LegalForm, Level,
    Person, Role, ServicePoint, ServicePointKind,
};
use crate::registry::Dataset;
use crate::values::name::lexicon::{
    FEMALE_GIVEN_NAMES, MALE_GIVEN_NAMES, PATRONYMICS, SURNAMES, feminine_surname,
};
use crate::values::{KnownDate, PartialDate, RegionCode};

/// The kinds of institution and how common each is.
const KINDS: &[(InstitutionKind, f64)] = &[
    (InstitutionKind::Kcson, 45.0),
    (InstitutionKind::FamilySupportCentre, 15.0),
    (InstitutionKind::FamilyMfc, 10.0),
    (InstitutionKind::SupplementaryEducation, 12.0),
    (InstitutionKind::PublicOrganisation, 6.0),
    (InstitutionKind::PublicOrganisationBranch, 4.0),
    (InstitutionKind::Fund, 2.0),
    (InstitutionKind::Department, 2.0),
    (InstitutionKind::Ministry, 2.0),
    (InstitutionKind::Government, 2.0),
];

/// The federal subjects drawn by weight.
pub(super) fn regions() -> (Vec<RegionCode>, Weighted) {
    let regions: Vec<RegionCode> = RegionCode::all().collect();
    let weights = Weighted::new(regions.iter().map(|&r| region_weight(r)));
    (regions, weights)
}

/// A date in a year range, to the day.
pub(super) fn day(rng: &mut Rng, first_year: i32, last_year: i32) -> Option<PartialDate> {
    let span = u32::try_from(last_year - first_year + 1).ok()?;
    let year = first_year + i32::try_from(rng.below_u32(span)).ok()?;
    let month = 1 + rng.below_u32(12);
    let day = 1 + rng.below_u32(28);
    PartialDate::from_ymd(year, month, day).ok()
}

/// One institution of a kind in a region, numbered `n`.
fn institution(rng: &mut Rng, n: usize, kind: &InstitutionKind, region: RegionCode) -> Institution {
    let town = rng.pick(TOWNS);
    let subject = region.subject().name();
    let (name, legal_form, level) = match kind {
        InstitutionKind::Kcson => (
            format!(
                "ГБУ «Комплексный центр социального обслуживания населения «{town}» № {n}» ({subject})"
            ),
            LegalForm::Gbu,
            Level::Regional,
        ),
        InstitutionKind::FamilySupportCentre => (
            format!("ГКУ «Центр социальной помощи семье и детям № {n}» ({subject})"),
            LegalForm::Gku,
            Level::Regional,
        ),
        InstitutionKind::FamilyMfc => (
            format!("ГУ «Семейный многофункциональный центр «{town}» № {n}» ({subject})"),
            LegalForm::Gu,
            Level::Regional,
        ),
        InstitutionKind::SupplementaryEducation => (
            format!("МБУДО «Центр детского творчества «{town}» № {n}» ({subject})"),
            LegalForm::Mbudo,
            Level::Municipal,
        ),
        InstitutionKind::PublicOrganisation | InstitutionKind::PublicOrganisationBranch => (
            format!("АНО «Семья «{town}» № {n}» ({subject})"),
            LegalForm::Ano,
            Level::NonState,
        ),
        other => (
            format!("{} № {n} ({subject})", other.label_ru()),
            LegalForm::Gu,
            Level::Regional,
        ),
    };
    let mut record = Institution::new(Id::from_uuid(rng.uuid()), name, kind.clone(), level);
    record.legal_form = Some(legal_form);
    record.region = Some(region);
    record.inn = identifiers::inn(rng, region);
    record.ogrn = identifiers::ogrn(rng, region);
    if *kind == InstitutionKind::FamilyMfc {
        record.opened = day(rng, 2023, 2025).map(KnownDate::On);
    }
    if *kind == InstitutionKind::Kcson && rng.chance(0.3) {
        let mut department = Department::new(
            Id::from_uuid(rng.uuid()),
            "Отделение «Семейный МФЦ»",
            DepartmentKind::FamilyMfc,
        );
        department.opened = day(rng, 2023, 2025).map(KnownDate::On);
        record.departments.push(department);
    }
    record
}

/// Institutions by region weight and kind; each knows its region.
pub(super) fn institutions(rng: &mut Rng, counts: &Counts, dataset: &mut Dataset) {
    let (regions, by_weight) = regions();
    let kinds = Weighted::new(KINDS.iter().map(|(_, w)| *w));
    for n in 0..counts.institutions {
        // Every subject first, then by weight.
        let region = if n < regions.len() && counts.institutions >= regions.len() {
            regions[n]
        } else {
            regions[by_weight.draw(rng)]
        };
        let kind = &KINDS[kinds.draw(rng)].0;
        dataset
            .institutions
            .push(institution(rng, n + 1, kind, region));
    }
}

/// Service points: at least one of each institution (its flagship), the rest anywhere.
pub(super) fn service_points(rng: &mut Rng, counts: &Counts, dataset: &mut Dataset) {
    let institutions = &dataset.institutions;
    for n in 0..counts.service_points.max(institutions.len()) {
        let (owner, kind) = if n < institutions.len() {
            (&institutions[n], ServicePointKind::Flagship)
        } else {
            let kind = match rng.below(10) {
                0 => ServicePointKind::Online,
                1 | 2 => ServicePointKind::Outreach,
                _ => ServicePointKind::Branch,
            };
            (rng.pick(institutions), kind)
        };
        let name = match kind {
            ServicePointKind::Flagship => "Флагманское отделение".to_owned(),
            ServicePointKind::Online => "Онлайн-приёмная".to_owned(),
            ServicePointKind::Outreach => format!("Мобильная точка № {n}"),
            _ => format!("Отделение № {n}"),
        };
        let address = match (&kind, owner.region) {
            (ServicePointKind::Online, _) | (_, None) => None,
            (_, Some(region)) => format!(
                "{}, г. {}, {}, {}",
                region.subject().name(),
                rng.pick(TOWNS),
                rng.pick(STREETS),
                1 + rng.below(150)
            )
            .parse()
            .ok(),
        };
        let mut point = ServicePoint::new(Id::from_uuid(rng.uuid()), owner.id, name, kind);
        point.address = address;
        point.department = owner.departments.first().map(|d| d.id);
        dataset.service_points.push(point);
    }
}

/// A full name: surname, given name, patronymic, of either sex.
fn full_name(rng: &mut Rng) -> String {
    let surname = rng.pick(SURNAMES);
    let (male_patronymic, female_patronymic) = *rng.pick(PATRONYMICS);
    if rng.chance(0.7) {
        let given = rng.pick(FEMALE_GIVEN_NAMES);
        format!("{} {given} {female_patronymic}", feminine_surname(surname))
    } else {
        let given = rng.pick(MALE_GIVEN_NAMES);
        format!("{surname} {given} {male_patronymic}")
    }
}

/// People with full names (none known only by initials, so none is a possible duplicate of
/// another) and one post each: the first post of an institution is its director's.
pub(super) fn staff(rng: &mut Rng, counts: &Counts, dataset: &mut Dataset) {
    let mut has_director = vec![false; dataset.institutions.len()];
    for n in 0..counts.persons {
        let Ok(name) = full_name(rng).parse() else {
            continue;
        };
        let person = Person::new(Id::from_uuid(rng.uuid()), name);
        // Every institution gets staff first, then by chance.
        let at = if n < dataset.institutions.len() {
            n
        } else {
            rng.below(dataset.institutions.len())
        };
        if n < counts.appointments {
            let role = if has_director[at] {
                match rng.below(10) {
                    0 => Role::DeputyDirector,
                    1 => Role::HeadOfDepartment,
                    _ => Role::Specialist,
                }
            } else {
                has_director[at] = true;
                Role::Director
            };
            let mut post = Appointment::new(
                Id::from_uuid(rng.uuid()),
                person.id,
                dataset.institutions[at].id,
                role,
            );
            post.start = day(rng, 2012, 2024);
            dataset.appointments.push(post);
        }
        dataset.persons.push(person);
    }
}
