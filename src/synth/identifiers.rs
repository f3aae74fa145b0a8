//! State identifiers with valid check digits.

use super::rng::Rng;
use crate::values::{Inn, Ogrn, RegionCode};

/// Random decimal digits.
fn digits(rng: &mut Rng, count: usize) -> Vec<u8> {
    (0..count).map(|_| rng.digit()).collect()
}

/// The text of digits.
fn text(digits: &[u8]) -> String {
    digits.iter().map(|d| char::from(b'0' + d)).collect()
}

/// A 10-digit ИНН of an organisation registered in `region`: the tax office code starts with
/// the subject code, the check digit is the weighted sum mod 11 mod 10.
pub(super) fn inn(rng: &mut Rng, region: RegionCode) -> Option<Inn> {
    const WEIGHTS: [u32; 9] = [2, 4, 10, 3, 5, 9, 4, 6, 8];
    let code = region.number();
    let mut d = vec![code / 10, code % 10];
    d.extend(digits(rng, 7));
    let sum: u32 = d.iter().zip(WEIGHTS).map(|(&d, w)| u32::from(d) * w).sum();
    d.push((sum % 11 % 10) as u8);
    text(&d).parse().ok()
}

/// A 13-digit ОГРН of an organisation registered in `region`: record type 1, a year, the
/// subject code, a record number, the check digit (the first 12 digits mod 11 mod 10).
pub(super) fn ogrn(rng: &mut Rng, region: RegionCode) -> Option<Ogrn> {
    let code = region.number();
    let year = 2 + rng.digit() + rng.digit() * 2;
    let mut d = vec![1, year / 10, year % 10, code / 10, code % 10];
    d.extend(digits(rng, 7));
    let body = d.iter().fold(0u64, |n, &d| n * 10 + u64::from(d));
    d.push((body % 11 % 10) as u8);
    text(&d).parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_generated_identifier_is_valid() {
        let mut rng = Rng::new(3);
        for region in RegionCode::all() {
            for _ in 0..20 {
                assert!(inn(&mut rng, region).is_some());
                assert!(ogrn(&mut rng, region).is_some());
            }
        }
    }
}
