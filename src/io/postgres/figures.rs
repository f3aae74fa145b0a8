//! The figures of the views of `migrations/0002_figures.sql`, read back as the crate's own
//! types, so that they compare with the crate's aggregations (and print beside them).

use postgres::Client;

use crate::aggregate::{AttendanceByRegionKind, FamiliesCell, FamilyFigures, FamilyMfc};
use crate::records::InstitutionKind;
use crate::values::RegionCode;

use super::read::Cells;
use super::{CellError, PgError};

/// One row of the view `family_mfcs_by_region`.
///
/// # Example
/// ```
/// use social_services::io::postgres::figures::FamilyMfcsRow;
/// let row = FamilyMfcsRow { region: None, standalone: 1, departments: 2 };
/// assert_eq!(row.standalone + row.departments, 3);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct FamilyMfcsRow {
    /// The federal subject; `None` for the centres of institutions without one.
    pub region: Option<RegionCode>,
    /// Standalone family-MFC institutions.
    pub standalone: u64,
    /// Family-MFC departments of other institutions.
    pub departments: u64,
}

fn count(cells: &Cells<'_>, column: &str) -> Result<u64, PgError> {
    let text = cells.text(column)?;
    text.parse().map_err(|_| {
        cells.error(
            column,
            CellError::Number {
                value: text.clone(),
                expected: "a count",
            },
        )
    })
}

/// The view `family_mfcs`: every family MFC, sorted as
/// [`FamilyMfcsByRegion::centres`](crate::aggregate::FamilyMfcsByRegion::centres).
///
/// # Errors
/// [`PgError::Db`]; [`PgError::Cell`] for a value the crate refuses.
///
/// # Example
/// ```no_run
/// use social_services::io::postgres;
/// let mut client = postgres::connect("postgresql://postgres@127.0.0.1:5432/test")?;
/// for centre in postgres::figures::family_mfcs(&mut client)? {
///     println!("{}", centre.name);
/// }
/// # Ok::<(), postgres::PgError>(())
/// ```
pub fn family_mfcs(client: &mut Client) -> Result<Vec<FamilyMfc>, PgError> {
    let rows = client.query(
        "SELECT institution::text, region::text AS region, institution::text AS institution, \
         department::text AS department, name FROM family_mfcs",
        &[],
    )?;
    let mut centres = rows
        .iter()
        .map(|row| {
            let c = Cells::new("family_mfcs", row);
            Ok(FamilyMfc {
                region: c.region("region")?,
                institution: c.req("institution")?,
                department: c.opt("department")?,
                name: c.text("name")?,
            })
        })
        .collect::<Result<Vec<_>, PgError>>()?;
    centres.sort();
    Ok(centres)
}

/// The view `family_mfcs_by_region`, sorted by region (`None` first).
///
/// # Errors
/// As [`family_mfcs`].
///
/// # Example
/// ```no_run
/// use social_services::io::postgres;
/// let mut client = postgres::connect("postgresql://postgres@127.0.0.1:5432/test")?;
/// let rows = postgres::figures::family_mfcs_by_region(&mut client)?;
/// println!("{} regions", rows.len());
/// # Ok::<(), postgres::PgError>(())
/// ```
pub fn family_mfcs_by_region(client: &mut Client) -> Result<Vec<FamilyMfcsRow>, PgError> {
    let rows = client.query(
        "SELECT coalesce(region::text, 'none'), region::text AS region, \
         standalone::text AS standalone, departments::text AS departments FROM family_mfcs_by_region",
        &[],
    )?;
    let mut out = rows
        .iter()
        .map(|row| {
            let c = Cells::new("family_mfcs_by_region", row);
            Ok(FamilyMfcsRow {
                region: c.region("region")?,
                standalone: count(&c, "standalone")?,
                departments: count(&c, "departments")?,
            })
        })
        .collect::<Result<Vec<_>, PgError>>()?;
    out.sort();
    Ok(out)
}

fn attendance_view(
    client: &mut Client,
    view: &'static str,
) -> Result<AttendanceByRegionKind, PgError> {
    let rows = client.query(
        &format!(
            "SELECT region::text || ' × ' || institution_kind, region::text AS region, \
             institution_kind, count::text AS count FROM {view}"
        ),
        &[],
    )?;
    let mut table = AttendanceByRegionKind::default();
    for row in &rows {
        let c = Cells::new(view, row);
        let region = c
            .region("region")?
            .ok_or_else(|| c.error("region", CellError::Null))?;
        let kind: InstitutionKind = c.req("institution_kind")?;
        table.add_count(region, &kind, count(&c, "count")?);
    }
    Ok(table)
}

/// The view `attendance_by_region_kind`: the events' attendees by region × institution kind,
/// as [`aggregate::attendance_by_region_kind`](crate::aggregate::attendance_by_region_kind).
///
/// # Errors
/// As [`family_mfcs`].
///
/// # Example
/// ```no_run
/// use social_services::io::postgres;
/// let mut client = postgres::connect("postgresql://postgres@127.0.0.1:5432/test")?;
/// println!("{}", postgres::figures::attendance_by_region_kind(&mut client)?.total());
/// # Ok::<(), postgres::PgError>(())
/// ```
pub fn attendance_by_region_kind(client: &mut Client) -> Result<AttendanceByRegionKind, PgError> {
    attendance_view(client, "attendance_by_region_kind")
}

/// The view `streamed_attendance_by_region_kind`: the `attendance` table by region ×
/// institution kind, as [`stream::aggregate`](crate::stream::aggregate) of the file it was
/// loaded from.
///
/// # Errors
/// As [`family_mfcs`].
///
/// # Example
/// ```no_run
/// use social_services::io::postgres;
/// let mut client = postgres::connect("postgresql://postgres@127.0.0.1:5432/test")?;
/// println!("{}", postgres::figures::streamed_attendance_by_region_kind(&mut client)?.total());
/// # Ok::<(), postgres::PgError>(())
/// ```
pub fn streamed_attendance_by_region_kind(
    client: &mut Client,
) -> Result<AttendanceByRegionKind, PgError> {
    attendance_view(client, "streamed_attendance_by_region_kind")
}

/// The view `families_served`: families served by region and period by the finest-level-wins
/// rule, as [`FamiliesServed::cells`](crate::aggregate::FamiliesServed::cells) of
/// [`aggregate::families_served`](crate::aggregate::families_served)`(registry, None)`,
/// sorted by period then region.
///
/// # Errors
/// As [`family_mfcs`].
///
/// # Example
/// ```no_run
/// use social_services::io::postgres;
/// let mut client = postgres::connect("postgresql://postgres@127.0.0.1:5432/test")?;
/// for cell in postgres::figures::families_served(&mut client)? {
///     println!("{} {:?} {:?}", cell.period, cell.region, cell.figures.served);
/// }
/// # Ok::<(), postgres::PgError>(())
/// ```
pub fn families_served(client: &mut Client) -> Result<Vec<FamiliesCell>, PgError> {
    let rows = client.query(
        "SELECT period || ' ' || coalesce(region::text, 'none'), period, region::text AS region, \
         country::text AS country, \
         families_served::text AS families_served, families_served_qualifier, \
         families_supported::text AS families_supported, families_supported_qualifier, \
         appeals::text AS appeals, appeals_qualifier, \
         support_base::text AS support_base, support_base_qualifier \
         FROM families_served",
        &[],
    )?;
    let mut cells = rows
        .iter()
        .map(|row| {
            let c = Cells::new("families_served", row);
            Ok(FamiliesCell {
                period: c.req("period")?,
                region: c.region("region")?,
                figures: FamilyFigures {
                    served: c.count("families_served")?,
                    supported: c.count("families_supported")?,
                    appeals: c.count("appeals")?,
                    support_base: c.count("support_base")?,
                },
                country: c.flag("country")?,
            })
        })
        .collect::<Result<Vec<_>, PgError>>()?;
    cells.sort_by_key(|cell| (cell.period, cell.region));
    Ok(cells)
}
