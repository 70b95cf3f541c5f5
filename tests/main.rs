//! The one integration-test binary; a module per area.

mod cli;
mod common;
mod examples;
mod fixtures;
mod history;
mod hostile;
mod report;
mod robust;
mod toml_test;
