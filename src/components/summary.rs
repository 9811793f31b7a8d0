//! The headline: how far the current death toll claims spread, in words; the counts of what was
//! found; and, under them, where the reports disagree.

use crate::components::disagreements::Disagreements;
use crosscheck_core::*;
use crosscheck_web::format::spread;
use leptos::prelude::*;
use std::sync::Arc;

#[component]
pub fn Summary(report: Arc<Report>) -> impl IntoView {
    let line = spread(&report);
    let n_attempts = report
        .truces
        .iter()
        .filter(|t| t.scope == Scope::Current)
        .count();
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
            <Disagreements report=report.clone() />
        </section>
    }
}
