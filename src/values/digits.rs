//! Reading the digits of an identifier, shared by the identifier values.

use super::IdentifierErrorKind;

/// The longest identifier read with [`read_digits`] (ОГРНИП, 15 digits).
const MAX_DIGITS: usize = 15;

/// The digits of an identifier, read without allocation.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Digits {
    buf: [u8; MAX_DIGITS],
    len: usize,
}

impl Digits {
    /// The digits, each 0–9.
    pub(crate) fn as_slice(&self) -> &[u8] {
        &self.buf[..self.len]
    }
}

/// The ASCII digit a Cyrillic letter is mistaken for, if any (`О` for `0`, `З` for `3`).
pub(crate) fn digit_look_alike(c: char) -> Option<char> {
    match c {
        'О' | 'о' => Some('0'),
        'З' | 'з' => Some('3'),
        _ => None,
    }
}

/// The Latin capital a Cyrillic letter is mistaken for, if any (`А` for `A`, `Н` for `H` …).
pub(crate) fn latin_look_alike(c: char) -> Option<char> {
    let latin = match c {
        'А' | 'а' => 'A',
        'В' | 'в' => 'B',
        'Е' | 'е' => 'E',
        'К' | 'к' => 'K',
        'М' | 'м' => 'M',
        'Н' | 'н' => 'H',
        'О' | 'о' => 'O',
        'Р' | 'р' => 'P',
        'С' | 'с' => 'C',
        'Т' | 'т' => 'T',
        'Х' | 'х' => 'X',
        _ => return None,
    };
    Some(latin)
}

/// Reads `input` as ASCII digits only, of one of the `lengths` (described by `expected` in
/// errors, e.g. `"10 or 12 digits"`).
///
/// Checks, in order: empty, each character (a Cyrillic look-alike of a digit gets its own
/// error), then the length. Each length must be at most 15.
pub(crate) fn read_digits(
    input: &str,
    lengths: &[usize],
    expected: &'static str,
) -> Result<Digits, IdentifierErrorKind> {
    if input.trim().is_empty() {
        return Err(IdentifierErrorKind::Empty);
    }
    let mut digits = Digits {
        buf: [0; MAX_DIGITS],
        len: 0,
    };
    let mut count = 0;
    for (index, c) in input.chars().enumerate() {
        let position = index + 1;
        if let Some(d) = c.to_digit(10).filter(|_| c.is_ascii_digit()) {
            if count < MAX_DIGITS {
                // `to_digit(10)` is below 10, so the cast cannot truncate.
                #[allow(clippy::cast_possible_truncation)]
                let d = d as u8;
                digits.buf[count] = d;
            }
            count += 1;
        } else if let Some(looks_like) = digit_look_alike(c) {
            return Err(IdentifierErrorKind::LookAlike {
                position,
                found: c,
                looks_like,
            });
        } else {
            return Err(IdentifierErrorKind::Character {
                position,
                found: c,
                expected: "a digit",
            });
        }
    }
    if !lengths.contains(&count) {
        return Err(IdentifierErrorKind::Length {
            expected,
            found: count,
        });
    }
    digits.len = count;
    Ok(digits)
}

/// The sum of `digits[i] * weights[i]` over the shorter of the two.
pub(crate) fn weighted_sum(digits: &[u8], weights: &[u32]) -> u32 {
    digits
        .iter()
        .zip(weights)
        .map(|(&d, &w)| u32::from(d) * w)
        .sum()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_digits_of_an_allowed_length() {
        let d = read_digits("0123", &[4], "4 digits").unwrap();
        assert_eq!(d.as_slice(), &[0, 1, 2, 3]);
    }

    #[test]
    fn rejects_empty_and_blank_input() {
        assert_eq!(
            read_digits("", &[4], "4 digits").unwrap_err(),
            IdentifierErrorKind::Empty
        );
        assert_eq!(
            read_digits("  ", &[4], "4 digits").unwrap_err(),
            IdentifierErrorKind::Empty
        );
    }

    #[test]
    fn names_a_cyrillic_o_among_digits() {
        let err = read_digits("78О1", &[4], "4 digits").unwrap_err();
        assert_eq!(
            err,
            IdentifierErrorKind::LookAlike {
                position: 3,
                found: 'О',
                looks_like: '0'
            }
        );
    }

    #[test]
    fn rejects_non_ascii_digits() {
        // Arabic-Indic digit three: a digit to Unicode, not to a registry.
        let err = read_digits("12٣4", &[4], "4 digits").unwrap_err();
        assert_eq!(
            err,
            IdentifierErrorKind::Character {
                position: 3,
                found: '٣',
                expected: "a digit"
            }
        );
    }

    #[test]
    fn counts_characters_past_the_buffer_for_the_length_error() {
        let err = read_digits(&"1".repeat(40), &[10, 12], "10 or 12 digits").unwrap_err();
        assert_eq!(
            err,
            IdentifierErrorKind::Length {
                expected: "10 or 12 digits",
                found: 40
            }
        );
    }

    #[test]
    fn weighted_sum_multiplies_pairwise() {
        assert_eq!(weighted_sum(&[1, 2, 3], &[3, 2, 1]), 10);
    }
}
