//! Institutions by region and kind, and family MFCs by region.

use chrono::NaiveDate;

use crate::records::{DepartmentId, Institution, InstitutionId, InstitutionKind};
use crate::registry::Registry;
use crate::values::{KnownDate, RegionCode};

use super::{Counter, RegionCounter};

/// Institutions counted by federal subject × kind, with the margins.
///
/// Institutions without a region (federal bodies) are counted under `None`.
///
/// # Example
/// ```
/// use social_services::{aggregate, records::InstitutionKind, values::RegionCode};
///
/// let registry = social_services::sample::registry();
/// let table = aggregate::institutions_by_region_kind(&registry);
/// let ivanovo: RegionCode = "37".parse()?;
/// assert!(table.get(Some(ivanovo), &InstitutionKind::Kcson) >= 1);
/// assert_eq!(table.total(), registry.institutions().count() as u64);
/// # Ok::<(), social_services::ValueError>(())
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(try_from = "InstitutionsForm")]
pub struct InstitutionsByRegionKind {
    cells: Counter<(Option<RegionCode>, InstitutionKind)>,
    by_region: Counter<Option<RegionCode>>,
    by_kind: Counter<InstitutionKind>,
}

impl InstitutionsByRegionKind {
    /// Counts one institution.
    ///
    /// # Example
    /// ```
    /// use social_services::{records::{InstitutionId, InstitutionKind, Level}, Institution};
    /// use social_services::aggregate::InstitutionsByRegionKind;
    ///
    /// let mut table = InstitutionsByRegionKind::default();
    /// table.add(&Institution::new(InstitutionId::new_v4(), "Фонд", InstitutionKind::Fund, Level::Federal));
    /// assert_eq!(table.get(None, &InstitutionKind::Fund), 1);
    /// ```
    pub fn add(&mut self, institution: &Institution) {
        self.cells
            .increment((institution.region, institution.kind.clone()));
        self.by_region.increment(institution.region);
        self.by_kind.increment(institution.kind.clone());
    }

    /// Adds everything counted by another table (associative and commutative).
    ///
    /// # Example
    /// ```
    /// use social_services::aggregate::InstitutionsByRegionKind;
    /// let mut a = InstitutionsByRegionKind::default();
    /// a.merge(InstitutionsByRegionKind::default());
    /// assert_eq!(a.total(), 0);
    /// ```
    pub fn merge(&mut self, other: InstitutionsByRegionKind) {
        self.cells.merge(other.cells);
        self.by_region.merge(other.by_region);
        self.by_kind.merge(other.by_kind);
    }

    /// The count of one cell.
    ///
    /// # Example
    /// ```
    /// use social_services::{aggregate::InstitutionsByRegionKind, records::InstitutionKind};
    /// assert_eq!(InstitutionsByRegionKind::default().get(None, &InstitutionKind::Kcson), 0);
    /// ```
    pub fn get(&self, region: Option<RegionCode>, kind: &InstitutionKind) -> u64 {
        self.cells.get(&(region, kind.clone()))
    }

    /// The cells, sorted by region then kind.
    ///
    /// # Example
    /// ```
    /// use social_services::aggregate;
    /// let t = aggregate::institutions_by_region_kind(&social_services::sample::registry());
    /// assert!(!t.cells().is_empty());
    /// ```
    pub fn cells(&self) -> Vec<(&(Option<RegionCode>, InstitutionKind), u64)> {
        self.cells.sorted()
    }

    /// Institutions per region (the row margin).
    ///
    /// # Example
    /// ```
    /// use social_services::aggregate;
    /// let t = aggregate::institutions_by_region_kind(&social_services::sample::registry());
    /// assert_eq!(t.by_region().total(), t.total());
    /// ```
    pub fn by_region(&self) -> &Counter<Option<RegionCode>> {
        &self.by_region
    }

    /// Institutions per kind (the column margin).
    ///
    /// # Example
    /// ```
    /// use social_services::aggregate;
    /// let t = aggregate::institutions_by_region_kind(&social_services::sample::registry());
    /// assert_eq!(t.by_kind().total(), t.total());
    /// ```
    pub fn by_kind(&self) -> &Counter<InstitutionKind> {
        &self.by_kind
    }

    /// All institutions counted.
    ///
    /// # Example
    /// ```
    /// use social_services::aggregate::InstitutionsByRegionKind;
    /// assert_eq!(InstitutionsByRegionKind::default().total(), 0);
    /// ```
    pub fn total(&self) -> u64 {
        self.cells.total()
    }
}

/// Institutions of a registry counted by federal subject × kind.
///
/// # Example
/// ```
/// use social_services::aggregate;
/// let t = aggregate::institutions_by_region_kind(&social_services::sample::registry());
/// assert!(t.total() > 0);
/// ```
pub fn institutions_by_region_kind(registry: &Registry) -> InstitutionsByRegionKind {
    let mut table = InstitutionsByRegionKind::default();
    for institution in registry.institutions() {
        table.add(institution);
    }
    table
}

/// One family MFC: a whole institution of kind family MFC, or a family-MFC department of
/// another institution.
///
/// # Example
/// ```
/// use social_services::aggregate;
/// let mfcs = aggregate::family_mfcs_by_region(&social_services::sample::registry());
/// assert!(mfcs.centres().iter().any(|c| c.department.is_some()));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FamilyMfc {
    /// The federal subject (the institution's).
    pub region: Option<RegionCode>,
    /// The institution that is, or holds, the family MFC.
    pub institution: InstitutionId,
    /// The department that is the family MFC, when it is a department.
    pub department: Option<DepartmentId>,
    /// The name: the institution's, or the department's followed by the institution's.
    pub name: String,
}

/// Family MFCs by federal subject: standalone family-MFC institutions and family-MFC
/// departments of other institutions, each counted once (a family-MFC department inside a
/// family-MFC institution is part of that centre, not a second one).
///
/// # Example
/// ```
/// use social_services::{aggregate, values::RegionCode};
/// let mfcs = aggregate::family_mfcs_by_region(&social_services::sample::registry());
/// let tula: RegionCode = "71".parse()?;
/// assert_eq!(mfcs.standalone().get(tula), 1);
/// assert_eq!(mfcs.total(), mfcs.centres().len() as u64);
/// # Ok::<(), social_services::ValueError>(())
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(try_from = "FamilyMfcsForm")]
pub struct FamilyMfcsByRegion {
    standalone: RegionCounter,
    departments: RegionCounter,
    without_region: u64,
    centres: Vec<FamilyMfc>,
}

impl FamilyMfcsByRegion {
    /// Counts the family MFCs of one institution: itself, or its family-MFC departments.
    ///
    /// # Example
    /// ```
    /// use social_services::{records::{Department, DepartmentId, DepartmentKind, InstitutionId, InstitutionKind, Level}, Institution};
    /// use social_services::aggregate::FamilyMfcsByRegion;
    ///
    /// let mut kcson = Institution::new(InstitutionId::new_v4(), "КЦСОН", InstitutionKind::Kcson, Level::Regional);
    /// kcson.region = Some("37".parse()?);
    /// kcson.departments.push(Department::new(DepartmentId::new_v4(), "Семейный МФЦ", DepartmentKind::FamilyMfc));
    /// let mut mfcs = FamilyMfcsByRegion::default();
    /// mfcs.add(&kcson);
    /// assert_eq!(mfcs.departments().get("37".parse()?), 1);
    /// # Ok::<(), social_services::ValueError>(())
    /// ```
    pub fn add(&mut self, institution: &Institution) {
        for centre in centres_of(institution) {
            self.count(centre.mfc.region, centre.mfc.department.is_none());
            self.insert(centre.mfc);
        }
    }

    /// Keeps the list of centres sorted, so that the order records arrive in does not show.
    fn insert(&mut self, centre: FamilyMfc) {
        let at = self.centres.partition_point(|c| *c <= centre);
        self.centres.insert(at, centre);
    }

    fn count(&mut self, region: Option<RegionCode>, standalone: bool) {
        match (region, standalone) {
            (Some(region), true) => self.standalone.increment(region),
            (Some(region), false) => self.departments.increment(region),
            (None, _) => self.without_region += 1,
        }
    }

    /// Adds everything counted by another result (associative and commutative; the list of
    /// centres is kept sorted, so the order of merging does not show).
    ///
    /// # Example
    /// ```
    /// use social_services::aggregate::FamilyMfcsByRegion;
    /// let mut a = FamilyMfcsByRegion::default();
    /// a.merge(FamilyMfcsByRegion::default());
    /// assert_eq!(a.total(), 0);
    /// ```
    pub fn merge(&mut self, other: FamilyMfcsByRegion) {
        self.standalone.merge(&other.standalone);
        self.departments.merge(&other.departments);
        self.without_region += other.without_region;
        for centre in other.centres {
            self.insert(centre);
        }
    }

    /// Standalone family-MFC institutions per region.
    ///
    /// # Example
    /// ```
    /// use social_services::aggregate::FamilyMfcsByRegion;
    /// assert_eq!(FamilyMfcsByRegion::default().standalone().total(), 0);
    /// ```
    pub fn standalone(&self) -> &RegionCounter {
        &self.standalone
    }

    /// Family-MFC departments of other institutions per region.
    ///
    /// # Example
    /// ```
    /// use social_services::aggregate::FamilyMfcsByRegion;
    /// assert_eq!(FamilyMfcsByRegion::default().departments().total(), 0);
    /// ```
    pub fn departments(&self) -> &RegionCounter {
        &self.departments
    }

    /// Both kinds per region.
    ///
    /// # Example
    /// ```
    /// use social_services::aggregate;
    /// let m = aggregate::family_mfcs_by_region(&social_services::sample::registry());
    /// assert_eq!(m.by_region().total() + m.without_region(), m.total());
    /// ```
    pub fn by_region(&self) -> RegionCounter {
        let mut all = self.standalone.clone();
        all.merge(&self.departments);
        all
    }

    /// Family MFCs of institutions with no region.
    ///
    /// # Example
    /// ```
    /// use social_services::aggregate::FamilyMfcsByRegion;
    /// assert_eq!(FamilyMfcsByRegion::default().without_region(), 0);
    /// ```
    pub fn without_region(&self) -> u64 {
        self.without_region
    }

    /// All family MFCs counted.
    ///
    /// # Example
    /// ```
    /// use social_services::aggregate::FamilyMfcsByRegion;
    /// assert_eq!(FamilyMfcsByRegion::default().total(), 0);
    /// ```
    pub fn total(&self) -> u64 {
        self.standalone.total() + self.departments.total() + self.without_region
    }

    /// The centres counted, sorted by region, institution and department.
    ///
    /// # Example
    /// ```
    /// use social_services::aggregate;
    /// let m = aggregate::family_mfcs_by_region(&social_services::sample::registry());
    /// assert!(m.centres().windows(2).all(|w| w[0] <= w[1]));
    /// ```
    pub fn centres(&self) -> &[FamilyMfc] {
        &self.centres
    }
}

/// A family MFC of an institution with the dates it opened and closed.
pub(crate) struct Centre {
    /// Which centre it is.
    pub(crate) mfc: FamilyMfc,
    /// When it opened: the institution's date, or the department's.
    pub(crate) opened: Option<KnownDate>,
    /// When it closed: the institution's date; for a department, its own or its institution's,
    /// whichever may come first (a bound «не позднее» may come on any day before it).
    pub(crate) closed: Option<KnownDate>,
}

/// The family MFCs of one institution: itself when it is one (its family-MFC departments are
/// part of it), else each of its family-MFC departments.
pub(crate) fn centres_of(institution: &Institution) -> Vec<Centre> {
    if institution.is_family_mfc() {
        return vec![Centre {
            mfc: FamilyMfc {
                region: institution.region,
                institution: institution.id,
                department: None,
                name: institution.name.clone(),
            },
            opened: institution.opened,
            closed: institution.closed,
        }];
    }
    institution
        .departments
        .iter()
        .filter(|d| d.is_family_mfc())
        .map(|department| Centre {
            mfc: FamilyMfc {
                region: institution.region,
                institution: institution.id,
                department: Some(department.id),
                name: format!(
                    "{} ({})",
                    department.name,
                    institution
                        .short_name
                        .as_deref()
                        .unwrap_or(&institution.name)
                ),
            },
            opened: department.opened,
            closed: match (department.closed, institution.closed) {
                (Some(d), Some(i)) => {
                    let first = |c: KnownDate| c.earliest().unwrap_or(NaiveDate::MIN);
                    Some(if first(i) < first(d) { i } else { d })
                }
                (d, i) => d.or(i),
            },
        })
        .collect()
}

/// Family MFCs of a registry by federal subject.
///
/// # Example
/// ```
/// use social_services::aggregate;
/// let mfcs = aggregate::family_mfcs_by_region(&social_services::sample::registry());
/// assert_eq!(mfcs.total(), 2);
/// ```
pub fn family_mfcs_by_region(registry: &Registry) -> FamilyMfcsByRegion {
    let mut mfcs = FamilyMfcsByRegion::default();
    for institution in registry.institutions() {
        mfcs.add(institution);
    }
    mfcs
}

/// The serde form of [`InstitutionsByRegionKind`]: what it serializes, read back with the
/// margins checked against the cells.
#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct InstitutionsForm {
    cells: Counter<(Option<RegionCode>, InstitutionKind)>,
    by_region: Counter<Option<RegionCode>>,
    by_kind: Counter<InstitutionKind>,
}

impl TryFrom<InstitutionsForm> for InstitutionsByRegionKind {
    type Error = String;

    fn try_from(form: InstitutionsForm) -> Result<Self, String> {
        let mut table = InstitutionsByRegionKind::default();
        for ((region, kind), count) in form.cells.iter() {
            table.cells.add((*region, kind.clone()), count);
            table.by_region.add(*region, count);
            table.by_kind.add(kind.clone(), count);
        }
        if table.by_region != form.by_region || table.by_kind != form.by_kind {
            return Err(
                "institutions by region × kind: the margins do not add up to the cells".into(),
            );
        }
        Ok(table)
    }
}

/// The serde form of [`FamilyMfcsByRegion`]: what it serializes, read back with the counts
/// checked against the list of centres.
#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct FamilyMfcsForm {
    standalone: RegionCounter,
    departments: RegionCounter,
    without_region: u64,
    centres: Vec<FamilyMfc>,
}

impl TryFrom<FamilyMfcsForm> for FamilyMfcsByRegion {
    type Error = String;

    fn try_from(form: FamilyMfcsForm) -> Result<Self, String> {
        let mut mfcs = FamilyMfcsByRegion::default();
        for centre in form.centres {
            mfcs.count(centre.region, centre.department.is_none());
            mfcs.insert(centre);
        }
        if mfcs.standalone != form.standalone
            || mfcs.departments != form.departments
            || mfcs.without_region != form.without_region
        {
            return Err("family MFCs by region: the counts do not add up to the centres".into());
        }
        Ok(mfcs)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::records::{Department, DepartmentKind, Level};

    fn institution(name: &str, kind: InstitutionKind, region: &str) -> Institution {
        let mut i = Institution::new(InstitutionId::from_name(name), name, kind, Level::Regional);
        i.region = Some(region.parse().unwrap());
        i
    }

    #[test]
    fn counts_institutions_by_region_and_kind_with_margins() {
        let mut table = InstitutionsByRegionKind::default();
        for i in [
            institution("a", InstitutionKind::Kcson, "37"),
            institution("b", InstitutionKind::Kcson, "37"),
            institution("c", InstitutionKind::FamilyMfc, "71"),
        ] {
            table.add(&i);
        }
        let ivanovo = Some("37".parse().unwrap());
        assert_eq!(table.get(ivanovo, &InstitutionKind::Kcson), 2);
        assert_eq!(table.by_region().get(&ivanovo), 2);
        assert_eq!(table.by_kind().get(&InstitutionKind::FamilyMfc), 1);
        assert_eq!(table.total(), 3);
    }

    #[test]
    fn counts_a_family_mfc_institution_once_even_with_a_family_mfc_department() {
        let mut centre = institution("centre", InstitutionKind::FamilyMfc, "71");
        centre.departments.push(Department::new(
            DepartmentId::from_name("d"),
            "Семейный МФЦ",
            DepartmentKind::FamilyMfc,
        ));
        let mut kcson = institution("kcson", InstitutionKind::Kcson, "37");
        kcson.departments.push(Department::new(
            DepartmentId::from_name("k"),
            "Семейный МФЦ",
            DepartmentKind::FamilyMfc,
        ));
        kcson.departments.push(Department::new(
            DepartmentId::from_name("r"),
            "Ранняя помощь",
            DepartmentKind::Rehabilitation,
        ));
        let mut mfcs = FamilyMfcsByRegion::default();
        mfcs.add(&centre);
        mfcs.add(&kcson);
        assert_eq!(mfcs.standalone().total(), 1);
        assert_eq!(mfcs.departments().total(), 1);
        assert_eq!(mfcs.total(), 2);
        // Sorted by region: Ivanovo (37) before Tula (71).
        assert_eq!(mfcs.centres()[0].name, "Семейный МФЦ (kcson)");
    }

    #[test]
    fn split_then_merge_equals_whole() {
        let all: Vec<Institution> = (0..6)
            .map(|n| {
                institution(
                    &format!("i{n}"),
                    if n % 2 == 0 {
                        InstitutionKind::FamilyMfc
                    } else {
                        InstitutionKind::Kcson
                    },
                    if n < 3 { "37" } else { "71" },
                )
            })
            .collect();
        let mut whole = FamilyMfcsByRegion::default();
        let mut whole_table = InstitutionsByRegionKind::default();
        for i in &all {
            whole.add(i);
            whole_table.add(i);
        }
        for at in 0..=all.len() {
            let (mut left, mut right) =
                (FamilyMfcsByRegion::default(), FamilyMfcsByRegion::default());
            let (mut left_table, mut right_table) = (
                InstitutionsByRegionKind::default(),
                InstitutionsByRegionKind::default(),
            );
            for i in &all[..at] {
                left.add(i);
                left_table.add(i);
            }
            for i in &all[at..] {
                right.add(i);
                right_table.add(i);
            }
            right.merge(left);
            right_table.merge(left_table);
            assert_eq!(right, whole);
            assert_eq!(right_table, whole_table);
        }
    }
}
