//! Stage 4 — dates.
//!
//! Takes: the tokens of a sentence and the article's date (when known).
//! Gives: [`DateMention`]s: absolute dates ("October 10", "27 September", "Sept. 27", "31 October
//! 2020", "2020-10-31"), years and year spans ("in 1994", "1988-1994"), and relative dates ("on
//! Friday", "Saturday", "the previous day", "yesterday", "last Monday") resolved against the
//! article date toward the past, as news reports do; and the article's own date from a dateline.
//! Invariants: without an article date a relative date stays unresolved (`Weekday`/`Relative`),
//! never guessed; a date without a year takes the article's year, or the year before when that
//! would put it after the article date; pure calendar arithmetic, no clock.

use crate::lexicon::{lexicon, Cat};
use crate::numbers::month;
use crate::tokens::{TokKind, Tokens};

/// A civil date (proleptic Gregorian).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    pub y: i32,
    pub m: u32,
    pub d: u32,
}

fn days_in_month(y: i32, m: u32) -> u32 {
    match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 => 29,
        2 => 28,
        _ => 0,
    }
}

impl Date {
    pub fn new(y: i32, m: u32, d: u32) -> Option<Date> {
        ((1..=12).contains(&m) && d >= 1 && d <= days_in_month(y, m) && (1000..=3000).contains(&y))
            .then_some(Date { y, m, d })
    }

    /// Days since 1970-01-01 (Howard Hinnant's algorithm).
    pub fn days(self) -> i64 {
        let y = if self.m <= 2 { self.y - 1 } else { self.y } as i64;
        let era = if y >= 0 { y } else { y - 399 } / 400;
        let yoe = y - era * 400;
        let m = self.m as i64;
        let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + self.d as i64 - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146097 + doe - 719468
    }

    pub fn from_days(z: i64) -> Date {
        let z = z + 719468;
        let era = if z >= 0 { z } else { z - 146096 } / 146097;
        let doe = z - era * 146097;
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
        let y = yoe + era * 400;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
        let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
        Date {
            y: (if m <= 2 { y + 1 } else { y }) as i32,
            m,
            d,
        }
    }

    pub fn add_days(self, n: i64) -> Date {
        Date::from_days(self.days() + n)
    }

    /// 0 = Monday … 6 = Sunday.
    pub fn weekday(self) -> u32 {
        ((self.days() + 3).rem_euclid(7)) as u32
    }

    pub fn iso(self) -> String {
        format!("{:04}-{:02}-{:02}", self.y, self.m, self.d)
    }

    pub fn parse_iso(s: &str) -> Option<Date> {
        let mut p = s.trim().splitn(3, '-');
        let y = p.next()?.parse().ok()?;
        let m = p.next()?.parse().ok()?;
        let d = p.next()?.get(..2)?.parse().ok()?;
        Date::new(y, m, d)
    }
}

/// The weekday `w` names: 0 = Monday … 6 = Sunday (the lexicon's `weekday` entries, in order).
pub fn weekday(w: &str) -> Option<u32> {
    lexicon()
        .entries(Cat::Weekday)
        .iter()
        .position(|d| d == w)
        .map(|p| p as u32)
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateValue {
    /// A resolved day.
    Day(Date),
    /// A year alone (or the end of a span).
    Year(i32),
    /// A weekday that could not be resolved (no article date).
    Weekday(u32),
    /// Days before an unresolved reference ("the previous day").
    Relative(i64),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DateMention {
    pub first: usize,
    pub last: usize,
    pub value: DateValue,
    /// Written relative to the article date ("Friday", "yesterday").
    pub relative: bool,
}

fn num(t: &Tokens, i: usize) -> Option<u32> {
    (t.kind(i) == Some(TokKind::Number))
        .then(|| t.norm(i).parse().ok())
        .flatten()
}

/// A day-month date at `i`: returns (day, month, year?, last token).
fn day_month(t: &Tokens, i: usize, end: usize) -> Option<(u32, u32, Option<i32>, usize)> {
    let year_after = |k: usize| -> Option<(i32, usize)> {
        let k = if k < end && t.norm(k) == "," {
            k + 1
        } else {
            k
        };
        (k < end)
            .then(|| {
                num(t, k)
                    .filter(|y| (1000..=2100).contains(y) && t.norm(k).len() == 4)
                    .map(|y| (y as i32, k))
            })
            .flatten()
    };
    // 27 September [2020]
    if let Some(d) = num(t, i).filter(|d| (1..=31).contains(d) && t.norm(i).len() <= 2) {
        let k = if i + 1 < end && lexicon().has_tok(Cat::GenitivePrep, t, i + 1) {
            i + 2
        } else {
            i + 1
        };
        if k < end {
            if let Some(m) = month(t.norm(k)) {
                let k2 = if k + 1 < end && t.norm(k + 1) == "." {
                    k + 1
                } else {
                    k
                };
                return Some(match year_after(k2 + 1) {
                    Some((y, l)) => (d, m, Some(y), l),
                    None => (d, m, None, k2),
                });
            }
        }
    }
    // October 10 [, 2020] / Sept. 27
    if let Some(m) = month(t.norm(i)) {
        // "may" is a month only before a day number
        let k = if i + 1 < end && t.norm(i + 1) == "." {
            i + 2
        } else {
            i + 1
        };
        if let Some(d) = (k < end)
            .then(|| num(t, k))
            .flatten()
            .filter(|d| (1..=31).contains(d) && t.norm(k).len() <= 2)
        {
            // not "October 10 people": the next token is not a glued suffix
            return Some(match year_after(k + 1) {
                Some((y, l)) => (d, m, Some(y), l),
                None => (d, m, None, k),
            });
        }
    }
    None
}

/// Put a day-month without a year at or before `reference`.
fn toward_past(d: u32, m: u32, reference: Date) -> Option<Date> {
    let this = Date::new(reference.y, m, d)?;
    if this > reference {
        Date::new(reference.y - 1, m, d)
    } else {
        Some(this)
    }
}

/// Every date in tokens `start..end`, resolved against `article` when given.
pub fn recognise(t: &Tokens, start: usize, end: usize, article: Option<Date>) -> Vec<DateMention> {
    let l = lexicon();
    let mut out: Vec<DateMention> = Vec::new();
    let mut i = start;
    while i < end {
        let w = t.norm(i);
        // ISO 2020-10-31
        if t.kind(i) == Some(TokKind::Number)
            && w.len() == 4
            && i + 4 < end
            && t.norm(i + 1) == "-"
            && t.norm(i + 3) == "-"
        {
            if let (Some(y), Some(m), Some(d)) = (num(t, i), num(t, i + 2), num(t, i + 4)) {
                if let Some(date) = Date::new(y as i32, m, d) {
                    out.push(DateMention {
                        first: i,
                        last: i + 4,
                        value: DateValue::Day(date),
                        relative: false,
                    });
                    i += 5;
                    continue;
                }
            }
        }
        if let Some((d, m, y, last)) = day_month(t, i, end) {
            let date = match (y, article) {
                (Some(y), _) => Date::new(y, m, d),
                (None, Some(a)) => toward_past(d, m, a),
                (None, None) => None,
            };
            if let Some(date) = date {
                out.push(DateMention {
                    first: i,
                    last,
                    value: DateValue::Day(date),
                    relative: y.is_none(),
                });
            }
            i = last + 1;
            continue;
        }
        // weekdays: "on Friday", "Saturday", "last Monday"
        if let Some(wd) = weekday(w) {
            let last_kw = i > start && l.has_tok(Cat::PrecedingMarker, t, i - 1);
            let first = if last_kw { i - 1 } else { i };
            let value = match article {
                Some(a) => {
                    let mut back = (a.weekday() as i64 - wd as i64).rem_euclid(7);
                    if back == 0 && last_kw {
                        back = 7;
                    }
                    DateValue::Day(a.add_days(-back))
                }
                None => DateValue::Weekday(wd),
            };
            out.push(DateMention {
                first,
                last: i,
                value,
                relative: true,
            });
            i += 1;
            continue;
        }
        // "a day after X", "two days after X": X is that many days before the date just named
        {
            let (n, len) = if l.has(Cat::OneCountDet, w) && l.has_tok(Cat::DayNoun, t, i + 1) {
                (Some(1i64), 2)
            } else if let Some(k) = crate::numbers::unit_word(w)
                .filter(|k| (2..=6).contains(k))
                .filter(|_| l.has_tok(Cat::DaysNoun, t, i + 1))
            {
                (Some(k as i64), 2)
            } else {
                (None, 0)
            };
            if let (Some(n), true) = (
                n,
                i + len < end
                    && (l.has_tok(Cat::TimeAfterPrep, t, i + len)
                        || l.has_tok(Cat::TimeBeforePrep, t, i + len)),
            ) {
                let sign = if l.has_tok(Cat::TimeAfterPrep, t, i + len) {
                    -1
                } else {
                    1
                };
                let base = out.iter().rev().find_map(|m| match m.value {
                    DateValue::Day(d) => Some(d),
                    _ => None,
                });
                let value = match base {
                    Some(b) => DateValue::Day(b.add_days(sign * n)),
                    None => DateValue::Relative(sign * n),
                };
                out.push(DateMention {
                    first: i,
                    last: i + len,
                    value,
                    relative: true,
                });
                i += len + 1;
                continue;
            }
        }
        // yesterday / today / the previous day / the day before
        let rel = if l.has(Cat::YesterdayWord, w) {
            Some((0usize, -1i64, true))
        } else if let Some(n) = l.at(Cat::SameDayWord, t, i, t.len()) {
            // "today" (one token), "this morning" (two)
            Some((n - 1, 0, true))
        } else if lexicon().at(Cat::DayBefore, t, i, t.len()).is_some() {
            Some((2, -1, false))
        } else {
            None
        };
        if let Some((len, delta, absolute_to_article)) = rel {
            // "the previous day" counts back from the date just mentioned, else the article's
            let base = if absolute_to_article {
                article
            } else {
                out.iter()
                    .rev()
                    .find_map(|m| match m.value {
                        DateValue::Day(d) => Some(d),
                        _ => None,
                    })
                    .or(article)
            };
            let value = match base {
                Some(b) => DateValue::Day(b.add_days(delta)),
                None => DateValue::Relative(delta),
            };
            out.push(DateMention {
                first: i,
                last: i + len,
                value,
                relative: true,
            });
            i += len + 1;
            continue;
        }
        // years: "in 1994", "1988-1994" (the span's end), "the 1990s" (not a date)
        if t.kind(i) == Some(TokKind::Number) && w.len() == 4 {
            if let Some(y) = num(t, i).filter(|y| (1000..=2100).contains(y)) {
                let glued_s =
                    i + 1 < end && t.toks[i + 1].glued && l.has_tok(Cat::DecadeSuffix, t, i + 1);
                if !glued_s {
                    // a span: take its end
                    let (y, last) =
                        if i + 2 < end && t.norm(i + 1) == "-" && t.norm(i + 2).len() == 4 {
                            (num(t, i + 2).unwrap_or(y), i + 2)
                        } else {
                            (y, i)
                        };
                    out.push(DateMention {
                        first: i,
                        last,
                        value: DateValue::Year(y as i32),
                        relative: false,
                    });
                    i = last + 1;
                    continue;
                }
            }
        }
        i += 1;
    }
    out
}

/// The article's own date from a dateline near its top: "date 2020-10-31", "Saturday, 31
/// October 2020 4:35 PM", "October 31, 2020". Looks only at the first `limit` tokens.
pub fn dateline(t: &Tokens, limit: usize) -> Option<Date> {
    let end = t.len().min(limit);
    recognise(t, 0, end, None)
        .into_iter()
        .find_map(|m| match (m.value, m.relative) {
            (DateValue::Day(d), false) => Some(d),
            _ => None,
        })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tokens::tokenize;

    fn days(text: &str, article: Option<&str>) -> Vec<String> {
        let t = tokenize(text);
        let a = article.and_then(Date::parse_iso);
        recognise(&t, 0, t.len(), a)
            .into_iter()
            .map(|m| match m.value {
                DateValue::Day(d) => d.iso(),
                DateValue::Year(y) => y.to_string(),
                DateValue::Weekday(w) => format!("wd{w}"),
                DateValue::Relative(r) => format!("rel{r}"),
            })
            .collect()
    }

    #[test]
    fn calendar() {
        let d = Date::new(2020, 10, 31).unwrap();
        assert_eq!(d.weekday(), 5); // Saturday
        assert_eq!(d.add_days(-1).iso(), "2020-10-30");
        assert_eq!(
            Date::new(2021, 3, 1).unwrap().add_days(-1).iso(),
            "2021-02-28"
        );
        assert_eq!(Date::from_days(d.days()), d);
    }

    /// The lexicon's weekdays are in calendar order: their position is the weekday's number.
    #[test]
    fn weekdays_in_order() {
        let names = [
            "monday",
            "tuesday",
            "wednesday",
            "thursday",
            "friday",
            "saturday",
            "sunday",
        ];
        for (n, w) in names.iter().enumerate() {
            assert_eq!(weekday(w), Some(n as u32), "{w}");
        }
        assert_eq!(weekday("someday"), None);
    }

    #[test]
    fn absolute() {
        let a = Some("2020-10-31");
        assert_eq!(days("on October 10 in Moscow", a), vec!["2020-10-10"]);
        assert_eq!(days("on 27 September", a), vec!["2020-09-27"]);
        assert_eq!(days("on Sept. 27 and", a), vec!["2020-09-27"]);
        assert_eq!(
            days("Saturday, 31 October 2020 4:35 PM", None),
            vec!["wd5", "2020-10-31"]
        );
        assert_eq!(days("date 2020-10-31 Armenia", None), vec!["2020-10-31"]);
        assert_eq!(days("on December 20", a), vec!["2019-12-20"]);
        assert_eq!(days("in 1988-1994, a ceasefire", a), vec!["1994"]);
        assert_eq!(days("in the 1990s", a), Vec::<String>::new());
    }

    #[test]
    fn relative_toward_the_past() {
        let a = Some("2020-10-31"); // a Saturday
        assert_eq!(days("talks in Geneva on Friday", a), vec!["2020-10-30"]);
        assert_eq!(days("said on Saturday", a), vec!["2020-10-31"]);
        assert_eq!(days("last Saturday", a), vec!["2020-10-24"]);
        assert_eq!(
            days("on Saturday after a failed meeting the previous day", a),
            vec!["2020-10-31", "2020-10-30"]
        );
        assert_eq!(days("yesterday", a), vec!["2020-10-30"]);
        assert_eq!(days("on Friday", None), vec!["wd4"]);
        assert_eq!(
            days("said on Monday, a day after the pledge", Some("2025-03-10")),
            vec!["2025-03-10", "2025-03-09"]
        );
    }
}
