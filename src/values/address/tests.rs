use super::*;
use proptest::prelude::*;

fn address(s: &str) -> Address {
    s.parse().unwrap_or_else(|e| panic!("{s:?}: {e}"))
}

fn message(s: &str) -> String {
    s.parse::<Address>().unwrap_err().to_string()
}

const FLAGSHIP: &str = "Тульская область, г. Тула, ул. Гоголевская, д. 71";

#[test]
fn parses_the_seed_flagship_address() {
    // «флагманское отделение … Тулы на улице Гоголевская 71», Тульская область.
    for text in [
        "Тульская область, г. Тула, ул. Гоголевская, 71",
        "г. Тула, улица Гоголевская 71, Тульская область",
        "Тульская обл., город Тула, Гоголевская улица, дом 71",
    ] {
        let a = address(text);
        assert_eq!(a.to_string(), FLAGSHIP, "{text}");
        assert_eq!(a.region().to_string(), "71");
        assert_eq!(a.region().subject().name(), "Тульская область");
        assert_eq!(*a.locality().kind(), LocalityKind::City);
        assert_eq!(a.locality().name(), "Тула");
        let street = a.street().unwrap();
        assert_eq!(
            (street.kind(), street.name()),
            (&StreetKind::Street, "Гоголевская")
        );
        assert_eq!(a.house().unwrap().to_string(), "71");
    }
}

#[test]
fn reads_localities_named_in_the_seeds() {
    for (region, locality) in [
        ("Ивановская область", "г. Вичуга"),
        ("Ивановская область", "г. Шуя"),
        ("Тульская область", "г. Тула"),
    ] {
        let a = address(&format!("{region}, {locality}, д. 1"));
        assert_eq!(a.locality().to_string(), locality);
    }
}

#[test]
fn reads_canonical_line_with_every_part() {
    let text = "300041, Тульская область, г. Тула, ул. Гоголевская, д. 71; ОКТМО 70701000; 54.193122,37.617348";
    let a = address(text);
    assert_eq!(a.to_string(), text);
    assert_eq!(a.postal_code().unwrap().as_str(), "300041");
    assert_eq!(a.oktmo().unwrap().as_str(), "70701000");
    assert_eq!(a.geo().unwrap().to_string(), "54.193122,37.617348");
    assert_eq!(a.postal_line(), format!("300041, {FLAGSHIP}"));
}

#[test]
fn reads_address_without_street() {
    let a = address("Тульская область, с. Ясная Поляна, 5");
    assert_eq!(a.street(), None);
    assert_eq!(a.to_string(), "Тульская область, с. Ясная Поляна, д. 5");
}

#[test]
fn reads_house_at_the_end_of_a_street_with_a_number_in_its_name() {
    let a = address("Тульская область, г. Тула, ул. 9 Мая 5 к2");
    assert_eq!(a.street().unwrap().name(), "9 Мая");
    assert_eq!(a.house().unwrap().to_string(), "5 к. 2");
}

#[test]
fn reads_every_subject_name_in_a_line() {
    for region in RegionCode::all() {
        let text = format!("{}, г. Н, д. 1", region.subject().name());
        assert_eq!(address(&text).region(), region, "{text}");
        assert_eq!(address(&text).to_string(), text);
    }
}

#[test]
fn builds_from_typed_parts() {
    let a = Address::new(
        RegionCode::new(71).unwrap(),
        Locality::new(LocalityKind::City, "Тула").unwrap(),
        Some(Street::new(StreetKind::Street, "Гоголевская").unwrap()),
        House::new(71).unwrap(),
    )
    .with_postal_code("300041".parse().unwrap())
    .with_oktmo("70701000".parse().unwrap())
    .with_geo(GeoPoint::new(54.193_122, 37.617_348).unwrap());
    assert_eq!(
        a,
        address(
            "300041, Тульская область, г. Тула, ул. Гоголевская, 71; 54.193122,37.617348; ОКТМО 70701000"
        )
    );
}

#[test]
fn rejects_empty_address() {
    assert_eq!(message("  "), r#"invalid address "  ": empty"#);
}

#[test]
fn rejects_line_without_the_parts_of_an_address() {
    const EXPECTED: &str =
        "expected [<postal code>, ]<region>, [<district>, ]<locality>[, <street>][, <house>]";
    for text in [
        "Тульская область",
        "Ивановская область, Лежневский р-н",
        "Ивановская область, Лежневский р-н, Шуйский р-н, пос. Лежнево",
        "Тульская область, г. Тула, , 71",
        "Тульская область, г. Тула, ул. Гоголевская, 71, кв. 5",
    ] {
        assert_eq!(
            message(text),
            format!("invalid address {text:?}: {EXPECTED}"),
            "{text}"
        );
    }
}

#[test]
fn reads_an_address_that_stops_at_the_settlement() {
    // A centre known only as «пос. Лежнево, Лежневский муниципальный район».
    const LEZHNEVO: &str = "Ивановская область, Лежневский муниципальный район, пос. Лежнево";
    for text in [
        LEZHNEVO,
        "Ивановская обл., пос. Лежнево, Лежневский муниципальный район",
        "посёлок Лежнево, Лежневский р-н, Ивановская область",
    ] {
        let a = address(text);
        assert_eq!(a.to_string(), LEZHNEVO, "{text}");
        assert_eq!(a.precision(), AddressPrecision::Settlement);
        assert_eq!((a.street(), a.house()), (None, None));
        assert_eq!(a.street_line(), None);
        let district = a.district().unwrap();
        assert_eq!(
            (district.kind(), district.name()),
            (&DistrictKind::MunicipalDistrict, "Лежневский")
        );
    }
    let bare = address("Ивановская область, пос. Лежнево");
    assert_eq!(
        (bare.district(), bare.precision()),
        (None, AddressPrecision::Settlement)
    );
    assert_eq!(bare.postal_line(), "Ивановская область, пос. Лежнево");
}

#[test]
fn reads_an_address_that_stops_at_the_street() {
    let a = address("Тульская область, г. Тула, улица Гоголевская");
    assert_eq!(a.to_string(), "Тульская область, г. Тула, ул. Гоголевская");
    assert_eq!(a.precision(), AddressPrecision::Street);
    assert_eq!(a.street_line().as_deref(), Some("ул. Гоголевская"));
    assert_eq!(a.house(), None);
}

#[test]
fn reads_a_district_with_a_house_address() {
    let a = address("Ивановская область, пос. Лежнево, ул. Октябрьская, 32, Лежневский р-н");
    assert_eq!(
        a.to_string(),
        "Ивановская область, Лежневский муниципальный район, пос. Лежнево, ул. Октябрьская, д. 32"
    );
    assert_eq!(a.precision(), AddressPrecision::House);
}

#[test]
fn rejects_a_street_without_a_house_that_would_read_as_one() {
    let street: Street = "ул. Парковая 2".parse().unwrap();
    let err = Address::on_street(
        RegionCode::new(71).unwrap(),
        "г. Тула".parse().unwrap(),
        street,
    )
    .unwrap_err();
    assert_eq!(
        err.to_string(),
        r#"invalid address "ул. Парковая 2": street "ул. Парковая 2" without a house would read back as a street and a house"#
    );
    let json =
        serde_json::json!({"region": "71", "locality": "г. Тула", "street": "ул. Парковая 2"});
    assert_eq!(
        serde_json::from_value::<Address>(json)
            .unwrap_err()
            .to_string(),
        err.to_string()
    );
}

#[test]
fn rejects_a_locality_or_street_that_reads_as_a_district() {
    assert_eq!(
        "г.о. Шуя".parse::<Locality>().unwrap_err().to_string(),
        r#"invalid address "г.о. Шуя": locality "г.о. Шуя" reads as a municipal district or okrug"#
    );
    assert!(Locality::new(LocalityKind::Other("городской".into()), "округ Шуя").is_err());
    assert!(Street::new(StreetKind::Other("р-н".into()), "Лежневский").is_err());
}

#[test]
fn rejects_unknown_region_with_the_region_error() {
    assert_eq!(
        message("Тулская область, г. Тула, ул. Гоголевская, 71"),
        r#"invalid address "Тулская область, г. Тула, ул. Гоголевская, 71": invalid region "Тулская область": no federal subject has this name"#
    );
}

#[test]
fn rejects_bad_postal_code_with_its_error() {
    assert_eq!(
        message("30004, Тульская область, г. Тула, д. 1"),
        r#"invalid address "30004, Тульская область, г. Тула, д. 1": invalid postal code "30004": expected 6 digits, found 5 characters"#
    );
}

#[test]
fn rejects_locality_without_kind() {
    assert_eq!(
        message("Тульская область, Тула, ул. Гоголевская, 71"),
        r#"invalid address "Тульская область, Тула, ул. Гоголевская, 71": locality "Тула" does not start with its kind (such as г., с., пос. or a lowercase word)"#
    );
}

#[test]
fn rejects_street_without_kind() {
    assert_eq!(
        message("Тульская область, г. Тула, Гоголевская, 71"),
        r#"invalid address "Тульская область, г. Тула, Гоголевская, 71": street "Гоголевская" does not start with its kind (such as ул., пр-т, пер. or a lowercase word)"#
    );
}

#[test]
fn rejects_bad_house() {
    assert_eq!(
        message("Тульская область, г. Тула, ул. Гоголевская, 71 кв. 5"),
        r#"invalid address "Тульская область, г. Тула, ул. Гоголевская, 71 кв. 5": house "71 кв. 5" is not of the form 71, 71А, 71/2, 71 к. 2 or 71 стр. 3"#
    );
}

#[test]
fn rejects_unknown_or_repeated_extra_part() {
    assert_eq!(
        message("Тульская область, г. Тула, д. 1; кабинет 5"),
        r#"invalid address "Тульская область, г. Тула, д. 1; кабинет 5": part "кабинет 5" after ';' is not one ОКТМО <code> or one <latitude>,<longitude>"#
    );
    assert!(matches!(
        "Тульская область, г. Тула, д. 1; ОКТМО 70701000; ОКТМО 70701000".parse::<Address>(),
        Err(ValueError::Address {
            kind: AddressErrorKind::Extra { .. },
            ..
        })
    ));
}

#[test]
fn rejects_bad_oktmo_and_point_with_their_errors() {
    assert_eq!(
        message("Тульская область, г. Тула, д. 1; 95,37"),
        r#"invalid address "Тульская область, г. Тула, д. 1; 95,37": invalid geo point "95,37": latitude is outside -90..=90"#
    );
    assert!(matches!(
        "Тульская область, г. Тула, д. 1; ОКТМО 7070".parse::<Address>(),
        Err(ValueError::Address {
            kind: AddressErrorKind::Part { .. },
            ..
        })
    ));
}

#[test]
fn serializes_as_object_without_absent_fields() {
    let json = serde_json::to_value(address(FLAGSHIP)).unwrap();
    assert_eq!(
        json,
        serde_json::json!({
            "region": "71", "locality": "г. Тула", "street": "ул. Гоголевская", "house": "71"
        })
    );
    let full = address(
        "300041, Тульская область, г. Тула, ул. Гоголевская, д. 71; ОКТМО 70701000; 54.193122,37.617348",
    );
    assert_eq!(
        serde_json::to_string(&full).unwrap(),
        r#"{"region":"71","locality":"г. Тула","street":"ул. Гоголевская","house":"71","postal_code":"300041","oktmo":"70701000","geo":{"lat":54.193122,"lon":37.617348}}"#
    );
}

#[test]
fn reads_object_through_each_part_parser() {
    let json = serde_json::json!({
        "region": "Тульская область", "locality": "город Тула", "house": "дом 71"
    });
    let a: Address = serde_json::from_value(json).unwrap();
    assert_eq!(a.to_string(), "Тульская область, г. Тула, д. 71");
}

#[test]
fn rejects_object_with_unknown_or_missing_fields() {
    let unknown = serde_json::json!({
        "region": "71", "locality": "г. Тула", "house": "71", "flat": "5"
    });
    assert!(serde_json::from_value::<Address>(unknown).is_err());
    let missing = serde_json::json!({"region": "71", "house": "71"});
    assert!(serde_json::from_value::<Address>(missing).is_err());
    let settlement = serde_json::json!({
        "region": "37", "district": "Лежневский р-н", "locality": "посёлок Лежнево"
    });
    let a: Address = serde_json::from_value(settlement).unwrap();
    assert_eq!(
        serde_json::to_value(&a).unwrap(),
        serde_json::json!({
            "region": "37", "district": "Лежневский муниципальный район", "locality": "пос. Лежнево"
        })
    );
}

#[test]
fn bad_json_field_fails_with_the_from_str_message_of_the_field() {
    let json = serde_json::json!({"region": "71", "locality": "Тула", "house": "71"});
    let err = serde_json::from_value::<Address>(json).unwrap_err();
    assert_eq!(
        err.to_string(),
        "Тула".parse::<Locality>().unwrap_err().to_string()
    );
}

proptest! {
    #[test]
    fn display_parses_back(a: Address) {
        prop_assert_eq!(a.to_string().parse::<Address>().unwrap(), a);
    }

    #[test]
    fn postal_line_parses_back_without_oktmo_and_point(a: Address) {
        let line: Address = a.postal_line().parse().unwrap();
        prop_assert_eq!(line.postal_line(), a.postal_line());
        prop_assert_eq!((line.oktmo(), line.geo()), (None, None));
    }

    #[test]
    fn json_round_trips(a: Address) {
        let json = serde_json::to_string(&a).unwrap();
        prop_assert_eq!(serde_json::from_str::<Address>(&json).unwrap(), a);
    }
}
