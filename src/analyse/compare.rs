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

use super::rows::Rows;
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
        let per_answer = |sum: u64| (self.answers > 0).then(|| sum as f64 / self.answers as f64);
        Stats {
            teams: self.teams,
            answered: self.answered,
            scored: self.scores.len() as u64,
            mean: score::mean(&self.scores),
            median: score::median(&self.scores),
            min: self.scores.iter().copied().reduce(f64::min),
            max: self.scores.iter().copied().reduce(f64::max),
            sd: score::sd(&self.scores),
            completeness: (self.teams > 0).then(|| self.answered as f64 / self.teams as f64),
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

#[derive(Debug, Clone, Default)]
struct ItemAcc {
    criterion: String,
    groups: IndexMap<String, Acc>,
    examples: IndexMap<String, ExampleCounts>,
}

/// The accumulators of one role's teams in one group, for professionals vs parents.
#[derive(Debug, Clone, Default)]
struct Side {
    teams: u64,
    items: IndexMap<String, Acc>,
    criteria: IndexMap<String, Acc>,
}

impl Side {
    fn add(&mut self, facts: &[Facts], def: &Definition) {
        self.teams += 1;
        for (item, f) in def.items().zip(facts) {
            slot(&mut self.items, &item.code).add_item(f);
        }
        for (ci, c) in def.criteria.iter().enumerate() {
            slot(&mut self.criteria, &c.code).add_criterion(criterion_facts(facts, def, ci));
        }
    }

    fn merge(&mut self, other: Side) {
        self.teams += other.teams;
        merge_map(&mut self.items, other.items);
        merge_map(&mut self.criteria, other.criteria);
    }

    fn answered(&self) -> bool {
        self.items.values().any(|a| a.answered > 0)
    }
}

/// Professionals and parents of one group, by type, so that parents are set against
/// the professionals of their own type (the report's pairing).
#[derive(Debug, Clone, Default)]
struct Versus {
    /// Every professionals' team of the group.
    all: Side,
    /// Professionals' teams by type.
    professionals: IndexMap<String, Side>,
    /// Parents' teams by type.
    parents: IndexMap<String, Side>,
}

impl Versus {
    fn merge(&mut self, other: Versus) {
        self.all.merge(other.all);
        for (k, side) in other.professionals {
            self.professionals.entry(k).or_default().merge(side);
        }
        for (k, side) in other.parents {
            self.parents.entry(k).or_default().merge(side);
        }
    }
}

/// The accumulator of `key`, made when missing (without copying the key otherwise).
fn slot<'m>(map: &'m mut IndexMap<String, Acc>, key: &str) -> &'m mut Acc {
    let index = match map.get_index_of(key) {
        Some(i) => i,
        None => map.insert_full(key.to_string(), Acc::default()).0,
    };
    &mut map[index]
}

fn merge_map(into: &mut IndexMap<String, Acc>, from: IndexMap<String, Acc>) {
    for (k, acc) in from {
        into.entry(k).or_default().merge(acc);
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
    /// Group key → teams in it.
    groups: IndexMap<String, u64>,
    /// Group key → the organisation types of its teams, in the order met.
    group_types: IndexMap<String, Vec<String>>,
    items: IndexMap<String, ItemAcc>,
    criteria: IndexMap<String, IndexMap<String, Acc>>,
    /// Group key ("" when grouped by role) → its professionals and parents.
    versus: IndexMap<String, Versus>,
    definitions: Vec<DefinitionUse>,
    sessions: u64,
}

impl Compare {
    pub fn new(options: Options) -> Self {
        Compare {
            options,
            groups: IndexMap::new(),
            group_types: IndexMap::new(),
            items: IndexMap::new(),
            criteria: IndexMap::new(),
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
        self.note_definition(&session.definition, &session.file);
        let def = &*session.definition;
        for team in &session.teams {
            let facts: Vec<Facts> = def
                .items()
                .map(|i| Facts::of(team.answers.get(&i.code)))
                .collect();
            let key = self.group_key(session, team);
            if self.options.role.admits(team.role) {
                *self.groups.entry(key.clone()).or_default() += 1;
                let types = match self.group_types.get_mut(&key) {
                    Some(t) => t,
                    None => self.group_types.entry(key.clone()).or_default(),
                };
                if !types.contains(&team.kind) {
                    types.push(team.kind.clone());
                }
                for (ci, c) in def.criteria.iter().enumerate() {
                    let cfacts = criterion_facts(&facts, def, ci);
                    for (item, f) in c.items.iter().zip(cfacts) {
                        let acc = match self.items.get_mut(&item.code) {
                            Some(acc) => acc,
                            None => self.items.entry(item.code.clone()).or_insert(ItemAcc {
                                criterion: c.code.clone(),
                                ..ItemAcc::default()
                            }),
                        };
                        let answer = team.answers.get(&item.code);
                        slot(&mut acc.groups, &key).add_item(f);
                        if self.options.examples {
                            let counts = match acc.examples.get_mut(&key) {
                                Some(c) => c,
                                None => acc.examples.entry(key.clone()).or_default(),
                            };
                            for e in answer.map(|a| a.examples.as_slice()).unwrap_or_default() {
                                counts.add(e);
                            }
                        }
                    }
                    let groups = match self.criteria.get_mut(&c.code) {
                        Some(g) => g,
                        None => self.criteria.entry(c.code.clone()).or_default(),
                    };
                    slot(groups, &key).add_criterion(cfacts);
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
                versus.all.add(&facts, def);
                versus
                    .professionals
                    .entry(team.kind.clone())
                    .or_default()
                    .add(&facts, def);
            } else {
                versus
                    .parents
                    .entry(team.kind.clone())
                    .or_default()
                    .add(&facts, def);
            }
        }
    }

    fn note_definition(&mut self, def: &Arc<Definition>, file: &str) {
        let found = self
            .definitions
            .iter_mut()
            .find(|u| u.definition.id == def.id && u.definition.version == def.version);
        let entry = match found {
            Some(u) => u,
            None => {
                self.definitions.push(DefinitionUse {
                    definition: def.clone(),
                    count: 0,
                    files: Vec::new(),
                });
                let last = self.definitions.len() - 1;
                &mut self.definitions[last]
            }
        };
        entry.count += 1;
        if entry.files.len() < DefinitionUse::NAMED {
            entry.files.push(file.to_string());
        }
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
        for (k, n) in other.groups {
            *self.groups.entry(k).or_default() += n;
        }
        for (k, types) in other.group_types {
            let into = self.group_types.entry(k).or_default();
            for t in types {
                if !into.contains(&t) {
                    into.push(t);
                }
            }
        }
        for (code, item) in other.items {
            let into = self.items.entry(code).or_insert_with(|| ItemAcc {
                criterion: item.criterion.clone(),
                ..ItemAcc::default()
            });
            merge_map(&mut into.groups, item.groups);
            for (k, counts) in item.examples {
                into.examples.entry(k).or_default().merge(counts);
            }
        }
        for (code, groups) in other.criteria {
            merge_map(self.criteria.entry(code).or_default(), groups);
        }
        for (k, versus) in other.versus {
            self.versus.entry(k).or_default().merge(versus);
        }
        for u in other.definitions {
            match self.definitions.iter_mut().find(|m| {
                m.definition.id == u.definition.id && m.definition.version == u.definition.version
            }) {
                Some(m) => {
                    m.count += u.count;
                    let room = DefinitionUse::NAMED.saturating_sub(m.files.len());
                    m.files.extend(u.files.into_iter().take(room));
                }
                None => self.definitions.push(u),
            }
        }
    }

    /// The finished comparison, leaving out groups of fewer than `min_group` teams.
    /// `None` when no session was fed, or the sessions use different definitions (see
    /// [`Compare::mixes_definitions`]).
    pub fn finish(self, min_group: u64) -> Option<Comparison> {
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
        let kept: Vec<usize> = (0..all_keys.len())
            .filter(|&i| self.groups[&all_keys[i]] >= min_group)
            .collect();
        let groups: Vec<Group> = kept
            .iter()
            .map(|&i| Group {
                name: names[i].clone(),
                key: all_keys[i].clone(),
                teams: self.groups[&all_keys[i]],
                types: type_labels(self.group_types.get(&all_keys[i]), &defs),
            })
            .collect();
        let left_out = LeftOut {
            groups: all_keys.len() - kept.len(),
            teams: (0..all_keys.len())
                .filter(|&i| self.groups[&all_keys[i]] < min_group)
                .map(|i| self.groups[&all_keys[i]])
                .sum(),
        };

        let empty = Acc::default();
        let item_order = code_order(self.items.keys(), |code| {
            defs.iter().find_map(|d| d.item_index(code))
        });
        let mut items: Vec<ItemStats> = item_order
            .into_iter()
            .enumerate()
            .filter_map(|(position, code)| {
                let acc = self.items.get(&code)?;
                let stats: Vec<Stats> = groups
                    .iter()
                    .map(|g| acc.groups.get(&g.key).unwrap_or(&empty).stats())
                    .collect();
                let total = total_of(&acc.groups, &groups);
                let examples = if self.options.examples {
                    groups
                        .iter()
                        .map(|g| {
                            acc.examples
                                .get(&g.key)
                                .map(ExampleCounts::sorted)
                                .unwrap_or_default()
                        })
                        .collect()
                } else {
                    Vec::new()
                };
                let (criterion, label) = defs
                    .iter()
                    .find_map(|d| d.item(&code))
                    .map(|(c, i)| (c.code.clone(), i.label().to_string()))
                    .unwrap_or_else(|| (acc.criterion.clone(), code.clone()));
                Some(ItemStats {
                    range: range(&stats),
                    position,
                    code,
                    criterion,
                    label,
                    stats: stats.into(),
                    total,
                    examples: examples.into(),
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

        let criterion_order = code_order(self.criteria.keys(), |code| {
            defs.iter()
                .find_map(|d| d.criteria.iter().position(|c| c.code == code))
        });
        let criteria: Vec<CriterionStats> = criterion_order
            .into_iter()
            .filter_map(|code| {
                let accs = self.criteria.get(&code)?;
                let stats: Vec<Stats> = groups
                    .iter()
                    .map(|g| accs.get(&g.key).unwrap_or(&empty).stats())
                    .collect();
                let total = total_of(accs, &groups);
                let title = defs
                    .iter()
                    .find_map(|d| d.criterion(&code))
                    .map_or_else(|| code.clone(), |c| c.title.clone());
                Some(CriterionStats {
                    range: range(&stats),
                    code,
                    title,
                    stats: stats.into(),
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
            .filter(|(_, v)| v.all.teams > 0 && v.parents.values().any(Side::answered))
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
                let parents = &versus.parents[kind];
                let own = versus.professionals.get(kind).filter(|s| s.teams > 0);
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
                let gap = |code: &str, pick: fn(&Side) -> &IndexMap<String, Acc>, label: String| {
                    let own_mean = own.and_then(|s| pick(s).get(code)).and_then(Acc::mean);
                    let (professionals, with) = match own_mean {
                        Some(m) => (Some(m), ComparedWith::Type),
                        None => (
                            pick(&versus.all).get(code).and_then(Acc::mean),
                            ComparedWith::All,
                        ),
                    };
                    let parents_mean = pick(parents).get(code).and_then(Acc::mean);
                    Gap {
                        code: code.to_string(),
                        label,
                        professionals,
                        parents: parents_mean,
                        gap: professionals.zip(parents_mean).map(|(a, b)| a - b),
                        compared_with: with,
                    }
                };
                let criterion_codes = code_order(versus.all.criteria.keys(), |code| {
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
                        gap(&code, |s| &s.criteria, label)
                    })
                    .collect();
                let item_codes = code_order(versus.all.items.keys(), |code| {
                    defs.iter().find_map(|d| d.item_index(code))
                });
                let mut items: Vec<Gap> = item_codes
                    .into_iter()
                    .map(|code| {
                        let label = defs
                            .iter()
                            .find_map(|d| d.item(&code))
                            .map_or_else(|| code.clone(), |(_, i)| i.label().to_string());
                        gap(&code, |s| &s.items, label)
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

/// The statistics over the teams of every group shown, merged in group order (so
/// hidden groups are never part of a total, and nothing can be recovered by
/// subtracting a total from the groups shown).
fn total_of(accs: &IndexMap<String, Acc>, groups: &[Group]) -> Stats {
    let mut total = Acc::default();
    for g in groups {
        if let Some(acc) = accs.get(&g.key) {
            total.merge(acc.clone());
        }
    }
    total.stats()
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
fn range(stats: &[Stats]) -> Option<f64> {
    let means: Vec<f64> = stats.iter().filter_map(|s| s.mean).collect();
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
    /// One per group, in group order.
    pub stats: Rows<Stats>,
    /// Over the teams of every group shown.
    pub total: Stats,
    /// One list per group, most frequent first; empty unless examples were asked for.
    pub examples: Rows<Vec<ExampleCount>>,
}

#[derive(Debug, Clone, Serialize)]
pub struct CriterionStats {
    pub code: String,
    pub title: String,
    pub range: Option<f64>,
    pub stats: Rows<Stats>,
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
