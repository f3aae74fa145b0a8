//! Building report tables: what a table accepts and the exact messages for what it refuses.

use social_services::{
    ReportError,
    records::StatedCount,
    report::{Cell, Column, ColumnKind, Share, Table},
    values::PartialDate,
};

fn table() -> Table {
    Table::new(
        "Учреждения",
        [Column::text("Регион"), Column::count("Учреждений")],
    )
}

#[test]
fn refuses_a_row_with_too_few_or_too_many_cells() {
    let err = table().row([Cell::text("Тула")]).unwrap_err();
    assert_eq!(
        err.to_string(),
        r#"table "Учреждения": rows[0]: expected 2 cells, found 1"#
    );
    let err = table()
        .row([Cell::text("Тула"), Cell::count(1), Cell::count(2)])
        .unwrap_err();
    assert_eq!(
        err.to_string(),
        r#"table "Учреждения": rows[0]: expected 2 cells, found 3"#
    );
}

#[test]
fn refuses_a_cell_of_the_wrong_kind_naming_row_column_and_value() {
    let table = table().row([Cell::text("Тула"), Cell::count(1)]).unwrap();
    let err = table
        .clone()
        .row([Cell::count(5), Cell::count(1)])
        .unwrap_err();
    assert_eq!(
        err.to_string(),
        r#"table "Учреждения": rows[1][0] ("Регион"): expected text, found count 5"#
    );
    let err = table
        .clone()
        .row([Cell::text("Тула"), StatedCount::more_than(250).into()])
        .unwrap_err();
    assert_eq!(
        err.to_string(),
        r#"table "Учреждения": rows[1][1] ("Учреждений"): expected a count, found stated count "более 250""#
    );
    let err = table
        .row([
            Cell::text("Тула"),
            Cell::Date(PartialDate::from_year(2024).unwrap()),
        ])
        .unwrap_err();
    assert_eq!(
        err.to_string(),
        r#"table "Учреждения": rows[1][1] ("Учреждений"): expected a count, found date 2024"#
    );
}

#[test]
fn a_refused_row_leaves_the_table_unchanged() {
    let mut table = table();
    table
        .push_row([Cell::text("Тула"), Cell::count(1)])
        .unwrap();
    assert!(table.push_row([Cell::text("Тула")]).is_err());
    assert!(
        table
            .push_row([Cell::text("Тула"), Cell::text("1")])
            .is_err()
    );
    assert_eq!(table.rows().len(), 1);
}

#[test]
fn refuses_a_total_row_of_the_wrong_shape_naming_it_total() {
    let err = table()
        .total([Cell::text("Итого"), Cell::text("все")])
        .unwrap_err();
    assert_eq!(
        err.to_string(),
        r#"table "Учреждения": rows[total][1] ("Учреждений"): expected a count, found text "все""#
    );
}

#[test]
fn empty_cells_fit_every_column() {
    let table = table().row([Cell::Empty, Cell::Empty]).unwrap();
    assert_eq!(table.rows()[0], [Cell::Empty, Cell::Empty]);
    assert_eq!(Cell::from(None::<u64>), Cell::Empty);
    assert_eq!(Cell::from(Some(3_u64)), Cell::count(3));
}

#[test]
fn charts_only_a_numeric_column_that_exists() {
    let err = table().chart("Точек").unwrap_err();
    assert_eq!(
        err,
        ReportError::UnknownColumn {
            table: "Учреждения".to_owned(),
            column: "Точек".to_owned()
        }
    );
    assert_eq!(
        err.to_string(),
        r#"table "Учреждения": no column named "Точек" to chart"#
    );
    let err = table().chart("Регион").unwrap_err();
    assert_eq!(
        err.to_string(),
        r#"table "Учреждения": column "Регион" holds text, not numbers, and cannot be charted"#
    );
    for kind in [ColumnKind::Count, ColumnKind::Stated, ColumnKind::Share] {
        let table = Table::new("Т", [Column::new("n", kind)])
            .chart("n")
            .unwrap();
        assert_eq!(table.chart_column(), Some(0));
    }
    for kind in [ColumnKind::Text, ColumnKind::Date, ColumnKind::Period] {
        assert!(
            Table::new("Т", [Column::new("n", kind)])
                .chart("n")
                .is_err()
        );
    }
}

#[test]
fn a_share_has_a_nonzero_whole_at_least_its_part() {
    assert_eq!(
        Share::new(1, 0).unwrap_err().to_string(),
        "invalid share 1 of 0: the whole is zero"
    );
    assert_eq!(
        Share::new(90, 89).unwrap_err().to_string(),
        "invalid share 90 of 89: the part exceeds the whole"
    );
    let share = Share::new(0, 89).unwrap();
    assert_eq!(share.percent_tenths(), 0);
    assert_eq!(Share::new(89, 89).unwrap().percent_tenths(), 1000);
    // Half a tenth rounds up.
    assert_eq!(Share::new(1, 2000).unwrap().percent_tenths(), 1);
    assert_eq!(
        Share::new(u64::MAX, u64::MAX).unwrap().percent_tenths(),
        1000
    );
}

#[test]
fn converts_the_usual_values_into_cells() {
    assert_eq!(Cell::from("Тула"), Cell::text("Тула"));
    assert_eq!(Cell::from(String::from("Тула")), Cell::text("Тула"));
    assert_eq!(Cell::from(5_u32), Cell::count(5));
    assert_eq!(Cell::from(5_usize), Cell::count(5));
    assert_eq!(Cell::from(5_u64), Cell::count(5));
    assert_eq!(
        Cell::from(StatedCount::more_than(250)),
        Cell::Stated(StatedCount::more_than(250))
    );
}

/// A table of `rows` rows, numbered, with a total.
fn long(rows: u64) -> Table {
    let mut table = table();
    for n in 1..=rows {
        table
            .push_row([Cell::text(format!("Регион {n}")), Cell::count(n)])
            .unwrap();
    }
    table
        .total([Cell::text("Итого"), Cell::count(rows * (rows + 1) / 2)])
        .unwrap()
}

#[test]
fn a_long_table_shows_its_first_rows_and_its_total_and_says_the_csv_has_them_all() {
    let table = long(120);
    let md = table.to_markdown();
    assert!(md.contains("| Регион 50 | 50 |"));
    assert!(!md.contains("| Регион 51 |"));
    assert!(md.contains("| **Итого** | **7\u{a0}260** |"), "{md}");
    assert!(md.contains(
        "- Показаны первые 50 из 120 строк; полная таблица — в выводе CSV (--format csv)."
    ));
    let html = table.to_html();
    assert_eq!(
        html.matches("<tr>").count(),
        1 + 50 + 1,
        "header, 50 rows, total"
    );
    assert!(html.contains("<li>Показаны первые 50 из 120 строк;"));
    // CSV keeps every row.
    assert_eq!(table.to_csv().lines().count(), 1 + 120);
    // «из 101 строки»: the noun agrees after «из».
    assert!(long(101).to_markdown().contains("из 101 строки;"));
    assert!(!long(50).to_markdown().contains("Показаны"));
}

#[test]
fn an_empty_table_has_no_total_row_beside_its_no_data_line() {
    let table = table()
        .total([Cell::text("Итого"), Cell::count(0)])
        .unwrap();
    let md = table.to_markdown();
    assert!(md.contains("Нет данных."));
    assert!(!md.contains("Итого"), "{md}");
    assert!(!table.to_html().contains("Итого"));
}

#[test]
fn numeric_columns_right_align_their_dashes_too() {
    let table = table().row([Cell::text("Тула"), Cell::Empty]).unwrap();
    assert!(
        table
            .to_html()
            .contains("<tr><td>Тула</td><td class=\"num\">—</td></tr>")
    );
}

#[test]
fn a_lower_bound_is_written_as_such() {
    let table = Table::new("Т", [Column::stated("Участников")])
        .row([Cell::AtLeast(4)])
        .unwrap();
    assert!(table.to_markdown().contains("| не менее 4 |"));
    assert_eq!(table.to_csv(), "Участников\nне менее 4\n");
}
