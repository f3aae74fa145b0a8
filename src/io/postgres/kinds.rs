//! The table of each flat record kind — its columns and how a record becomes a row of `COPY`
//! and comes back from a `SELECT` — generated from the one description of each flat kind
//! (`records::kinds`), as `io::csv::kinds` does for CSV.

use crate::records::{Extra, StatisticsScope, flat_kinds};

use super::copy::CopyRows;
use super::read::Cells;
use super::{PgError, Table};

/// The columns of the fields, in order: `[accumulated] field: shape, …`.
macro_rules! columns {
    ([$($acc:expr,)*]) => { &[$($acc),*] };
    ([$($acc:expr,)*] departments: json, $($rest:tt)*) => { columns!([$($acc,)*] $($rest)*) };
    ([$($acc:expr,)*] $field:ident: address, $($rest:tt)*) => {
        columns!([$($acc,)* "address_region", "address_district", "address_locality", "address_street",
            "address_house", "address_postal_code", "address_oktmo", "address_geo",] $($rest)*)
    };
    ([$($acc:expr,)*] $field:ident: opt_count, $($rest:tt)*) => {
        columns!([$($acc,)* stringify!($field), concat!(stringify!($field), "_qualifier"),] $($rest)*)
    };
    ([$($acc:expr,)*] $field:ident: scope, $($rest:tt)*) => {
        columns!([$($acc,)* "scope", "scope_service_point", "scope_department",
            "scope_institution", "scope_region",] $($rest)*)
    };
    ([$($acc:expr,)*] $field:ident: $shape:ident, $($rest:tt)*) => {
        columns!([$($acc,)* stringify!($field),] $($rest)*)
    };
}

/// The columns that are arrays.
macro_rules! arrays {
    ([$($acc:expr,)*]) => { &[$($acc),*] };
    ([$($acc:expr,)*] $field:ident: id_list, $($rest:tt)*) => { arrays!([$($acc,)* stringify!($field),] $($rest)*) };
    ([$($acc:expr,)*] $field:ident: display_list, $($rest:tt)*) => { arrays!([$($acc,)* stringify!($field),] $($rest)*) };
    ([$($acc:expr,)*] $field:ident: open_vocab_list, $($rest:tt)*) => { arrays!([$($acc,)* stringify!($field),] $($rest)*) };
    ([$($acc:expr,)*] $field:ident: $shape:ident, $($rest:tt)*) => { arrays!([$($acc,)*] $($rest)*) };
}

/// Writes the cell(s) of one field: `field, shape, writer, record`.
macro_rules! write_cell {
    (departments, json, $w:ident, $r:ident) => {};
    ($f:ident, id, $w:ident, $r:ident) => {
        $w.value(stringify!($f), &$r.$f)?
    };
    ($f:ident, display, $w:ident, $r:ident) => {
        $w.value(stringify!($f), &$r.$f)?
    };
    ($f:ident, text, $w:ident, $r:ident) => {
        $w.text(stringify!($f), &$r.$f)?
    };
    ($f:ident, opt_text, $w:ident, $r:ident) => {
        $w.opt_text(stringify!($f), $r.$f.as_ref())?
    };
    ($f:ident, vocab, $w:ident, $r:ident) => {
        $w.term(stringify!($f), &$r.$f)?
    };
    ($f:ident, open_vocab, $w:ident, $r:ident) => {
        $w.term(stringify!($f), &$r.$f)?
    };
    ($f:ident, opt_vocab, $w:ident, $r:ident) => {
        $w.opt_term(stringify!($f), $r.$f.as_ref())?
    };
    ($f:ident, opt_open_vocab, $w:ident, $r:ident) => {
        $w.opt_term(stringify!($f), $r.$f.as_ref())?
    };
    ($f:ident, open_vocab_list, $w:ident, $r:ident) => {
        $w.terms(stringify!($f), &$r.$f)?
    };
    ($f:ident, id_list, $w:ident, $r:ident) => {
        $w.list(stringify!($f), &$r.$f)?
    };
    ($f:ident, display_list, $w:ident, $r:ident) => {
        $w.list(stringify!($f), &$r.$f)?
    };
    ($f:ident, opt_region, $w:ident, $r:ident) => {
        $w.region($r.$f)
    };
    ($f:ident, opt_count, $w:ident, $r:ident) => {
        $w.count($r.$f)
    };
    ($f:ident, flag, $w:ident, $r:ident) => {
        $w.flag($r.$f)
    };
    ($f:ident, address, $w:ident, $r:ident) => {
        $w.address($r.$f.as_ref())?
    };
    ($f:ident, json, $w:ident, $r:ident) => {
        $w.json(stringify!($f), &$r.$f)?
    };
    ($f:ident, scope, $w:ident, $r:ident) => {
        write_scope($w, $r.$f)?
    };
    // opt_id, opt_display, opt_date, opt_known_date
    ($f:ident, $optional:ident, $w:ident, $r:ident) => {
        $w.opt(stringify!($f), $r.$f.as_ref())?
    };
}

/// Reads the cell(s) of one field: `field, shape, cells`.
macro_rules! read_cell {
    (departments, json, $c:ident) => {
        Vec::new()
    };
    ($f:ident, id, $c:ident) => {
        $c.req(stringify!($f))?
    };
    ($f:ident, display, $c:ident) => {
        $c.req(stringify!($f))?
    };
    ($f:ident, vocab, $c:ident) => {
        $c.req(stringify!($f))?
    };
    ($f:ident, open_vocab, $c:ident) => {
        $c.req(stringify!($f))?
    };
    ($f:ident, text, $c:ident) => {
        $c.text(stringify!($f))?
    };
    ($f:ident, opt_text, $c:ident) => {
        $c.opt_text(stringify!($f))?
    };
    ($f:ident, id_list, $c:ident) => {
        $c.list(stringify!($f))?
    };
    ($f:ident, display_list, $c:ident) => {
        $c.list(stringify!($f))?
    };
    ($f:ident, open_vocab_list, $c:ident) => {
        $c.list(stringify!($f))?
    };
    ($f:ident, opt_region, $c:ident) => {
        $c.region(stringify!($f))?
    };
    ($f:ident, opt_count, $c:ident) => {
        $c.count(stringify!($f))?
    };
    ($f:ident, flag, $c:ident) => {
        $c.flag(stringify!($f))?
    };
    ($f:ident, address, $c:ident) => {
        $c.address()?
    };
    ($f:ident, json, $c:ident) => {
        $c.json(stringify!($f))?
    };
    ($f:ident, scope, $c:ident) => {
        $c.scope()?
    };
    // opt_id, opt_display, opt_vocab, opt_open_vocab, opt_date, opt_known_date
    ($f:ident, $optional:ident, $c:ident) => {
        $c.opt(stringify!($f))?
    };
}

/// Writes a scope of service statistics: its kind and the one `scope_…` column it names.
fn write_scope(w: &mut CopyRows, scope: StatisticsScope) -> Result<(), PgError> {
    let kind = match scope {
        StatisticsScope::ServicePoint(_) => "service_point",
        StatisticsScope::Department(_) => "department",
        StatisticsScope::Institution(_) => "institution",
        StatisticsScope::Region(_) => "region",
        StatisticsScope::Country => "country",
    };
    w.text("scope", kind)?;
    match scope {
        StatisticsScope::ServicePoint(id) => w.value("scope_service_point", &id)?,
        _ => w.null(),
    }
    match scope {
        StatisticsScope::Department(id) => w.value("scope_department", &id)?,
        _ => w.null(),
    }
    match scope {
        StatisticsScope::Institution(id) => w.value("scope_institution", &id)?,
        _ => w.null(),
    }
    w.region(match scope {
        StatisticsScope::Region(region) => Some(region),
        _ => None,
    });
    Ok(())
}

/// A `Table` constant for each flat kind of the description, named as its CSV table.
macro_rules! tables {
    ($($ty:ident {
        record: $record:literal, table: $table:literal, csv: $csv:ident, arrow: $arrow:ident,
        name: $name:expr,
        fields: [$($(#[$new:ident])? $field:ident: $shape:ident $(= $strategy:expr)?,)*]
    })*) => {$(
        pub(super) const $csv: Table<crate::records::$ty> = Table {
            relation: $table,
            conflict: if matches!($table.as_bytes(), b"service_statistics") { "key" } else { "id" },
            row_id: if matches!($table.as_bytes(), b"service_statistics") { "key" } else { "id" },
            columns: columns!([] $($field: $shape,)* extra: json,),
            arrays: arrays!([] $($field: $shape,)*),
            name: $name,
            write: |r, w| {
                $(write_cell!($field, $shape, w, r);)*
                w.json("extra", &r.extra)
            },
            read: |c: &Cells<'_>| {
                Ok(crate::records::$ty {
                    $($field: read_cell!($field, $shape, c),)*
                    extra: c.json::<Extra>("extra")?,
                })
            },
        };
    )*};
}

flat_kinds!(tables);
