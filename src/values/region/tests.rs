use std::collections::HashSet;

use proptest::prelude::*;

use super::*;

fn region(s: &str) -> RegionCode {
    s.parse()
        .unwrap_or_else(|e| panic!("{s:?} should parse: {e}"))
}

fn count_of(kind: SubjectKind) -> usize {
    kind.subjects().count()
}

#[test]
fn table_has_the_89_subjects_of_article_65() {
    assert_eq!(FederalSubject::COUNT, 89);
    assert_eq!(RegionCode::COUNT, 89);
    assert_eq!(RegionCode::all().len(), 89);
}

#[test]
fn table_counts_subjects_per_kind() {
    assert_eq!(count_of(SubjectKind::Republic), 24);
    assert_eq!(count_of(SubjectKind::Krai), 9);
    assert_eq!(count_of(SubjectKind::Oblast), 48);
    assert_eq!(count_of(SubjectKind::FederalCity), 3);
    assert_eq!(count_of(SubjectKind::AutonomousOblast), 1);
    assert_eq!(count_of(SubjectKind::AutonomousOkrug), 4);
}

#[test]
fn table_counts_subjects_per_federal_district() {
    let counts: Vec<(FederalDistrict, usize)> = FederalDistrict::ALL
        .iter()
        .map(|&d| (d, d.subjects().count()))
        .collect();
    assert_eq!(
        counts,
        [
            (FederalDistrict::Central, 18),
            (FederalDistrict::NorthWestern, 11),
            (FederalDistrict::Southern, 12),
            (FederalDistrict::NorthCaucasian, 7),
            (FederalDistrict::Volga, 14),
            (FederalDistrict::Ural, 6),
            (FederalDistrict::Siberian, 10),
            (FederalDistrict::FarEastern, 11),
        ]
    );
}

#[test]
fn table_codes_are_unique_and_sorted() {
    let codes: Vec<u8> = FederalSubject::all().iter().map(|s| s.code).collect();
    assert!(codes.windows(2).all(|w| w[0] < w[1]));
}

#[test]
fn table_names_are_unique() {
    let names: HashSet<&str> = FederalSubject::all()
        .iter()
        .map(FederalSubject::name)
        .collect();
    assert_eq!(names.len(), 89);
    let names_en: HashSet<&str> = FederalSubject::all()
        .iter()
        .map(FederalSubject::name_en)
        .collect();
    assert_eq!(names_en.len(), 89);
}

#[test]
fn table_names_say_their_kind() {
    for subject in FederalSubject::all() {
        let name = subject.name().to_lowercase();
        let says = match subject.kind() {
            SubjectKind::Republic => name.contains("республика"),
            SubjectKind::Krai => name.ends_with(" край"),
            SubjectKind::Oblast => name.contains(" область"),
            SubjectKind::FederalCity => !name.contains(' '),
            SubjectKind::AutonomousOblast => name.contains(" автономная область"),
            SubjectKind::AutonomousOkrug => name.contains(" автономный округ"),
        };
        assert!(
            says,
            "{} is not named as a {}",
            subject.name(),
            subject.kind()
        );
    }
}

#[test]
fn table_has_the_registry_codes_of_known_subjects() {
    let expected = [
        ("37", "Ивановская область"),
        ("71", "Тульская область"),
        ("77", "Москва"),
        ("78", "Санкт-Петербург"),
        ("91", "Республика Крым"),
        ("92", "Севастополь"),
        ("90", "Запорожская область"),
        ("93", "Донецкая Народная Республика"),
        ("94", "Луганская Народная Республика"),
        ("95", "Херсонская область"),
    ];
    for (code, name) in expected {
        assert_eq!(region(code).subject().name(), name);
    }
}

#[test]
fn reads_the_regions_of_the_seed_texts() {
    // «Ивановской области», «Тульской области»: the seeds name the regions in inflected
    // forms, which are not read; the nominative and the codes are.
    assert_eq!(region("Ивановская область").number(), 37);
    assert_eq!(region("37").subject().name(), "Ивановская область");
    assert_eq!(region("Тульская область").number(), 71);
    assert_eq!(region("71").subject().name(), "Тульская область");
    assert_eq!(
        region("Ивановская область").subject().district(),
        FederalDistrict::Central
    );
    assert_eq!(
        region("Тульская область").subject().district(),
        FederalDistrict::Central
    );
}

#[test]
fn every_name_in_the_table_reads_as_its_own_code() {
    for subject in FederalSubject::all() {
        assert_eq!(region(subject.name()), subject.code(), "{}", subject.name());
        assert_eq!(
            region(subject.name_en()),
            subject.code(),
            "{}",
            subject.name_en()
        );
        assert_eq!(
            region(&subject.name().to_uppercase()),
            subject.code(),
            "{}",
            subject.name()
        );
    }
}

#[test]
fn every_accepted_spelling_reads_as_its_subject() {
    for (form, code) in name::all_forms() {
        assert_eq!(region(&form).number(), code, "{form}");
    }
}

#[test]
fn every_code_round_trips_through_display() {
    for code in RegionCode::all() {
        assert_eq!(region(&code.to_string()), code);
        assert_eq!(code.to_string().len(), 2);
    }
}

#[test]
fn every_index_round_trips() {
    for (i, code) in RegionCode::all().enumerate() {
        assert_eq!(code.index(), i);
        assert_eq!(RegionCode::from_index(i), Some(code));
        assert_eq!(code.subject(), &FederalSubject::all()[i]);
    }
    assert_eq!(RegionCode::from_index(RegionCode::COUNT), None);
}

#[test]
fn prints_codes_with_a_leading_zero() {
    assert_eq!(region("Республика Адыгея").to_string(), "01");
    assert_eq!(region("07").number(), 7);
}

#[test]
fn reads_abbreviated_kind_words() {
    assert_eq!(region("Ивановская обл.").number(), 37);
    assert_eq!(region("Ивановская обл").number(), 37);
    assert_eq!(region("обл. Тульская").number(), 71);
    assert_eq!(region("Респ. Татарстан").number(), 16);
    assert_eq!(region("Республика Татарстан").number(), 16);
    assert_eq!(region("Ханты-Мансийский АО").number(), 86);
    assert_eq!(region("Ханты-Мансийский АО - Югра").number(), 86);
    assert_eq!(region("Еврейская АО").number(), 79);
    assert_eq!(region("Кемеровская обл. - Кузбасс").number(), 42);
}

#[test]
fn reads_federal_cities_with_or_without_the_city_word() {
    for (text, code) in [
        ("Москва", 77),
        ("г. Москва", 77),
        ("г.Москва", 77),
        ("город Москва", 77),
        ("Москва г", 77),
        ("г. Санкт-Петербург", 78),
        ("город Севастополь", 92),
        ("Севастополь", 92),
    ] {
        assert_eq!(region(text).number(), code, "{text}");
    }
}

#[test]
fn reads_names_without_the_kind_word() {
    assert_eq!(region("Тульская").number(), 71);
    assert_eq!(region("Ивановская").number(), 37);
    assert_eq!(region("Татарстан").number(), 16);
    assert_eq!(region("Алтай").number(), 4);
    assert_eq!(region("Алтайский").number(), 22);
    assert_eq!(region("Якутия").number(), 14);
    assert_eq!(region("Чувашия").number(), 21);
    assert_eq!(region("ДНР").number(), 93);
}

#[test]
fn reads_names_in_any_case_and_spacing() {
    assert_eq!(region("ИВАНОВСКАЯ ОБЛАСТЬ").number(), 37);
    assert_eq!(region("  тульская   область ").number(), 71);
    // No subject's name has ё or е in a place where people write ё; the rule is pinned on
    // the normalization in `name.rs`.
}

#[test]
fn reads_dashes_of_any_kind() {
    assert_eq!(region("Республика Северная Осетия - Алания").number(), 15);
    assert_eq!(region("Республика Северная Осетия–Алания").number(), 15);
    assert_eq!(region("Северная Осетия").number(), 15);
    assert_eq!(region("Кабардино‑Балкарская Республика").number(), 7);
}

#[test]
fn does_not_read_a_stem_with_another_kind_word() {
    // Алтай is a republic, Алтайский a krai.
    assert!("Алтай край".parse::<RegionCode>().is_err());
    assert!("Тульская республика".parse::<RegionCode>().is_err());
}

#[test]
fn rejects_empty_region() {
    let err = "  ".parse::<RegionCode>().unwrap_err();
    assert_eq!(
        err,
        ValueError::Region {
            input: "  ".into(),
            kind: RegionErrorKind::Empty
        }
    );
    assert_eq!(err.to_string(), r#"invalid region "  ": empty"#);
}

#[test]
fn rejects_unknown_code() {
    let err = "99".parse::<RegionCode>().unwrap_err();
    assert_eq!(
        err.to_string(),
        r#"invalid region "99": no federal subject has code 99"#
    );
    // Codes of the autonomous okrugs merged in 2005–2008 are not reused.
    for code in ["00", "80", "81", "82", "84", "85", "88"] {
        assert!(code.parse::<RegionCode>().is_err(), "{code}");
    }
    assert_eq!(
        "00".parse::<RegionCode>().unwrap_err().to_string(),
        r#"invalid region "00": no federal subject has code 00"#
    );
}

#[test]
fn rejects_code_of_wrong_length() {
    assert_eq!(
        "7".parse::<RegionCode>().unwrap_err().to_string(),
        r#"invalid region "7": a subject code has 2 digits, found 1"#
    );
    assert_eq!(
        "037".parse::<RegionCode>().unwrap_err(),
        ValueError::Region {
            input: "037".into(),
            kind: RegionErrorKind::CodeLength { found: 3 }
        }
    );
}

#[test]
fn rejects_unknown_name() {
    let err = "Тульской области".parse::<RegionCode>().unwrap_err();
    assert_eq!(
        err.to_string(),
        r#"invalid region "Тульской области": no federal subject has this name"#
    );
    assert!("Московский край".parse::<RegionCode>().is_err());
}

#[test]
fn rejects_a_parenthesis_that_is_not_closed_or_not_opened() {
    // Unclosed, the parenthesis used to drop the rest as a remark: read as 71.
    assert_eq!(
        "Тульская (Ивановская область"
            .parse::<RegionCode>()
            .unwrap_err()
            .to_string(),
        r#"invalid region "Тульская (Ивановская область": the parenthesis at position 10 is not closed"#
    );
    assert_eq!(
        "Тульская) область"
            .parse::<RegionCode>()
            .unwrap_err()
            .to_string(),
        r#"invalid region "Тульская) область": the parenthesis at position 9 closes none"#
    );
    assert_eq!(
        "Республика Саха ((Якутия)"
            .parse::<RegionCode>()
            .unwrap_err()
            .to_string(),
        r#"invalid region "Республика Саха ((Якутия)": the parenthesis at position 17 is not closed"#
    );
    // Closed, the remark is still dropped.
    assert_eq!(
        "Республика Саха (Якутия)".parse::<RegionCode>().unwrap(),
        region("14")
    );
}

#[test]
fn new_accepts_only_codes_of_subjects() {
    assert_eq!(RegionCode::new(37).unwrap(), region("37"));
    assert_eq!(
        RegionCode::new(80).unwrap_err().to_string(),
        r#"invalid region "80": no federal subject has code 80"#
    );
    assert!(RegionCode::new(200).is_err());
}

#[test]
fn orders_by_code() {
    assert!(region("37") < region("71"));
    assert!(region("Москва") < region("Севастополь"));
}

#[test]
fn converts_through_try_from_and_into_string() {
    let code = RegionCode::try_from("Тульская область").unwrap();
    assert_eq!(String::from(code), "71");
    assert_eq!(RegionCode::try_from(String::from("71")).unwrap(), code);
}

#[test]
fn serializes_as_the_code_string() {
    assert_eq!(serde_json::to_string(&region("37")).unwrap(), r#""37""#);
    let read: RegionCode = serde_json::from_str(r#""Ивановская область""#).unwrap();
    assert_eq!(read, region("37"));
}

#[test]
fn bad_json_fails_with_the_parse_message() {
    let err = serde_json::from_value::<RegionCode>(serde_json::json!("99")).unwrap_err();
    let parse_err = "99".parse::<RegionCode>().unwrap_err();
    assert_eq!(err.to_string(), parse_err.to_string());
}

#[test]
fn kinds_and_districts_serialize_in_snake_case() {
    assert_eq!(
        serde_json::to_string(&SubjectKind::FederalCity).unwrap(),
        r#""federal_city""#
    );
    assert_eq!(
        serde_json::to_string(&FederalDistrict::NorthCaucasian).unwrap(),
        r#""north_caucasian""#
    );
}

proptest! {
    #[test]
    fn display_parses_back(code: RegionCode) {
        prop_assert_eq!(code.to_string().parse::<RegionCode>().unwrap(), code);
    }

    #[test]
    fn name_parses_back(code: RegionCode) {
        prop_assert_eq!(code.subject().name().parse::<RegionCode>().unwrap(), code);
    }

    #[test]
    fn json_round_trips(code: RegionCode) {
        let json = serde_json::to_string(&code).unwrap();
        prop_assert_eq!(serde_json::from_str::<RegionCode>(&json).unwrap(), code);
    }

    #[test]
    fn index_is_dense(code: RegionCode) {
        prop_assert!(code.index() < RegionCode::COUNT);
        prop_assert_eq!(RegionCode::from_index(code.index()), Some(code));
    }
}
