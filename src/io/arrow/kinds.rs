//! The table of each flat record kind, generated from its one description
//! (`records::kinds`): its columns, how records become columns and back. The enrollments and
//! the attendance, which are not records of their own, are in `attendance`.

use crate::records::flat_kinds;

use super::schema::{ADDRESS, Kind, defaulted, optional, required};
use super::scope;
use super::spec::Spec;

/// The columns of the fields, in order, then `extra`: `[accumulated] field: shape, …`.
macro_rules! columns {
    ([$($acc:tt)*]) => { &[$($acc)* optional("extra", Kind::Json)] };
    ([$($acc:tt)*] $f:ident: opt_date, $($rest:tt)*) => {
        columns!([$($acc)* optional(stringify!($f), Kind::Date),
            optional(concat!(stringify!($f), "_precision"), Kind::Code),] $($rest)*)
    };
    ([$($acc:tt)*] $f:ident: opt_known_date, $($rest:tt)*) => {
        columns!([$($acc)* optional(stringify!($f), Kind::Date),
            optional(concat!(stringify!($f), "_precision"), Kind::Code),
            optional(concat!(stringify!($f), "_bound"), Kind::Code),] $($rest)*)
    };
    ([$($acc:tt)*] $f:ident: opt_count, $($rest:tt)*) => {
        columns!([$($acc)* optional(stringify!($f), Kind::Count),
            optional(concat!(stringify!($f), "_qualifier"), Kind::Code),] $($rest)*)
    };
    ([$($acc:tt)*] $f:ident: address, $($rest:tt)*) => {
        columns!([$($acc)* ADDRESS[0], ADDRESS[1], ADDRESS[2], ADDRESS[3], ADDRESS[4],
            ADDRESS[5], ADDRESS[6], ADDRESS[7], ADDRESS[8],] $($rest)*)
    };
    ([$($acc:tt)*] $f:ident: scope, $($rest:tt)*) => {
        columns!([$($acc)* required(stringify!($f), Kind::Code),
            optional(concat!(stringify!($f), "_id"), Kind::Id),
            optional(concat!(stringify!($f), "_region"), Kind::Code),] $($rest)*)
    };
    ([$($acc:tt)*] $f:ident: $shape:ident, $($rest:tt)*) => {
        columns!([$($acc)* column!($shape, stringify!($f)),] $($rest)*)
    };
}

/// The one column of a field of a one-column shape.
macro_rules! column {
    (id, $c:expr) => {
        required($c, Kind::Id)
    };
    (opt_id, $c:expr) => {
        optional($c, Kind::Id)
    };
    (id_list, $c:expr) => {
        defaulted($c, Kind::IdList)
    };
    (text, $c:expr) => {
        required($c, Kind::Text)
    };
    (opt_text, $c:expr) => {
        optional($c, Kind::Text)
    };
    (display, $c:expr) => {
        required($c, Kind::Text)
    };
    (opt_display, $c:expr) => {
        optional($c, Kind::Text)
    };
    (display_list, $c:expr) => {
        defaulted($c, Kind::TextList)
    };
    (vocab, $c:expr) => {
        required($c, Kind::Term)
    };
    (opt_vocab, $c:expr) => {
        optional($c, Kind::Term)
    };
    (open_vocab, $c:expr) => {
        required($c, Kind::Term)
    };
    (opt_open_vocab, $c:expr) => {
        optional($c, Kind::Term)
    };
    (open_vocab_list, $c:expr) => {
        defaulted($c, Kind::TextList)
    };
    (opt_region, $c:expr) => {
        optional($c, Kind::Code)
    };
    (flag, $c:expr) => {
        defaulted($c, Kind::Flag)
    };
    (json, $c:expr) => {
        optional($c, Kind::Json)
    };
}

/// Builds the column(s) of one field: `shape, columns, records, field`.
macro_rules! write_column {
    (id, $c:ident, $rs:ident, $f:ident) => {
        $c.ids($rs.iter().map(|r| Some(&r.$f)))
    };
    (opt_id, $c:ident, $rs:ident, $f:ident) => {
        $c.ids($rs.iter().map(|r| r.$f.as_ref()))
    };
    (id_list, $c:ident, $rs:ident, $f:ident) => {
        $c.id_lists($rs.iter().map(|r| r.$f.as_slice()))
    };
    (text, $c:ident, $rs:ident, $f:ident) => {
        $c.texts($rs.iter().map(|r| Some(r.$f.as_str())))
    };
    (opt_text, $c:ident, $rs:ident, $f:ident) => {
        $c.texts($rs.iter().map(|r| r.$f.as_deref()))
    };
    (display, $c:ident, $rs:ident, $f:ident) => {
        $c.displays($rs.iter().map(|r| Some(&r.$f)))
    };
    (opt_display, $c:ident, $rs:ident, $f:ident) => {
        $c.displays($rs.iter().map(|r| r.$f.as_ref()))
    };
    (display_list, $c:ident, $rs:ident, $f:ident) => {
        $c.display_lists($rs.iter().map(|r| r.$f.as_slice()))
    };
    (vocab, $c:ident, $rs:ident, $f:ident) => {
        $c.terms(stringify!($f), $rs.iter().map(|r| Some(&r.$f)))?
    };
    (open_vocab, $c:ident, $rs:ident, $f:ident) => {
        write_column!(vocab, $c, $rs, $f)
    };
    (opt_vocab, $c:ident, $rs:ident, $f:ident) => {
        $c.terms(stringify!($f), $rs.iter().map(|r| r.$f.as_ref()))?
    };
    (opt_open_vocab, $c:ident, $rs:ident, $f:ident) => {
        write_column!(opt_vocab, $c, $rs, $f)
    };
    (open_vocab_list, $c:ident, $rs:ident, $f:ident) => {
        $c.term_lists(stringify!($f), $rs.iter().map(|r| r.$f.as_slice()))?
    };
    (opt_region, $c:ident, $rs:ident, $f:ident) => {
        $c.regions($rs.iter().map(|r| r.$f))
    };
    (opt_date, $c:ident, $rs:ident, $f:ident) => {
        $c.dates($rs.iter().map(|r| r.$f))
    };
    (opt_known_date, $c:ident, $rs:ident, $f:ident) => {
        $c.known_dates($rs.iter().map(|r| r.$f))
    };
    (opt_count, $c:ident, $rs:ident, $f:ident) => {
        $c.counts($rs.iter().map(|r| r.$f))
    };
    (flag, $c:ident, $rs:ident, $f:ident) => {
        $c.flags($rs.iter().map(|r| r.$f))
    };
    (json, $c:ident, $rs:ident, $f:ident) => {
        $c.json($rs.iter().map(|r| r.$f.as_slice()))
    };
    (address, $c:ident, $rs:ident, $f:ident) => {
        $c.addresses($rs.iter().map(|r| r.$f.as_ref()))
    };
    (scope, $c:ident, $rs:ident, $f:ident) => {
        scope::write($c, $rs.iter().map(|r| &r.$f))
    };
}

/// The reader of the column(s) of one field: `shape, batch, field`.
macro_rules! read_column {
    (id, $b:ident, $f:ident) => {
        $b.ids(stringify!($f))?
    };
    (opt_id, $b:ident, $f:ident) => {
        $b.ids(stringify!($f))?
    };
    (id_list, $b:ident, $f:ident) => {
        $b.id_lists(stringify!($f))?
    };
    (text, $b:ident, $f:ident) => {
        $b.texts(stringify!($f))?
    };
    (opt_text, $b:ident, $f:ident) => {
        $b.texts(stringify!($f))?
    };
    (display_list, $b:ident, $f:ident) => {
        $b.lists(stringify!($f))?
    };
    (open_vocab_list, $b:ident, $f:ident) => {
        $b.lists(stringify!($f))?
    };
    (opt_date, $b:ident, $f:ident) => {
        $b.dates(stringify!($f), concat!(stringify!($f), "_precision"))?
    };
    (opt_known_date, $b:ident, $f:ident) => {
        $b.known_dates(
            stringify!($f),
            concat!(stringify!($f), "_precision"),
            concat!(stringify!($f), "_bound"),
        )?
    };
    (opt_count, $b:ident, $f:ident) => {
        $b.counts(stringify!($f), concat!(stringify!($f), "_qualifier"))?
    };
    (flag, $b:ident, $f:ident) => {
        $b.flags(stringify!($f))?
    };
    (json, $b:ident, $f:ident) => {
        $b.json(stringify!($f))?
    };
    (address, $b:ident, $f:ident) => {
        $b.addresses()?
    };
    (scope, $b:ident, $f:ident) => {
        scope::read($b)?
    };
    // display, opt_display, vocab, opt_vocab, open_vocab, opt_open_vocab, opt_region
    ($value:ident, $b:ident, $f:ident) => {
        $b.values(stringify!($f))?
    };
}

/// The value of one field in row `i` from its column reader: `shape, cells, i`.
macro_rules! read_cell {
    (id, $cells:ident, $i:ident) => {
        $cells.req($i)?
    };
    (text, $cells:ident, $i:ident) => {
        $cells.req($i)?
    };
    (display, $cells:ident, $i:ident) => {
        $cells.req($i)?
    };
    (vocab, $cells:ident, $i:ident) => {
        $cells.req($i)?
    };
    (open_vocab, $cells:ident, $i:ident) => {
        $cells.req($i)?
    };
    (scope, $cells:ident, $i:ident) => {
        $cells.req($i)?
    };
    (id_list, $cells:ident, $i:ident) => {
        $cells.or_default($i)?
    };
    (display_list, $cells:ident, $i:ident) => {
        $cells.or_default($i)?
    };
    (open_vocab_list, $cells:ident, $i:ident) => {
        $cells.or_default($i)?
    };
    (flag, $cells:ident, $i:ident) => {
        $cells.or_default($i)?
    };
    (json, $cells:ident, $i:ident) => {
        $cells.or_default($i)?
    };
    // opt_…, address
    ($optional:ident, $cells:ident, $i:ident) => {
        $cells.get($i)?
    };
}

/// Reads a field of row `i` in the first pass (marked `#[new]`) or the second (the rest), in
/// the order the hand-written tables read them.
macro_rules! read_pass {
    (first, new, $shape:ident, $i:ident, $f:ident) => {
        let $f = read_cell!($shape, $f, $i);
    };
    (second, , $shape:ident, $i:ident, $f:ident) => {
        let $f = read_cell!($shape, $f, $i);
    };
    ($pass:ident, $($new:ident)?, $shape:ident, $i:ident, $f:ident) => {};
}

/// A `Spec` constant for each flat kind of the description.
macro_rules! specs {
    ($($ty:ident {
        record: $record:literal, table: $table:literal, csv: $csv:ident, arrow: $arrow:ident,
        name: $name:expr,
        fields: [$($(#[$new:ident])? $f:ident: $shape:ident $(= $strategy:expr)?,)*]
    })*) => {$(
        pub const $arrow: Spec<crate::records::$ty> = Spec {
            name: $table,
            record: $record,
            columns: columns!([] $($f: $shape,)*),
            id: $name,
            write: |records, c| {
                $(write_column!($shape, c, records, $f);)*
                c.extra(records.iter().map(|r| &r.extra));
                Ok(())
            },
            read: |b| {
                $(let $f = read_column!($shape, b, $f);)*
                let extra = b.extra("extra")?;
                (0..b.rows())
                    .map(|i| {
                        $(read_pass!(first, $($new)?, $shape, i, $f);)*
                        $(read_pass!(second, $($new)?, $shape, i, $f);)*
                        Ok(crate::records::$ty {
                            $($f,)*
                            extra: extra.or_default(i)?,
                        })
                    })
                    .collect()
            },
        };
    )*};
}

flat_kinds!(specs);
