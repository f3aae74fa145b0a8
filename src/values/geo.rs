//! Geographic points: latitude and longitude in degrees (WGS 84).

use std::cmp::Ordering;
use std::fmt;
use std::hash::{Hash, Hasher};
use std::str::FromStr;

use super::ValueError;

/// A point on the Earth: latitude and longitude in decimal degrees (WGS 84, as maps and
/// GPS give them).
///
/// Latitude is from −90 to 90 and longitude from −180 to 180, both inclusive and finite;
/// `-0.0` is stored as `0.0`, so that equal points have one representation. Equality, hashing
/// and order are implemented over these normalised numbers (order: by latitude, then by
/// longitude), which makes the point usable as a map key.
///
/// The text form is `<latitude>,<longitude>` in decimal notation, each number printed in the
/// shortest form that reads back to the same `f64`: `54.193122,37.617348`. Reading also
/// accepts spaces around the numbers and a leading `+`; exponents, `inf` and `NaN` are
/// rejected. The serde form is an object `{"lat": 54.193122, "lon": 37.617348}` read through
/// [`GeoPoint::new`], so out-of-range JSON fails with the same message as bad text.
///
/// # Example
/// ```
/// use social_services::values::GeoPoint;
///
/// let point: GeoPoint = "54.193122, 37.617348".parse()?;
/// assert_eq!(point.latitude(), 54.193122);
/// assert_eq!(point.to_string(), "54.193122,37.617348");
/// assert_eq!(point, GeoPoint::new(54.193122, 37.617348)?);
/// # Ok::<(), social_services::ValueError>(())
/// ```
#[derive(Debug, Clone, Copy, serde::Serialize, serde::Deserialize)]
#[serde(try_from = "raw::GeoPoint", into = "raw::GeoPoint")]
pub struct GeoPoint {
    /// Degrees north, −90 to 90, never `-0.0`.
    lat: f64,
    /// Degrees east, −180 to 180, never `-0.0`.
    lon: f64,
}

/// What is wrong with a geographic point.
///
/// # Example
/// ```
/// use social_services::{values::{GeoErrorKind, GeoPoint}, ValueError};
///
/// match GeoPoint::new(95.0, 37.6) {
///     Err(ValueError::GeoPoint { kind: GeoErrorKind::OutOfRange { coordinate, .. }, .. }) => {
///         assert_eq!(coordinate, "latitude")
///     }
///     other => panic!("unexpected {other:?}"),
/// }
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum GeoErrorKind {
    /// The text is empty (or only white space).
    #[error("empty")]
    Empty,
    /// The text is not two numbers separated by one comma.
    #[error("expected the form <latitude>,<longitude>")]
    Format,
    /// A coordinate that is not a decimal number.
    #[error("{coordinate} is not a decimal number")]
    Number {
        /// `"latitude"` or `"longitude"`.
        coordinate: &'static str,
    },
    /// A coordinate that is infinite or not a number.
    #[error("{coordinate} is not finite")]
    NotFinite {
        /// `"latitude"` or `"longitude"`.
        coordinate: &'static str,
    },
    /// A coordinate outside its range.
    #[error("{coordinate} is outside {range}")]
    OutOfRange {
        /// `"latitude"` or `"longitude"`.
        coordinate: &'static str,
        /// The allowed range, `"-90..=90"` or `"-180..=180"`.
        range: &'static str,
    },
}

impl GeoPoint {
    /// Builds a point from latitude and longitude in decimal degrees.
    ///
    /// # Errors
    /// [`ValueError::GeoPoint`] when a coordinate is not finite, the latitude is outside
    /// −90..=90 or the longitude outside −180..=180. The error quotes the two numbers in the
    /// text form.
    ///
    /// # Example
    /// ```
    /// use social_services::values::GeoPoint;
    ///
    /// let vichuga = GeoPoint::new(57.2068, 41.9326)?;
    /// assert_eq!(vichuga.to_string(), "57.2068,41.9326");
    /// let err = GeoPoint::new(57.2, 190.0).unwrap_err();
    /// assert_eq!(err.to_string(), r#"invalid geo point "57.2,190": longitude is outside -180..=180"#);
    /// # Ok::<(), social_services::ValueError>(())
    /// ```
    pub fn new(latitude: f64, longitude: f64) -> Result<Self, ValueError> {
        check(latitude, longitude).map_err(|kind| ValueError::GeoPoint {
            input: format!("{latitude},{longitude}"),
            kind,
        })
    }

    /// Degrees north (negative: south), −90 to 90.
    ///
    /// # Example
    /// ```
    /// use social_services::values::GeoPoint;
    ///
    /// assert_eq!(GeoPoint::new(54.193122, 37.617348)?.latitude(), 54.193122);
    /// # Ok::<(), social_services::ValueError>(())
    /// ```
    pub fn latitude(self) -> f64 {
        self.lat
    }

    /// Degrees east (negative: west), −180 to 180.
    ///
    /// # Example
    /// ```
    /// use social_services::values::GeoPoint;
    ///
    /// assert_eq!(GeoPoint::new(54.193122, 37.617348)?.longitude(), 37.617348);
    /// # Ok::<(), social_services::ValueError>(())
    /// ```
    pub fn longitude(self) -> f64 {
        self.lon
    }
}

/// Checks one coordinate against `limit` (90 or 180).
fn check_coordinate(
    value: f64,
    coordinate: &'static str,
    limit: f64,
    range: &'static str,
) -> Result<f64, GeoErrorKind> {
    if !value.is_finite() {
        return Err(GeoErrorKind::NotFinite { coordinate });
    }
    if !(-limit..=limit).contains(&value) {
        return Err(GeoErrorKind::OutOfRange { coordinate, range });
    }
    // Adding zero turns -0.0 into 0.0 and leaves every other number as it is.
    Ok(value + 0.0)
}

/// Checks both coordinates and builds the normalised point.
fn check(latitude: f64, longitude: f64) -> Result<GeoPoint, GeoErrorKind> {
    Ok(GeoPoint {
        lat: check_coordinate(latitude, "latitude", 90.0, "-90..=90")?,
        lon: check_coordinate(longitude, "longitude", 180.0, "-180..=180")?,
    })
}

/// Reads one decimal number: an optional sign, digits, an optional fraction.
fn parse_number(text: &str, coordinate: &'static str) -> Result<f64, GeoErrorKind> {
    let text = text.trim();
    let unsigned = text.strip_prefix(['-', '+']).unwrap_or(text);
    let (whole, fraction) = unsigned.split_once('.').unwrap_or((unsigned, ""));
    let is_digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    let well_formed =
        !whole.is_empty() && is_digits(whole) && is_digits(fraction) && !unsigned.ends_with('.');
    if !well_formed {
        return Err(GeoErrorKind::Number { coordinate });
    }
    text.parse()
        .map_err(|_| GeoErrorKind::Number { coordinate })
}

/// Reads the text form `<latitude>,<longitude>`.
fn parse(input: &str) -> Result<GeoPoint, GeoErrorKind> {
    if input.trim().is_empty() {
        return Err(GeoErrorKind::Empty);
    }
    let (lat, lon) = input.split_once(',').ok_or(GeoErrorKind::Format)?;
    if lon.contains(',') {
        return Err(GeoErrorKind::Format);
    }
    check(
        parse_number(lat, "latitude")?,
        parse_number(lon, "longitude")?,
    )
}

impl FromStr for GeoPoint {
    type Err = ValueError;

    /// Reads `<latitude>,<longitude>` in decimal degrees, e.g. `54.193122,37.617348`.
    ///
    /// # Errors
    /// [`ValueError::GeoPoint`] when the text is not two decimal numbers separated by a comma,
    /// or a coordinate is out of range.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        parse(s).map_err(|kind| ValueError::GeoPoint {
            input: s.to_owned(),
            kind,
        })
    }
}

impl fmt::Display for GeoPoint {
    /// `<latitude>,<longitude>`, each in the shortest decimal form that reads back exactly.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{},{}", self.lat, self.lon)
    }
}

text_conversions!(GeoPoint);

impl PartialEq for GeoPoint {
    fn eq(&self, other: &Self) -> bool {
        // Coordinates are finite and never -0.0, so equal numbers have equal bits.
        self.lat.to_bits() == other.lat.to_bits() && self.lon.to_bits() == other.lon.to_bits()
    }
}

impl Eq for GeoPoint {}

impl Hash for GeoPoint {
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.lat.to_bits().hash(state);
        self.lon.to_bits().hash(state);
    }
}

impl Ord for GeoPoint {
    fn cmp(&self, other: &Self) -> Ordering {
        self.lat
            .total_cmp(&other.lat)
            .then_with(|| self.lon.total_cmp(&other.lon))
    }
}

impl PartialOrd for GeoPoint {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

/// The serde form, an object checked through [`GeoPoint::new`].
mod raw {
    /// The JSON object `{"lat": …, "lon": …}` before checking.
    #[derive(serde::Serialize, serde::Deserialize)]
    #[serde(deny_unknown_fields)]
    pub struct GeoPoint {
        /// Latitude in degrees.
        pub lat: f64,
        /// Longitude in degrees.
        pub lon: f64,
    }

    impl TryFrom<GeoPoint> for super::GeoPoint {
        type Error = super::ValueError;

        fn try_from(raw: GeoPoint) -> Result<Self, Self::Error> {
            super::GeoPoint::new(raw.lat, raw.lon)
        }
    }

    impl From<super::GeoPoint> for GeoPoint {
        fn from(point: super::GeoPoint) -> Self {
            GeoPoint {
                lat: point.lat,
                lon: point.lon,
            }
        }
    }
}

#[cfg(any(test, feature = "proptest"))]
impl proptest::arbitrary::Arbitrary for GeoPoint {
    type Parameters = ();
    type Strategy = proptest::strategy::BoxedStrategy<Self>;

    /// Valid points anywhere on the Earth, with zero to seven decimal places as maps and GPS
    /// give them (seven places is about a centimetre), the poles and the antimeridian
    /// included.
    fn arbitrary_with((): ()) -> Self::Strategy {
        use proptest::prelude::*;
        /// A decimal with `places` decimal places within `-limit..=limit`.
        fn coordinate(limit: i64) -> impl Strategy<Value = f64> {
            (0..=7u32).prop_flat_map(move |places| {
                let scale = 10i64.pow(places);
                // Integers below 2^53 convert exactly, and dividing by an exact power of ten
                // rounds once: the result is the `f64` nearest the decimal.
                #[allow(clippy::cast_precision_loss)]
                (-limit * scale..=limit * scale).prop_map(move |n| n as f64 / scale as f64)
            })
        }
        let edge = |limit: f64| prop::sample::select(vec![-limit, 0.0, limit]);
        let lat = prop_oneof![9 => coordinate(90), 1 => edge(90.0)];
        let lon = prop_oneof![9 => coordinate(180), 1 => edge(180.0)];
        (lat, lon)
            .prop_map(|(lat, lon)| GeoPoint::new(lat, lon).expect("generated point is valid"))
            .boxed()
    }
}

#[cfg(test)]
// Exact comparison is the point: the text form must give back the very same number.
#[allow(clippy::float_cmp)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use std::collections::hash_map::DefaultHasher;

    fn point(s: &str) -> GeoPoint {
        s.parse().unwrap_or_else(|e| panic!("{s:?}: {e}"))
    }

    fn message(s: &str) -> String {
        s.parse::<GeoPoint>().unwrap_err().to_string()
    }

    fn hash(p: GeoPoint) -> u64 {
        let mut h = DefaultHasher::new();
        p.hash(&mut h);
        h.finish()
    }

    #[test]
    fn reads_canonical_text() {
        let p = point("54.193122,37.617348");
        assert_eq!(p.latitude(), 54.193_122);
        assert_eq!(p.longitude(), 37.617_348);
        assert_eq!(p.to_string(), "54.193122,37.617348");
    }

    #[test]
    fn reads_spaces_signs_and_whole_degrees() {
        assert_eq!(
            point(" -33.8688 , +151.2093 ").to_string(),
            "-33.8688,151.2093"
        );
        assert_eq!(point("90,-180").to_string(), "90,-180");
    }

    #[test]
    fn normalises_negative_zero() {
        let p = GeoPoint::new(-0.0, -0.0).unwrap();
        assert_eq!(p.to_string(), "0,0");
        assert_eq!(p, GeoPoint::new(0.0, 0.0).unwrap());
        assert_eq!(hash(p), hash(GeoPoint::new(0.0, 0.0).unwrap()));
        assert_eq!(p.cmp(&GeoPoint::new(0.0, 0.0).unwrap()), Ordering::Equal);
    }

    #[test]
    fn orders_by_latitude_then_longitude() {
        assert!(point("54,38") < point("55,0"));
        assert!(point("54,-1") < point("54,0"));
    }

    #[test]
    fn rejects_empty_input() {
        assert_eq!(message(" "), r#"invalid geo point " ": empty"#);
    }

    #[test]
    fn rejects_text_without_exactly_one_comma() {
        assert_eq!(
            message("54.19 37.61"),
            r#"invalid geo point "54.19 37.61": expected the form <latitude>,<longitude>"#
        );
        assert_eq!(
            message("54,19,37,61"),
            r#"invalid geo point "54,19,37,61": expected the form <latitude>,<longitude>"#
        );
    }

    #[test]
    fn rejects_coordinates_that_are_not_decimal_numbers() {
        assert_eq!(
            message("54.1x,37"),
            r#"invalid geo point "54.1x,37": latitude is not a decimal number"#
        );
        for bad in [
            "54,inf", "54,NaN", "54,1e2", "54,.5", "54,5.", "54,", "54,--5",
        ] {
            assert!(
                matches!(
                    bad.parse::<GeoPoint>(),
                    Err(ValueError::GeoPoint {
                        kind: GeoErrorKind::Number {
                            coordinate: "longitude"
                        },
                        ..
                    })
                ),
                "{bad}"
            );
        }
    }

    #[test]
    fn rejects_coordinates_that_are_not_finite() {
        let err = GeoPoint::new(f64::NAN, 37.6).unwrap_err();
        assert_eq!(
            err.to_string(),
            r#"invalid geo point "NaN,37.6": latitude is not finite"#
        );
        assert!(GeoPoint::new(54.0, f64::INFINITY).is_err());
        let huge = format!("1{},0", "0".repeat(400));
        assert!(matches!(
            huge.parse::<GeoPoint>(),
            Err(ValueError::GeoPoint {
                kind: GeoErrorKind::NotFinite { .. },
                ..
            })
        ));
    }

    #[test]
    fn rejects_latitude_outside_90() {
        assert_eq!(
            message("90.000001,0"),
            r#"invalid geo point "90.000001,0": latitude is outside -90..=90"#
        );
        assert!(GeoPoint::new(-90.5, 0.0).is_err());
    }

    #[test]
    fn rejects_longitude_outside_180() {
        assert_eq!(
            message("0,-180.5"),
            r#"invalid geo point "0,-180.5": longitude is outside -180..=180"#
        );
    }

    #[test]
    fn serializes_as_object() {
        let json = serde_json::to_string(&point("54.193122,37.617348")).unwrap();
        assert_eq!(json, r#"{"lat":54.193122,"lon":37.617348}"#);
    }

    #[test]
    fn rejects_json_with_unknown_or_missing_fields() {
        assert!(serde_json::from_str::<GeoPoint>(r#"{"lat":1,"lon":2,"alt":3}"#).is_err());
        assert!(serde_json::from_str::<GeoPoint>(r#"{"lat":1}"#).is_err());
    }

    #[test]
    fn bad_json_fails_with_the_from_str_message() {
        let json = serde_json::json!({"lat": 95.5, "lon": 37.6});
        let err = serde_json::from_value::<GeoPoint>(json).unwrap_err();
        assert_eq!(err.to_string(), message("95.5,37.6"));
    }

    proptest! {
        #[test]
        fn display_parses_back(p: GeoPoint) {
            prop_assert_eq!(p.to_string().parse::<GeoPoint>().unwrap(), p);
        }

        #[test]
        fn display_parses_back_at_full_precision(lat in -90.0f64..=90.0, lon in -180.0f64..=180.0) {
            let p = GeoPoint::new(lat, lon).unwrap();
            let back = p.to_string().parse::<GeoPoint>().unwrap();
            prop_assert_eq!(back, p);
            prop_assert!(back.latitude() == lat && back.longitude() == lon);
        }

        #[test]
        fn json_round_trips(p: GeoPoint) {
            let json = serde_json::to_string(&p).unwrap();
            prop_assert_eq!(serde_json::from_str::<GeoPoint>(&json).unwrap(), p);
        }

        #[test]
        fn equal_points_hash_equal(p: GeoPoint) {
            let q = GeoPoint::new(p.latitude(), p.longitude()).unwrap();
            prop_assert_eq!(hash(p), hash(q));
        }
    }
}
