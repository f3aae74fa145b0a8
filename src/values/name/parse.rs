//! Reading a person's name from text: characters, words and initials, then the order of the
//! parts. The rules are documented on [`PersonName`](super::PersonName).

use super::lexicon::{is_known_given_name, is_particle, looks_like_patronymic, looks_like_surname};
use super::{NameErrorKind, NamePart, PartRepr, PersonName};
use crate::values::digits::latin_look_alike;

/// The text in Unicode normalisation form C, as far as a name can need it: the two Russian
/// letters that have a decomposed form, `ё` (`е` + U+0308 COMBINING DIAERESIS) and `й` (`и` +
/// U+0306 COMBINING BREVE), and their capitals, composed. Every other character a name may
/// hold is already in form C, and any other combining mark is refused by
/// [`check_characters`] whichever form it comes in, so this is NFC for every name accepted.
pub(super) fn composed(text: &str) -> std::borrow::Cow<'_, str> {
    if !text.contains(['\u{306}', '\u{308}']) {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        let composed = match (out.chars().last(), c) {
            (Some('е'), '\u{308}') => Some('ё'),
            (Some('Е'), '\u{308}') => Some('Ё'),
            (Some('и'), '\u{306}') => Some('й'),
            (Some('И'), '\u{306}') => Some('Й'),
            _ => None,
        };
        match composed {
            Some(letter) => {
                out.pop();
                out.push(letter);
            }
            None => out.push(c),
        }
    }
    std::borrow::Cow::Owned(out)
}

/// Whether `c` is a letter of the Russian alphabet.
fn is_russian_letter(c: char) -> bool {
    matches!(c, 'А'..='Я' | 'а'..='я' | 'Ё' | 'ё')
}

/// Whether `c` is written as a hyphen (ASCII hyphen-minus, Unicode hyphen, non-breaking hyphen).
fn is_hyphen(c: char) -> bool {
    matches!(c, '-' | '\u{2010}' | '\u{2011}')
}

/// The Cyrillic letter a Latin letter is mistaken for (`A` for `А`, `o` for `о`), if any.
fn cyrillic_look_alike(c: char) -> Option<char> {
    if c.is_ascii_uppercase() {
        "АВЕКМНОРСТХ"
            .chars()
            .find(|&cyr| latin_look_alike(cyr) == Some(c))
    } else if c.is_ascii_lowercase() {
        "аеокрсх"
            .chars()
            .find(|&cyr| latin_look_alike(cyr) == Some(c.to_ascii_uppercase()))
    } else {
        None
    }
}

/// Checks that `input` has only Russian letters, white space (not a control character such as
/// a tab or a line feed), hyphens, dots and (where `comma` is true) commas.
pub(super) fn check_characters(input: &str, comma: bool) -> Result<(), NameErrorKind> {
    if input.trim().is_empty() {
        return Err(NameErrorKind::Empty);
    }
    for (index, c) in input.chars().enumerate() {
        let allowed = is_russian_letter(c)
            || (c.is_whitespace() && !c.is_control())
            || is_hyphen(c)
            || c == '.'
            || (comma && c == ',');
        if allowed {
            continue;
        }
        let position = index + 1;
        return Err(match cyrillic_look_alike(c) {
            Some(looks_like) => NameErrorKind::LookAlike {
                position,
                found: c,
                looks_like,
            },
            None => NameErrorKind::Character { position, found: c },
        });
    }
    Ok(())
}

/// The canonical spelling of one word without spaces or dots: each hyphen-separated part
/// capitalised (`РИМСКИЙ-корсаков` → `Римский-Корсаков`), particles in lower case
/// (`Алирза-Оглы` → `Алирза-оглы`), `ё` kept.
fn normalise_single(word: &str) -> Result<String, NameErrorKind> {
    let parts: Vec<&str> = word.split(is_hyphen).collect();
    if parts.iter().any(|part| part.is_empty()) {
        return Err(NameErrorKind::Hyphen {
            word: word.to_owned(),
        });
    }
    if is_particle(parts[0]) {
        return Err(NameErrorKind::Particle {
            word: word.to_owned(),
        });
    }
    if word.chars().filter(|&c| is_russian_letter(c)).count() < 2 {
        return Err(NameErrorKind::SingleLetter {
            word: word.to_owned(),
        });
    }
    let mut out = String::with_capacity(word.len());
    for (i, part) in parts.iter().enumerate() {
        if i > 0 {
            out.push('-');
        }
        if is_particle(part) {
            out.extend(part.chars().flat_map(char::to_lowercase));
        } else {
            let mut chars = part.chars();
            if let Some(first) = chars.next() {
                out.extend(first.to_uppercase());
                out.extend(chars.flat_map(char::to_lowercase));
            }
        }
    }
    Ok(out)
}

/// The canonical spelling of a full surname, given name or patronymic. Only a patronymic
/// (`particle` true) may be two words, a name and a particle: `Алирза оглы`.
pub(super) fn normalise_word(text: &str, particle: bool) -> Result<String, NameErrorKind> {
    let words: Vec<&str> = text.split_whitespace().collect();
    match words.as_slice() {
        [] => Err(NameErrorKind::Empty),
        [word] => normalise_single(word),
        [word, p] if particle && is_particle(p) => {
            let mut out = normalise_single(word)?;
            out.push(' ');
            out.extend(p.chars().flat_map(char::to_lowercase));
            Ok(out)
        }
        _ => Err(NameErrorKind::SeveralWords {
            word: text.trim().to_owned(),
        }),
    }
}

/// Reads one given name or patronymic: `А.` or `А` is an initial, anything else a full word.
pub(super) fn read_part(text: &str) -> Result<NamePart, NameErrorKind> {
    let text = text.trim();
    let mut tokens = tokenize(text)?;
    match tokens.len() {
        0 => Err(NameErrorKind::Empty),
        1 => Ok(tokens.remove(0)),
        _ if text.contains('.') => Err(NameErrorKind::Initial {
            token: text.to_owned(),
        }),
        _ => Err(NameErrorKind::SeveralWords {
            word: text.to_owned(),
        }),
    }
}

/// Splits text (without commas) into initials and full words. Dots end initials, so
/// `А.Н.Вдовин` is three tokens; a lone particle joins the word before it (`Алирза оглы`).
fn tokenize(text: &str) -> Result<Vec<NamePart>, NameErrorKind> {
    let mut tokens: Vec<NamePart> = Vec::new();
    for chunk in text.split_whitespace() {
        for segment in chunk.split_inclusive('.') {
            if let Some(body) = segment.strip_suffix('.') {
                let mut letters = body.chars();
                match (letters.next(), letters.next()) {
                    (Some(letter), None) if is_russian_letter(letter) => {
                        tokens.push(NamePart::initial_unchecked(letter));
                    }
                    _ => {
                        return Err(NameErrorKind::Initial {
                            token: segment.to_owned(),
                        });
                    }
                }
            } else if is_particle(segment) {
                match tokens.last_mut() {
                    Some(NamePart(PartRepr::Full(word))) if !word.contains(' ') => {
                        word.push(' ');
                        word.extend(segment.chars().flat_map(char::to_lowercase));
                    }
                    _ => {
                        return Err(NameErrorKind::Particle {
                            word: segment.to_owned(),
                        });
                    }
                }
            } else {
                let mut letters = segment.chars();
                match (letters.next(), letters.next()) {
                    (Some(letter), None) if is_russian_letter(letter) => {
                        tokens.push(NamePart::initial_unchecked(letter));
                    }
                    _ => tokens.push(NamePart(PartRepr::Full(normalise_single(segment)?))),
                }
            }
        }
    }
    Ok(tokens)
}

/// A name read into its parts, not yet checked as a whole.
type Parts = (String, NamePart, Option<NamePart>);

/// Reads a whole name; see the rules on [`PersonName`].
pub(super) fn parse(input: &str) -> Result<PersonName, NameErrorKind> {
    let input = &*composed(input);
    check_characters(input, true)?;
    let (surname, given, patronymic) = match input.split(',').collect::<Vec<_>>().as_slice() {
        [text] => arrange(tokenize(text)?)?,
        [before, after] => with_comma(tokenize(before)?, tokenize(after)?)?,
        _ => return Err(NameErrorKind::Layout),
    };
    PersonName::build(surname, given, patronymic)
}

/// `Петров, Иван [Сергеевич]`: the surname before the comma, the rest after it.
fn with_comma(before: Vec<NamePart>, after: Vec<NamePart>) -> Result<Parts, NameErrorKind> {
    let surname = match <[NamePart; 1]>::try_from(before) {
        Ok([NamePart(PartRepr::Full(surname))]) => surname,
        Err(before) if before.is_empty() => return Err(NameErrorKind::MissingSurname),
        _ => return Err(NameErrorKind::Layout),
    };
    let mut rest = after.into_iter();
    match (rest.next(), rest.next(), rest.len()) {
        (None, _, _) => Err(NameErrorKind::SurnameOnly),
        (Some(given), patronymic, 0) => Ok((surname, given, patronymic)),
        (_, _, more) => Err(NameErrorKind::PartCount { found: 3 + more }),
    }
}

/// Decides which token is which in a name written without a comma.
fn arrange(tokens: Vec<NamePart>) -> Result<Parts, NameErrorKind> {
    use PartRepr::{Full as W, Initial as I};

    if tokens.len() > 3 {
        return Err(NameErrorKind::PartCount {
            found: tokens.len(),
        });
    }
    if tokens.iter().all(NamePart::is_initial) {
        return if tokens.is_empty() {
            Err(NameErrorKind::Empty)
        } else {
            Err(NameErrorKind::MissingSurname)
        };
    }
    let full = |part: NamePart| match part.0 {
        W(word) => word,
        I(_) => unreachable!("the layout puts a full word here"),
    };
    let mut it = tokens.into_iter();
    let a = it.next();
    let b = it.next();
    let c = it.next();
    let (Some(a), b, c) = (a, b, c) else {
        return Err(NameErrorKind::Empty);
    };
    match (&a.0, b.as_ref().map(|p| &p.0), c.as_ref().map(|p| &p.0)) {
        (W(_), None, None) => Err(NameErrorKind::SurnameOnly),
        // Баталина О., Баталина О.Ю., Иванов Иван П.: the surname first.
        (W(_), Some(I(_)), None) | (W(_), Some(_), Some(I(_))) => Ok((full(a), b.unwrap(), c)),
        // О. Баталина, О.Ю. Баталина: the surname last.
        (I(_), Some(W(_)), None) => Ok((full(b.unwrap()), a, None)),
        (I(_), Some(I(_)), Some(W(_))) => Ok((full(c.unwrap()), a, b)),
        (W(_), Some(W(_)), None) => two_words(full(a), full(b.unwrap())),
        // Иванов И. Петрович (surname first) or Иван П. Иванов (surname last).
        (W(_), Some(I(_)), Some(W(last))) => {
            if looks_like_patronymic(last) {
                Ok((full(a), b.unwrap(), c))
            } else {
                Ok((full(c.unwrap()), a, b))
            }
        }
        // И. Петрович Иванов.
        (I(_), Some(W(middle)), Some(W(_))) if looks_like_patronymic(middle) => {
            Ok((full(c.unwrap()), a, b))
        }
        (W(_), Some(W(middle)), Some(W(last))) => {
            if looks_like_patronymic(middle) {
                // Анна Юрьевна Дёмина (a given name never ends like a patronymic).
                Ok((full(c.unwrap()), a, b))
            } else if looks_like_patronymic(last) {
                // Дёмина Анна Юрьевна.
                Ok((full(a), b.unwrap(), c))
            } else {
                Err(NameErrorKind::NoPatronymic)
            }
        }
        _ => Err(NameErrorKind::Layout),
    }
}

/// Two full words: the known given name, else the word with a surname's ending, is taken as
/// such; when neither or both qualify, or a word ends like a patronymic (`Иван Петрович` is
/// usually a given name and a patronymic), the order is not guessed.
fn two_words(a: String, b: String) -> Result<Parts, NameErrorKind> {
    if looks_like_patronymic(&a) || looks_like_patronymic(&b) {
        return Err(NameErrorKind::Ambiguous);
    }
    let surname_first = |a: String, b: String| Ok((a, NamePart(PartRepr::Full(b)), None));
    let given_first = |a: String, b: String| Ok((b, NamePart(PartRepr::Full(a)), None));
    match (is_known_given_name(&a), is_known_given_name(&b)) {
        (true, false) => return given_first(a, b),
        (false, true) => return surname_first(a, b),
        _ => {}
    }
    match (looks_like_surname(&a), looks_like_surname(&b)) {
        (true, false) => surname_first(a, b),
        (false, true) => given_first(a, b),
        _ => Err(NameErrorKind::Ambiguous),
    }
}
