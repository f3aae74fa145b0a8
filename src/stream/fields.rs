//! Field parsers of the fast paths: the canonical form of each field read without allocation,
//! anything else handed to the crate's own parser, so that a fast path accepts exactly what
//! the normal parser accepts and reads it as the same value.

use std::str::FromStr;

use rustc_hash::FxHashMap;
use uuid::Uuid;

use crate::aggregate::attendance::kind_slot;
use crate::records::InstitutionKind;
#[cfg(test)]
use crate::records::Vocabulary;
use crate::values::{PartialDate, RegionCode};

/// The value of each ASCII hex digit, `0xFF` for every other byte.
const HEX: [u8; 256] = {
    let mut table = [0xFF; 256];
    let mut i = 0u8;
    while i < 10 {
        table[(b'0' + i) as usize] = i;
        i += 1;
    }
    let mut i = 0u8;
    while i < 6 {
        table[(b'a' + i) as usize] = 10 + i;
        table[(b'A' + i) as usize] = 10 + i;
        i += 1;
    }
    table
};

/// The positions of the two hex digits of each of the 16 bytes of a hyphenated UUID.
const UUID_BYTES: [(usize, usize); 16] = {
    let mut positions = [(0, 0); 16];
    let mut at = 0;
    let mut i = 0;
    while i < 16 {
        if at == 8 || at == 13 || at == 18 || at == 23 {
            at += 1;
        }
        positions[i] = (at, at + 1);
        at += 2;
        i += 1;
    }
    positions
};

/// Text of a field as the file holds it, when it can be handed to a parser as it is.
pub(super) type Text = fn(&[u8]) -> Option<&str>;

/// A UUID: the hyphenated form decoded here, any other form by the `uuid` crate's parser (the
/// parser of [`Id`](crate::records::Id)).
#[inline]
pub(super) fn uuid(bytes: &[u8], text: Text) -> Option<Uuid> {
    if bytes.len() == 36
        && bytes[8] == b'-'
        && bytes[13] == b'-'
        && bytes[18] == b'-'
        && bytes[23] == b'-'
    {
        // Each byte from its two digits, independently of the others.
        let mut out = [0u8; 16];
        let mut bad = 0u8;
        for (byte, &(high, low)) in out.iter_mut().zip(&UUID_BYTES) {
            let (high, low) = (HEX[bytes[high] as usize], HEX[bytes[low] as usize]);
            bad |= high | low;
            *byte = (high << 4) | low;
        }
        if bad & 0xF0 == 0 {
            return Some(Uuid::from_bytes(out));
        }
    }
    text(bytes).and_then(|text| Uuid::try_parse(text).ok())
}

/// Two ASCII digits as a number.
#[inline]
fn two_digits(a: u8, b: u8) -> Option<u8> {
    let (a, b) = (a.wrapping_sub(b'0'), b.wrapping_sub(b'0'));
    (a < 10 && b < 10).then_some(a * 10 + b)
}

/// A date: `YYYY-MM-DD` checked here, any other text by [`PartialDate`]'s parser.
#[inline]
pub(super) fn date(bytes: &[u8], text: Text) -> Option<PartialDate> {
    if let &[y0, y1, y2, y3, b'-', m0, m1, b'-', d0, d1] = bytes
        && let (Some(century), Some(year), Some(month), Some(day)) = (
            two_digits(y0, y1),
            two_digits(y2, y3),
            two_digits(m0, m1),
            two_digits(d0, d1),
        )
    {
        let year = i32::from(century) * 100 + i32::from(year);
        return PartialDate::from_ymd(year, u32::from(month), u32::from(day)).ok();
    }
    text(bytes).and_then(|text| PartialDate::from_str(text).ok())
}

/// A federal subject: two digits checked here, a name (or anything else) by [`RegionCode`]'s
/// parser.
#[inline]
pub(super) fn region(bytes: &[u8], text: Text) -> Option<RegionCode> {
    if let &[a, b] = bytes
        && let Some(code) = two_digits(a, b)
    {
        return RegionCode::new(code).ok();
    }
    text(bytes).and_then(|text| RegionCode::from_str(text).ok())
}

/// The known kind whose canonical name is `bytes`, and its column in the dense table.
#[inline]
pub(super) fn known_kind(bytes: &[u8]) -> Option<(InstitutionKind, Option<usize>)> {
    let (kind, slot) = match bytes {
        b"kcson" => (InstitutionKind::Kcson, 0),
        b"family_support_centre" => (InstitutionKind::FamilySupportCentre, 1),
        b"family_mfc" => (InstitutionKind::FamilyMfc, 2),
        b"supplementary_education" => (InstitutionKind::SupplementaryEducation, 3),
        b"ministry" => (InstitutionKind::Ministry, 4),
        b"department" => (InstitutionKind::Department, 5),
        b"government" => (InstitutionKind::Government, 6),
        b"fund" => (InstitutionKind::Fund, 7),
        b"public_organisation" => (InstitutionKind::PublicOrganisation, 8),
        b"public_organisation_branch" => (InstitutionKind::PublicOrganisationBranch, 9),
        _ => return None,
    };
    Some((kind, Some(slot)))
}

/// How many spellings of regions, and of kinds, a [`Memo`] keeps: far more than a file uses.
const MEMO_LIMIT: usize = 512;

/// The regions and kinds already read from their text, by the text's bytes: a file spells a
/// few dozen subjects and kinds millions of times, so each spelling (a subject's name, a kind's
/// alias) goes through the crate's parser once and is then a table look-up.
///
/// A spelling is kept only once the parser has accepted it, and a text is checked by `text`
/// before it is looked up, so the memo accepts exactly what the parsers accept.
#[derive(Debug, Default)]
pub(super) struct Memo {
    regions: FxHashMap<Box<[u8]>, RegionCode>,
    kinds: FxHashMap<Box<[u8]>, (InstitutionKind, Option<usize>)>,
}

impl Memo {
    /// A federal subject: two digits checked here, a spelling read before from the memo, any
    /// other text by [`RegionCode`]'s parser.
    #[inline]
    pub(super) fn region(&mut self, bytes: &[u8], text: Text) -> Option<RegionCode> {
        if let &[a, b] = bytes
            && let Some(code) = two_digits(a, b)
        {
            return RegionCode::new(code).ok();
        }
        let text = text(bytes)?;
        if let Some(&code) = self.regions.get(bytes) {
            return Some(code);
        }
        let code = RegionCode::from_str(text).ok()?;
        if self.regions.len() < MEMO_LIMIT {
            self.regions.insert(bytes.into(), code);
        }
        Some(code)
    }

    /// An institution kind and its column in the dense table: the canonical names matched
    /// here, a term read before from the memo, any other term by the vocabulary's parser.
    #[inline]
    pub(super) fn kind(
        &mut self,
        bytes: &[u8],
        text: Text,
    ) -> Option<(InstitutionKind, Option<usize>)> {
        if let Some(known) = known_kind(bytes) {
            return Some(known);
        }
        let text = text(bytes)?;
        if let Some(known) = self.kinds.get(bytes) {
            return Some(known.clone());
        }
        let kind = InstitutionKind::from(text);
        let slot = kind_slot(&kind);
        if self.kinds.len() < MEMO_LIMIT {
            self.kinds.insert(bytes.into(), (kind.clone(), slot));
        }
        Some((kind, slot))
    }
}

/// The text of a JSON string's raw bytes when they need no unescaping and JSON allows them
/// (no quote, backslash or control character; valid UTF-8).
pub(super) fn json_text(bytes: &[u8]) -> Option<&str> {
    if bytes.iter().any(|&b| b == b'"' || b == b'\\' || b < 0x20) {
        return None;
    }
    std::str::from_utf8(bytes).ok()
}

/// The text of an unquoted CSV cell (valid UTF-8).
pub(super) fn csv_text(bytes: &[u8]) -> Option<&str> {
    std::str::from_utf8(bytes).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_every_uuid_form_as_the_uuid_crate_does() {
        for text in [
            "6f1c1b2e-8d7a-4c55-9a53-0d8d0e0b6f11",
            "6F1C1B2E-8D7A-4C55-9A53-0D8D0E0B6F11",
            "6f1c1b2e8d7a4c559a530d8d0e0b6f11",
            "{6f1c1b2e-8d7a-4c55-9a53-0d8d0e0b6f11}",
            "urn:uuid:6f1c1b2e-8d7a-4c55-9a53-0d8d0e0b6f11",
            "6f1c1b2e-8d7a-4c55-9a53-0d8d0e0b6f1g",
            "6f1c1b2e-8d7a-4c55-9a53+0d8d0e0b6f11",
            "",
        ] {
            assert_eq!(
                uuid(text.as_bytes(), csv_text),
                Uuid::try_parse(text).ok(),
                "{text}"
            );
        }
    }

    #[test]
    fn reads_dates_as_the_partial_date_parser_does() {
        let mut texts = vec!["2024", "2024-09", "0000-01-01", "9999-12-31", "2024-1-01"];
        let days: Vec<String> = (0..=13)
            .flat_map(|m| (0..=32).map(move |d| format!("2024-{m:02}-{d:02}")))
            .chain(["2023-02-29".to_owned(), "2024-02-29".to_owned()])
            .collect();
        texts.extend(days.iter().map(String::as_str));
        for text in texts {
            assert_eq!(
                date(text.as_bytes(), csv_text),
                text.parse::<PartialDate>().ok(),
                "{text}"
            );
        }
    }

    #[test]
    fn reads_regions_as_the_region_parser_does() {
        for code in 0..100u8 {
            let text = format!("{code:02}");
            assert_eq!(
                region(text.as_bytes(), csv_text),
                text.parse::<RegionCode>().ok()
            );
        }
        assert_eq!(
            region("Тульская обл.".as_bytes(), csv_text),
            Some(RegionCode::new(71).unwrap())
        );
        assert_eq!(region(b"7", csv_text), None);
    }

    #[test]
    fn knows_every_canonical_kind_name() {
        for (slot, kind) in InstitutionKind::known().iter().enumerate() {
            assert_eq!(
                known_kind(kind.as_str().as_bytes()),
                Some((kind.clone(), Some(slot)))
            );
        }
    }

    #[test]
    fn reads_kinds_as_the_vocabulary_does() {
        let memo = &mut Memo::default();
        for text in [
            "kcson",
            "КЦСОН",
            "fund",
            "приют",
            "family_mfc",
            "Family_MFC",
        ] {
            let (kind, slot) = memo.kind(text.as_bytes(), csv_text).unwrap();
            assert_eq!(kind, InstitutionKind::from(text), "{text}");
            assert_eq!(slot, kind_slot(&kind));
        }
    }

    #[test]
    fn hands_json_escapes_to_the_json_parser() {
        assert_eq!(json_text(br"7\u0031"), None);
        assert_eq!(json_text(b"\t71"), None);
        assert_eq!(json_text("Тула".as_bytes()), Some("Тула"));
    }
}
