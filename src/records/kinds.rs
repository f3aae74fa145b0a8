//! Each record kind described once: the list of kinds a data set holds ([`record_kinds!`]) and
//! the fields of every kind that is a flat table ([`flat_kinds!`], which gathers the description
//! written beside each struct, `…_kind!`). The formats do not restate
//! them: JSON Lines' line kinds and the JSON Schema of each line follow [`record_kinds!`]; the
//! CSV tables, the Arrow tables and the `proptest` strategies of the flat kinds are generated
//! from [`flat_kinds!`].
//!
//! Both are callback macros: `record_kinds!(then)` expands to `then! { … }` with the list, so a
//! format writes one macro that says what it does with *a* kind and is handed every kind. Only
//! data lives here; what a shape means in a format is that format's own macro
//! (`io::csv::kinds`, `io::arrow::kinds`, `records::arbitrary`), so no arrow points back up
//! from records to io.
//!
//! # A field's shape
//! Each field of a flat kind is `name: shape`. The shape says what the field holds and so how
//! every format writes and reads it; the column is named after the field.
//!
//! | shape | field type | CSV cell | Arrow column(s) |
//! | --- | --- | --- | --- |
//! | `id` | `Id<T>`, required | UUID | `Id`, required |
//! | `opt_id` | `Option<Id<T>>` | UUID or empty | `Id` |
//! | `id_list` | `Vec<Id<T>>` | UUIDs joined with `; ` | `IdList`, defaulted |
//! | `text` | `String`, required | text | `Text`, required |
//! | `opt_text` | `Option<String>` | text, refused when empty | `Text` |
//! | `display` | a value, required | `Display`/`FromStr` | `Text`, required |
//! | `opt_display` | `Option` of a value | `Display`/`FromStr` | `Text` |
//! | `display_list` | `Vec` of a value | joined with `; ` | `TextList`, defaulted |
//! | `vocab` | a closed vocabulary, required | the term | `Term`, required |
//! | `opt_vocab` | `Option` of a closed vocabulary | the term | `Term` |
//! | `open_vocab` | an open vocabulary, required | the term, refused when it would read back as another | `Term`, required |
//! | `opt_open_vocab` | `Option` of an open vocabulary | as `open_vocab` | `Term` |
//! | `open_vocab_list` | `Vec` of an open vocabulary | terms joined with `; ` | `TextList`, defaulted |
//! | `opt_region` | `Option<RegionCode>` | `71` | `Code` |
//! | `opt_date` | `Option<PartialDate>` | `2024-09` | `Date` and `<name>_precision` |
//! | `opt_known_date` | `Option<KnownDate>` | `2024-09`, `не позднее 2023-05` | `Date`, `<name>_precision` and `<name>_bound` |
//! | `opt_count` | `Option<StatedCount>` | `более 250` | `Count` and `<name>_qualifier` |
//! | `flag` | `bool` | `true`/`false`, empty is `false` | `Flag`, defaulted |
//! | `address` | `Option<Address>` | the eight `address_…` columns | the nine `address_…` columns |
//! | `json` | `Vec` of records | a JSON array | `Json` |
//! | `scope` | `StatisticsScope`, required | `region:71` | `scope`, `scope_id`, `scope_region` |
//!
//! A field marked `#[new]` is read first, in the order of the marks (what the record's `new`
//! takes), then the others in order, so that a row with several bad cells reports the one it
//! always has. A field may end
//! with `= strategy` to replace the `proptest` strategy its shape gives (see
//! `records::arbitrary`). Every kind has an `extra` field besides those listed; the formats
//! handle it themselves.
//!
//! # Adding a field
//! Add it to the struct (with its serde attributes and its place in `new`) and one line to
//! the kind's description, the `…_kind!` macro beside the struct:
//! ```text
//! macro_rules! network_plan_kind {
//!     ($then:ident) => { $then! { NetworkPlan {
//!         record: "network plan", table: "network_plans",
//!         csv: NETWORK_PLANS, arrow: NETWORK_PLANS,
//!         name: |r| r.id.to_string(),
//!         fields: [
//!             …
//!             programme: opt_id,
//!             deadline: opt_date,   // new: CSV column `deadline`; Arrow columns `deadline`
//!             sources: json,        // and `deadline_precision`; a proptest strategy
//!         ]
//!     } } };
//! }
//! ```
//! then a row to the column tables in the docs of `io::csv` and `io::arrow`, and regenerate
//! the committed JSON Schemas (`schema/`). The field list is exhaustive: the formats build the
//! record with a struct literal, so a field in the struct but not in its description does not
//! compile.
//!
//! # Adding a record kind
//! Add a line to [`record_kinds!`] (type, line key, the field of [`Dataset`](crate::Dataset)
//! that holds it, and two docs): the JSON Lines `Record`, its reader and writer, and the JSON
//! Schema of its line follow.
//! ```text
//! StatedFigure => "stated_figure", stated_figures,
//!     "A figure as a source publishes it.",
//!     "The line of one published figure.";
//! ```
//! If the kind is a flat table, also write its `…_kind!` description beside the struct,
//! re-export it from `records` and add it to [`flat_kinds!`]: its CSV `Table` and Arrow `Spec`
//! constants and its `Arbitrary` are generated; what is left by hand is the public
//! `read_…`/`write_…` functions of `io::csv`, its line in `io::arrow`'s `tables!`, and the doc
//! tables.

/// Calls `$then!` with every record kind of a data set, in the order of the
/// [`Dataset`](crate::Dataset) fields: `Type => "line_key", dataset_field, "doc of the
/// record", "doc of its line";`.
macro_rules! record_kinds {
    ($then:ident) => {
        $then! {
            Institution => "institution", institutions,
                "An institution, with its departments.",
                "The line of one institution, with its departments.";
            ServicePoint => "service_point", service_points,
                "A service point.",
                "The line of one service point.";
            Person => "person", persons,
                "A person.",
                "The line of one person.";
            Appointment => "appointment", appointments,
                "An appointment.",
                "The line of one appointment.";
            Event => "event", events,
                "An event, with its agenda and participation.",
                "The line of one event, with its agenda and participation.";
            Programme => "programme", programmes,
                "A programme.",
                "The line of one programme.";
            TrainingSite => "training_site", training_sites,
                "A training site.",
                "The line of one training site.";
            Cohort => "cohort", cohorts,
                "A cohort, with its enrollments.",
                "The line of one cohort, with its enrollments.";
            Service => "service", services,
                "A service of the catalogue.",
                "The line of one service of the catalogue.";
            ServiceStatistics => "service_statistics", service_statistics,
                "A row of service statistics.",
                "The line of one row of service statistics.";
            NetworkPlan => "network_plan", network_plans,
                "A plan for the network's growth.",
                "The line of one plan for the network's growth.";
            StatedFigure => "stated_figure", stated_figures,
                "A figure as a source states it.",
                "The line of one figure as a source states it.";
        }
    };
}

/// Calls `$then!` once for every record kind that is a flat table, with
/// `Type { record: "kind in messages", table: "arrow_table", csv: CSV_CONST, arrow:
/// ARROW_CONST, name: |record| text naming it, fields: [ … ] }` (see the [module docs](self)
/// for the shapes). Each kind's description is beside its struct.
macro_rules! flat_kinds {
    ($then:ident) => {
        $crate::records::institution_kind!($then);
        $crate::records::service_point_kind!($then);
        $crate::records::person_kind!($then);
        $crate::records::appointment_kind!($then);
        $crate::records::service_kind!($then);
        $crate::records::service_statistics_kind!($then);
        $crate::records::network_plan_kind!($then);
        $crate::records::stated_figure_kind!($then);
    };
}

pub(crate) use {flat_kinds, record_kinds};
