//! Comparing many teams: the statistics of the SPEC ("Machine-readable output") per
//! item, per criterion and per group, and professionals against parents per group.
//!
//! Built for thousands of session files: a [`Compare`] is fed one session at a time and
//! keeps only what the statistics need (counts, word and example sums, and the scores
//! themselves, which the exact median requires), never the answers' texts. Partial
//! comparisons of consecutive chunks of the input can be [`Compare::merge`]d in input
//! order; the result is then the same, to the last bit, as feeding every session in one
//! go. Scores are kept in input order and every mean is computed by
//! [`crate::analyse::score`], so another tool that follows the SPEC gets the same numbers.
//!
//! Pure: knows nothing of files, templates or output formats.

use std::cmp::Ordering;
use std::collections::BTreeMap;
use std::sync::Arc;

use super::rows::{Made, Rows};
use indexmap::IndexMap;
use serde::Serialize;

use crate::analyse::report::ComparedWith;
use crate::analyse::score;
use crate::model::{Answer, Definition, Role, Session, Team};

/// What teams are grouped by.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum GroupBy {
    /// The organisation type (`type` of a team), named by the definition's label.
    Type,
    /// The team's name; teams of the same name in different files form one group.
    Team,
    /// `[session].organisation`.
    Organisation,
    /// professionals, parents, partners.
    Role,
    /// The session file.
    File,
}

impl GroupBy {
    pub fn as_str(self) -> &'static str {
        match self {
            GroupBy::Type => "type",
            GroupBy::Team => "team",
            GroupBy::Organisation => "organisation",
            GroupBy::Role => "role",
            GroupBy::File => "file",
        }
    }
}

/// Which teams are compared.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum RoleFilter {
    Professionals,
    Parents,
    Partners,
    All,
}

impl RoleFilter {
    pub fn admits(self, role: Role) -> bool {
        match self {
            RoleFilter::Professionals => role == Role::Professionals,
            RoleFilter::Parents => role == Role::Parents,
            RoleFilter::Partners => role == Role::Partners,
            RoleFilter::All => true,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            RoleFilter::Professionals => "professionals",
            RoleFilter::Parents => "parents",
            RoleFilter::Partners => "partners",
            RoleFilter::All => "all",
        }
    }
}

/// How to compare.
#[derive(Debug, Clone, Copy)]
pub struct Options {
    pub by: GroupBy,
    pub role: RoleFilter,
    /// Count the examples per item and group (free text; only when asked).
    pub examples: bool,
}

/// The SPEC's statistics of one item or criterion over one group.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Stats {
    /// Teams in the group (whose definition has this item or criterion).
    pub teams: u64,
    /// Teams whose answer is not unanswered (`na` counts); for a criterion, teams that
    /// answered at least one of its items.
    pub answered: u64,
    /// Teams with a score.
    pub scored: u64,
    pub mean: Option<f64>,
    pub median: Option<f64>,
    pub min: Option<f64>,
    pub max: Option<f64>,
    /// Population standard deviation.
    pub sd: Option<f64>,
    /// answered / teams.
    pub completeness: Option<f64>,
    /// Mean word count of the text of answered answers (for a criterion: of every
    /// answered answer to one of its items).
    pub words: Option<f64>,
    /// Mean number of examples of answered answers (for a criterion: as `words`).
    pub examples: Option<f64>,
    /// Votes behind the scores: for an item, every vote its teams gave (one per
    /// member or respondent); for a criterion, per team the most votes on one of its
    /// items, added up. An agreed score without votes adds none.
    pub voters: u64,
}

/// What the statistics of one (item or criterion, group) need, and nothing more.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Acc {
    teams: u64,
    /// Teams that answered (for a criterion: at least one item).
    answered: u64,
    /// Answered answers that words and examples are averaged over: for an item the
    /// same as `answered`; for a criterion every answered answer to one of its items.
    answers: u64,
    words: u64,
    examples: u64,
    voters: u64,
    /// In input order, so sums are the same however the work was split.
    scores: Vec<f64>,
}

/// What the statistics need of one team's answer to one item, worked out once per
/// answer (counting words is the costly part) and then fed to every accumulator that
/// the team counts in.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Facts {
    /// Not unanswered (`na` counts).
    pub answered: bool,
    /// Words of the text and number of examples (of an answered answer).
    pub words: u64,
    pub examples: u64,
    /// The item score ([`score::item_score`]).
    pub score: Option<f64>,
    /// How many votes the answer has.
    pub votes: u64,
}

impl Facts {
    /// `None`: the team left the item out.
    pub fn of(answer: Option<&Answer>) -> Facts {
        match answer {
            Some(a) if !a.is_unanswered() => Facts {
                answered: true,
                words: a.text.as_deref().map_or(0, score::word_count) as u64,
                examples: a.examples.len() as u64,
                score: score::item_score(a),
                votes: a.votes.len() as u64,
            },
            _ => Facts::default(),
        }
    }
}

/// A team's facts for every item of a criterion, in the criterion's item order.
fn criterion_facts<'f>(facts: &'f [Facts], def: &Definition, criterion: usize) -> &'f [Facts] {
    let start: usize = def.criteria[..criterion]
        .iter()
        .map(|c| c.items.len())
        .sum();
    let len = def.criteria[criterion].items.len();
    facts.get(start..start + len).unwrap_or_default()
}

impl Acc {
    /// One team's answer to an item.
    pub fn add_item(&mut self, f: &Facts) {
        self.teams += 1;
        self.voters += f.votes;
        if f.answered {
            self.answered += 1;
            self.add_answer(f);
        }
        if let Some(s) = f.score {
            self.scores.push(s);
        }
    }

    /// One team's answers to a criterion's items (in its item order). The criterion
    /// score is the mean of the item scores, in item order, exactly as
    /// [`score::criterion_score`] computes it.
    pub fn add_criterion(&mut self, items: &[Facts]) {
        self.teams += 1;
        self.voters += items.iter().map(|f| f.votes).max().unwrap_or(0);
        let mut any = false;
        for f in items.iter().filter(|f| f.answered) {
            any = true;
            self.add_answer(f);
        }
        if any {
            self.answered += 1;
        }
        let scores: Vec<f64> = items.iter().filter_map(|f| f.score).collect();
        if let Some(s) = score::mean(&scores) {
            self.scores.push(s);
        }
    }

    fn add_answer(&mut self, f: &Facts) {
        self.answers += 1;
        self.words += f.words;
        self.examples += f.examples;
    }

    /// Appends `other`, which holds teams that come after this one's in input order.
    pub fn merge(&mut self, other: Acc) {
        self.teams += other.teams;
        self.answered += other.answered;
        self.answers += other.answers;
        self.words += other.words;
        self.examples += other.examples;
        self.voters += other.voters;
        self.scores.extend(other.scores);
    }

    pub fn mean(&self) -> Option<f64> {
        score::mean(&self.scores)
    }

    pub fn stats(&self) -> Stats {
        self.stats_of(self.teams)
    }

    /// No team answered anything.
    const EMPTY: Acc = Acc {
        teams: 0,
        answered: 0,
        answers: 0,
        words: 0,
        examples: 0,
        voters: 0,
        scores: Vec::new(),
    };

    /// The statistics over `teams` teams: those fed in, and those that only count
    /// (they answered nothing).
    fn stats_of(&self, teams: u64) -> Stats {
        let per_answer = |sum: u64| (self.answers > 0).then(|| sum as f64 / self.answers as f64);
        Stats {
            teams,
            answered: self.answered,
            scored: self.scores.len() as u64,
            mean: score::mean(&self.scores),
            median: score::median(&self.scores),
            min: self.scores.iter().copied().reduce(f64::min),
            max: self.scores.iter().copied().reduce(f64::max),
            sd: score::sd(&self.scores),
            completeness: (teams > 0).then(|| self.answered as f64 / teams as f64),
            words: per_answer(self.words),
            examples: per_answer(self.examples),
            voters: self.voters,
        }
    }
}

/// How often an example was given, counted under a normalised spelling (case and
/// spacing ignored) and shown in the spelling met first.
#[derive(Debug, Clone, Default, PartialEq)]
struct ExampleCounts(BTreeMap<String, (String, u64)>);

impl ExampleCounts {
    fn add(&mut self, example: &str) {
        let shown = example.split_whitespace().collect::<Vec<_>>().join(" ");
        if shown.is_empty() {
            return;
        }
        let key = shown.to_lowercase();
        self.0.entry(key).or_insert((shown, 0)).1 += 1;
    }

    fn merge(&mut self, other: ExampleCounts) {
        for (key, (shown, n)) in other.0 {
            self.0.entry(key).or_insert((shown, 0)).1 += n;
        }
    }

    /// Most frequent first; equal counts in alphabetical order.
    fn sorted(&self) -> Vec<ExampleCount> {
        let mut list: Vec<ExampleCount> = self
            .0
            .values()
            .map(|(text, count)| ExampleCount {
                text: text.clone(),
                count: *count,
            })
            .collect();
        list.sort_by_key(|e| std::cmp::Reverse(e.count));
        list
    }
}

/// One example and how many teams of a group gave it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ExampleCount {
    pub text: String,
    pub count: u64,
}

/// Accumulators kept only where a team answered something, by index into the
/// comparison's table of item (or criterion) codes, in index order. A team that
/// answered nothing only adds to a count of teams: with a group per team, keeping an
/// accumulator per group and item for it cost memory many times the input's size.
#[derive(Debug, Clone)]
struct Sparse<T>(Vec<(u32, T)>);

impl<T> Default for Sparse<T> {
    fn default() -> Self {
        Sparse(Vec::new())
    }
}

impl<T: Default> Sparse<T> {
    fn slot(&mut self, index: u32) -> &mut T {
        let at = match self.0.binary_search_by_key(&index, |(i, _)| *i) {
            Ok(at) => at,
            Err(at) => {
                self.0.insert(at, (index, T::default()));
                at
            }
        };
        &mut self.0[at].1
    }

    fn get(&self, index: u32) -> Option<&T> {
        let at = self.0.binary_search_by_key(&index, |(i, _)| *i).ok()?;
        Some(&self.0[at].1)
    }

    /// Appends `other`'s (later) accumulators, its indexes turned into ours by `map`.
    fn merge(&mut self, other: Sparse<T>, map: &[u32], mut merge: impl FnMut(&mut T, T)) {
        for (i, acc) in other.0 {
            merge(self.slot(map[i as usize]), acc);
        }
    }
}

/// Where one partial comparison's indexes (definitions, item codes, criterion codes)
/// are in the comparison it is merged into.
struct Remap {
    defs: Vec<u32>,
    items: Vec<u32>,
    criteria: Vec<u32>,
}

/// The compared teams of one group.
#[derive(Debug, Clone, Default)]
struct GroupAcc {
    teams: u64,
    /// The organisation types of its teams, in the order met.
    types: Vec<String>,
    /// Teams per definition (index into `Compare::definitions`): a team counts for
    /// every item and criterion of its definition, answered or not.
    defs: Vec<(u32, u64)>,
    items: Sparse<Acc>,
    criteria: Sparse<Acc>,
    examples: Sparse<ExampleCounts>,
}

impl GroupAcc {
    fn merge(&mut self, other: GroupAcc, map: &Remap) {
        self.teams += other.teams;
        for t in other.types {
            if !self.types.contains(&t) {
                self.types.push(t);
            }
        }
        for (d, n) in other.defs {
            count_def(&mut self.defs, map.defs[d as usize], n);
        }
        self.items.merge(other.items, &map.items, Acc::merge);
        self.criteria
            .merge(other.criteria, &map.criteria, Acc::merge);
        self.examples
            .merge(other.examples, &map.items, ExampleCounts::merge);
    }

    /// Teams of the group whose definition has the item or criterion: `has[d]` for
    /// definition `d`.
    fn teams_with(&self, has: impl Fn(usize) -> bool) -> u64 {
        self.defs
            .iter()
            .filter(|(d, _)| has(*d as usize))
            .map(|(_, n)| n)
            .sum()
    }
}

fn count_def(defs: &mut Vec<(u32, u64)>, d: u32, n: u64) {
    match defs.iter_mut().find(|(x, _)| *x == d) {
        Some((_, m)) => *m += n,
        None => defs.push((d, n)),
    }
}

/// The accumulators of one role's teams in one group, for professionals vs parents.
#[derive(Debug, Clone, Default)]
struct Side {
    teams: u64,
    /// The definitions of its teams, in the order met: which codes it has, in the
    /// order met.
    defs: Vec<u32>,
    items: Sparse<Acc>,
    criteria: Sparse<Acc>,
}

impl Side {
    fn add(&mut self, facts: &[Facts], def: &Definition, d: u32, slots: &Slots) {
        self.teams += 1;
        if !self.defs.contains(&d) {
            self.defs.push(d);
        }
        for (f, &s) in facts.iter().zip(&slots.items) {
            if f.answered {
                self.items.slot(s).add_item(f);
            }
        }
        for (ci, &s) in slots.criteria.iter().enumerate() {
            let cfacts = criterion_facts(facts, def, ci);
            if cfacts.iter().any(|f| f.answered) {
                self.criteria.slot(s).add_criterion(cfacts);
            }
        }
    }

    fn merge(&mut self, other: Side, map: &Remap) {
        self.teams += other.teams;
        for d in other.defs {
            let d = map.defs[d as usize];
            if !self.defs.contains(&d) {
                self.defs.push(d);
            }
        }
        self.items.merge(other.items, &map.items, Acc::merge);
        self.criteria
            .merge(other.criteria, &map.criteria, Acc::merge);
    }

    fn answered(&self) -> bool {
        self.items.0.iter().any(|(_, a)| a.answered > 0)
    }
}

/// Professionals and parents of one group, by type, so that parents are set against
/// the professionals of their own type (the report's pairing).
#[derive(Debug, Clone, Default)]
struct Versus {
    /// Every professionals' team of the group.
    all: Side,
    /// Professionals' teams by type, in the order met (a group has few types: a list
    /// costs less than a map for every group).
    professionals: Vec<(String, Side)>,
    /// Parents' teams by type.
    parents: Vec<(String, Side)>,
}

impl Versus {
    fn merge(&mut self, other: Versus, map: &Remap) {
        self.all.merge(other.all, map);
        for (k, side) in other.professionals {
            side_of(&mut self.professionals, &k).merge(side, map);
        }
        for (k, side) in other.parents {
            side_of(&mut self.parents, &k).merge(side, map);
        }
    }
}

/// The side of type `kind`, made when missing.
fn side_of<'s>(sides: &'s mut Vec<(String, Side)>, kind: &str) -> &'s mut Side {
    let at = match sides.iter().position(|(k, _)| k == kind) {
        Some(at) => at,
        None => {
            sides.push((kind.to_string(), Side::default()));
            sides.len() - 1
        }
    };
    &mut sides[at].1
}

fn side<'s>(sides: &'s [(String, Side)], kind: &str) -> Option<&'s Side> {
    sides.iter().find(|(k, _)| k == kind).map(|(_, s)| s)
}

/// A session's item and criterion codes as indexes into the comparison's tables, in
/// the definition's order.
struct Slots {
    items: Vec<u32>,
    criteria: Vec<u32>,
}

/// The item codes, then the criterion codes, of `defs` (indexes into `uses`) in the
/// order first met: the order in which a comparison met them.
fn codes_met(defs: &[u32], uses: &[DefinitionUse]) -> (Vec<String>, Vec<String>) {
    let mut items: indexmap::IndexSet<String> = indexmap::IndexSet::new();
    let mut criteria: indexmap::IndexSet<String> = indexmap::IndexSet::new();
    for &d in defs {
        for c in &uses[d as usize].definition.criteria {
            for i in &c.items {
                if !items.contains(&i.code) {
                    items.insert(i.code.clone());
                }
            }
            if !criteria.contains(&c.code) {
                criteria.insert(c.code.clone());
            }
        }
    }
    (items.into_iter().collect(), criteria.into_iter().collect())
}

/// What a finished comparison reads its statistics from, made when read: the groups
/// shown, in group order, and which definition has which code.
#[derive(Debug)]
struct Store {
    groups: Vec<GroupAcc>,
    /// `[definition][item index]`: whether the definition has the item.
    item_in_def: Vec<Vec<bool>>,
    crit_in_def: Vec<Vec<bool>>,
}

impl Store {
    fn item_stats(&self, slot: u32, g: usize) -> Stats {
        let group = &self.groups[g];
        let teams = group.teams_with(|d| self.item_in_def[d][slot as usize]);
        match group.items.get(slot) {
            Some(acc) => acc.stats_of(teams),
            None => Acc::EMPTY.stats_of(teams),
        }
    }

    fn criterion_stats(&self, slot: u32, g: usize) -> Stats {
        let group = &self.groups[g];
        let teams = group.teams_with(|d| self.crit_in_def[d][slot as usize]);
        match group.criteria.get(slot) {
            Some(acc) => acc.stats_of(teams),
            None => Acc::EMPTY.stats_of(teams),
        }
    }

    /// Over every group shown, merged in group order (so hidden groups are never part
    /// of a total, and nothing can be recovered by subtracting a total from the groups
    /// shown).
    fn total(&self, slot: u32, criterion: bool) -> Stats {
        let mut total = Acc::default();
        let mut teams = 0;
        for group in &self.groups {
            let (accs, has) = if criterion {
                (&group.criteria, &self.crit_in_def)
            } else {
                (&group.items, &self.item_in_def)
            };
            teams += group.teams_with(|d| has[d][slot as usize]);
            if let Some(acc) = accs.get(slot) {
                total.merge(acc.clone());
            }
        }
        total.stats_of(teams)
    }

    fn examples(&self, slot: u32, g: usize) -> Vec<ExampleCount> {
        self.groups[g]
            .examples
            .get(slot)
            .map(ExampleCounts::sorted)
            .unwrap_or_default()
    }
}

/// The files that use one version of one definition (the first few named).
#[derive(Debug, Clone)]
pub struct DefinitionUse {
    pub definition: Arc<Definition>,
    /// How many files use it.
    pub count: u64,
    /// The first [`DefinitionUse::NAMED`] of them, in input order.
    pub files: Vec<String>,
}

impl DefinitionUse {
    pub const NAMED: usize = 5;
}

/// A comparison being built.
#[derive(Debug, Clone)]
pub struct Compare {
    options: Options,
    /// Every item code met → its criterion's code; accumulators refer to an item by
    /// its index here.
    items: IndexMap<String, String>,
    criteria: indexmap::IndexSet<String>,
    /// The definitions (indexes into `definitions`) of the compared teams, in the
    /// order met: which items and criteria the comparison shows.
    compared: Vec<u32>,
    /// Group key → its compared teams.
    groups: IndexMap<String, GroupAcc>,
    /// Group key ("" when grouped by role) → its professionals and parents.
    versus: IndexMap<String, Versus>,
    definitions: Vec<DefinitionUse>,
    sessions: u64,
}

impl Compare {
    pub fn new(options: Options) -> Self {
        Compare {
            options,
            items: IndexMap::new(),
            criteria: indexmap::IndexSet::new(),
            compared: Vec::new(),
            groups: IndexMap::new(),
            versus: IndexMap::new(),
            definitions: Vec::new(),
            sessions: 0,
        }
    }

    pub fn options(&self) -> Options {
        self.options
    }

    /// Sessions fed so far.
    pub fn sessions(&self) -> u64 {
        self.sessions
    }

    /// The definitions (id and version) met so far, in the order first met.
    pub fn definitions(&self) -> &[DefinitionUse] {
        &self.definitions
    }

    /// Different definition ids cannot be compared; versions of one id can, by code.
    pub fn mixes_definitions(&self) -> bool {
        self.definitions
            .iter()
            .any(|u| u.definition.id != self.definitions[0].definition.id)
    }

    fn group_key(&self, session: &Session, team: &Team) -> String {
        match self.options.by {
            GroupBy::Type => team.kind.clone(),
            GroupBy::Team => team.name.clone(),
            GroupBy::Organisation => session.info.organisation.clone(),
            GroupBy::Role => team.role.as_str().to_string(),
            GroupBy::File => session.file.clone(),
        }
    }

    /// Folds one session in. Sessions must come in input order for the output to be
    /// the same from run to run.
    pub fn add(&mut self, session: &Session) {
        self.sessions += 1;
        let d = self.note_definition(&session.definition, &session.file);
        let def = &*session.definition;
        let slots = Slots {
            items: def
                .criteria
                .iter()
                .flat_map(|c| c.items.iter().map(move |i| (c, i)))
                .map(|(c, i)| self.item_index(&i.code, &c.code))
                .collect::<Vec<u32>>(),
            criteria: def
                .criteria
                .iter()
                .map(|c| self.criteria.insert_full(c.code.clone()).0 as u32)
                .collect(),
        };
        for team in &session.teams {
            let facts: Vec<Facts> = def
                .items()
                .map(|i| Facts::of(team.answers.get(&i.code)))
                .collect();
            let key = self.group_key(session, team);
            if self.options.role.admits(team.role) {
                if !self.compared.contains(&d) {
                    self.compared.push(d);
                }
                let group = match self.groups.get_mut(&key) {
                    Some(g) => g,
                    None => self.groups.entry(key.clone()).or_default(),
                };
                group.teams += 1;
                if !group.types.contains(&team.kind) {
                    group.types.push(team.kind.clone());
                }
                count_def(&mut group.defs, d, 1);
                for ((f, &slot), item) in facts.iter().zip(&slots.items).zip(def.items()) {
                    if f.answered {
                        group.items.slot(slot).add_item(f);
                    }
                    if self.options.examples
                        && let Some(answer) = team.answers.get(&item.code)
                        && !answer.examples.is_empty()
                    {
                        let counts = group.examples.slot(slot);
                        for e in &answer.examples {
                            counts.add(e);
                        }
                    }
                }
                for (ci, &slot) in slots.criteria.iter().enumerate() {
                    let cfacts = criterion_facts(&facts, def, ci);
                    if cfacts.iter().any(|f| f.answered) {
                        group.criteria.slot(slot).add_criterion(cfacts);
                    }
                }
            }
            if team.role == Role::Partners {
                continue;
            }
            let versus_key = if self.options.by == GroupBy::Role {
                String::new()
            } else {
                key
            };
            let versus = self.versus.entry(versus_key).or_default();
            if team.role == Role::Professionals {
                versus.all.add(&facts, def, d, &slots);
                side_of(&mut versus.professionals, &team.kind).add(&facts, def, d, &slots);
            } else {
                side_of(&mut versus.parents, &team.kind).add(&facts, def, d, &slots);
            }
        }
    }

    fn item_index(&mut self, code: &str, criterion: &str) -> u32 {
        match self.items.get_index_of(code) {
            Some(i) => i as u32,
            None => {
                self.items
                    .insert_full(code.to_string(), criterion.to_string())
                    .0 as u32
            }
        }
    }

    /// The index of the definition in `definitions`, counting the file.
    fn note_definition(&mut self, def: &Arc<Definition>, file: &str) -> u32 {
        let found = self
            .definitions
            .iter()
            .position(|u| u.definition.id == def.id && u.definition.version == def.version);
        let at = match found {
            Some(at) => at,
            None => {
                self.definitions.push(DefinitionUse {
                    definition: def.clone(),
                    count: 0,
                    files: Vec::new(),
                });
                self.definitions.len() - 1
            }
        };
        let entry = &mut self.definitions[at];
        entry.count += 1;
        if entry.files.len() < DefinitionUse::NAMED {
            entry.files.push(file.to_string());
        }
        at as u32
    }

    /// Appends a comparison of the sessions that follow this one's in input order.
    pub fn merge(&mut self, other: Compare) {
        // Into an empty comparison the other is taken as it is: no second copy of
        // every group while merging.
        if self.sessions == 0 && self.definitions.is_empty() && self.groups.is_empty() {
            let options = self.options;
            *self = other;
            self.options = options;
            return;
        }
        self.sessions += other.sessions;
        let mut defs = Vec::with_capacity(other.definitions.len());
        for u in other.definitions {
            let found = self.definitions.iter().position(|m| {
                m.definition.id == u.definition.id && m.definition.version == u.definition.version
            });
            match found {
                Some(at) => {
                    let m = &mut self.definitions[at];
                    m.count += u.count;
                    let room = DefinitionUse::NAMED.saturating_sub(m.files.len());
                    m.files.extend(u.files.into_iter().take(room));
                    defs.push(at as u32);
                }
                None => {
                    self.definitions.push(u);
                    defs.push((self.definitions.len() - 1) as u32);
                }
            }
        }
        let map = Remap {
            items: other
                .items
                .into_iter()
                .map(|(code, criterion)| self.item_index(&code, &criterion))
                .collect(),
            criteria: other
                .criteria
                .into_iter()
                .map(|code| self.criteria.insert_full(code).0 as u32)
                .collect(),
            defs,
        };
        for d in other.compared {
            let d = map.defs[d as usize];
            if !self.compared.contains(&d) {
                self.compared.push(d);
            }
        }
        for (k, group) in other.groups {
            self.groups.entry(k).or_default().merge(group, &map);
        }
        for (k, versus) in other.versus {
            self.versus.entry(k).or_default().merge(versus, &map);
        }
    }

    /// The finished comparison, leaving out groups of fewer than `min_group` teams.
    /// `None` when no session was fed, or the sessions use different definitions (see
    /// [`Compare::mixes_definitions`]).
    pub fn finish(mut self, min_group: u64) -> Option<Comparison> {
        if self.definitions.is_empty() || self.mixes_definitions() {
            return None;
        }
        let reference = newest(&self.definitions).definition.clone();
        let defs: Vec<&Definition> = std::iter::once(&*reference)
            .chain(self.definitions.iter().map(|u| &*u.definition))
            .collect();
        let by = self.options.by;

        let mut all_keys: Vec<String> = self.groups.keys().cloned().collect();
        sort_groups(&mut all_keys, by, &defs);
        let names = group_names(&all_keys, by, &defs);
        let teams_of = |k: &String| self.groups.get(k).map_or(0, |g| g.teams);
        let kept: Vec<usize> = (0..all_keys.len())
            .filter(|&i| teams_of(&all_keys[i]) >= min_group)
            .collect();
        let groups: Vec<Group> = kept
            .iter()
            .map(|&i| Group {
                name: names[i].clone(),
                key: all_keys[i].clone(),
                teams: teams_of(&all_keys[i]),
                types: type_labels(self.groups.get(&all_keys[i]).map(|g| &g.types), &defs),
            })
            .collect();
        let left_out = LeftOut {
            groups: all_keys.len() - kept.len(),
            teams: (0..all_keys.len())
                .map(|i| teams_of(&all_keys[i]))
                .filter(|&n| n < min_group)
                .sum(),
        };
        drop(names);

        // The statistics are made when read, from the accumulators of the groups shown.
        let in_def = |codes: &dyn Fn(&Definition) -> Vec<usize>, len: usize| -> Vec<Vec<bool>> {
            self.definitions
                .iter()
                .map(|u| {
                    let mut has = vec![false; len];
                    for i in codes(&u.definition) {
                        has[i] = true;
                    }
                    has
                })
                .collect()
        };
        let item_in_def = in_def(
            &|d: &Definition| {
                d.items()
                    .filter_map(|i| self.items.get_index_of(&i.code))
                    .collect()
            },
            self.items.len(),
        );
        let crit_in_def = in_def(
            &|d: &Definition| {
                d.criteria
                    .iter()
                    .filter_map(|c| self.criteria.get_index_of(&c.code))
                    .collect()
            },
            self.criteria.len(),
        );
        let store = Arc::new(Store {
            groups: kept
                .iter()
                .map(|&i| {
                    self.groups
                        .get_mut(&all_keys[i])
                        .map(std::mem::take)
                        .unwrap_or_default()
                })
                .collect(),
            item_in_def,
            crit_in_def,
        });
        drop(all_keys);
        let (item_codes, criterion_codes) = codes_met(&self.compared, &self.definitions);

        let item_order = code_order(item_codes.iter(), |code| {
            defs.iter().find_map(|d| d.item_index(code))
        });
        let mut items: Vec<ItemStats> = item_order
            .into_iter()
            .enumerate()
            .filter_map(|(position, code)| {
                let slot = self.items.get_index_of(&code)? as u32;
                let st = Arc::clone(&store);
                let stats = Made::new(groups.len(), move |g| st.item_stats(slot, g));
                let total = store.total(slot, false);
                let examples = if self.options.examples {
                    let st = Arc::clone(&store);
                    Made::new(groups.len(), move |g| st.examples(slot, g))
                } else {
                    Made::new(0, |_| Vec::new())
                };
                let (criterion, label) = defs
                    .iter()
                    .find_map(|d| d.item(&code))
                    .map(|(c, i)| (c.code.clone(), i.label().to_string()))
                    .unwrap_or_else(|| (self.items[&code].clone(), code.clone()));
                Some(ItemStats {
                    range: range(stats.iter()),
                    position,
                    code,
                    criterion,
                    label,
                    stats,
                    total,
                    examples,
                })
            })
            .collect();
        // Where groups differ most first; items without a range (fewer than two groups
        // with scores) last; otherwise definition order (the sort is stable).
        items.sort_by(|a, b| match (a.range, b.range) {
            (Some(x), Some(y)) => y.total_cmp(&x),
            (Some(_), None) => Ordering::Less,
            (None, Some(_)) => Ordering::Greater,
            (None, None) => Ordering::Equal,
        });

        let criterion_order = code_order(criterion_codes.iter(), |code| {
            defs.iter()
                .find_map(|d| d.criteria.iter().position(|c| c.code == code))
        });
        let criteria: Vec<CriterionStats> = criterion_order
            .into_iter()
            .filter_map(|code| {
                let slot = self.criteria.get_index_of(&code)? as u32;
                let st = Arc::clone(&store);
                let stats = Made::new(groups.len(), move |g| st.criterion_stats(slot, g));
                let total = store.total(slot, true);
                let title = defs
                    .iter()
                    .find_map(|d| d.criterion(&code))
                    .map_or_else(|| code.clone(), |c| c.title.clone());
                Some(CriterionStats {
                    range: range(stats.iter()),
                    code,
                    title,
                    stats,
                    total,
                })
            })
            .collect();
        let weakest = weakest(&items, groups.len());

        let (versus, versus_left_out) = self.versus_groups(by, &defs, min_group);

        Some(Comparison {
            reference: reference.clone(),
            definition: DefinitionInfo {
                id: reference.id.clone(),
                version: reference.version.clone(),
                title: reference.title.clone(),
                language: reference.language.clone(),
                versions: self
                    .definitions
                    .iter()
                    .map(|u| u.definition.version.clone())
                    .collect(),
                scale_min: reference.scale.min,
                scale_max: reference.scale.max,
            },
            by,
            role: self.options.role,
            min_group,
            sessions: self.sessions,
            teams: groups.iter().map(|g| g.teams).sum(),
            groups: groups.into(),
            left_out,
            items,
            criteria,
            weakest: weakest.into(),
            versus,
            versus_left_out,
        })
    }

    fn versus_groups(
        &self,
        by: GroupBy,
        defs: &[&Definition],
        min_group: u64,
    ) -> (Vec<VersusGroup>, usize) {
        let mut keys: Vec<String> = self
            .versus
            .iter()
            .filter(|(_, v)| v.all.teams > 0 && v.parents.iter().any(|(_, s)| s.answered()))
            .map(|(k, _)| k.clone())
            .collect();
        sort_groups(&mut keys, by, defs);
        let names = if by == GroupBy::Role {
            vec![String::new(); keys.len()]
        } else {
            group_names(&keys, by, defs)
        };
        let mut left_out = 0;
        let mut out = Vec::new();
        for (key, name) in keys.iter().zip(names) {
            let versus = &self.versus[key];
            let mut kinds: Vec<&String> = versus
                .parents
                .iter()
                .filter(|(_, side)| side.answered())
                .map(|(k, _)| k)
                .collect();
            kinds.sort_by_cached_key(|k| {
                let pos = defs.iter().find_map(|d| d.types.get_index_of(k.as_str()));
                (pos.unwrap_or(usize::MAX), k.to_string())
            });
            for kind in kinds {
                let Some(parents) = side(&versus.parents, kind) else {
                    continue;
                };
                let own = side(&versus.professionals, kind).filter(|s| s.teams > 0);
                let (prof, compared_with) = match own {
                    Some(side) => (side, ComparedWith::Type),
                    None => (&versus.all, ComparedWith::All),
                };
                if prof.teams < min_group || parents.teams < min_group {
                    left_out += 1;
                    continue;
                }
                // Per item or criterion: the own type's professionals where they have a
                // mean, else every professionals' team of the group.
                let gap = |code: &str, criterion: bool, label: String| {
                    let slot = if criterion {
                        self.criteria.get_index_of(code)
                    } else {
                        self.items.get_index_of(code)
                    };
                    let mean = |side: &Side| {
                        let accs = if criterion {
                            &side.criteria
                        } else {
                            &side.items
                        };
                        slot.and_then(|i| accs.get(i as u32)).and_then(Acc::mean)
                    };
                    let own_mean = own.and_then(mean);
                    let (professionals, with) = match own_mean {
                        Some(m) => (Some(m), ComparedWith::Type),
                        None => (mean(&versus.all), ComparedWith::All),
                    };
                    let parents_mean = mean(parents);
                    Gap {
                        code: code.to_string(),
                        label,
                        professionals,
                        parents: parents_mean,
                        gap: professionals.zip(parents_mean).map(|(a, b)| a - b),
                        compared_with: with,
                    }
                };
                let (side_items, side_criteria) = codes_met(&versus.all.defs, &self.definitions);
                let criterion_codes = code_order(side_criteria.iter(), |code| {
                    defs.iter()
                        .find_map(|d| d.criteria.iter().position(|c| c.code == code))
                });
                let criteria = criterion_codes
                    .into_iter()
                    .map(|code| {
                        let label = defs
                            .iter()
                            .find_map(|d| d.criterion(&code))
                            .map_or_else(|| code.clone(), |c| c.title.clone());
                        gap(&code, true, label)
                    })
                    .collect();
                let item_codes = code_order(side_items.iter(), |code| {
                    defs.iter().find_map(|d| d.item_index(code))
                });
                let mut items: Vec<Gap> = item_codes
                    .into_iter()
                    .map(|code| {
                        let label = defs
                            .iter()
                            .find_map(|d| d.item(&code))
                            .map_or_else(|| code.clone(), |(_, i)| i.label().to_string());
                        gap(&code, false, label)
                    })
                    .collect();
                // Largest gaps first, either way; items without a gap last.
                items.sort_by(|a, b| match (a.gap, b.gap) {
                    (Some(x), Some(y)) => y.abs().total_cmp(&x.abs()),
                    (Some(_), None) => Ordering::Less,
                    (None, Some(_)) => Ordering::Greater,
                    (None, None) => Ordering::Equal,
                });
                out.push(VersusGroup {
                    name: name.clone(),
                    key: key.clone(),
                    kind: kind.clone(),
                    type_label: defs
                        .iter()
                        .find_map(|d| d.types.get(kind.as_str()))
                        .cloned()
                        .unwrap_or_else(|| kind.clone()),
                    compared_with,
                    professionals: prof.teams,
                    parents: parents.teams,
                    criteria,
                    items,
                });
            }
        }
        (out, left_out)
    }
}

/// Per group, the codes of the (at most) [`WEAKEST`] items with the lowest mean; equal
/// means in definition order. Items without a mean in that group are not weak, only
/// unscored.
fn weakest(items: &[ItemStats], groups: usize) -> Vec<Vec<String>> {
    (0..groups)
        .map(|g| {
            let mut scored: Vec<(f64, usize, &str)> = items
                .iter()
                .filter_map(|i| Some((i.stats.get(g)?.mean?, i.position, i.code.as_str())))
                .collect();
            scored.sort_by(|a, b| a.0.total_cmp(&b.0).then(a.1.cmp(&b.1)));
            scored
                .into_iter()
                .take(WEAKEST)
                .map(|(_, _, code)| code.to_string())
                .collect()
        })
        .collect()
}

/// How many weakest items each group lists.
pub const WEAKEST: usize = 3;

/// The labels of a group's organisation types, in the definition's order of types.
fn type_labels(keys: Option<&Vec<String>>, defs: &[&Definition]) -> Vec<String> {
    let mut keys: Vec<&String> = keys.map(|k| k.iter().collect()).unwrap_or_default();
    keys.sort_by_cached_key(|k| {
        let pos = defs.iter().find_map(|d| d.types.get_index_of(k.as_str()));
        (pos.unwrap_or(usize::MAX), (*k).clone())
    });
    keys.into_iter()
        .map(|k| {
            defs.iter()
                .find_map(|d| d.types.get(k.as_str()))
                .cloned()
                .unwrap_or_else(|| k.clone())
        })
        .collect()
}

/// The definition that names things in the output: the newest version.
fn newest(uses: &[DefinitionUse]) -> &DefinitionUse {
    let mut best = &uses[0];
    for u in &uses[1..] {
        if version_cmp(&u.definition.version, &best.definition.version) == Ordering::Greater {
            best = u;
        }
    }
    best
}

/// Compares versions part by part, numerically where both parts are numbers
/// ("1.10" is newer than "1.9").
pub fn version_cmp(a: &str, b: &str) -> Ordering {
    let mut xs = a.split(['.', '-']);
    let mut ys = b.split(['.', '-']);
    loop {
        match (xs.next(), ys.next()) {
            (None, None) => return a.cmp(b),
            (None, Some(_)) => return Ordering::Less,
            (Some(_), None) => return Ordering::Greater,
            (Some(x), Some(y)) => {
                let o = match (x.parse::<u64>(), y.parse::<u64>()) {
                    (Ok(m), Ok(n)) => m.cmp(&n),
                    _ => x.cmp(y),
                };
                if o != Ordering::Equal {
                    return o;
                }
            }
        }
    }
}

/// Codes in definition order (the first definition that knows a code decides), then
/// codes no definition places, in the order met.
fn code_order<'a>(
    codes: impl Iterator<Item = &'a String>,
    position: impl Fn(&str) -> Option<usize>,
) -> Vec<String> {
    let mut list: Vec<(usize, usize, String)> = codes
        .enumerate()
        .map(|(met, c)| (position(c).unwrap_or(usize::MAX), met, c.clone()))
        .collect();
    list.sort();
    list.into_iter().map(|(_, _, c)| c).collect()
}

/// The documented group order: types in the definition's order; roles as
/// professionals, parents, partners; teams, organisations and files by name
/// (ignoring case).
pub(crate) fn sort_groups(keys: &mut [String], by: GroupBy, defs: &[&Definition]) {
    match by {
        GroupBy::Type => keys.sort_by_cached_key(|k| {
            let pos = defs.iter().find_map(|d| d.types.get_index_of(k.as_str()));
            (pos.unwrap_or(usize::MAX), k.clone())
        }),
        GroupBy::Role => keys.sort_by_cached_key(|k| {
            Role::ALL
                .iter()
                .position(|r| r.as_str() == k)
                .unwrap_or(usize::MAX)
        }),
        GroupBy::Team | GroupBy::Organisation | GroupBy::File => {
            keys.sort_by_cached_key(|k| (k.to_lowercase(), k.clone()));
        }
    }
}

/// What people see: a type's label, the key itself otherwise; made unique, since the
/// names key the statistics in JSON.
pub(crate) fn group_names(keys: &[String], by: GroupBy, defs: &[&Definition]) -> Vec<String> {
    let mut names: Vec<String> = keys
        .iter()
        .map(|k| match by {
            GroupBy::Type => defs
                .iter()
                .find_map(|d| d.types.get(k.as_str()))
                .cloned()
                .unwrap_or_else(|| k.clone()),
            _ if k.trim().is_empty() => "(no name)".to_string(),
            _ => k.clone(),
        })
        .collect();
    // Counted once, so many groups stay linear.
    let mut count: std::collections::HashMap<&str, usize> = std::collections::HashMap::new();
    for n in &names {
        *count.entry(n.as_str()).or_default() += 1;
    }
    let clashes: Vec<bool> = names.iter().map(|n| count[n.as_str()] > 1).collect();
    drop(count);
    for ((name, key), clash) in names.iter_mut().zip(keys).zip(clashes) {
        if clash {
            *name = format!("{name} ({key})");
        }
    }
    // Still equal only in contrived cases ("A (b)" next to a clash of "A" with id b):
    // number them, so no group's statistics can hide another's.
    let mut seen = std::collections::HashSet::new();
    for name in &mut names {
        let base = name.clone();
        let mut n = 2;
        while !seen.insert(name.clone()) {
            *name = format!("{base} {n}");
            n += 1;
        }
    }
    names
}

/// The largest difference between group means; `None` with fewer than two means.
fn range(stats: impl Iterator<Item = Stats>) -> Option<f64> {
    let means: Vec<f64> = stats.filter_map(|s| s.mean).collect();
    if means.len() < 2 {
        return None;
    }
    let max = means.iter().copied().fold(f64::NEG_INFINITY, f64::max);
    let min = means.iter().copied().fold(f64::INFINITY, f64::min);
    Some(max - min)
}

/// A finished comparison: every number computed, ready for any output format.
#[derive(Debug, Clone, Serialize)]
pub struct Comparison {
    pub definition: DefinitionInfo,
    /// The definition that names items, criteria and types (the newest version met).
    #[serde(skip)]
    pub reference: Arc<Definition>,
    pub by: GroupBy,
    pub role: RoleFilter,
    pub min_group: u64,
    /// Session files compared.
    pub sessions: u64,
    /// Teams in the groups shown.
    pub teams: u64,
    /// In the documented order; statistics below are aligned with it.
    pub groups: Rows<Group>,
    pub left_out: LeftOut,
    /// Where groups differ most first.
    pub items: Vec<ItemStats>,
    /// In definition order.
    pub criteria: Vec<CriterionStats>,
    /// Per group (in group order): the codes of its weakest items, lowest mean first.
    pub weakest: Rows<Vec<String>>,
    /// Professionals against parents, per group where parents answered.
    pub versus: Vec<VersusGroup>,
    /// Groups not set against their parents because either side has fewer than
    /// `min_group` teams.
    pub versus_left_out: usize,
}

#[derive(Debug, Clone, Serialize)]
pub struct DefinitionInfo {
    pub id: String,
    /// The newest version met; it names the items and types.
    pub version: String,
    pub title: String,
    pub language: String,
    /// Every version met, in the order met.
    pub versions: Vec<String>,
    pub scale_min: i64,
    pub scale_max: i64,
}

#[derive(Debug, Clone, Serialize)]
pub struct Group {
    /// As shown, and as the key of the statistics in JSON.
    pub name: String,
    /// What the teams have in common: the type id, team name, organisation, role or file.
    pub key: String,
    pub teams: u64,
    /// The labels of the organisation types of its teams, in the definition's order.
    pub types: Vec<String>,
}

#[derive(Debug, Clone, Copy, Default, Serialize)]
pub struct LeftOut {
    pub groups: usize,
    pub teams: u64,
}

#[derive(Debug, Clone, Serialize)]
pub struct ItemStats {
    pub code: String,
    pub criterion: String,
    /// The item's title, or its question.
    pub label: String,
    /// Largest minus smallest group mean.
    pub range: Option<f64>,
    /// Place in definition order (items themselves are ordered by range).
    pub position: usize,
    /// One per group, in group order (made when read).
    pub stats: Made<Stats>,
    /// Over the teams of every group shown.
    pub total: Stats,
    /// One list per group, most frequent first; empty unless examples were asked for.
    pub examples: Made<Vec<ExampleCount>>,
}

#[derive(Debug, Clone, Serialize)]
pub struct CriterionStats {
    pub code: String,
    pub title: String,
    pub range: Option<f64>,
    /// One per group, in group order (made when read).
    pub stats: Made<Stats>,
    /// Over the teams of every group shown.
    pub total: Stats,
}

#[derive(Debug, Clone, Serialize)]
pub struct VersusGroup {
    /// Empty when the comparison is grouped by role (then it is all teams).
    pub name: String,
    pub key: String,
    /// The parents' type.
    #[serde(rename = "type")]
    pub kind: String,
    pub type_label: String,
    /// `type` when the group has professionals' teams of the parents' type, else `all`.
    pub compared_with: ComparedWith,
    /// Teams on each side (the professionals' teams compared with).
    pub professionals: u64,
    pub parents: u64,
    /// In definition order.
    pub criteria: Vec<Gap>,
    /// Largest gaps first.
    pub items: Vec<Gap>,
}

/// Professionals' and parents' mean score of one item or criterion.
#[derive(Debug, Clone, Serialize)]
pub struct Gap {
    pub code: String,
    pub label: String,
    pub professionals: Option<f64>,
    pub parents: Option<f64>,
    /// professionals − parents: positive when the professionals rate it higher.
    pub gap: Option<f64>,
    /// Whose mean `professionals` is: the parents' own type's teams, or all of the group.
    pub compared_with: ComparedWith,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::SessionInfo;

    fn session(def: &Arc<Definition>, teams: Vec<Team>) -> Session {
        Session {
            file: "s.toml".into(),
            definition: def.clone(),
            info: SessionInfo::default(),
            teams,
            targets: IndexMap::new(),
            actions: Vec::new(),
        }
    }

    fn team(name: &str, answers: crate::model::Answers) -> Team {
        Team {
            name: name.into(),
            kind: "primary".into(),
            role: Role::Professionals,
            date: None,
            participants: None,
            answers,
        }
    }

    /// A group per team: teams that answered nothing keep a count, not an
    /// accumulator per item and criterion (nor per side of professionals and parents).
    #[test]
    fn teams_that_answered_nothing_hold_no_accumulator_per_item() {
        let def = crate::load::builtin("partnerschapscan").expect("built in");
        let first = def.items().next().expect("an item").code.clone();
        let mut answered = crate::model::Answers::default();
        answered.insert(
            first.clone(),
            Answer {
                score: Some(3),
                ..Answer::default()
            },
        );
        let mut teams: Vec<Team> = (0..50)
            .map(|i| team(&format!("T{i}"), crate::model::Answers::default()))
            .collect();
        teams.push(team("Answered", answered));
        let options = Options {
            by: GroupBy::Team,
            role: RoleFilter::Professionals,
            examples: true,
        };
        let mut c = Compare::new(options);
        c.add(&session(&def, teams));
        assert_eq!(c.groups.len(), 51);
        let held = |g: &GroupAcc| g.items.0.len() + g.criteria.0.len() + g.examples.0.len();
        assert!(c.groups.values().take(50).all(|g| held(g) == 0));
        assert!(c.versus.values().take(50).all(|v| {
            v.all.items.0.is_empty()
                && v.professionals
                    .iter()
                    .all(|(_, s)| s.items.0.is_empty() && s.criteria.0.is_empty())
        }));
        let last = &c.groups["Answered"];
        assert_eq!((last.items.0.len(), last.criteria.0.len()), (1, 1));

        // Their statistics still count every team of the group.
        let done = c.finish(1).expect("one definition");
        let item = done.items.iter().find(|i| i.code == first).expect("item");
        let g = done
            .groups
            .iter()
            .position(|g| g.key == "T0")
            .expect("group");
        let stats = item.stats.get(g).expect("stats");
        assert_eq!(
            (stats.teams, stats.answered, stats.completeness),
            (1, 0, Some(0.0))
        );
        assert_eq!(item.total.teams, 51);
        assert_eq!(item.total.scored, 1);
    }
}
