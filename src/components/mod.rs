//! The dashboard's panels and widgets, one file each.

pub mod add;
pub mod casualties;
pub mod disagreements;
pub mod drawer;
pub mod export;
pub mod filters;
pub mod keyed;
pub mod messages;
pub mod notices;
pub mod open_report;
pub mod opened;
pub mod pager;
pub mod reader;
pub mod sources;
pub mod stances;
pub mod summary;
pub mod timeline;
pub mod truces;
