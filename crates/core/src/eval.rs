//! Scoring a Report against a gold annotation in the format of `seeds.json`.
//!
//! Takes: the gold JSON text, a [`Report`], and the articles' texts.
//! Gives: [`Scores`]: precision / recall / F1 per part, trap count, the truce attempts' dates,
//! and, when the gold has `source_groups`, how the articles' source groups agree with it (pairs
//! of articles: grouped together in both, in one only, apart in both).
//! Invariants: a gold record matches a predicted one only in the same article and when the gold
//! `quote` lies inside the predicted record's evidence sentence (white space folded, quotes and
//! dashes made plain, line-end hyphen breaks joined); matching is one-to-one and greedy in gold
//! order; records marked `optional` neither count as misses nor, when found, as false alarms.

use crate::report::*;
use serde::Deserialize;
use serde_json::Value;

#[derive(Debug, Clone, Copy, Default, PartialEq, serde::Serialize)]
pub struct Prf {
    pub tp: usize,
    pub fp: usize,
    pub fn_: usize,
    pub precision: f64,
    pub recall: f64,
    pub f1: f64,
}

impl Prf {
    fn new(tp: usize, fp: usize, fn_: usize) -> Prf {
        let p = if tp + fp == 0 {
            1.0
        } else {
            tp as f64 / (tp + fp) as f64
        };
        let r = if tp + fn_ == 0 {
            1.0
        } else {
            tp as f64 / (tp + fn_) as f64
        };
        let f = if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        };
        Prf {
            tp,
            fp,
            fn_,
            precision: p,
            recall: r,
            f1: f,
        }
    }
}

/// A gold truce attempt's id and date, and the id and date of the predicted attempt holding
/// most of its matched mentions.
pub type TruceDate = (String, Option<String>, Option<String>, Option<String>);

#[derive(Debug, Clone, Default, serde::Serialize)]
pub struct Scores {
    pub casualties_loose: Prf,
    pub casualties_strict: Prf,
    pub truce_mentions: Prf,
    pub truce_mentions_claim: Prf,
    /// Pairwise: two matched gold mentions in one gold attempt ⇔ in one predicted attempt.
    pub truce_clustering: Prf,
    pub stances: Prf,
    pub stances_target: Prf,
    /// Attribution of the casualty figures matched loosely (kind and sentence): how many agree
    /// with the gold, of how many the gold annotates, and the confusion table as
    /// (gold, predicted, count).
    pub attribution_agree: usize,
    pub attribution_total: usize,
    pub attribution_confusion: Vec<(Attribution, Attribution, usize)>,
    /// Pairs of articles in one gold source group ⇔ in one predicted source group (`None` when
    /// the gold has no `source_groups`), and how many pairs agree (together in both or apart in
    /// both) of how many.
    pub source_pairs: Option<Prf>,
    pub source_pairs_agree: usize,
    pub source_pairs_total: usize,
    /// Gold `not_casualties` traps that the Report gave as casualty figures.
    pub traps_reported: usize,
    pub traps_total: usize,
    pub trap_quotes: Vec<String>,
    /// For each gold truce attempt with a date: the date of the predicted attempt holding most
    /// of its matched mentions, and that attempt's id.
    pub truce_dates: Vec<TruceDate>,
    /// Gold records missed and predicted records not in the gold, for reading.
    pub misses: Vec<String>,
}

impl Scores {
    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).unwrap_or_default()
    }

    pub fn to_text(&self) -> String {
        let line = |name: &str, p: &Prf| {
            format!(
                "{name:<28} P {:.3}  R {:.3}  F1 {:.3}   (tp {}, fp {}, fn {})\n",
                p.precision, p.recall, p.f1, p.tp, p.fp, p.fn_
            )
        };
        let mut o = String::new();
        o += &line("casualties (loose)", &self.casualties_loose);
        o += &line("casualties (strict)", &self.casualties_strict);
        o += &line("truce mentions", &self.truce_mentions);
        o += &line("truce mentions (+claim)", &self.truce_mentions_claim);
        o += &line("truce clustering (pairs)", &self.truce_clustering);
        o += &line("stances (actor+type)", &self.stances);
        o += &line("stances (+target)", &self.stances_target);
        if let Some(p) = &self.source_pairs {
            o += &format!(
                "{}   source groups agree on {} of {} article pairs\n",
                line("source groups (pairs)", p).trim_end(),
                self.source_pairs_agree,
                self.source_pairs_total
            );
        }
        o += &format!(
            "traps reported as casualties: {} of {}\n",
            self.traps_reported, self.traps_total
        );
        if self.attribution_total > 0 {
            o += &format!(
                "casualty attribution agrees on {:.1} % ({} of {} matched figures)\n",
                100.0 * self.attribution_agree as f64 / self.attribution_total as f64,
                self.attribution_agree,
                self.attribution_total
            );
            let all = [
                Attribution::Stated,
                Attribution::Attributed,
                Attribution::Hedged,
                Attribution::Disputed,
            ];
            let name = |a: &Attribution| {
                serde_json::to_value(a)
                    .ok()
                    .and_then(|v| v.as_str().map(String::from))
                    .unwrap_or_default()
            };
            o += &format!(
                "  {:<12}{}\n",
                "gold/got",
                all.iter()
                    .map(|a| format!("{:>11}", name(a)))
                    .collect::<String>()
            );
            for g in &all {
                let row: String = all
                    .iter()
                    .map(|p| {
                        format!(
                            "{:>11}",
                            self.attribution_confusion
                                .iter()
                                .find(|(a, b, _)| a == g && b == p)
                                .map_or(0, |x| x.2)
                        )
                    })
                    .collect();
                o += &format!("  {:<12}{row}\n", name(g));
            }
        }
        for q in &self.trap_quotes {
            o += &format!("  trap: {q}\n");
        }
        for (gid, gdate, pid, pdate) in &self.truce_dates {
            o += &format!(
                "truce {gid} (gold date {}) -> {} dated {}\n",
                gdate.as_deref().unwrap_or("none"),
                pid.as_deref().unwrap_or("(no attempt)"),
                pdate.as_deref().unwrap_or("none")
            );
        }
        for m in &self.misses {
            o += &format!("  {m}\n");
        }
        o
    }
}

/// Normalise for quote matching.
pub fn norm(s: &str) -> String {
    let mut t = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '“' | '”' | '«' | '»' | '„' => t.push('"'),
            '’' | '‘' | 'ʼ' => t.push('\''),
            '–' | '—' | '‐' | '‑' => t.push('-'),
            c if c.is_whitespace() => t.push(' '),
            c => t.extend(c.to_lowercase()),
        }
    }
    let folded = t.split_whitespace().collect::<Vec<_>>().join(" ");
    folded.replace("- ", "-")
}

fn stem(article: &str) -> &str {
    article.strip_suffix(".txt").unwrap_or(article)
}

#[derive(Deserialize)]
struct GoldCount {
    low: Option<u64>,
    high: Option<u64>,
    qualifier: Qualifier,
}

#[derive(Deserialize)]
struct GoldCasualty {
    article: String,
    quote: String,
    #[serde(default)]
    attribution: Option<Attribution>,
    kind: CasualtyKind,
    count: GoldCount,
    scope: Scope,
    #[serde(default)]
    optional: bool,
}

#[derive(Deserialize)]
struct GoldTrap {
    article: String,
    quote: String,
}

#[derive(Deserialize)]
struct GoldMention {
    article: String,
    quote: String,
    claim: Option<Claim>,
}

#[derive(Deserialize)]
struct GoldTruce {
    id: String,
    #[serde(default)]
    optional: bool,
    date: Option<Value>,
    mentions: Vec<GoldMention>,
}

#[derive(Deserialize)]
struct GoldStance {
    article: String,
    quote: String,
    actor: String,
    #[serde(rename = "type")]
    kind: StanceType,
    target: Option<String>,
    #[serde(default)]
    optional: bool,
}

#[derive(Deserialize)]
struct Gold {
    #[serde(default)]
    casualties: Vec<GoldCasualty>,
    #[serde(default)]
    not_casualties: Vec<GoldTrap>,
    #[serde(default)]
    truces: Vec<GoldTruce>,
    #[serde(default)]
    stances: Vec<GoldStance>,
    /// The articles' independent sources: lists of article file names.
    #[serde(default)]
    source_groups: Option<Vec<Vec<String>>>,
}

fn contains(sentence: &str, quote: &str) -> bool {
    norm(sentence).contains(&norm(quote))
}

/// One-to-one greedy matching. `gold` items are `(optional, predicate-index-fn)`; returns for each
/// gold item the matched prediction.
fn greedy(n_pred: usize, gold: &[(bool, Vec<usize>)]) -> (Prf, Vec<Option<usize>>) {
    let mut used = vec![false; n_pred];
    let mut matched = vec![None; gold.len()];
    // required gold first, so an optional one never steals a prediction a required one needs
    for pass in [false, true] {
        for (gi, (optional, cands)) in gold.iter().enumerate() {
            if *optional != pass {
                continue;
            }
            if let Some(&p) = cands.iter().find(|&&p| !used[p]) {
                used[p] = true;
                matched[gi] = Some(p);
            }
        }
    }
    let tp = gold
        .iter()
        .zip(&matched)
        .filter(|((o, _), m)| !o && m.is_some())
        .count();
    let fn_ = gold
        .iter()
        .zip(&matched)
        .filter(|((o, _), m)| !o && m.is_none())
        .count();
    let used_by_optional = gold
        .iter()
        .zip(&matched)
        .filter(|((o, _), m)| *o && m.is_some())
        .count();
    let fp = n_pred - tp - used_by_optional;
    (Prf::new(tp, fp, fn_), matched)
}

/// Score `report` against the gold JSON.
pub fn evaluate(
    gold_json: &str,
    report: &Report,
    _texts: &[(String, String)],
) -> Result<Scores, String> {
    let mut gold: Gold =
        serde_json::from_str(gold_json).map_err(|e| format!("not a gold file: {e}"))?;
    // score only the articles the Report holds (a part of the corpus is checked on its own)
    let present: std::collections::BTreeSet<&str> =
        report.articles.iter().map(|a| a.id.as_str()).collect();
    let keep = |a: &str| present.contains(stem(a));
    gold.casualties.retain(|g| keep(&g.article));
    gold.not_casualties.retain(|g| keep(&g.article));
    gold.stances.retain(|g| keep(&g.article));
    for t in &mut gold.truces {
        t.mentions.retain(|m| keep(&m.article));
    }
    gold.truces.retain(|t| !t.mentions.is_empty());
    let mut s = Scores::default();

    // Casualties.
    let preds = &report.casualties;
    let cands = |strict: bool| -> Vec<(bool, Vec<usize>)> {
        gold.casualties
            .iter()
            .map(|g| {
                let c = preds
                    .iter()
                    .enumerate()
                    .filter(|(_, p)| {
                        p.evidence.article == stem(&g.article)
                            && contains(&p.evidence.sentence, &g.quote)
                            && p.kind == g.kind
                            && (!strict
                                || (p.count.low == g.count.low
                                    && p.count.high == g.count.high
                                    && p.count.qualifier == g.count.qualifier
                                    && p.scope == g.scope))
                    })
                    .map(|(i, _)| i)
                    .collect();
                (g.optional, c)
            })
            .collect()
    };
    let (loose, lm) = greedy(preds.len(), &cands(false));
    let mut confusion: std::collections::BTreeMap<(Attribution, Attribution), usize> =
        Default::default();
    for (g, mm) in gold.casualties.iter().zip(&lm) {
        if let (Some(ga), Some(p)) = (g.attribution, mm) {
            *confusion.entry((ga, preds[*p].attribution)).or_default() += 1;
            if ga != preds[*p].attribution {
                s.misses.push(format!(
                    "attribution [{}] gold {:?} got {:?} \"{}\"",
                    stem(&g.article),
                    ga,
                    preds[*p].attribution,
                    g.quote
                ));
            }
        }
    }
    s.attribution_total = confusion.values().sum();
    s.attribution_agree = confusion
        .iter()
        .filter(|((g, p), _)| g == p)
        .map(|(_, n)| n)
        .sum();
    s.attribution_confusion = confusion.into_iter().map(|((g, p), n)| (g, p, n)).collect();
    let (strict, m) = greedy(preds.len(), &cands(true));
    s.casualties_loose = loose;
    s.casualties_strict = strict;
    for (g, mm) in gold.casualties.iter().zip(&m) {
        if mm.is_none() && !g.optional {
            s.misses.push(format!(
                "missed casualty [{}] {:?} {:?} \"{}\"",
                stem(&g.article),
                g.kind,
                g.count.qualifier,
                g.quote
            ));
        }
    }
    let hit: Vec<usize> = m.iter().flatten().copied().collect();
    for (i, p) in preds.iter().enumerate() {
        if !hit.contains(&i) {
            s.misses.push(format!(
                "extra/wrong casualty [{}] {:?} {:?}..{:?} {:?} {:?} \"{}\"",
                p.evidence.article,
                p.kind,
                p.count.low,
                p.count.high,
                p.count.qualifier,
                p.scope,
                p.quote
            ));
        }
    }

    // Traps: a figure in the trap's sentence whose phrase overlaps the trap's and whose count is
    // the trap's number ("Burhan Wani, 22" read as 22 dead) — not a figure that merely shares the
    // sentence ("a five-hour siege during which five civilians were killed") or passes over the
    // trap ("23 people from 18 countries were killed").
    s.traps_total = gold.not_casualties.len();
    for t in &gold.not_casualties {
        let nums = crate::numbers::values_in(&t.quote);
        let reported = preds.iter().any(|p| {
            let sent = norm(&p.evidence.sentence);
            let (tq, pq) = (norm(&t.quote), norm(&p.quote));
            let span = |q: &str| sent.find(q).map(|a| (a, a + q.len()));
            let overlap = match (span(&tq), span(&pq)) {
                (Some((a, b)), Some((c, d))) => a < d && c < b,
                _ => pq.contains(&tq),
            };
            p.evidence.article == stem(&t.article)
                && sent.contains(&tq)
                && overlap
                && (nums.is_empty() || p.count.low.is_some_and(|l| nums.contains(&l)))
        });
        if reported {
            s.traps_reported += 1;
            s.trap_quotes
                .push(format!("[{}] {}", stem(&t.article), t.quote));
        }
    }

    // Truce mentions.
    let mut pm: Vec<(usize, &TruceMention)> = Vec::new();
    for (ti, t) in report.truces.iter().enumerate() {
        for m in &t.mentions {
            pm.push((ti, m));
        }
    }
    let gm: Vec<(usize, &GoldMention)> = gold
        .truces
        .iter()
        .enumerate()
        .flat_map(|(ti, t)| t.mentions.iter().map(move |m| (ti, m)))
        .collect();
    // the mentions of an optional attempt are optional
    let gopt: Vec<bool> = gm.iter().map(|(ti, _)| gold.truces[*ti].optional).collect();
    let mcands = |claim: bool| -> Vec<(bool, Vec<usize>)> {
        gm.iter()
            .zip(&gopt)
            .map(|((_, g), &optional)| {
                let c = pm
                    .iter()
                    .enumerate()
                    .filter(|(_, (_, p))| {
                        p.evidence.article == stem(&g.article)
                            && contains(&p.evidence.sentence, &g.quote)
                            && (!claim || p.claim == g.claim)
                    })
                    .map(|(i, _)| i)
                    .collect();
                (optional, c)
            })
            .collect()
    };
    let (tm, tmatch) = greedy(pm.len(), &mcands(false));
    s.truce_mentions = tm;
    s.truce_mentions_claim = greedy(pm.len(), &mcands(true)).0;
    for (((_, g), mm), &optional) in gm.iter().zip(&tmatch).zip(&gopt) {
        if mm.is_none() && !optional {
            s.misses.push(format!(
                "missed truce mention [{}] {:?} \"{}\"",
                stem(&g.article),
                g.claim,
                g.quote
            ));
        }
    }
    let thit: Vec<usize> = tmatch.iter().flatten().copied().collect();
    for (i, (_, p)) in pm.iter().enumerate() {
        if !thit.contains(&i) {
            s.misses.push(format!(
                "extra truce mention [{}] {:?} \"{}\"",
                p.evidence.article, p.claim, p.quote
            ));
        }
    }
    // Clustering over pairs of matched gold mentions.
    let matched: Vec<(usize, usize)> = gm
        .iter()
        .zip(&tmatch)
        .filter_map(|((gt, _), m)| m.map(|p| (*gt, pm[p].0)))
        .collect();
    let (mut tp, mut fp, mut fn_) = (0, 0, 0);
    for i in 0..matched.len() {
        for j in i + 1..matched.len() {
            let same_gold = matched[i].0 == matched[j].0;
            let same_pred = matched[i].1 == matched[j].1;
            match (same_gold, same_pred) {
                (true, true) => tp += 1,
                (false, true) => fp += 1,
                (true, false) => fn_ += 1,
                _ => {}
            }
        }
    }
    s.truce_clustering = Prf::new(tp, fp, fn_);
    for (gi, gt) in gold.truces.iter().enumerate() {
        let gdate = gt.date.as_ref().map(|d| match d {
            Value::String(s) => s.clone(),
            v => v.to_string(),
        });
        if gdate.is_none() {
            continue;
        }
        let mut votes: std::collections::BTreeMap<usize, usize> = Default::default();
        for &(g, p) in &matched {
            if g == gi {
                *votes.entry(p).or_default() += 1;
            }
        }
        let best = votes
            .iter()
            .max_by_key(|(p, n)| (**n, std::cmp::Reverse(**p)))
            .map(|(p, _)| *p);
        let (pid, pdate) = best
            .map(|p| {
                (
                    Some(report.truces[p].id.clone()),
                    report.truces[p].date.clone(),
                )
            })
            .unwrap_or((None, None));
        s.truce_dates.push((gt.id.clone(), gdate, pid, pdate));
    }

    // Stances.
    let sp = &report.stances;
    let scands = |target: bool| -> Vec<(bool, Vec<usize>)> {
        gold.stances
            .iter()
            .map(|g| {
                let c = sp
                    .iter()
                    .enumerate()
                    .filter(|(_, p)| {
                        p.evidence.article == stem(&g.article)
                            && contains(&p.evidence.sentence, &g.quote)
                            && p.kind == g.kind
                            && actor_eq(&p.actor, &g.actor)
                            && (!target || p.target == g.target)
                    })
                    .map(|(i, _)| i)
                    .collect();
                (g.optional, c)
            })
            .collect()
    };
    let (st, smatch) = greedy(sp.len(), &scands(false));
    s.stances = st;
    s.stances_target = greedy(sp.len(), &scands(true)).0;
    for (g, mm) in gold.stances.iter().zip(&smatch) {
        if mm.is_none() && !g.optional {
            s.misses.push(format!(
                "missed stance [{}] {} {:?} -> {:?} \"{}\"",
                stem(&g.article),
                g.actor,
                g.kind,
                g.target,
                g.quote
            ));
        }
    }
    let shit: Vec<usize> = smatch.iter().flatten().copied().collect();
    for (i, p) in sp.iter().enumerate() {
        if !shit.contains(&i) {
            s.misses.push(format!(
                "extra stance [{}] {} {:?} -> {:?} \"{}\"",
                p.evidence.article, p.actor, p.kind, p.target, p.quote
            ));
        }
    }
    // Source groups: every pair of the Report's articles that the gold groups.
    if let Some(groups) = &gold.source_groups {
        let gold_group: std::collections::BTreeMap<&str, usize> = groups
            .iter()
            .enumerate()
            .flat_map(|(g, arts)| arts.iter().map(move |a| (stem(a), g)))
            .collect();
        let arts: Vec<(&str, usize, &str)> = report
            .articles
            .iter()
            .filter_map(|a| {
                gold_group
                    .get(a.id.as_str())
                    .map(|&g| (a.id.as_str(), g, a.source_group.as_str()))
            })
            .collect();
        let (mut tp, mut fp, mut fn_, mut agree, mut total) = (0, 0, 0, 0, 0);
        for i in 0..arts.len() {
            for j in i + 1..arts.len() {
                let same_gold = arts[i].1 == arts[j].1;
                let same_pred = !arts[i].2.is_empty() && arts[i].2 == arts[j].2;
                total += 1;
                match (same_gold, same_pred) {
                    (true, true) => tp += 1,
                    (false, true) => fp += 1,
                    (true, false) => fn_ += 1,
                    _ => {}
                }
                if same_gold == same_pred {
                    agree += 1;
                } else {
                    s.misses.push(format!(
                        "source groups: gold has {} and {} {}, the Report {}",
                        arts[i].0,
                        arts[j].0,
                        if same_gold { "together" } else { "apart" },
                        if same_pred { "together" } else { "apart" },
                    ));
                }
            }
        }
        s.source_pairs = Some(Prf::new(tp, fp, fn_));
        s.source_pairs_agree = agree;
        s.source_pairs_total = total;
    }
    Ok(s)
}

/// Actor ids match exactly, or, for people (who have no canonical id), by surname.
fn actor_eq(pred: &str, gold: &str) -> bool {
    if pred == gold {
        return true;
    }
    let last = |s: &str| s.split_whitespace().last().unwrap_or("").to_lowercase();
    (pred.contains(' ') || gold.contains(' ')) && last(pred) == last(gold)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn norm_folds() {
        assert_eq!(norm("de-\nescalate  “x”"), "de-escalate \"x\"");
    }

    /// Source groups are scored over pairs of articles; an article the gold does not group is
    /// left out.
    #[test]
    fn source_group_pairs() {
        let art = |id: &str, g: &str| Article {
            id: id.into(),
            source_group: g.into(),
            ..Default::default()
        };
        let report = Report {
            articles: vec![
                art("a", "S1"),
                art("b", "S1"),
                art("c", "S1"),
                art("d", "S2"),
                art("x", "S3"),
            ],
            ..Default::default()
        };
        let gold = r#"{"source_groups": [["a.txt", "b.txt"], ["c.txt"], ["d.txt"]]}"#;
        let s = evaluate(gold, &report, &[]).unwrap();
        let p = s.source_pairs.unwrap();
        // pairs: ab together in both; ac, bc together only in the Report; the rest apart
        assert_eq!((p.tp, p.fp, p.fn_), (1, 2, 0));
        assert_eq!((s.source_pairs_agree, s.source_pairs_total), (4, 6));
        assert!(s
            .to_text()
            .contains("source groups agree on 4 of 6 article pairs"));
        let none = evaluate("{}", &report, &[]).unwrap();
        assert!(none.source_pairs.is_none() && !none.to_text().contains("source groups"));
    }

    #[test]
    fn prf() {
        let p = Prf::new(8, 2, 0);
        assert!((p.precision - 0.8).abs() < 1e-9 && p.recall == 1.0);
    }
}
