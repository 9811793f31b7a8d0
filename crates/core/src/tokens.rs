//! Tokens: the units every recogniser walks over.
//!
//! Takes: cleaned text.
//! Gives: [`Tokens`]: words, numbers and punctuation with their cleaned byte spans and a
//! normalised form (lower case, curly apostrophes and dashes made plain).
//! Invariants: tokens are in order, do not overlap and never contain white space; a word's
//! possessive `'s` is a token of its own; digits glued to letters split into a number and a word
//! (`5km` → `5` `km`, `4th` → `4` `th`, `1990s` → `1990` `s`) with `glued` set on the second.
//! One pass, linear time; one buffer for all normalised forms.

use crate::text;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokKind {
    Word,
    /// Digits, with internal `,` `.` `:` between digits (`1,250`, `2.5`, `4:35`).
    Number,
    Punct,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    pub start: usize,
    pub end: usize,
    pub kind: TokKind,
    /// No white space between this token and the previous one.
    pub glued: bool,
    /// A word of two or more letters, all capitals ("HNC", "UN").
    pub upper: bool,
    norm: (u32, u32),
}

#[derive(Debug, Clone, Default)]
pub struct Tokens {
    pub toks: Vec<Token>,
    norms: String,
    /// Per token, the lexicon's id of its normalised form (filled by [`Tokens::fill_masks`];
    /// empty until then, and lookups then go to the lexicon), so phrases match by comparing ids
    /// and a word's category masks are the lexicon's for its id.
    ids: Vec<u32>,
}

impl Tokens {
    /// The normalised form of token `i`.
    #[inline]
    pub fn norm(&self, i: usize) -> &str {
        // the spans were cut on char boundaries of `norms`: `get` never fails
        self.toks
            .get(i)
            .and_then(|t| self.norms.get(t.norm.0 as usize..t.norm.1 as usize))
            .unwrap_or("")
    }

    /// The lexicon's id of token `i`'s normalised form ([`crate::lexicon::NO_WORD`] for a word no
    /// phrase holds, or past the end).
    #[inline]
    pub fn id(&self, i: usize) -> u32 {
        match self.ids.get(i) {
            Some(&id) => id,
            None if i < self.toks.len() => crate::lexicon::lexicon().id(self.norm(i)),
            None => crate::lexicon::NO_WORD,
        }
    }
    /// The lexicon's id of token `i`'s normalised form, once [`Tokens::fill_masks`] has run.
    #[inline]
    pub fn filled_id(&self, i: usize) -> Option<u32> {
        self.ids.get(i).copied()
    }
    pub fn len(&self) -> usize {
        self.toks.len()
    }
    pub fn is_empty(&self) -> bool {
        self.toks.is_empty()
    }
    pub fn kind(&self, i: usize) -> Option<TokKind> {
        self.toks.get(i).map(|t| t.kind)
    }

    /// Look every token up in the lexicon once (its word id), so later category tests are bit
    /// tests on the lexicon's masks for that id.
    pub fn fill_masks(&mut self) {
        let lex = crate::lexicon::lexicon();
        self.ids = (0..self.toks.len()).map(|i| lex.id(self.norm(i))).collect();
    }
}

impl Tokens {
    /// Whether token `k` is a word in capitals ([`Token::upper`]).
    pub fn is_upper_word(&self, k: usize) -> bool {
        self.toks.get(k).is_some_and(|t| t.upper)
    }

    /// Whether token `k` is a quotation mark standing alone: `"` (any double mark) or a `'` that
    /// is no possessive.
    pub fn is_quote_mark(&self, k: usize) -> bool {
        self.kind(k) == Some(TokKind::Punct) && matches!(self.norm(k), "\"" | "'")
    }

    /// Whether token `k` is the dot of an abbreviation written with dots ("U.N.", "U.S."): a
    /// "." glued to a single letter. Such a dot ends no clause.
    pub fn is_abbreviation_dot(&self, k: usize) -> bool {
        k > 0
            && self.norm(k) == "."
            && self.toks.get(k).is_some_and(|tok| tok.glued)
            && self.kind(k - 1) == Some(TokKind::Word)
            && self.norm(k - 1).chars().count() == 1
    }
}

fn is_word_char(c: char) -> bool {
    c.is_alphabetic() || c == '\u{0301}'
}

fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '’' | 'ʼ')
}

/// A Latin letter's base letters without its diacritics ("á" → "a", "ł" → "l", "ß" → "ss"), so
/// "Bogotá" and "Bogota", "Türkiye" and "Turkiye" are one word to every lexicon; `None` for any
/// other char. Lower case only (the tokeniser lowers first).
fn fold_latin(c: char) -> Option<&'static str> {
    Some(match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' => "a",
        'æ' => "ae",
        'ç' | 'ć' | 'ĉ' | 'ċ' | 'č' => "c",
        'ď' | 'đ' | 'ð' => "d",
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ĕ' | 'ė' | 'ę' | 'ě' => "e",
        'ĝ' | 'ğ' | 'ġ' | 'ģ' => "g",
        'ĥ' | 'ħ' => "h",
        'ì' | 'í' | 'î' | 'ï' | 'ĩ' | 'ī' | 'ĭ' | 'į' | 'ı' => "i",
        'ĵ' => "j",
        'ķ' => "k",
        'ĺ' | 'ļ' | 'ľ' | 'ŀ' | 'ł' => "l",
        'ñ' | 'ń' | 'ņ' | 'ň' => "n",
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ŏ' | 'ő' => "o",
        'œ' => "oe",
        'ŕ' | 'ŗ' | 'ř' => "r",
        'ś' | 'ŝ' | 'ş' | 'š' | 'ș' => "s",
        'ß' => "ss",
        'ţ' | 'ť' | 'ŧ' | 'ț' => "t",
        'þ' => "th",
        'ù' | 'ú' | 'û' | 'ü' | 'ũ' | 'ū' | 'ŭ' | 'ů' | 'ű' | 'ų' => "u",
        'ŵ' => "w",
        'ý' | 'ÿ' | 'ŷ' => "y",
        'ź' | 'ż' | 'ž' => "z",
        _ => return None,
    })
}

/// Tokenise `text` (the whole cleaned article).
pub fn tokenize(text: &str) -> Tokens {
    let mut out = Tokens {
        toks: Vec::with_capacity(text.len() / 5),
        norms: String::with_capacity(text.len()),
        ids: Vec::new(),
    };
    let mut it = text.char_indices().peekable();
    let mut prev_end = usize::MAX;
    // a single quotation mark opened in this paragraph and not yet closed
    let mut open_single = false;
    while let Some((i, c)) = it.next() {
        if c.is_whitespace() {
            open_single &= c != '\n';
            continue;
        }
        let glued = prev_end == i;
        // "the United Nations' envoy": an apostrophe after a plural's s that closes no quotation
        // is its possessive, read as "'s"
        let mut plural_possessive = false;
        if is_apostrophe(c) {
            let next_is_word = text::tail(text, i + c.len_utf8())
                .chars()
                .next()
                .is_some_and(is_word_char);
            if !glued && next_is_word {
                open_single = true;
            } else if glued && !next_is_word {
                let after_s = out.toks.last().is_some_and(|p| {
                    p.kind == TokKind::Word
                        && text::slice(text, p.start, p.end).ends_with(['s', 'S'])
                });
                if open_single {
                    open_single = false;
                } else if after_s {
                    plural_possessive = true;
                }
            }
        }
        let (end, kind) = if c.is_ascii_digit() {
            let mut end = i + 1;
            while let Some(&(j, d)) = it.peek() {
                if d.is_ascii_digit() {
                    it.next();
                    end = j + 1;
                } else if matches!(d, ',' | '.' | ':') {
                    // only between digits
                    let after = text::tail(text, j + 1).chars().next();
                    if after.is_some_and(|a| a.is_ascii_digit()) {
                        it.next();
                        end = j + 1;
                    } else {
                        break;
                    }
                } else {
                    break;
                }
            }
            (end, TokKind::Number)
        } else if is_word_char(c) {
            let mut end = i + c.len_utf8();
            while let Some(&(j, d)) = it.peek() {
                if is_word_char(d) {
                    it.next();
                    end = j + d.len_utf8();
                } else if is_apostrophe(d) {
                    // keep "doesn't", split off a possessive "'s" and a trailing apostrophe
                    let rest = text::tail(text, j + d.len_utf8());
                    let next = rest.chars().next();
                    let possessive = matches!(next, Some('s') | Some('S'))
                        && !text::tail(rest, 1).chars().next().is_some_and(is_word_char);
                    if next.is_some_and(is_word_char) && !possessive {
                        it.next();
                        end = j + d.len_utf8();
                    } else {
                        break;
                    }
                } else {
                    break;
                }
            }
            (end, TokKind::Word)
        } else if is_apostrophe(c)
            && text::tail(text, i + c.len_utf8()).starts_with(['s', 'S'])
            && glued
        {
            let after = text::tail(text, i + c.len_utf8() + 1);
            if !after.chars().next().is_some_and(is_word_char) {
                it.next();
                (i + c.len_utf8() + 1, TokKind::Word)
            } else {
                (i + c.len_utf8(), TokKind::Punct)
            }
        } else {
            (i + c.len_utf8(), TokKind::Punct)
        };
        let ns = out.norms.len() as u32;
        let word = text::slice(text, i, end);
        if word.is_ascii() {
            // the common case: ASCII lower case is the whole normalisation
            out.norms.push_str(word);
            if let Some(w) = out.norms.get_mut(ns as usize..) {
                w.make_ascii_lowercase();
            }
        } else {
            for ch in word.chars() {
                match ch {
                    '’' | 'ʼ' | '‘' => out.norms.push('\''),
                    '“' | '”' | '«' | '»' => out.norms.push('"'),
                    '–' | '—' | '‐' | '‑' => out.norms.push('-'),
                    _ => {
                        for lc in ch.to_lowercase() {
                            match fold_latin(lc) {
                                Some(base) => out.norms.push_str(base),
                                None => out.norms.push(lc),
                            }
                        }
                    }
                }
            }
        }
        if plural_possessive {
            out.norms.truncate(ns as usize);
            out.norms.push_str("'s");
        }
        let ne = out.norms.len() as u32;
        let upper = kind == TokKind::Word
            && word.len() >= 2
            && word.chars().all(|ch| !ch.is_lowercase())
            && word.chars().filter(|ch| ch.is_uppercase()).count() >= 2;
        out.toks.push(Token {
            start: i,
            end,
            kind,
            glued,
            upper,
            norm: (ns, ne),
        });
        prev_end = end;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn norms(t: &str) -> Vec<String> {
        let toks = tokenize(t);
        (0..toks.len())
            .map(|i| {
                let g = if toks.toks[i].glued { "+" } else { "" };
                format!("{g}{}", toks.norm(i))
            })
            .collect()
    }

    #[test]
    fn a_plurals_apostrophe_is_its_possessive_unless_it_closes_a_quotation() {
        assert_eq!(
            norms("the United Nations' envoy"),
            vec!["the", "united", "nations", "+'s", "envoy"]
        );
        // a closing single quotation mark stays one
        assert_eq!(
            norms("called it 'the talks' today"),
            vec!["called", "it", "'", "+the", "talks", "+'", "today"]
        );
        // a new paragraph forgets a quotation left open
        assert_eq!(
            norms("'open\nthe rebels' leader"),
            vec!["'", "+open", "the", "rebels", "+'s", "leader"]
        );
    }

    #[test]
    fn latin_diacritics_fold_to_their_base_letters() {
        assert_eq!(
            norms("Bogotá, Türkiye, Łódź, Straße, Ñandú, Œuvre"),
            vec![
                "bogota", "+,", "turkiye", "+,", "lodz", "+,", "strasse", "+,", "nandu", "+,",
                "oeuvre"
            ]
        );
        // other scripts stay as they are
        assert_eq!(norms("Киев"), vec!["киев"]);
    }

    #[test]
    fn words_numbers_punct() {
        assert_eq!(
            norms("Moscow’s 1,250 deaths; 5km, 4th, 1990s, 4:35 PM, de-escalate, doesn’t."),
            vec![
                "moscow",
                "+'s",
                "1,250",
                "deaths",
                "+;",
                "5",
                "+km",
                "+,",
                "4",
                "+th",
                "+,",
                "1990",
                "+s",
                "+,",
                "4:35",
                "pm",
                "+,",
                "de",
                "+-",
                "+escalate",
                "+,",
                "doesn't",
                "+."
            ]
        );
    }

    #[test]
    fn quotes_and_dashes_normalised() {
        assert_eq!(norms("“No” — yes"), vec!["\"", "+no", "+\"", "-", "yes"]);
    }

    #[test]
    fn spans_slice_the_text() {
        let t = "Türkiye’s army said 2020-10-31.";
        let toks = tokenize(t);
        for tok in &toks.toks {
            assert!(!t.get(tok.start..tok.end).unwrap().contains(' '));
        }
        assert_eq!(toks.norm(0), "turkiye");
    }
}
