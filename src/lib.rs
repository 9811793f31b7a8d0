//! The page's pure logic, shared by the app (`main.rs`) and tested natively under `tests/`:
//! formatting of figures and vocabularies, and (later) the view state and its URL form.

pub mod corpus;
pub mod format;
pub mod state;
