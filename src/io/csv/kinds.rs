//! The table of each record kind: its columns and how a record becomes a row and back,
//! generated from the one description of each flat kind (`records::kinds`); only the
//! enrollments, rows of a cohort's list, are written out here.

use crate::records::{CohortId, Enrollment, Extra, flat_kinds};

use super::table::{ADDRESS_PARTS, Row, Table};

/// The columns of the fields, in order: `[accumulated] field: shape, …`.
macro_rules! columns {
    ([$($acc:expr,)*]) => { &[$($acc),*] };
    ([$($acc:expr,)*] $field:ident: address, $($rest:tt)*) => {
        columns!([$($acc,)* ADDRESS_PARTS[0], ADDRESS_PARTS[1], ADDRESS_PARTS[2],
            ADDRESS_PARTS[3], ADDRESS_PARTS[4], ADDRESS_PARTS[5], ADDRESS_PARTS[6],
            ADDRESS_PARTS[7],] $($rest)*)
    };
    ([$($acc:expr,)*] $field:ident: $shape:ident, $($rest:tt)*) => {
        columns!([$($acc,)* stringify!($field),] $($rest)*)
    };
}

/// The columns a header must have (those of the required shapes), in order.
macro_rules! required {
    ([$($acc:expr,)*]) => { &[$($acc),*] };
    ([$($acc:expr,)*] $field:ident: id, $($rest:tt)*) => {
        required!([$($acc,)* stringify!($field),] $($rest)*)
    };
    ([$($acc:expr,)*] $field:ident: text, $($rest:tt)*) => {
        required!([$($acc,)* stringify!($field),] $($rest)*)
    };
    ([$($acc:expr,)*] $field:ident: display, $($rest:tt)*) => {
        required!([$($acc,)* stringify!($field),] $($rest)*)
    };
    ([$($acc:expr,)*] $field:ident: vocab, $($rest:tt)*) => {
        required!([$($acc,)* stringify!($field),] $($rest)*)
    };
    ([$($acc:expr,)*] $field:ident: open_vocab, $($rest:tt)*) => {
        required!([$($acc,)* stringify!($field),] $($rest)*)
    };
    ([$($acc:expr,)*] $field:ident: scope, $($rest:tt)*) => {
        required!([$($acc,)* stringify!($field),] $($rest)*)
    };
    ([$($acc:expr,)*] $field:ident: $shape:ident, $($rest:tt)*) => {
        required!([$($acc,)*] $($rest)*)
    };
}

/// Writes the cell(s) of one field: `shape, writer, value, column`.
macro_rules! write_cell {
    (text, $w:ident, $v:expr, $column:expr) => {
        $w.text(&$v)
    };
    (opt_text, $w:ident, $v:expr, $column:expr) => {
        $w.opt_text($column, $v.as_ref())?
    };
    (open_vocab, $w:ident, $v:expr, $column:expr) => {
        $w.term($column, &$v)?
    };
    (opt_open_vocab, $w:ident, $v:expr, $column:expr) => {
        $w.opt_term($column, $v.as_ref())?
    };
    (open_vocab_list, $w:ident, $v:expr, $column:expr) => {
        $w.terms($column, &$v)?
    };
    (id_list, $w:ident, $v:expr, $column:expr) => {
        $w.list(&$v)
    };
    (display_list, $w:ident, $v:expr, $column:expr) => {
        $w.list(&$v)
    };
    (flag, $w:ident, $v:expr, $column:expr) => {
        $w.flag($v)
    };
    (json, $w:ident, $v:expr, $column:expr) => {
        $w.json(&$v)
    };
    (address, $w:ident, $v:expr, $column:expr) => {
        $w.address($v.as_ref())
    };
    (id, $w:ident, $v:expr, $column:expr) => {
        $w.value(&$v)
    };
    (display, $w:ident, $v:expr, $column:expr) => {
        $w.value(&$v)
    };
    (vocab, $w:ident, $v:expr, $column:expr) => {
        $w.value(&$v)
    };
    (scope, $w:ident, $v:expr, $column:expr) => {
        $w.value(&$v)
    };
    // opt_id, opt_display, opt_vocab, opt_region, opt_date, opt_known_date, opt_count
    ($optional:ident, $w:ident, $v:expr, $column:expr) => {
        $w.opt($v.as_ref())
    };
}

/// Reads the cell(s) of one field: `shape, row, column`.
macro_rules! read_cell {
    (text, $row:ident, $column:expr) => {
        $row.text($column)
    };
    (opt_text, $row:ident, $column:expr) => {
        $row.opt_text($column)
    };
    (id_list, $row:ident, $column:expr) => {
        $row.list($column)?
    };
    (display_list, $row:ident, $column:expr) => {
        $row.list($column)?
    };
    (open_vocab_list, $row:ident, $column:expr) => {
        $row.list($column)?
    };
    (flag, $row:ident, $column:expr) => {
        $row.flag($column)?
    };
    (json, $row:ident, $column:expr) => {
        $row.json($column)?
    };
    (address, $row:ident, $column:expr) => {
        $row.address()?
    };
    (id, $row:ident, $column:expr) => {
        $row.req($column)?
    };
    (display, $row:ident, $column:expr) => {
        $row.req($column)?
    };
    (vocab, $row:ident, $column:expr) => {
        $row.req($column)?
    };
    (open_vocab, $row:ident, $column:expr) => {
        $row.req($column)?
    };
    (scope, $row:ident, $column:expr) => {
        $row.req($column)?
    };
    // opt_id, opt_display, opt_vocab, opt_open_vocab, opt_region, opt_date, opt_known_date, opt_count
    ($optional:ident, $row:ident, $column:expr) => {
        $row.opt($column)?
    };
}

/// Reads a field in the first pass (marked `#[new]`) or the second (the rest), so that the
/// cells are read in the order the hand-written tables read them.
macro_rules! read_pass {
    (first, new, $shape:ident, $row:ident, $field:ident) => {
        let $field = read_cell!($shape, $row, stringify!($field));
    };
    (second, , $shape:ident, $row:ident, $field:ident) => {
        let $field = read_cell!($shape, $row, stringify!($field));
    };
    ($pass:ident, $($new:ident)?, $shape:ident, $row:ident, $field:ident) => {};
}

/// A `Table` constant for each flat kind of the description.
macro_rules! tables {
    ($($ty:ident {
        record: $record:literal, table: $table:literal, csv: $csv:ident, arrow: $arrow:ident,
        name: $name:expr,
        fields: [$($(#[$new:ident])? $field:ident: $shape:ident $(= $strategy:expr)?,)*]
    })*) => {$(
        pub(super) const $csv: Table<crate::records::$ty> = Table {
            kind: $record,
            columns: columns!([] $($field: $shape,)*),
            required: required!([] $($field: $shape,)*),
            name: $name,
            extra: |r| &r.extra,
            extra_mut: |r| &mut r.extra,
            write: |r, w| {
                $(write_cell!($shape, w, r.$field, stringify!($field));)*
                Ok(())
            },
            read: |row: &Row<'_>| {
                $(read_pass!(first, $($new)?, $shape, row, $field);)*
                $(read_pass!(second, $($new)?, $shape, row, $field);)*
                Ok(crate::records::$ty {
                    $($field,)*
                    extra: Extra::new(),
                })
            },
        };
    )*};
}

flat_kinds!(tables);

pub(super) const ENROLLMENTS: Table<(CohortId, Enrollment)> = Table {
    kind: "enrollment",
    columns: &[
        "cohort",
        "person",
        "home_region",
        "home_institution",
        "status",
    ],
    required: &["cohort", "status"],
    name: |(cohort, e)| match e.person {
        Some(person) => format!("of person {person} in cohort {cohort}"),
        None => format!("in cohort {cohort}"),
    },
    extra: |(_, e)| &e.extra,
    extra_mut: |(_, e)| &mut e.extra,
    write: |(cohort, e), w| {
        w.value(cohort);
        w.opt(e.person.as_ref());
        w.opt(e.home_region.as_ref());
        w.opt(e.home_institution.as_ref());
        w.value(&e.status);
        Ok(())
    },
    read: |row: &Row<'_>| {
        let mut e = Enrollment::new(row.req("status")?);
        e.person = row.opt("person")?;
        e.home_region = row.opt("home_region")?;
        e.home_institution = row.opt("home_institution")?;
        Ok((row.req("cohort")?, e))
    },
};
