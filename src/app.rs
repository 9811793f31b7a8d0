//! The app: owns the articles, the Report computed from them, and the view state.
//!
//! At start-up it paints a loading state, then runs the extraction core (wasm) on the bundled
//! articles and renders the dashboard. The view (filters, open article, selected record) lives
//! in the URL query: discrete choices push a history entry, typing replaces it, back/forward
//! restore; a malformed parameter is ignored and named in a notice.

use crate::components::{
    casualties::CasualtyPanel, filters::FilterBar, notices::Notices, reader::Reader, sources::SourcesPanel,
    stances::StancePanel, summary::Summary, truces::TrucePanel,
};
use crosscheck_core::{analyze, ArticleInput, Report};
use crosscheck_web::state::{apply, View};
use leptos::prelude::*;
use std::sync::Arc;

/// The shared state every panel reads.
#[derive(Clone, Copy)]
pub struct Ctx {
    /// Everything the core found.
    pub report: RwSignal<Option<Arc<Report>>>,
    /// What the filters leave.
    pub filtered: Memo<Option<Arc<Report>>>,
    pub inputs: StoredValue<Arc<Vec<ArticleInput>>>,
    pub view: RwSignal<View>,
    pub notices: RwSignal<Vec<String>>,
}

impl Ctx {
    /// Change the view and write it to the URL: `push` for a discrete choice (a history entry),
    /// not for typing (the entry is replaced).
    pub fn set_view(&self, v: View, push: bool) {
        if self.view.get_untracked() == v {
            return;
        }
        write_url(&v, push);
        self.view.set(v);
    }

    /// Open `article` in the reader at the record `id`.
    pub fn select(&self, article: &str, id: &str) {
        let mut v = self.view.get_untracked();
        v.open = Some(article.to_string());
        v.sel = Some(id.to_string());
        self.set_view(v, true);
    }
}

pub fn use_ctx() -> Ctx {
    expect_context::<Ctx>()
}

fn location_query() -> String {
    gloo::utils::window().location().search().unwrap_or_default()
}

fn write_url(v: &View, push: bool) {
    let w = gloo::utils::window();
    let path = w.location().pathname().unwrap_or_else(|_| "/".into());
    let q = v.to_query();
    let url = if q.is_empty() { path } else { format!("{path}?{q}") };
    if let Ok(h) = w.history() {
        let r = if push {
            h.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url))
        } else {
            h.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url))
        };
        let _ = r;
    }
}

#[component]
pub fn App() -> impl IntoView {
    let inputs = Arc::new(crate::bundled::inputs());
    let n = inputs.len();
    let (view0, notices0) = View::parse(&location_query());
    let report: RwSignal<Option<Arc<Report>>> = RwSignal::new(None);
    let view = RwSignal::new(view0);
    let filtered = Memo::new(move |_| report.get().map(|r| Arc::new(apply(&r, &view.get()))));
    let ctx = Ctx { report, filtered, inputs: StoredValue::new(inputs.clone()), view, notices: RwSignal::new(notices0) };
    provide_context(ctx);
    // back/forward: read the view from the URL again
    let listener = gloo::events::EventListener::new(&gloo::utils::window(), "popstate", move |_| {
        let (mut v, mut notes) = View::parse(&location_query());
        if let Some(r) = report.get_untracked() {
            notes.extend(v.validate(&r));
        }
        ctx.notices.set(notes);
        view.set(v);
    });
    listener.forget();
    // Let the loading state paint, then extract.
    gloo::timers::callback::Timeout::new(16, move || {
        let r = Arc::new(analyze(&inputs));
        let mut v = view.get_untracked();
        let notes = v.validate(&r);
        if !notes.is_empty() {
            ctx.notices.update(|n| n.extend(notes));
            write_url(&v, false);
            view.set(v);
        }
        report.set(Some(r));
    })
    .forget();
    view! {
        <a class="skip" href="#main">"Skip to the dashboard"</a>
        <header class="top">
            <h1>"Crosscheck"</h1>
            <p class="tagline">"What the articles claim — casualty figures, truce attempts, actor stances — each traced to its sentence."</p>
        </header>
        <Notices />
        <main id="main">
            {move || match report.get() {
                None => view! {
                    <div class="loading" role="status" aria-live="polite">
                        <p>{format!("Reading {n} articles…")}</p>
                        <div class="bar" aria-hidden="true"><div class="bar-fill"></div></div>
                    </div>
                }.into_any(),
                Some(r) => view! { <Dashboard full=r /> }.into_any(),
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
fn Dashboard(full: Arc<Report>) -> impl IntoView {
    let ctx = use_ctx();
    view! {
        <FilterBar full=full.clone() />
        {move || ctx.filtered.get().map(|r| view! {
            <Summary report=r.clone() />
            <div class="panels">
                <CasualtyPanel report=r.clone() />
                <TrucePanel report=r.clone() />
                <StancePanel report=r.clone() />
                <SourcesPanel report=r />
            </div>
        })}
        <Reader full=full />
    }
}
