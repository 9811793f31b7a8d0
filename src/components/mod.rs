//! The dashboard's panels, one file each.

pub mod casualties;
pub mod sources;
pub mod stances;
pub mod summary;
pub mod truces;
