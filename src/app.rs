//! The app: owns the articles, the Report computed from them, and the selection.
//!
//! At start-up it paints a loading state, then runs the extraction core (wasm) on the bundled
//! articles and renders the dashboard. The selection (which record's sentence the reader shows)
//! is shared with every panel through context, so a click on any figure, truce mention or stance
//! opens its article at the sentence it came from.

use crate::components::{casualties::CasualtyPanel, sources::SourcesPanel, stances::StancePanel, summary::Summary, truces::TrucePanel};
use crosscheck_core::{analyze, ArticleInput, Evidence, Report};
use leptos::prelude::*;
use std::sync::Arc;

/// What the reader shows: an article, and optionally one sentence in it.
#[derive(Debug, Clone, PartialEq)]
pub struct Selection {
    pub article: String,
    pub span: Option<(usize, usize)>,
}

/// The shared state every panel reads.
#[derive(Clone, Copy)]
pub struct Ctx {
    pub report: RwSignal<Option<Arc<Report>>>,
    pub inputs: StoredValue<Arc<Vec<ArticleInput>>>,
    pub selection: RwSignal<Option<Selection>>,
}

impl Ctx {
    /// Open the article of `ev` at its sentence.
    pub fn select(&self, ev: &Evidence) {
        self.selection.set(Some(Selection { article: ev.article.clone(), span: Some((ev.start, ev.end)) }));
    }
}

pub fn use_ctx() -> Ctx {
    expect_context::<Ctx>()
}

#[component]
pub fn App() -> impl IntoView {
    let inputs = Arc::new(crate::bundled::inputs());
    let n = inputs.len();
    let ctx = Ctx { report: RwSignal::new(None), inputs: StoredValue::new(inputs.clone()), selection: RwSignal::new(None) };
    provide_context(ctx);
    // Let the loading state paint, then extract.
    let report = ctx.report;
    gloo::timers::callback::Timeout::new(16, move || {
        report.set(Some(Arc::new(analyze(&inputs))));
    })
    .forget();
    view! {
        <header class="top">
            <h1>"Crosscheck"</h1>
            <p class="tagline">"What the articles claim — casualty figures, truce attempts, actor stances — each traced to its sentence."</p>
        </header>
        <main id="main">
            {move || match report.get() {
                None => view! {
                    <div class="loading" role="status" aria-live="polite">
                        <p>{format!("Reading {n} articles…")}</p>
                        <div class="bar" aria-hidden="true"><div class="bar-fill"></div></div>
                    </div>
                }.into_any(),
                Some(r) => view! { <Dashboard report=r /> }.into_any(),
            }}
        </main>
        <footer class="foot">
            <p>
                "Computed in your browser by the Crosscheck core (v" {crosscheck_core::VERSION} "). "
                "Country data: world-countries (ODbL-1.0)."
            </p>
        </footer>
    }
}

#[component]
fn Dashboard(report: Arc<Report>) -> impl IntoView {
    view! {
        <Summary report=report.clone() />
        <div class="panels">
            <CasualtyPanel report=report.clone() />
            <TrucePanel report=report.clone() />
            <StancePanel report=report.clone() />
            <SourcesPanel report=report />
        </div>
    }
}
