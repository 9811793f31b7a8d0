//! The headline: how far the current death toll claims spread, in words.

use crate::format::thousands;
use crosscheck_core::*;
use leptos::prelude::*;
use std::sync::Arc;

/// "Current death toll claims range from more than 1,000 to more than 5,000 across 5 reports",
/// computed from the current-scope killed tolls with a number (lowest stated low to highest
/// stated low or high).
pub fn spread(r: &Report) -> Option<String> {
    let tolls: Vec<&Casualty> = r
        .casualties
        .iter()
        .filter(|c| c.kind == CasualtyKind::Killed && c.scope == Scope::Current && c.level == Level::Toll && c.count.low.is_some())
        .collect();
    if tolls.is_empty() {
        return None;
    }
    let lo = tolls.iter().min_by_key(|c| c.count.low)?;
    let hi = tolls.iter().max_by_key(|c| c.count.high.or(c.count.low))?;
    let reports: std::collections::BTreeSet<&str> = tolls.iter().map(|c| c.evidence.article.as_str()).collect();
    let words = |c: &Casualty, high: bool| -> String {
        let v = if high { c.count.high.or(c.count.low) } else { c.count.low };
        let v = thousands(v.unwrap_or(0));
        match c.count.qualifier {
            Qualifier::MoreThan => format!("more than {v}"),
            Qualifier::AtLeast => format!("at least {v}"),
            Qualifier::Approx => format!("about {v}"),
            _ => v,
        }
    };
    Some(format!(
        "Current death toll claims range from {} to {} across {} report{}",
        words(lo, false),
        words(hi, true),
        reports.len(),
        if reports.len() == 1 { "" } else { "s" }
    ))
}

#[component]
pub fn Summary(report: Arc<Report>) -> impl IntoView {
    let line = spread(&report);
    let n_attempts = report.truces.iter().filter(|t| t.scope == Scope::Current).count();
    view! {
        <section class="summary" aria-label="Summary">
            <p class="headline">{line.unwrap_or_else(|| "No current death toll is stated in these articles".into())}</p>
            <p class="counts">
                {format!(
                    "{} articles · {} casualty figures · {} truce attempts ({} current) · {} stances",
                    report.articles.len(),
                    report.casualties.len(),
                    report.truces.len(),
                    n_attempts,
                    report.stances.len()
                )}
            </p>
        </section>
    }
}
