//! A message that is not yet in a language: a catalogue id and its variables. Made
//! where a problem is found (validation, loading), put into words where it is shown,
//! in the language of the run.

use super::{Arg, Lang, msg as format_message};

/// A message id with its variables, or (for text that comes from elsewhere, such as a
/// template engine's own error) a text as it is.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Msg {
    Id(&'static str, Vec<(&'static str, Val)>),
    Text(String),
}

/// The value of a variable: text, or a whole number (which Fluent's plurals read).
/// Numbers with decimals are formatted in Rust and passed as text.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Val {
    Text(String),
    Int(i64),
    /// "`a`, `b` and `c`" in the message's language.
    And(Vec<String>),
    /// "`a`, `b` or `c`" in the message's language.
    Or(Vec<String>),
    /// Another message, in the same language (a table named in a message: "answer A1
    /// of team \"T\"").
    Msg(Box<Msg>),
    /// Several messages, each in the message's language, joined by "; ".
    Parts(Vec<Msg>),
}

impl Msg {
    /// The message in `lang`.
    pub fn render(&self, lang: Lang) -> String {
        match self {
            Msg::Id(id, vars) => {
                let args: Vec<(&str, Arg)> = vars
                    .iter()
                    .map(|(name, v)| {
                        let value = match v {
                            Val::Text(s) => Arg::from(s.as_str()),
                            Val::Int(n) => Arg::from(*n),
                            Val::And(items) => Arg::from(join(lang, items, "list-and")),
                            Val::Or(items) => Arg::from(join(lang, items, "list-or")),
                            Val::Msg(m) => Arg::from(m.render(lang)),
                            Val::Parts(parts) => Arg::from(
                                parts
                                    .iter()
                                    .map(|m| m.render(lang))
                                    .collect::<Vec<_>>()
                                    .join("; "),
                            ),
                        };
                        (*name, value)
                    })
                    .collect();
                format_message(lang, id, &args)
            }
            Msg::Text(s) => s.clone(),
        }
    }

    /// The catalogue id, if the message has one.
    pub fn id(&self) -> Option<&'static str> {
        match self {
            Msg::Id(id, _) => Some(id),
            Msg::Text(_) => None,
        }
    }
}

/// Quoted items joined by commas and the language's last word.
fn join(lang: Lang, items: &[String], last_word: &str) -> String {
    let quoted: Vec<String> = items.iter().map(|s| format!("`{s}`")).collect();
    match quoted.split_last() {
        None => String::new(),
        Some((last, [])) => last.clone(),
        Some((last, rest)) => format!(
            "{} {} {last}",
            rest.join(", "),
            format_message(lang, last_word, &[])
        ),
    }
}

impl Val {
    /// "`a`, `b` and `c`".
    pub fn and(items: &[&str]) -> Val {
        Val::And(items.iter().map(|s| (*s).to_string()).collect())
    }

    /// "`a`, `b` or `c`".
    pub fn or(items: &[&str]) -> Val {
        Val::Or(items.iter().map(|s| (*s).to_string()).collect())
    }
}

impl From<Msg> for Val {
    fn from(m: Msg) -> Self {
        Val::Msg(Box::new(m))
    }
}

impl From<&Msg> for Val {
    fn from(m: &Msg) -> Self {
        Val::Msg(Box::new(m.clone()))
    }
}

impl From<String> for Val {
    fn from(s: String) -> Self {
        Val::Text(s)
    }
}

impl From<&String> for Val {
    fn from(s: &String) -> Self {
        Val::Text(s.clone())
    }
}

impl From<&str> for Val {
    fn from(s: &str) -> Self {
        Val::Text(s.to_string())
    }
}

impl From<&&str> for Val {
    fn from(s: &&str) -> Self {
        Val::Text((*s).to_string())
    }
}

macro_rules! int_val {
    ($($t:ty),*) => {$(
        impl From<$t> for Val {
            fn from(n: $t) -> Self {
                Val::Int(i64::try_from(n).unwrap_or(i64::MAX))
            }
        }
        impl From<&$t> for Val {
            fn from(n: &$t) -> Self {
                Val::Int(i64::try_from(*n).unwrap_or(i64::MAX))
            }
        }
    )*};
}
int_val!(u64, usize);

impl From<i64> for Val {
    fn from(n: i64) -> Self {
        Val::Int(n)
    }
}

impl From<&i64> for Val {
    fn from(n: &i64) -> Self {
        Val::Int(*n)
    }
}

impl From<i32> for Val {
    fn from(n: i32) -> Self {
        Val::Int(n.into())
    }
}

impl From<u32> for Val {
    fn from(n: u32) -> Self {
        Val::Int(n.into())
    }
}

/// A [`Msg`] with named variables: `msg!("score-out-of-range", score = 7, min = 1)`.
#[macro_export]
macro_rules! msg {
    ($id:expr $(, $name:ident = $value:expr)* $(,)?) => {
        $crate::i18n::Msg::Id(
            $id,
            vec![$((stringify!($name), $crate::i18n::Val::from($value))),*],
        )
    };
}

/// Text that does not come from a catalogue (a library's own error text). Everything
/// `scan` says itself belongs in a catalogue: use [`msg!`](crate::msg) for it.
impl From<String> for Msg {
    fn from(s: String) -> Self {
        Msg::Text(s)
    }
}

impl From<&str> for Msg {
    fn from(s: &str) -> Self {
        Msg::Text(s.to_string())
    }
}
