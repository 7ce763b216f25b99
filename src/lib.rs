pub mod clock;
pub mod domain;
pub mod error;
pub mod store;
