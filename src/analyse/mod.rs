//! Analysis: scores and statistics computed from the checked model, exactly as the
//! SPEC defines them. Pure functions; knows nothing of templates or files.

pub mod compare;
pub mod folder_history;
pub mod history;
pub mod json_len;
pub mod moments;
pub mod parents;
pub mod progress;
pub mod report;
pub mod rows;
pub mod score;
pub mod summary;
pub mod text_change;
