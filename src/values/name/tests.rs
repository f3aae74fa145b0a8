use proptest::prelude::*;

use super::*;

fn name(text: &str) -> PersonName {
    text.parse()
        .unwrap_or_else(|e| panic!("{text:?} should parse: {e}"))
}

/// (surname, given, patronymic) as `full()` parts: words or `А.`.
fn parts(n: &PersonName) -> (String, String, Option<String>) {
    (
        n.surname().to_owned(),
        n.given().to_string(),
        n.patronymic().map(ToString::to_string),
    )
}

fn expect(text: &str, surname: &str, given: &str, patronymic: Option<&str>) {
    assert_eq!(
        parts(&name(text)),
        (
            surname.to_owned(),
            given.to_owned(),
            patronymic.map(str::to_owned)
        ),
        "{text}"
    );
}

fn error(text: &str) -> String {
    text.parse::<PersonName>()
        .expect_err(&format!("{text:?} should not parse"))
        .to_string()
}

// ── the seed texts ──────────────────────────────────────────────────────────────────────

#[test]
fn parses_every_name_in_the_seed_texts() {
    expect("Дёмина Анна Юрьевна", "Дёмина", "Анна", Some("Юрьевна"));
    expect("А.Н. Вдовин", "Вдовин", "А.", Some("Н."));
    expect("Баталина О.Ю.", "Баталина", "О.", Some("Ю."));
    expect("Абросимова Т. А.", "Абросимова", "Т.", Some("А."));
    expect("Марков Д.С.", "Марков", "Д.", Some("С."));
    expect("Эвелина Шубинская", "Шубинская", "Эвелина", None);
    expect("Анна Юрьевна Дёмина", "Дёмина", "Анна", Some("Юрьевна"));
    expect(
        "Слабнова Елена Борисовна",
        "Слабнова",
        "Елена",
        Some("Борисовна"),
    );
    expect(
        "Киселёва Надежда Юрьевна",
        "Киселёва",
        "Надежда",
        Some("Юрьевна"),
    );
    expect(
        "Жалова Анна Алексеевна",
        "Жалова",
        "Анна",
        Some("Алексеевна"),
    );
    expect(
        "Смирнова Анастасия Евгеньевна",
        "Смирнова",
        "Анастасия",
        Some("Евгеньевна"),
    );
    expect(
        "Комова Ольга Викторовна",
        "Комова",
        "Ольга",
        Some("Викторовна"),
    );
    expect(
        "Воронина Светлана Михайловна",
        "Воронина",
        "Светлана",
        Some("Михайловна"),
    );
    expect(
        "Лялина Елена Владимировна",
        "Лялина",
        "Елена",
        Some("Владимировна"),
    );
    expect("Е.В. Егорова", "Егорова", "Е.", Some("В."));
}

// ── reading rules ───────────────────────────────────────────────────────────────────────

#[test]
fn reads_initials_with_or_without_spaces_and_dots() {
    expect("А. Н. Вдовин", "Вдовин", "А.", Some("Н."));
    expect("А.Н.Вдовин", "Вдовин", "А.", Some("Н."));
    expect("Баталина О.Ю", "Баталина", "О.", Some("Ю."));
    expect("Баталина О Ю", "Баталина", "О.", Some("Ю."));
    expect("Баталина\u{a0}О.\u{202f}Ю.", "Баталина", "О.", Some("Ю."));
}

#[test]
fn reads_one_initial_before_or_after_the_surname() {
    expect("Вдовин А.", "Вдовин", "А.", None);
    expect("А. Вдовин", "Вдовин", "А.", None);
}

#[test]
fn reads_a_full_given_name_with_an_initial_patronymic() {
    expect("Иванов Иван П.", "Иванов", "Иван", Some("П."));
    expect("Иван П. Иванов", "Иванов", "Иван", Some("П."));
}

#[test]
fn reads_an_initial_given_name_with_a_full_patronymic() {
    expect("Иванов И. Петрович", "Иванов", "И.", Some("Петрович"));
    expect("И. Петрович Иванов", "Иванов", "И.", Some("Петрович"));
}

#[test]
fn recognises_every_kind_of_patronymic_ending() {
    for (patronymic, given) in [
        ("Юрьевич", "Иван"),
        ("Ильич", "Иван"),
        ("Ильинична", "Анна"),
        ("Никитична", "Анна"),
        ("Юрьевна", "Анна"),
        ("Алирза оглы", "Гейдар"),
        ("Алирза-оглы", "Гейдар"),
        ("Рашид кызы", "Лейла"),
    ] {
        let text = format!("Алиев {given} {patronymic}");
        expect(&text, "Алиев", given, Some(patronymic));
        let text = format!("{given} {patronymic} Алиев");
        expect(&text, "Алиев", given, Some(patronymic));
    }
}

#[test]
fn reads_a_surname_that_ends_like_a_patronymic() {
    expect(
        "Абрамович Роман Аркадьевич",
        "Абрамович",
        "Роман",
        Some("Аркадьевич"),
    );
    expect(
        "Роман Аркадьевич Абрамович",
        "Абрамович",
        "Роман",
        Some("Аркадьевич"),
    );
    expect("Абрамович Р. А.", "Абрамович", "Р.", Some("А."));
    expect("Абрамович, Роман", "Абрамович", "Роман", None);
}

#[test]
fn orders_two_full_words_by_the_known_given_name() {
    expect("Эвелина Шубинская", "Шубинская", "Эвелина", None);
    expect("Шубинская Эвелина", "Шубинская", "Эвелина", None);
    expect("Ирина Галкина", "Галкина", "Ирина", None);
    expect("Лев Толстой", "Толстой", "Лев", None);
}

#[test]
fn orders_two_unlisted_words_by_the_surname_ending() {
    expect("Зульфия Хасанова", "Хасанова", "Зульфия", None);
    expect("Хасанова Зульфия", "Хасанова", "Зульфия", None);
}

#[test]
fn reads_the_comma_form_as_surname_first() {
    expect("Анна, Мария", "Анна", "Мария", None);
    expect("Дёмина, Анна Юрьевна", "Дёмина", "Анна", Some("Юрьевна"));
    expect("Баталина, О.Ю.", "Баталина", "О.", Some("Ю."));
}

#[test]
fn keeps_hyphenated_names_as_one_part() {
    expect(
        "Римский-Корсаков Николай Андреевич",
        "Римский-Корсаков",
        "Николай",
        Some("Андреевич"),
    );
    expect("Анна-Мария Петрова", "Петрова", "Анна-Мария", None);
    expect("Петрова‐Водкина А.", "Петрова-Водкина", "А.", None);
}

#[test]
fn normalises_case_and_keeps_yo() {
    expect("ДЁМИНА анна юрьевна", "Дёмина", "Анна", Some("Юрьевна"));
    expect(
        "римский-КОРСАКОВ н.а.",
        "Римский-Корсаков",
        "Н.",
        Some("А."),
    );
    expect(
        "Алиев Гейдар Алирза ОГЛЫ",
        "Алиев",
        "Гейдар",
        Some("Алирза оглы"),
    );
}

// ── rejections, each message pinned ─────────────────────────────────────────────────────

#[test]
fn rejects_empty_text() {
    assert_eq!(error("  "), r#"invalid person name "  ": empty"#);
}

#[test]
fn rejects_a_character_that_is_not_a_russian_letter() {
    assert_eq!(
        error("Иванов Иван2"),
        r#"invalid person name "Иванов Иван2": character '2' at position 12 is not a letter of the Russian alphabet"#
    );
}

#[test]
fn rejects_a_latin_look_alike_letter() {
    assert_eq!(
        error("Иванов Иван Пeтрович"),
        r#"invalid person name "Иванов Иван Пeтрович": character 'e' at position 14 is a Latin letter that looks like the Cyrillic 'е'"#
    );
}

#[test]
fn rejects_a_misplaced_hyphen() {
    assert_eq!(
        error("Римский--Корсаков Н.А."),
        r#"invalid person name "Римский--Корсаков Н.А.": misplaced hyphen in "Римский--Корсаков""#
    );
}

#[test]
fn rejects_a_particle_without_a_name() {
    assert_eq!(
        error("Алиев Гейдар оглы"),
        r#"invalid person name "Алиев Гейдар оглы": cannot tell the surname from the given name; write the surname first and a comma after it, as in "Петров, Иван""#
    );
    assert_eq!(
        error("Алиев Г. оглы"),
        r#"invalid person name "Алиев Г. оглы": particle "оглы" must follow a name, as in "Алирза оглы""#
    );
}

#[test]
fn rejects_a_dotted_word_that_is_not_an_initial() {
    assert_eq!(
        error("Иванов Ив. П."),
        r#"invalid person name "Иванов Ив. П.": "Ив." is not an initial: an initial is one letter and a dot"#
    );
}

#[test]
fn rejects_a_single_letter_surname() {
    let err = PersonName::new("Я", NamePart::word("Анна").unwrap(), None).unwrap_err();
    assert_eq!(
        err.to_string(),
        r#"invalid person name "Я Анна": "Я" is a single letter: a name part has two or more, an initial has a dot"#
    );
}

#[test]
fn rejects_a_surname_alone() {
    assert_eq!(
        error("Вдовин"),
        r#"invalid person name "Вдовин": a surname alone is not a name: the given name or its initial is missing"#
    );
    assert_eq!(
        error("Вдовин,"),
        r#"invalid person name "Вдовин,": a surname alone is not a name: the given name or its initial is missing"#
    );
}

#[test]
fn rejects_initials_without_a_surname() {
    assert_eq!(
        error("А.Н."),
        r#"invalid person name "А.Н.": the surname is missing"#
    );
}

#[test]
fn rejects_more_than_three_parts() {
    assert_eq!(
        error("Иванов Иван Петрович Сидоров"),
        r#"invalid person name "Иванов Иван Петрович Сидоров": expected a surname, a given name and a patronymic at most, found 4 parts"#
    );
}

#[test]
fn rejects_initials_on_both_sides_of_the_surname() {
    assert_eq!(
        error("И. Иванов П."),
        r#"invalid person name "И. Иванов П.": the parts are not in an order names are written in: initials stand together before or after the surname"#
    );
    assert_eq!(
        error("Иванов, Иван, Петрович"),
        r#"invalid person name "Иванов, Иван, Петрович": the parts are not in an order names are written in: initials stand together before or after the surname"#
    );
}

#[test]
fn rejects_two_words_whose_order_cannot_be_told() {
    assert_eq!(
        error("Анна Мария"),
        r#"invalid person name "Анна Мария": cannot tell the surname from the given name; write the surname first and a comma after it, as in "Петров, Иван""#
    );
    // Usually a given name and a patronymic without the surname.
    assert!(matches!(
        "Иван Петрович".parse::<PersonName>(),
        Err(ValueError::PersonName {
            kind: NameErrorKind::Ambiguous,
            ..
        })
    ));
}

#[test]
fn rejects_three_words_without_a_patronymic() {
    assert_eq!(
        error("Иванов Иван Пётр"),
        r#"invalid person name "Иванов Иван Пётр": none of the three words ends like a patronymic (-вич, -вна, -ич, -ична, оглы, кызы)"#
    );
}

#[test]
fn rejects_a_given_name_that_ends_like_a_patronymic() {
    assert_eq!(
        error("Иванов, Петрович"),
        r#"invalid person name "Иванов, Петрович": given name "Петрович" ends like a patronymic"#
    );
}

#[test]
fn rejects_a_patronymic_without_a_patronymic_ending() {
    let err = PersonName::new(
        "Иванов",
        NamePart::word("Иван").unwrap(),
        Some(NamePart::word("Пётр").unwrap()),
    )
    .unwrap_err();
    assert_eq!(
        err.to_string(),
        r#"invalid person name "Иванов Иван Пётр": patronymic "Пётр" does not end like one (-вич, -вна, -ич, -ична, оглы, кызы)"#
    );
}

#[test]
fn rejects_several_words_as_one_part() {
    assert_eq!(
        "Анна Мария".parse::<NamePart>().unwrap_err().to_string(),
        r#"invalid person name "Анна Мария": "Анна Мария" is more than one word"#
    );
}

// ── renderings, comparison, order ───────────────────────────────────────────────────────

#[test]
fn renders_full_short_and_initials_first() {
    let n = name("Дёмина Анна Юрьевна");
    assert_eq!(n.full(), "Дёмина Анна Юрьевна");
    assert_eq!(n.short(), "Дёмина А.Ю.");
    assert_eq!(n.initials_first(), "А.Ю. Дёмина");
    let n = name("Баталина О.Ю.");
    assert_eq!(n.full(), "Баталина О. Ю.");
    assert_eq!(n.short(), "Баталина О.Ю.");
    let n = name("Эвелина Шубинская");
    assert_eq!(n.full(), "Шубинская Эвелина");
    assert_eq!(n.short(), "Шубинская Э.");
    assert_eq!(n.initials_first(), "Э. Шубинская");
}

#[test]
fn displays_the_canonical_form() {
    assert_eq!(
        name("Анна Юрьевна Дёмина").to_string(),
        "Дёмина Анна Юрьевна"
    );
    assert_eq!(name("А.Н. Вдовин").to_string(), "Вдовин А. Н.");
    assert_eq!(name("Эвелина Шубинская").to_string(), "Шубинская, Эвелина");
    assert_eq!(name("Иван П. Иванов").to_string(), "Иванов Иван П.");
    assert_eq!(name("Вдовин А.").to_string(), "Вдовин А.");
}

#[test]
fn could_be_same_matches_initials_and_folds_yo() {
    assert!(name("Баталина О.Ю.").could_be_same(&name("Баталина Ольга Юрьевна")));
    assert!(name("Дёмина Анна Юрьевна").could_be_same(&name("Демина А.Ю.")));
    assert!(!name("Егорова Е.В.").could_be_same(&name("Егорова Е.А.")));
}

#[test]
fn could_be_same_accepts_an_absent_patronymic() {
    assert!(name("Вдовин А.").could_be_same(&name("Вдовин Алексей Николаевич")));
    assert!(!name("Вдовин А.").could_be_same(&name("Вдовина А.")));
    assert!(!name("Иванов, Иван").could_be_same(&name("Иванов, Игорь")));
    assert!(name("Алёшин, Артём").could_be_same(&name("АЛЕШИН А.")));
}

#[test]
fn sorts_by_folded_surname_then_given_then_patronymic() {
    let mut names: Vec<PersonName> = [
        "Егорова Е.В.",
        "Ёлкин Иван Петрович",
        "Дёмина Анна Юрьевна",
        "Демина А.Ю.",
        "Егорова Анна Петровна",
        "Егорова Е.",
        "Абросимова Т. А.",
    ]
    .iter()
    .map(|t| name(t))
    .collect();
    names.sort();
    let sorted: Vec<String> = names.iter().map(PersonName::short).collect();
    assert_eq!(
        sorted,
        [
            "Абросимова Т.А.",
            "Демина А.Ю.",
            "Дёмина А.Ю.",
            "Егорова А.П.",
            "Егорова Е.",
            "Егорова Е.В.",
            "Ёлкин И.П.",
        ]
    );
}

#[test]
fn sorts_name_parts_initial_first_and_yo_as_e() {
    let mut parts: Vec<NamePart> = ["Анна", "Б.", "Алёна", "А.", "Алена"]
        .iter()
        .map(|t| t.parse().unwrap())
        .collect();
    parts.sort();
    let sorted: Vec<String> = parts.iter().map(ToString::to_string).collect();
    assert_eq!(sorted, ["А.", "Алена", "Алёна", "Анна", "Б."]);
}

#[test]
fn builds_from_typed_parts() {
    let n = PersonName::new(
        "баталина",
        "О.".parse().unwrap(),
        Some("Ю.".parse().unwrap()),
    )
    .unwrap();
    assert_eq!(n, name("Баталина О.Ю."));
}

#[test]
fn name_parts_read_initials_and_words() {
    assert_eq!(NamePart::initial_of('а').unwrap().to_string(), "А.");
    assert_eq!(
        NamePart::initial_of('1').unwrap_err().to_string(),
        r#"invalid person name "1": character '1' at position 1 is not a letter of the Russian alphabet"#
    );
    assert_eq!("Алирза оглы".parse::<NamePart>().unwrap().initial(), 'А');
}

// ── serde ───────────────────────────────────────────────────────────────────────────────

#[test]
fn writes_the_object_form() {
    let json = serde_json::to_string(&name("Баталина О.Ю.")).unwrap();
    assert_eq!(
        json,
        r#"{"surname":"Баталина","given":"О.","patronymic":"Ю."}"#
    );
    let json = serde_json::to_string(&name("Эвелина Шубинская")).unwrap();
    assert_eq!(json, r#"{"surname":"Шубинская","given":"Эвелина"}"#);
}

#[test]
fn reads_the_object_and_the_string_form() {
    let from_object: PersonName =
        serde_json::from_str(r#"{"surname":"Дёмина","given":"Анна","patronymic":"Юрьевна"}"#)
            .unwrap();
    let from_string: PersonName = serde_json::from_str(r#""Анна Юрьевна Дёмина""#).unwrap();
    assert_eq!(from_object, from_string);
}

#[test]
fn rejects_a_bad_json_string_with_the_from_str_message() {
    let err = serde_json::from_value::<PersonName>(serde_json::json!("Вдовин")).unwrap_err();
    assert_eq!(err.to_string(), error("Вдовин"));
}

#[test]
fn rejects_a_bad_json_object_with_the_rule_broken() {
    let err = serde_json::from_value::<PersonName>(serde_json::json!(
        {"surname": "Иванов", "given": "Петрович", "patronymic": "И."}
    ))
    .unwrap_err();
    assert_eq!(
        err.to_string(),
        r#"invalid person name "Иванов Петрович И.": given name "Петрович" ends like a patronymic"#
    );
    let err = serde_json::from_value::<PersonName>(serde_json::json!(
        {"surname": "Иванов", "given": "И1"}
    ))
    .unwrap_err();
    assert_eq!(
        err.to_string(),
        r#"invalid person name "Иванов И1": character '1' at position 9 is not a letter of the Russian alphabet"#
    );
}

// ── properties ──────────────────────────────────────────────────────────────────────────

// ── normalisation form C, control characters ───────────────────────────────────────────

#[test]
fn reads_a_decomposed_name_as_its_composed_form() {
    // «Дёмина Анна Юрьевна» with ё as е + U+0308, and «Андрей» with й as и + U+0306.
    let decomposed = "Де\u{308}мина Анна Юрьевна";
    assert_eq!(name(decomposed), name("Дёмина Анна Юрьевна"));
    assert_eq!(name(decomposed).to_string(), "Дёмина Анна Юрьевна");
    assert_eq!(
        name("СОЛОВЬЕ\u{308}В Андреи\u{306} Петрович").to_string(),
        "Соловьёв Андрей Петрович"
    );
    assert_eq!(
        NamePart::word("Пе\u{308}тр").unwrap(),
        NamePart::word("Пётр").unwrap()
    );
    assert_eq!(
        "Е\u{308}.".parse::<NamePart>().unwrap(),
        "Ё.".parse::<NamePart>().unwrap()
    );
    let object: PersonName = serde_json::from_str(
        r#"{"surname": "Де\u0308мина", "given": "Анна", "patronymic": "Юрьевна"}"#,
    )
    .unwrap();
    assert_eq!(object, name("Дёмина Анна Юрьевна"));
    // Another combining mark is refused in either form.
    assert_eq!(
        error("Да\u{301}мина Анна"),
        r#"invalid person name "Да\u{301}мина Анна": character '\u{301}' at position 3 is not a letter of the Russian alphabet"#
    );
}

#[test]
fn rejects_a_control_character_between_the_parts() {
    assert_eq!(
        error("Иванов\tИван"),
        r#"invalid person name "Иванов\tИван": character '\t' at position 7 is not a letter of the Russian alphabet"#
    );
    assert!("Иванов\nИван".parse::<PersonName>().is_err());
    // A non-breaking space is white space, not a control character.
    assert_eq!(name("Иванов\u{a0}Иван"), name("Иванов Иван"));
}

proptest! {
    #[test]
    fn display_reads_back_to_the_same_name(n in any::<PersonName>()) {
        prop_assert_eq!(n.to_string().parse::<PersonName>().unwrap(), n);
    }

    #[test]
    fn serde_reads_back_to_the_same_name(n in any::<PersonName>()) {
        let json = serde_json::to_string(&n).unwrap();
        prop_assert_eq!(serde_json::from_str::<PersonName>(&json).unwrap(), n);
    }

    #[test]
    fn short_and_initials_first_read_back_as_the_same_person(n in any::<PersonName>()) {
        prop_assert!(n.could_be_same(&n.short().parse().unwrap()));
        prop_assert!(n.could_be_same(&n.initials_first().parse().unwrap()));
    }

    #[test]
    fn order_agrees_with_equality(a in any::<PersonName>(), b in any::<PersonName>()) {
        prop_assert_eq!(a.cmp(&b) == Ordering::Equal, a == b);
        prop_assert_eq!(a.cmp(&b), b.cmp(&a).reverse());
    }

    #[test]
    fn name_part_order_agrees_with_equality(a in any::<NamePart>(), b in any::<NamePart>()) {
        prop_assert_eq!(a.cmp(&b) == Ordering::Equal, a == b);
        prop_assert_eq!(a.cmp(&b), b.cmp(&a).reverse());
    }

    #[test]
    fn name_part_display_reads_back(p in any::<NamePart>()) {
        prop_assert_eq!(p.to_string().parse::<NamePart>().unwrap(), p);
    }
}

/// Any word of Russian letters, sometimes hyphenated: not only realistic names.
fn any_word() -> impl Strategy<Value = String> {
    "[А-ЯЁа-яё]{2,8}(-[а-яё]{1,6})?"
}

proptest! {
    #[test]
    fn every_name_that_can_be_built_reads_back_from_its_display(
        surname in any_word(),
        given in prop_oneof![any_word(), "[А-ЯЁ]\\."],
        patronymic in proptest::option::of(prop_oneof![
            any_word().prop_map(|w| format!("{w}вич")),
            any_word().prop_map(|w| format!("{w}ична")),
            any_word().prop_map(|w| format!("{w} оглы")),
            any_word(),
            "[А-ЯЁ]\\.",
        ]),
    ) {
        let Ok(given) = given.parse::<NamePart>() else { return Ok(()) };
        let Ok(patronymic) = patronymic.map(|p| p.parse::<NamePart>()).transpose() else {
            return Ok(());
        };
        if let Ok(n) = PersonName::new(&surname, given, patronymic) {
            prop_assert_eq!(n.to_string().parse::<PersonName>(), Ok(n));
        }
    }

    #[test]
    fn whatever_parses_reads_back_from_its_display(text in "[А-Яа-яЁё .,\\-]{0,30}") {
        if let Ok(n) = text.parse::<PersonName>() {
            prop_assert_eq!(n.to_string().parse::<PersonName>(), Ok(n));
        }
    }

    #[test]
    fn parsing_never_panics(text in any::<String>()) {
        let _ = text.parse::<PersonName>();
        let _ = text.parse::<NamePart>();
    }
}
