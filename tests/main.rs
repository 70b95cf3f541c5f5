//! The one integration-test binary; a module per area.

mod acceptance;
mod audience;
mod cli;
mod common;
mod compare;
mod editor;
mod examples;
mod explain;
mod figures;
mod files;
mod fixtures;
mod fmt;
mod gfm;
mod hints;
mod history;
mod hostile;
mod import;
mod languages;
mod layering;
mod limits;
mod moments;
mod references;
mod report;
mod robust;
mod spec_compare_history;
mod toml_test;
