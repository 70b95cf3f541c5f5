//! The checked domain: a definition and a session as the rest of `scan` needs them.
//! Values here have passed validation (codes exist, scores are on the scale); no I/O,
//! no spans. Built only by `validate`.

use std::fmt;
use std::sync::Arc;

use indexmap::IndexMap;
use serde::Serialize;

/// A team's answers by item code, in definition order. Looked up many times per
/// report, so hashed with foldhash rather than SipHash (keys are item codes of a
/// checked definition; the order is the map's own, not the hash's).
pub type Answers = IndexMap<String, Answer, foldhash::fast::RandomState>;

/// A scan definition: criteria, items, scale and organisation types.
#[derive(Debug, Clone, Serialize)]
pub struct Definition {
    pub id: String,
    pub version: String,
    pub title: String,
    pub language: String,
    pub description: Option<String>,
    pub scale: Scale,
    /// Organisation type id → label, in file order.
    pub types: IndexMap<String, String>,
    pub criteria: Vec<Criterion>,
    #[serde(skip)]
    pub origin: Origin,
}

/// Where a definition came from.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum Origin {
    #[default]
    Builtin,
    /// A definition file (the name as shown in messages).
    File(String),
    /// Carried inside a session file.
    Inline(String),
}

#[derive(Debug, Clone, Serialize)]
pub struct Scale {
    pub min: i64,
    pub max: i64,
    pub labels: Vec<String>,
}

impl Scale {
    pub fn contains(&self, score: i64) -> bool {
        (self.min..=self.max).contains(&score)
    }

    pub fn label(&self, score: i64) -> Option<&str> {
        let index = usize::try_from(score.checked_sub(self.min)?).ok()?;
        self.labels.get(index).map(String::as_str)
    }

    /// The label of the nearest whole score, for means like 2.6.
    pub fn label_near(&self, score: f64) -> Option<&str> {
        if !score.is_finite() {
            return None;
        }
        let rounded = score.round().clamp(self.min as f64, self.max as f64) as i64;
        self.label(rounded)
    }

    /// "1–4"
    pub fn range_text(&self) -> String {
        format!("{}–{}", self.min, self.max)
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct Criterion {
    pub code: String,
    pub title: String,
    pub description: Option<String>,
    pub items: Vec<Item>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Item {
    pub code: String,
    /// A short label for tables; the question stands in when absent.
    pub title: Option<String>,
    pub question: String,
    pub help: Option<String>,
    /// The question in parents' words, for the parents' evening and report.
    pub parents: Option<String>,
}

impl Item {
    pub fn label(&self) -> &str {
        self.title.as_deref().unwrap_or(&self.question)
    }

    /// The question as parents read it: in their own words when the definition has
    /// them, else the team's question.
    pub fn parents_question(&self) -> &str {
        self.parents.as_deref().unwrap_or(&self.question)
    }
}

impl Definition {
    pub fn criterion(&self, code: &str) -> Option<&Criterion> {
        self.criteria.iter().find(|c| c.code == code)
    }

    /// An item and the criterion it belongs to.
    pub fn item(&self, code: &str) -> Option<(&Criterion, &Item)> {
        self.criteria
            .iter()
            .find_map(|c| c.items.iter().find(|i| i.code == code).map(|i| (c, i)))
    }

    pub fn items(&self) -> impl Iterator<Item = &Item> {
        self.criteria.iter().flat_map(|c| c.items.iter())
    }

    pub fn item_count(&self) -> usize {
        self.criteria.iter().map(|c| c.items.len()).sum()
    }

    /// Position of a criterion or item code in definition order, a criterion before
    /// its items (A, A1, A2, B, …); for sorting targets and actions.
    pub fn code_rank(&self, code: &str) -> Option<usize> {
        let mut n = 0;
        for c in &self.criteria {
            if c.code == code {
                return Some(n);
            }
            n += 1;
            for i in &c.items {
                if i.code == code {
                    return Some(n);
                }
                n += 1;
            }
        }
        None
    }

    /// Position of an item in definition order, for sorting.
    pub fn item_index(&self, code: &str) -> Option<usize> {
        self.items().position(|i| i.code == code)
    }
}

/// One session file: who took part, each team's answers, targets and the plan.
#[derive(Debug, Clone)]
pub struct Session {
    /// The file's name as shown in messages.
    pub file: String,
    pub definition: Arc<Definition>,
    pub info: SessionInfo,
    pub teams: Vec<Team>,
    /// Item or criterion code → target score, in definition order.
    pub targets: IndexMap<String, f64>,
    pub actions: Vec<Action>,
}

#[derive(Debug, Clone, Default, Serialize)]
pub struct SessionInfo {
    pub organisation: String,
    pub location: Option<String>,
    /// `YYYY-MM-DD`
    pub date: Option<String>,
    pub facilitator: Option<String>,
    pub guests: Vec<String>,
    pub notes: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Role {
    Professionals,
    Parents,
    Partners,
}

impl Role {
    pub const ALL: [Role; 3] = [Role::Professionals, Role::Parents, Role::Partners];

    pub fn as_str(self) -> &'static str {
        match self {
            Role::Professionals => "professionals",
            Role::Parents => "parents",
            Role::Partners => "partners",
        }
    }

    pub fn parse(s: &str) -> Option<Role> {
        Role::ALL.into_iter().find(|r| r.as_str() == s)
    }
}

impl fmt::Display for Role {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

#[derive(Debug, Clone)]
pub struct Team {
    pub name: String,
    /// A key of the definition's `types`.
    pub kind: String,
    pub role: Role,
    /// When this team answered (`YYYY-MM-DD`), if not on the session's date.
    pub date: Option<String>,
    /// How many people took part.
    pub participants: Option<u64>,
    /// Item code → answer, in definition order.
    pub answers: Answers,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Hash, Serialize)]
pub struct Answer {
    pub score: Option<i64>,
    pub votes: Vec<i64>,
    pub text: Option<String>,
    pub examples: Vec<String>,
    pub na: bool,
}

impl Answer {
    /// Neither score, votes, text, examples nor `na`.
    pub fn is_unanswered(&self) -> bool {
        self.score.is_none()
            && self.votes.is_empty()
            && self.text.as_deref().is_none_or(|t| t.trim().is_empty())
            && self.examples.is_empty()
            && !self.na
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    Planned,
    Doing,
    Done,
}

impl Status {
    pub const ALL: [Status; 3] = [Status::Planned, Status::Doing, Status::Done];

    pub fn as_str(self) -> &'static str {
        match self {
            Status::Planned => "planned",
            Status::Doing => "doing",
            Status::Done => "done",
        }
    }

    pub fn parse(s: &str) -> Option<Status> {
        Status::ALL.into_iter().find(|r| r.as_str() == s)
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct Action {
    pub title: String,
    /// An item or criterion code.
    pub item: Option<String>,
    pub owner: Option<String>,
    /// `YYYY-MM-DD`
    pub due: Option<String>,
    pub status: Status,
    /// Markdown.
    pub notes: Option<String>,
}
