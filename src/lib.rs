//! The page's pure logic, shared by the app (`main.rs`) and tested natively under `tests/`:
//! formatting of figures and vocabularies, the URL view state, which sources carry each figure
//! (provenance), where the reports disagree, the user's articles, their layout in browser storage,
//! share links, a Report file the user opens, and the messages to and from the worker that runs
//! the core (`engine_msg`).

pub mod corpus;
pub mod disagreements;
pub mod engine_msg;
pub mod format;
pub mod provenance;
pub mod report_file;
pub mod share;
pub mod state;
pub mod store;
