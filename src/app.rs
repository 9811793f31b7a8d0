//! The app: owns the corpus (bundled and user articles), the Report computed from it, and the
//! view state.
//!
//! At start-up it paints a loading state, reads the user's stored articles (or the articles a
//! shared link carries in its fragment), runs the extraction core (wasm) and renders the
//! dashboard; it runs the core again whenever the corpus changes. The view (filters, open
//! article, selected record) lives in the URL query: discrete choices push a history entry,
//! typing replaces it, back/forward restore; a malformed parameter is ignored with a notice.
//! Nothing a user gave is lost: storage errors leave what is on screen and what is stored, an
//! unreadable stored entry is kept aside, and other tabs' changes arrive through `storage`
//! events and are merged article by article (the layout is in `crosscheck_web::store`).

use crate::browser;
use crate::components::{
    add::AddPanel, casualties::CasualtyPanel, drawer::Drawer, export::ExportPanel,
    filters::FilterBar, messages::Messages, notices::Notices, open_report::OpenReport,
    opened::OpenedBanner, reader::Reader, sources::SourcesPanel, stances::StancePanel,
    summary::Summary, timeline::ClaimsOverTime, truces::TrucePanel,
};
use crate::engine;
use crosscheck_core::{ArticleInput, Report};
use crosscheck_web::corpus::{self, Stored};
use crosscheck_web::share;
use crosscheck_web::state::{apply, View};
use crosscheck_web::store::{self, Event};
use leptos::prelude::*;
use std::rc::Rc;
use std::sync::Arc;
use wasm_bindgen::JsCast;

/// A message to the user about their articles.
#[derive(Clone, Debug, PartialEq)]
pub struct Msg {
    pub warn: bool,
    pub text: String,
}

/// A Report the user opened from a file, shown instead of the one of their articles.
#[derive(Clone, Debug, PartialEq)]
pub struct Opened {
    /// The file's name.
    pub name: String,
    /// The tool that computed it (the Report's `generator`).
    pub generator: String,
    pub articles: usize,
}

/// The shared state every panel reads.
#[derive(Clone, Copy)]
pub struct Ctx {
    /// Everything the core found.
    pub report: RwSignal<Option<Arc<Report>>>,
    /// What the filters leave: computed once per change of the Report or of the filters (not of
    /// the open article or the selection).
    pub filtered: Memo<Option<Arc<Report>>>,
    /// The view's filters: the view without the open article and the selected record.
    pub filters: Memo<View>,
    /// The articles filter alone (empty: all articles).
    pub articles_filter: Memo<Vec<String>>,
    /// The selected record's id, alone: rows compare their id with it, and typing in a filter
    /// does not wake them.
    pub sel: Memo<Option<String>>,
    /// The article open in the reader and the selected record: what the reader shows.
    pub reading: Memo<(Option<String>, Option<String>)>,
    /// The texts the Report was computed from.
    pub inputs: RwSignal<Arc<Vec<ArticleInput>>>,
    pub bundled: StoredValue<Arc<Vec<ArticleInput>>>,
    /// The user's articles and whether the bundled ones are shown.
    pub corpus: RwSignal<Stored>,
    /// Some(n): the corpus came from a shared link (n articles) and is not kept yet.
    pub shared: RwSignal<Option<usize>>,
    pub view: RwSignal<View>,
    pub notices: RwSignal<Vec<String>>,
    pub messages: RwSignal<Vec<Msg>>,
    pub busy: RwSignal<bool>,
    /// Keys of unreadable entries that could not be kept aside: never written.
    pub protected: StoredValue<Vec<String>>,
    /// Some: the dashboard shows a Report opened from a file, not the articles' own.
    pub opened: RwSignal<Option<Opened>>,
    /// How many times the core has analysed the corpus since the page opened (shown as
    /// `data-analyses` on `<main>`, so that a test can tell one analysis from one per file).
    pub analyses: RwSignal<u64>,
    /// While a new Report's dashboard is drawn, a part at a time (`<main>` is `aria-busy` till
    /// the last part is drawn).
    pub drawing: RwSignal<bool>,
    /// Whether the *Export and share* drawer may draw its panel: once the first dashboard is
    /// drawn, or the drawer opened, whichever comes first (the first paint does not wait for it).
    pub export_ready: RwSignal<bool>,
    /// While the worker reads the articles: steps done of the total.
    pub progress: RwSignal<Option<(usize, usize)>>,
    /// The number of the newest analysis asked for: an older one's answer is dropped, and an
    /// older one not yet started is skipped.
    pub generation: StoredValue<u64>,
}

impl Ctx {
    /// Change the view and write it to the URL: `push` for a discrete choice (a history entry),
    /// not for typing (the entry is replaced).
    pub fn set_view(&self, v: View, push: bool) {
        if self.view.get_untracked() == v {
            return;
        }
        write_url(&v, push, self.shared.get_untracked().is_some());
        self.view.set(v);
    }

    /// Open `article` in the reader at the record `id`.
    pub fn select(&self, article: &str, id: &str) {
        let mut v = self.view.get_untracked();
        v.open = Some(article.to_string());
        v.sel = Some(id.to_string());
        self.set_view(v, true);
    }

    pub fn say(&self, warn: bool, text: impl Into<String>) {
        self.messages.update(|m| {
            m.push(Msg {
                warn,
                text: text.into(),
            })
        });
    }

    /// Change the corpus and keep it in browser storage (unless it came from a link and the
    /// user has not chosen to keep it).
    pub fn change_corpus(&self, f: impl FnOnce(&mut Stored)) {
        let old = self.corpus.get_untracked();
        let mut c = old.clone();
        f(&mut c);
        if self.shared.get_untracked().is_none() {
            let ops = store::diff(&old, &c, js_sys::Date::now());
            if !ops.is_empty() {
                if let Err(e) = browser::write(&ops, &self.protected.get_value()) {
                    self.say(true, format!("Not saved: {e}. Your articles stay on screen but this change will not survive a reload; export them to keep a copy."));
                }
            }
        }
        self.corpus.set(c);
    }

    /// Stop reading the articles: the worker is stopped and the dashboard keeps the Report it
    /// showed before the last change of the articles.
    pub fn cancel(&self) {
        if !self.busy.get_untracked() {
            return;
        }
        // whatever was asked for so far is outdated: not started, not taken
        self.generation.update_value(|g| *g = g.wrapping_add(1));
        engine::cancel();
        self.progress.set(None);
        self.busy.set(false);
        self.say(
            true,
            match self.report.get_untracked() {
                Some(r) => format!("Reading the articles was cancelled: the dashboard still shows the {} articles it showed before your last change.", r.articles.len()),
                None => "Reading the articles was cancelled: change the articles to read them again.".into(),
            },
        );
    }

    /// Show `report`, opened from the file `name`, instead of the Report of the articles. The
    /// articles stay as they are (stored, on screen in the drawer) for [`Ctx::close_report`].
    pub fn open_report(&self, name: &str, report: Report) {
        self.opened.set(Some(Opened {
            name: name.to_string(),
            generator: report.generator.clone(),
            articles: report.articles.len(),
        }));
        let mut v = self.view.get_untracked();
        // the open article and selected record were the other Report's
        v.open = None;
        v.sel = None;
        let notes = v.validate(&report);
        if !notes.is_empty() {
            self.notices.update(|n| n.extend(notes));
        }
        write_url(&v, true, self.shared.get_untracked().is_some());
        self.view.set(v);
        self.report.set(Some(Arc::new(report)));
        self.busy.set(false);
    }

    /// Back to the Report of the user's articles: the core reads them again.
    pub fn close_report(&self) {
        if self.opened.get_untracked().is_none() {
            return;
        }
        self.opened.set(None);
        let mut v = self.view.get_untracked();
        v.open = None;
        v.sel = None;
        self.set_view(v, true);
        // wakes the effect that runs the core on the corpus
        self.corpus.update(|_| {});
    }

    /// Keep the articles of a shared link: merge them into the stored ones.
    pub fn keep_shared(&self) {
        let stored = read_stored(*self);
        let shared = self.corpus.get_untracked();
        let mut merged = stored.clone();
        let mut n = 0;
        for a in shared.articles {
            n += merged.add(a) as usize;
        }
        merged.bundled = shared.bundled;
        let ops = store::diff(&stored, &merged, js_sys::Date::now());
        match browser::write(&ops, &self.protected.get_value()) {
            Ok(()) => self.say(
                false,
                format!("Kept {n} shared article(s) in this browser."),
            ),
            Err(e) => self.say(true, format!("Could not keep the shared articles: {e}.")),
        }
        self.shared.set(None);
        // the link's data is no longer needed in the address
        let v = self.view.get_untracked();
        write_url(&v, false, false);
        self.corpus.set(merged);
    }
}

pub fn use_ctx() -> Ctx {
    expect_context::<Ctx>()
}

/// What one dashboard shows: its own Report as the filters leave it. The dashboard of a Report
/// that a newer one replaces never follows the newer one (it is dropped, not redrawn first).
#[derive(Clone, Copy)]
pub struct Shown {
    /// The dashboard's Report as the filters leave it: computed once per change of the filters;
    /// with no filter, the Report itself.
    pub filtered: Memo<Option<Arc<Report>>>,
    /// How many times it has changed: a long list shows its first page again when it changes
    /// (`components::pager`).
    pub changes: Memo<u64>,
}

pub fn use_shown() -> Shown {
    expect_context::<Shown>()
}

/// `r` as the view's filters leave it: `r` itself when no filter is set (`apply` would copy
/// every record).
fn filter(r: &Arc<Report>, v: &View) -> Arc<Report> {
    if v.filtered() {
        Arc::new(apply(r, v))
    } else {
        r.clone()
    }
}

/// Whether a memo of a filtered Report changed: a new Report is a change, with no comparison of
/// two Reports record by record.
fn new_report(old: Option<&Option<Arc<Report>>>, new: Option<&Option<Arc<Report>>>) -> bool {
    match (old, new) {
        (Some(Some(a)), Some(Some(b))) => !Arc::ptr_eq(a, b),
        (Some(None), Some(None)) => false,
        _ => true,
    }
}

fn location_query() -> String {
    gloo::utils::window()
        .location()
        .search()
        .unwrap_or_default()
}

fn write_url(v: &View, push: bool, keep_data: bool) {
    let w = gloo::utils::window();
    let path = w.location().pathname().unwrap_or_else(|_| "/".into());
    let q = v.to_query();
    let mut url = if q.is_empty() {
        path
    } else {
        format!("{path}?{q}")
    };
    // a shared link's data stays in the fragment until the user keeps it
    if let Ok(h) = w.location().hash() {
        if keep_data && h.starts_with("#data=") {
            url.push_str(&h);
        }
    }
    if let Ok(h) = w.history() {
        let _ = if push {
            h.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url))
        } else {
            h.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url))
        };
    }
}

/// The articles a shared link carries, if it carries any.
async fn shared_payload() -> Option<Result<Stored, String>> {
    let hash = gloo::utils::window().location().hash().ok()?;
    let r = async {
        let Some(bytes) = share::parse(&hash)? else {
            return Ok(None);
        };
        let json = browser::decompress(&bytes, share::MAX_DECODED).await?;
        share::read_payload(&json).map(Some)
    }
    .await;
    r.map_err(|e: share::LinkError| e.to_string()).transpose()
}

/// Another tab's write to one of the page's keys: the key (None: storage cleared) and its new
/// value (None: removed).
type StorageWrite = (Option<String>, Option<String>);

/// Another tab wrote one of the page's keys: queue the write; the first of a burst schedules
/// one merge of all of them ([`merge_storage`]), so that another tab adding 300 articles at
/// once changes this tab's corpus once, not 300 times.
fn on_storage(ctx: Ctx, pending: StoredValue<Vec<StorageWrite>>, e: &web_sys::StorageEvent) {
    // a shared link's articles are not the stored ones (until kept)
    if ctx.shared.get_untracked().is_some() {
        return;
    }
    let key = e.key();
    if key.as_deref().is_some_and(|k| !store::is_ours(k)) {
        return;
    }
    let first = pending.with_value(|p| p.is_empty());
    pending.update_value(|p| p.push((key, e.new_value())));
    if first {
        gloo::timers::callback::Timeout::new(0, move || {
            let writes = pending.try_update_value(std::mem::take).unwrap_or_default();
            merge_storage(ctx, writes);
        })
        .forget();
    }
}

/// Merge other tabs' writes, in the order they were made, article by article, into the corpus:
/// one change of the corpus for all of them.
fn merge_storage(ctx: Ctx, writes: Vec<StorageWrite>) {
    if ctx.shared.get_untracked().is_some() {
        return;
    }
    let mut c = ctx.corpus.get_untracked();
    let mut changed = false;
    for (key, new) in writes {
        match store::apply_event(&mut c, key.as_deref(), new.as_deref()) {
            Event::Ignored => {}
            Event::Article { .. } | Event::Bundled(_) => changed = true,
            Event::Reload => {
                c = read_stored(ctx);
                changed = true;
            }
            Event::Unreadable(k, why) => ctx.say(
                true,
                format!("Another tab stored an entry this page cannot read (“{k}”: {why}); it was left as it is."),
            ),
        }
    }
    if changed {
        ctx.corpus.set(c);
    }
}

#[component]
pub fn App() -> impl IntoView {
    let bundled = Arc::new(crate::bundled::inputs());
    let (view0, notices0) = View::parse(&location_query());
    let report: RwSignal<Option<Arc<Report>>> = RwSignal::new(None);
    let view = RwSignal::new(view0);
    let filters = Memo::new(move |_| {
        view.with(|v| View {
            open: None,
            sel: None,
            ..v.clone()
        })
    });
    let filtered = Memo::new_with_compare(
        move |_| report.get().map(|r| filters.with(|v| filter(&r, v))),
        new_report,
    );
    let articles_filter = Memo::new(move |_| filters.with(|v| v.articles.clone()));
    let sel = Memo::new(move |_| view.with(|v| v.sel.clone()));
    let reading = Memo::new(move |_| view.with(|v| (v.open.clone(), v.sel.clone())));
    let ctx = Ctx {
        report,
        filtered,
        filters,
        articles_filter,
        sel,
        reading,
        inputs: RwSignal::new(Arc::new(Vec::new())),
        bundled: StoredValue::new(bundled),
        corpus: RwSignal::new(Stored::default()),
        shared: RwSignal::new(None),
        view,
        notices: RwSignal::new(notices0),
        messages: RwSignal::new(Vec::new()),
        busy: RwSignal::new(true),
        protected: StoredValue::new(Vec::new()),
        opened: RwSignal::new(None),
        analyses: RwSignal::new(0),
        progress: RwSignal::new(None),
        generation: StoredValue::new(0),
        drawing: RwSignal::new(false),
        export_ready: RwSignal::new(false),
    };
    provide_context(ctx);
    // every long list shows all its rows while the page prints
    crate::components::pager::Printing::listen();
    // back/forward: read the view from the URL again
    gloo::events::EventListener::new(&gloo::utils::window(), "popstate", move |_| {
        let (mut v, mut notes) = View::parse(&location_query());
        if let Some(r) = report.get_untracked() {
            notes.extend(v.validate(&r));
        }
        ctx.notices.set(notes);
        view.set(v);
    })
    .forget();
    // other tabs' changes to the stored articles
    let pending = StoredValue::new(Vec::new());
    gloo::events::EventListener::new(&gloo::utils::window(), "storage", move |e| {
        if let Some(e) = e.dyn_ref::<web_sys::StorageEvent>() {
            on_storage(ctx, pending, e);
        }
    })
    .forget();
    // the corpus: a shared link's articles, else the stored ones
    leptos::task::spawn_local(async move {
        match shared_payload().await {
            Some(Ok(st)) => {
                ctx.shared.set(Some(st.articles.len()));
                ctx.corpus.set(st);
            }
            Some(Err(e)) => {
                ctx.say(
                    true,
                    format!("This link's articles could not be opened: {e}."),
                );
                load_stored(ctx);
            }
            None => load_stored(ctx),
        }
        // from now on, every change of the corpus runs the core again: on the newest corpus
        // only. Each change takes a new generation; a run whose generation is no longer the
        // newest when its turn comes is skipped (a newer change follows with its own run), so
        // changes that arrive one after the other cost one analysis, not one each.
        let generation = ctx.generation;
        Effect::new(move |_| {
            ctx.corpus.track();
            let gen = generation.get_value().wrapping_add(1);
            generation.set_value(gen);
            ctx.busy.set(true);
            // the bundled articles alone (their Report is built in, nothing to wait for) are
            // shown at once; any other corpus lets the busy state paint, then is extracted
            let at_once = ctx.opened.get_untracked().is_none()
                && ctx
                    .corpus
                    .with_untracked(|c| c.bundled && c.articles.is_empty());
            let go = move || {
                if generation.get_value() != gen {
                    return;
                }
                let b = ctx.bundled.get_value();
                let inputs =
                    Arc::new(ctx.corpus.with_untracked(|c| {
                        corpus::inputs(c.bundled.then_some(&b[..]), &c.articles)
                    }));
                // a Report opened from a file stays on screen; the texts serve its reader
                if ctx.opened.get_untracked().is_some() {
                    ctx.inputs.set(inputs);
                    ctx.busy.set(false);
                    return;
                }
                // the worker reads them; only this generation's answer is taken
                let texts = inputs.clone();
                let on: engine::Handler = Rc::new(move |job, event| {
                    if generation.get_value() != job {
                        return;
                    }
                    match event {
                        engine::Event::Progress(done, total) => {
                            ctx.progress.set(Some((done, total)))
                        }
                        engine::Event::Failed(why) => {
                            ctx.progress.set(None);
                            ctx.busy.set(false);
                            ctx.say(true, format!("The articles could not be read: {why}."));
                        }
                        engine::Event::Report(r) => {
                            ctx.progress.set(None);
                            ctx.inputs.set(texts.clone());
                            // a Report opened from a file meanwhile stays on screen
                            if ctx.opened.get_untracked().is_some() {
                                ctx.busy.set(false);
                                return;
                            }
                            let r = Arc::new(*r);
                            ctx.analyses.update(|n| *n += 1);
                            let mut v = view.get_untracked();
                            let notes = v.validate(&r);
                            if !notes.is_empty() {
                                ctx.notices.update(|n| n.extend(notes));
                                write_url(&v, false, ctx.shared.get_untracked().is_some());
                                view.set(v);
                            }
                            report.set(Some(r));
                            ctx.busy.set(false);
                        }
                    }
                });
                ctx.progress.set(None);
                // the bundled articles alone: their Report was computed at build time by the
                // same core, so the dashboard draws without waiting for the worker, which
                // starts once it is drawn
                let only_bundled = ctx
                    .corpus
                    .with_untracked(|c| c.bundled && c.articles.is_empty());
                if let Some(r) = only_bundled.then(crate::bundled::report).flatten() {
                    on(gen, engine::Event::Report(Box::new(r)));
                    gloo::timers::callback::Timeout::new(1000, engine::warm).forget();
                    return;
                }
                engine::run(gen, &inputs, on);
            };
            if at_once {
                go();
            } else {
                gloo::timers::callback::Timeout::new(16, go).forget();
            }
        });
    });
    view! {
        <a class="skip" href="#main">"Skip to the dashboard"</a>
        <header class="top">
            <div class="brand">
                <h1>"Crosscheck"</h1>
                <p class="tagline">"What the articles claim — casualty figures, truce attempts, actor stances — each traced to its sentence."</p>
            </div>
            <div class="toolbar">
                <Drawer id="articles-drawer" labelledby="add-h" label="Articles" class="open-articles">
                    <AddPanel />
                    <OpenReport />
                </Drawer>
                <Drawer id="export-drawer" labelledby="exp-h" label="Export and share" class="open-export" opened=ctx.export_ready>
                    {move || match ctx.export_ready.get().then(|| ctx.filtered.get()).flatten() {
                        Some(r) => view! { <ExportPanel view=r /> }.into_any(),
                        None => view! {
                            <section class="panel export" aria-labelledby="exp-h">
                                <h2 id="exp-h">"Export and share"</h2>
                                <p>"Reading the articles…"</p>
                            </section>
                        }.into_any(),
                    }}
                </Drawer>
            </div>
        </header>
        <Notices />
        <main id="main" aria-busy=move || (ctx.busy.get() || ctx.drawing.get()).to_string() data-analyses=move || ctx.analyses.get().to_string()>
            <OpenedBanner />
            <Messages />
            {move || match report.get() {
                None => view! {
                    <div class="loading" role="status" aria-live="polite">
                        <p>"Reading the articles…"</p>
                        <div class="bar" aria-hidden="true"><div class="bar-fill"></div></div>
                    </div>
                }.into_any(),
                Some(r) => view! { <Dashboard full=r /> }.into_any(),
            }}
        </main>
        <footer class="foot">
            <p>
                "Computed in your browser by the Crosscheck core (v" {crosscheck_core::VERSION} "); your articles never leave it. "
                "Country data: world-countries (ODbL-1.0)."
            </p>
        </footer>
    }
}

fn load_stored(ctx: Ctx) {
    ctx.corpus.set(read_stored(ctx));
}

/// The stored articles. Says why when storage cannot be read, keeps unreadable entries aside
/// (or protects them where they are), and finishes a migration from the older layout.
fn read_stored(ctx: Ctx) -> Stored {
    let items = match browser::load() {
        Ok(items) => items,
        Err(e) => {
            ctx.say(
                true,
                format!("Your articles cannot be kept between visits: {e}. Articles you add stay on this page until you close it."),
            );
            return Stored::default();
        }
    };
    let loaded = store::load(&items);
    for (key, why) in &loaded.unreadable {
        let raw = items
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.as_str())
            .unwrap_or_default();
        match browser::set_aside(key, raw) {
            Ok(aside) => ctx.say(
                true,
                format!("A stored entry could not be read (“{key}”: {why}). It was kept aside, untouched, under “{aside}”."),
            ),
            Err(e) => {
                ctx.protected.update_value(|p| p.push(key.clone()));
                ctx.say(
                    true,
                    format!("A stored entry could not be read (“{key}”: {why}) nor kept aside ({e}); it is left as it is and never overwritten."),
                );
            }
        }
    }
    if !loaded.migrate.is_empty() {
        if let Err(e) = browser::write(&loaded.migrate, &ctx.protected.get_value()) {
            ctx.say(
                true,
                format!("Your stored articles could not be moved to the new layout ({e}); they stay where they are."),
            );
        }
    }
    loaded.stored
}

/// How many parts the dashboard is drawn in after its first (the filter bar and the casualty
/// figures, drawn at once), one task each.
const PARTS: u8 = 6;

/// The dashboard of one Report: built once per Report, a part at a time (the filter bar and the
/// casualty figures, the first figures on screen; the other panels one by one; the summary
/// last, so that the headline shows once everything is there),
/// each part in a task of its own, so that drawing a large Report never holds the page for
/// long. Each panel then follows the filtered Report itself (memoised views, keyed rows, long
/// lists paged), so that a filter change redraws only what it changes.
#[component]
fn Dashboard(full: Arc<Report>) -> impl IntoView {
    let ctx = use_ctx();
    // this dashboard's Report as the filters leave it
    let own = full.clone();
    let filtered = Memo::new_with_compare(
        move |_| Some(ctx.filters.with(|v| filter(&own, v))),
        new_report,
    );
    let changes = Memo::new(move |n: Option<&u64>| {
        filtered.track();
        n.map_or(0, |n| n + 1)
    });
    provide_context(Shown { filtered, changes });
    let drawn = RwSignal::new(0u8);
    ctx.drawing.set(true);
    // after each part is drawn and painted, the next one in a task of its own: the next frame
    // first (so that what is drawn shows before more is built), or 100 ms, whichever comes
    // first (a page out of sight gets no frames)
    Effect::new(move |_| {
        if drawn.get() < PARTS {
            let stepped = Rc::new(std::cell::Cell::new(false));
            let step = move || {
                if !stepped.replace(true) {
                    drawn.try_update(|n| *n += 1);
                }
            };
            let after_frame = step.clone();
            request_animation_frame(move || {
                gloo::timers::callback::Timeout::new(0, after_frame).forget();
            });
            gloo::timers::callback::Timeout::new(100, step).forget();
        } else {
            ctx.drawing.set(false);
            if !ctx.export_ready.get_untracked() {
                ctx.export_ready.set(true);
            }
        }
    });
    // a part shows once its turn has come (what `<Show>` does, through one function for all)
    let part = move |k: u8, draw: Box<dyn Fn() -> AnyView + Send + Sync>| {
        let on = Memo::new(move |_| drawn.get() >= k);
        part_view(on, draw)
    };
    let (f1, f2, f3, f4, f5, f6) = (
        full.clone(),
        full.clone(),
        full.clone(),
        full.clone(),
        full.clone(),
        full.clone(),
    );
    view! {
        {part(PARTS, Box::new(move || (move || filtered.get().map(|r| view! { <Summary report=r /> })).into_any()))}
        <FilterBar full=full.clone() />
        <div class="panels">
            {part(0, Box::new(move || view! { <CasualtyPanel full=f1.clone() /> }.into_any()))}
            {part(1, Box::new(move || view! { <TrucePanel full=f2.clone() /> }.into_any()))}
            {part(2, Box::new(move || view! { <ClaimsOverTime full=f3.clone() /> }.into_any()))}
            {part(3, Box::new(move || view! { <StancePanel full=f4.clone() /> }.into_any()))}
            {part(4, Box::new(move || view! { <SourcesPanel full=f5.clone() /> }.into_any()))}
        </div>
        {part(5, Box::new(move || view! { <Reader full=f6.clone() /> }.into_any()))}
    }
}

/// A part of the dashboard: nothing until `on` turns true, then what `draw` gives, drawn once.
fn part_view(on: Memo<bool>, draw: Box<dyn Fn() -> AnyView + Send + Sync>) -> AnyView {
    (move || on.get().then(&draw)).into_any()
}
