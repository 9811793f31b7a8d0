//! Paging of a long list: the first [`PAGE`] rows show (a list inside a row: [`SHORT`]), and
//! under them how many of how many
//! ("Showing 100 of 5,234 figures") with "Show 100 more" and "Show all". When the filters
//! change, the list shows its first page again, so a filter change draws at most a page of rows.
//! The pager states its counts in `data-shown` and `data-total` too, for the tests.
//!
//! Printing shows every row: a page that must print is never paged ([`Printing`]).

use crate::app::use_shown;
use crosscheck_web::format::thousands;
use leptos::prelude::*;

/// How many rows a long list shows at first, and how many more each "Show more" adds.
pub const PAGE: usize = 100;

/// A short page, for the lists inside a row (the articles and links of one source, the
/// mentions of one attempt), which can each hold most of a bundle.
pub const SHORT: usize = 10;

/// Whether the page is being printed: true from the window's `beforeprint` to its `afterprint`
/// (Ctrl+P, the browser's Print, a PDF). Every [`Paging`] follows it: while printing, each list
/// (and each list inside a row) shows all the rows the filters select, not just its page, and
/// after printing shows again the rows it showed before ("Show more" is kept). The listeners are
/// registered once, by [`Printing::listen`] in the `App`; `style/main.css` makes the rows
/// drawn (no `content-visibility: auto`) and hides the pager's buttons in print.
#[derive(Clone, Copy)]
pub struct Printing(ReadSignal<bool>);

impl Printing {
    /// Listens to `beforeprint` and `afterprint` for the page's life and provides the context.
    pub fn listen() {
        let (printing, set) = signal(false);
        let window = gloo::utils::window();
        for (event, on) in [("beforeprint", true), ("afterprint", false)] {
            // a listener runs to its end before the browser lays the page out for print, and
            // the lists redraw in the microtasks that follow it, before that too
            gloo::events::EventListener::new(&window, event, move |_| set.set(on)).forget();
        }
        provide_context(Printing(printing));
    }
}

/// How many rows of one list show.
#[derive(Clone, Copy)]
pub struct Paging {
    /// (the filter change it was asked at, how many rows): "Show more" of an earlier view of
    /// the filters does not carry over to the next one.
    more: RwSignal<(u64, usize)>,
    changes: Memo<u64>,
    printing: ReadSignal<bool>,
    /// How many rows show at first, and how many more each "Show more" adds.
    page: usize,
}

impl Paging {
    /// Pages of [`PAGE`] rows.
    pub fn new() -> Self {
        Self::with(PAGE)
    }

    /// Pages of `page` rows.
    pub fn with(page: usize) -> Self {
        Paging {
            more: RwSignal::new((u64::MAX, page)),
            changes: use_shown().changes,
            printing: expect_context::<Printing>().0,
            page,
        }
    }

    /// How many rows to show (tracked: the list follows it): all of them while printing.
    pub fn limit(&self) -> usize {
        if self.printing.get() {
            return usize::MAX;
        }
        let now = self.changes.get();
        match self.more.get() {
            (at, n) if at == now => n,
            _ => self.page,
        }
    }

    fn show(&self, n: usize) {
        self.more.set((self.changes.get_untracked(), n));
    }
}

impl Default for Paging {
    fn default() -> Self {
        Self::new()
    }
}

/// The line under a paged list: nothing while the whole list shows at first.
#[component]
pub fn Pager(
    paging: Paging,
    /// How many rows the list has.
    #[prop(into)]
    total: Signal<usize>,
    /// What the rows are, in the plural ("figures").
    what: &'static str,
) -> impl IntoView {
    move || {
        let total = total.get();
        let shown = paging.limit().min(total);
        (total > paging.page).then(|| {
            let next = paging.page.min(total - shown);
            view! {
                <div class="pager" data-shown=shown data-total=total>
                    <span class="pager-count">{format!("Showing {} of {} {what}", thousands(shown as u64), thousands(total as u64))}</span>
                    {(shown < total).then(|| view! {
                        " "
                        <button type="button" class="more" on:click=move |_| paging.show(shown + next)>{format!("Show {next} more")}</button>
                        " "
                        <button type="button" class="all" on:click=move |_| paging.show(total)>{format!("Show all {}", thousands(total as u64))}</button>
                    })}
                </div>
            }
        })
    }
}
