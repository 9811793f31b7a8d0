//! Scoring the killed counts against ACLED event notes (`notes.csv`: coder-written text with
//! the coded `fatalities`).
//!
//! Takes: the CSV text (a header row naming at least `text` and `fatalities`; RFC 4180 quoting).
//! Gives: [`AcledScores`]: how many notes' extracted killed count equals the coded fatalities,
//! over all rows and over the rows with deaths, and the rows that differ.
//! Invariants: each note is analysed as its own article (no bundle effects); a note's killed
//! count is the sum of its current-scope `killed` figures, taken the way ACLED codes them: a
//! figure's low value, "several" / "a few" / an unquantified mention as 10, "dozens" as 12,
//! "hundreds" as 100, "thousands" as 1,000; a running total stated in the note ("Fatalities
//! coded as 3", "3 fatalities.") is the note's count, not one more addend.
//! An event that is one of several sharing a toll takes its share, as ACLED codes it: "split
//! across 3 events (M)" or "with M coded to each" gives M, else the note's total divided by the
//! number of events or locations (rounded down).

use crate::report::{CasualtyKind, Level, Qualifier, Scope};
use crate::{analyze, ArticleInput};

#[derive(Debug, Clone, Default, serde::Serialize)]
pub struct AcledScores {
    pub rows: usize,
    pub equal: usize,
    pub rows_with_deaths: usize,
    pub equal_with_deaths: usize,
    /// (row id, coded fatalities, extracted count, note text) for every row that differs.
    pub differ: Vec<(String, u64, u64, String)>,
}

impl AcledScores {
    pub fn share(&self) -> f64 {
        if self.rows == 0 {
            1.0
        } else {
            self.equal as f64 / self.rows as f64
        }
    }

    pub fn share_with_deaths(&self) -> f64 {
        if self.rows_with_deaths == 0 {
            1.0
        } else {
            self.equal_with_deaths as f64 / self.rows_with_deaths as f64
        }
    }

    pub fn to_text(&self, with_rows: bool) -> String {
        let mut o = format!(
            "ACLED notes: killed count = coded fatalities on {:.1} % of {} rows ({}), {:.1} % of the {} rows with deaths ({})\n",
            100.0 * self.share(),
            self.rows,
            self.equal,
            100.0 * self.share_with_deaths(),
            self.rows_with_deaths,
            self.equal_with_deaths
        );
        if with_rows {
            for (id, want, got, text) in &self.differ {
                o += &format!("  row {id}: coded {want}, extracted {got}: {text}\n");
            }
        }
        o
    }
}

/// One CSV record per row, fields unquoted (RFC 4180: `"` doubles inside quotes; a quoted field
/// may hold commas and line breaks).
pub fn parse_csv(text: &str) -> Vec<Vec<String>> {
    let mut rows = Vec::new();
    let mut row = Vec::new();
    let mut field = String::new();
    let mut quoted = false;
    let mut chars = text.chars().peekable();
    while let Some(ch) = chars.next() {
        if quoted {
            match ch {
                '"' if chars.peek() == Some(&'"') => {
                    field.push('"');
                    chars.next();
                }
                '"' => quoted = false,
                c => field.push(c),
            }
            continue;
        }
        match ch {
            '"' if field.is_empty() => quoted = true,
            ',' => row.push(std::mem::take(&mut field)),
            '\r' => {}
            '\n' => {
                row.push(std::mem::take(&mut field));
                rows.push(std::mem::take(&mut row));
            }
            c => field.push(c),
        }
    }
    if !field.is_empty() || !row.is_empty() {
        row.push(field);
        rows.push(row);
    }
    rows
}

/// The note's killed count, the way ACLED codes one.
pub fn killed_count(text: &str) -> u64 {
    let r = analyze(&[ArticleInput {
        id: "note".into(),
        text: text.into(),
        ..Default::default()
    }]);
    let value = |c: &crate::report::Casualty| -> u64 {
        match (c.count.qualifier, c.count.low) {
            (Qualifier::Unquantified, _) | (_, None) => 10,
            (Qualifier::Vague, Some(low)) if low < 10 => 10,
            (Qualifier::Vague, Some(low)) if low < 100 => 12,
            (Qualifier::Vague, Some(low)) if low < 1000 => 100,
            (Qualifier::Vague, Some(_)) => 1000,
            (_, Some(low)) => low,
        }
    };
    let current: Vec<&crate::report::Casualty> = r
        .casualties
        .iter()
        .filter(|c| c.kind == CasualtyKind::Killed && c.scope == Scope::Current)
        .collect();
    // a figure that mixes killed and wounded counts only when it is the only one
    let mixed = |c: &&crate::report::Casualty| c.notes.iter().any(|n| n.contains("mixes"));
    let killed: Vec<&crate::report::Casualty> = if current.iter().all(mixed) {
        current
    } else {
        current.into_iter().filter(|c| !mixed(c)).collect()
    };
    // the coder's own total ("Fatalities coded as 3") is the count; else a stated total
    // ("3 fatalities."); a mention without a number adds nothing beside a number
    let coded = killed
        .iter()
        .rev()
        .find(|c| c.quote.to_lowercase().contains("coded as"))
        .map(|c| value(c));
    let total = coded.unwrap_or_else(|| stated_total(&killed, value));
    // an event coded as one of several shares the note's total out
    match shared_out(text) {
        Some(Share { each: Some(n), .. }) => n,
        Some(Share { parts, each: None }) if parts > 1 => total / parts,
        _ => total,
    }
}

/// The note's total when the coder states none: a stated running total, else the sum.
fn stated_total(
    killed: &[&crate::report::Casualty],
    value: impl Fn(&crate::report::Casualty) -> u64,
) -> u64 {
    let quantified = killed
        .iter()
        .any(|c| c.count.qualifier != Qualifier::Unquantified);
    let killed: Vec<&crate::report::Casualty> = killed
        .iter()
        .copied()
        .filter(|c| !quantified || c.count.qualifier != Qualifier::Unquantified)
        .collect();
    let totals: Vec<u64> = killed
        .iter()
        .filter(|c| {
            c.level == Level::Toll
                && c.count.qualifier != Qualifier::Unquantified
                && is_total(&c.quote)
        })
        .map(|c| value(c))
        .collect();
    if let Some(t) = totals.iter().max() {
        return *t;
    }
    killed.iter().map(|c| value(c)).sum()
}

/// "Fatalities are split across 3 events (4)": the note is one of `parts` events and, when the
/// coder says so in brackets or with "N coded to each", `each` is this event's share.
#[derive(Debug, PartialEq)]
struct Share {
    parts: u64,
    each: Option<u64>,
}

fn shared_out(text: &str) -> Option<Share> {
    use crate::lexicon::{lexicon, Cat};
    let lex = lexicon();
    let mut t = crate::tokens::tokenize(text);
    t.fill_masks();
    let n = t.len();
    let number = |i: usize| {
        let q = crate::numbers::recognise(&t, i, (i + 3).min(n));
        q.first()
            .filter(|q| q.first == i)
            .and_then(|q| q.low.map(|v| (v, q.last + 1)))
    };
    for i in 0..n {
        let Some(v) = lex.at(Cat::ShareVerb, &t, i, n) else {
            continue;
        };
        let p = i + v;
        let Some(pl) = lex.at(Cat::SharePrep, &t, p, n) else {
            continue;
        };
        let mut k = p + pl;
        if lex.has_tok(Cat::DefiniteArticle, &t, k) {
            k += 1;
        }
        let Some((parts, after)) = number(k) else {
            continue;
        };
        let Some(unit) = lex.at(Cat::ShareUnit, &t, after, n) else {
            continue;
        };
        let after = after + unit;
        // "(4)" right after, or "with 5 coded to each"
        let each = if t.norm(after) == "(" {
            number(after + 1)
                .filter(|&(_, e)| t.norm(e) == ")")
                .map(|(v, _)| v)
        } else if lex.has_tok(Cat::ComitativePrep, &t, after) {
            number(after + 1)
                .filter(|&(_, e)| lex.has_tok(Cat::CodingVerb, &t, e))
                .map(|(v, _)| v)
        } else {
            None
        };
        return Some(Share { parts, each });
    }
    None
}

fn is_total(quote: &str) -> bool {
    let q = quote.to_lowercase();
    q.contains("fatalit") || q.contains("toll") || q.contains("deaths")
}

/// Score the notes of an ACLED CSV export.
pub fn evaluate(csv: &str) -> Result<AcledScores, String> {
    let rows = parse_csv(csv);
    let header = rows.first().ok_or("empty CSV")?;
    let col = |name: &str| {
        header
            .iter()
            .position(|h| h == name)
            .ok_or(format!("no '{name}' column"))
    };
    let (ti, fi) = (col("text")?, col("fatalities")?);
    let id = header.iter().position(|h| h == "row_id");
    let mut s = AcledScores::default();
    for row in rows.iter().skip(1) {
        let (Some(text), Some(f)) = (row.get(ti), row.get(fi)) else {
            continue;
        };
        let Ok(want) = f.trim().parse::<u64>() else {
            continue;
        };
        let got = killed_count(text);
        s.rows += 1;
        if want > 0 {
            s.rows_with_deaths += 1;
        }
        if got == want {
            s.equal += 1;
            if want > 0 {
                s.equal_with_deaths += 1;
            }
        } else {
            let rid = id
                .and_then(|k| row.get(k))
                .cloned()
                .unwrap_or_else(|| s.rows.to_string());
            s.differ.push((rid, want, got, text.clone()));
        }
    }
    Ok(s)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_quotes_commas_and_lines() {
        let rows = parse_csv("a,text,fatalities\n1,\"x, \"\"y\"\"\nz\",3\n");
        assert_eq!(
            rows,
            vec![
                vec!["a", "text", "fatalities"],
                vec!["1", "x, \"y\"\nz", "3"]
            ]
        );
    }

    #[test]
    fn counts_the_way_acled_codes() {
        assert_eq!(
            killed_count("Militants attacked a base, killing 9 soldiers and injuring 7."),
            9
        );
        assert_eq!(
            killed_count("Shells killed two civilians and injured three others."),
            2
        );
        assert_eq!(
            killed_count("Gunmen shot dead a man and killed two women in the village."),
            3
        );
        assert_eq!(killed_count("Clashes left several fighters dead."), 10);
        assert_eq!(
            killed_count("Police fired on protesters, killing one. Fatalities coded as 1."),
            1
        );
        assert_eq!(
            killed_count("Two rockets hit a market. No fatalities were reported."),
            0
        );
    }

    #[test]
    fn an_event_coded_as_one_of_several_takes_its_share() {
        // the coder's bracketed share
        assert_eq!(
            killed_count(
                "Troops killed 9 gunmen in two towns. Fatalities are split across 2 events (5)."
            ),
            5
        );
        // "N coded to each"
        assert_eq!(
            killed_count("Fighters clashed on two fronts with deaths reported. Unknown fatalities coded as 10 and split between the two events with 5 coded to each."),
            5
        );
        // no share given: the total divided, rounded down
        assert_eq!(
            killed_count("Shelling killed and injured several people. Unknown fatalities coded as 10 and spread across three locations."),
            3
        );
        assert_eq!(
            killed_count("Raids killed 20 militants in five villages. Fatalities are split across five events."),
            4
        );
        // a spread that is no share of the dead
        assert_eq!(
            killed_count("Gunmen killed 4 people and panic spread across the district."),
            4
        );
    }

    #[test]
    fn scores_rows() {
        let csv = "row_id,text,fatalities\n1,\"Rebels killed 4 villagers.\",4\n2,Protesters marched.,0\n3,A soldier was wounded.,1\n";
        let s = evaluate(csv).unwrap();
        assert_eq!(
            (s.rows, s.equal, s.rows_with_deaths, s.equal_with_deaths),
            (3, 2, 2, 1)
        );
        assert_eq!(s.differ[0].0, "3");
    }
}
