//! Short texts made safe once per thread: a batch of sessions with one definition shows
//! the same questions, help texts and labels in every report, and each went through
//! comrak again in each of them.

use std::cell::RefCell;
use std::collections::HashMap;

/// Texts longer than this are made anew each time: answers are long and seldom the
/// same, and a key would cost more than it saves.
pub const KEPT_MAX_BYTES: usize = 256;

/// How many results a thread keeps before it starts again.
const KEPT_MAX: usize = 2048;

/// Which filter made a result: the same text made safe for HTML or for Markdown, as a
/// block or inline, gives different results.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Filter {
    Html,
    HtmlText,
    HtmlInline,
    Markdown,
    MarkdownText,
}

type Key = (Filter, String, String);

thread_local! {
    static KEPT: RefCell<HashMap<Key, String>> = RefCell::new(HashMap::new());
}

/// What `make` gives for `text` (and `prefix`) through `filter`: kept from an earlier
/// call with the same three on this thread when `text` is short, else made now. `make`
/// must depend on nothing but them.
pub fn kept(filter: Filter, text: &str, prefix: &str, make: impl FnOnce() -> String) -> String {
    if text.len() > KEPT_MAX_BYTES || prefix.len() > KEPT_MAX_BYTES {
        return make();
    }
    let key = (filter, text.to_string(), prefix.to_string());
    if let Some(made) = KEPT.with_borrow(|kept| kept.get(&key).cloned()) {
        return made;
    }
    let made = make();
    KEPT.with_borrow_mut(|kept| {
        if kept.len() >= KEPT_MAX {
            kept.clear();
        }
        kept.insert(key, made.clone());
    });
    made
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn made_once_per_text_filter_and_prefix() {
        let calls = std::cell::Cell::new(0);
        let make = |s: &str| {
            calls.set(calls.get() + 1);
            s.to_uppercase()
        };
        assert_eq!(kept(Filter::Html, "a", "", || make("a")), "A");
        assert_eq!(kept(Filter::Html, "a", "", || make("a")), "A");
        assert_eq!(calls.get(), 1, "the second came from what was kept");
        // Another filter, another prefix, another text: made anew.
        assert_eq!(kept(Filter::Markdown, "a", "", || make("b")), "B");
        assert_eq!(kept(Filter::Markdown, "a", "> ", || make("c")), "C");
        assert_eq!(kept(Filter::Markdown, "ab", "", || make("d")), "D");
        assert_eq!(calls.get(), 4);
        // Long texts are never kept.
        let long = "x".repeat(KEPT_MAX_BYTES + 1);
        kept(Filter::Html, &long, "", || make("e"));
        kept(Filter::Html, &long, "", || make("e"));
        assert_eq!(calls.get(), 6);
        // Never more than the limit.
        for i in 0..KEPT_MAX + 10 {
            kept(Filter::HtmlText, &i.to_string(), "", String::new);
        }
        assert!(KEPT.with_borrow(|k| k.len()) <= KEPT_MAX);
    }
}
