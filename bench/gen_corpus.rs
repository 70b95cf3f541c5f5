//! Writes a corpus of session files for benchmarks, deterministic for a seed.
//!
//! `cargo run --release --example gen-corpus -- DIR N [SEED] [--shape SHAPE]` writes
//! `DIR/definition.toml` (a custom definition: 5 criteria, 22 items, scale 1–4, four
//! types) and N session files `DIR/s/NNNN/session-NNNNN.toml`, each with four teams
//! (three professional teams and the parents), examples and votes. The shape decides the
//! answers' text:
//!
//! - `compact` (the default): one paragraph of 15–90 words with the odd bold word, and a
//!   one-line list: about 55 KB per session;
//! - `realistic`: answers as facilitators write them down: 1–6 paragraphs, bullet and
//!   numbered lists, emphasis, now and then a link, a bare address or a quoted parent,
//!   and fewer answers per team, as in real sessions: also about 55 KB per session.

use std::fmt::Write as _;
use std::path::PathBuf;

/// A small deterministic generator (SplitMix64); no dependency, same output everywhere.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: u64) -> u64 {
        self.next() % n.max(1)
    }

    fn range(&mut self, lo: u64, hi: u64) -> u64 {
        lo + self.below(hi - lo + 1)
    }

    fn pick<'a>(&mut self, xs: &[&'a str]) -> &'a str {
        xs[self.below(xs.len() as u64) as usize]
    }
}

const WORDS: &[&str] = &[
    "ouders",
    "team",
    "kinderen",
    "gesprek",
    "school",
    "opvang",
    "samen",
    "welkom",
    "koffieochtend",
    "nieuwsbrief",
    "mentor",
    "leerkracht",
    "pedagogisch",
    "afspraken",
    "vertrouwen",
    "wijk",
    "buurt",
    "ontwikkeling",
    "betrokkenheid",
    "activiteit",
    "ouderavond",
    "huisbezoek",
    "verwachtingen",
    "rapport",
    "zorg",
    "overleg",
    "ideeën",
    "thuis",
    "taal",
    "lezen",
    "spelen",
    "sport",
    "bibliotheek",
    "gemeente",
    "planning",
    "evaluatie",
    "wensen",
    "vragen",
    "luisteren",
    "uitnodigen",
    "meedenken",
    "vrijwillig",
    "energie",
    "waardering",
    "partnerschap",
    "visie",
    "beleid",
    "maatschappij",
    "plek",
    "groep",
    "klas",
    "we",
    "merken",
    "dat",
    "het",
    "goed",
    "nog",
    "niet",
    "altijd",
    "vaak",
    "soms",
    "willen",
    "meer",
    "een",
    "de",
    "van",
    "met",
    "voor",
    "in",
    "op",
    "bij",
    "en",
    "maar",
    "ook",
    "elke",
    "week",
    "maand",
];

/// Criteria and their number of items: 22 items in all.
const CRITERIA: &[(&str, u32)] = &[("A", 5), ("B", 4), ("C", 5), ("D", 4), ("E", 4)];

const EXAMPLES: &[&str] = &[
    "koffieochtend",
    "welkomstgesprek",
    "huisbezoek",
    "nieuwsbrief",
    "ouderpanel",
    "inloopochtend",
    "startgesprek",
    "kijkochtend",
    "ouderavond",
    "oudercommissie",
    "medezeggenschapsraad",
    "voorleesouder",
    "sportdag",
    "buurtfeest",
    "driehoeksgesprek",
    "portfolio",
    "spreekuur",
    "app-groep",
];

fn sentence(rng: &mut Rng, words: u64) -> String {
    let mut s = String::new();
    for i in 0..words {
        if i > 0 {
            s.push(' ');
        }
        let w = rng.pick(WORDS);
        if i == 0 {
            let mut c = w.chars();
            if let Some(f) = c.next() {
                s.extend(f.to_uppercase());
                s.push_str(c.as_str());
            }
        } else if rng.below(17) == 0 {
            write!(s, "**{w}**").ok();
        } else {
            s.push_str(w);
        }
        if i + 1 < words && rng.below(11) == 0 {
            s.push_str(". ");
            s.pop();
        }
    }
    s.push('.');
    s
}

/// The shape of the answers' text (see the module documentation).
#[derive(Clone, Copy, PartialEq)]
enum Shape {
    Compact,
    Realistic,
}

/// A sentence of `lo..=hi` words with emphasis, links and addresses now and then, as
/// people write them in an answer.
fn rich_sentence(rng: &mut Rng, lo: u64, hi: u64) -> String {
    let words = rng.range(lo, hi);
    let mut s = String::new();
    for i in 0..words {
        if i > 0 {
            s.push(' ');
        }
        let w = rng.pick(WORDS);
        let w = if i == 0 {
            let mut c = w.chars();
            c.next()
                .map(|f| f.to_uppercase().chain(c).collect())
                .unwrap_or_default()
        } else {
            w.to_string()
        };
        match rng.below(60) {
            0..=2 => write!(s, "*{w}*").ok(),
            3 | 4 => write!(s, "**{w}**").ok(),
            5 if i > 0 => write!(
                s,
                "[{w}](https://www.example.nl/{}/{})",
                rng.pick(WORDS),
                rng.pick(EXAMPLES)
            )
            .ok(),
            6 if i > 0 => write!(s, "{w} (zie www.example.nl/{})", rng.pick(EXAMPLES)).ok(),
            7 if i > 0 => write!(s, "`{w}`").ok(),
            8 if i > 0 => write!(s, "{w},").ok(),
            _ => {
                s.push_str(&w);
                None
            }
        };
    }
    s.push(if rng.below(8) == 0 { '?' } else { '.' });
    s
}

/// An answer as facilitators write it down: 1–6 paragraphs, lists, a quoted parent.
fn rich_text(rng: &mut Rng) -> String {
    let mut t = String::new();
    for p in 0..rng.range(1, 6) {
        if p > 0 {
            t.push_str("\n\n");
        }
        match rng.below(10) {
            0 | 1 => {
                for j in 0..rng.range(2, 5) {
                    if j > 0 {
                        t.push('\n');
                    }
                    write!(t, "- {}", rich_sentence(rng, 3, 12)).ok();
                }
            }
            2 => {
                for j in 1..=rng.range(2, 4) {
                    if j > 1 {
                        t.push('\n');
                    }
                    write!(t, "{j}. {}", rich_sentence(rng, 3, 10)).ok();
                }
            }
            3 => {
                write!(t, "> Een ouder zei: '{}'", rich_sentence(rng, 6, 16)).ok();
            }
            _ => {
                for j in 0..rng.range(1, 3) {
                    if j > 0 {
                        t.push(' ');
                    }
                    t.push_str(&rich_sentence(rng, 5, 16));
                }
            }
        }
    }
    t
}

fn definition() -> String {
    let mut d = String::from(
        "[scan]\nid = \"bench-scan\"\nversion = \"1.0\"\ntitle = \"Benchmark scan\"\nlanguage = \"nl\"\n\n[scale]\nmin = 1\nmax = 4\nlabels = [\"Nog niet\", \"In ontwikkeling\", \"Grotendeels\", \"Volledig\"]\n\n[types]\nchildcare = \"Kinderopvang\"\nprimary = \"Primair onderwijs\"\nsecondary = \"Voortgezet onderwijs\"\nsport = \"Sportclub\"\n",
    );
    for (c, n) in CRITERIA {
        write!(d, "\n[[criterion]]\ncode = \"{c}\"\ntitle = \"Criterium {c}\"\ndescription = \"Wat dit criterium vraagt.\"\n").ok();
        for i in 1..=*n {
            write!(d, "\n  [[criterion.item]]\n  code = \"{c}{i}\"\n  title = \"Onderdeel {c}{i}\"\n  question = \"Hoe ver is de organisatie met onderdeel {c}{i}?\"\n  help = \"Een hoge score betekent dat ouders en team dit samen dragen.\"\n").ok();
        }
    }
    d
}

fn session(rng: &mut Rng, n: usize, shape: Shape) -> String {
    let types = ["childcare", "primary", "secondary", "sport"];
    let kind = types[n % types.len()];
    let mut s = String::new();
    write!(
        s,
        "definition = \"../../definition.toml\"\n\n[session]\norganisation = \"Organisatie {n:05}\"\nlocation = \"Plaats {}\"\ndate = 2026-{:02}-{:02}\nfacilitator = \"Begeleider {}\"\nguests = [\"wijkagent\"]\nnotes = \"\"\"\n{}\n\"\"\"\n",
        n % 97,
        1 + n % 12,
        1 + n % 28,
        n % 13,
        sentence(rng, 40)
    )
    .ok();
    let teams = [
        ("Team onderbouw", "professionals"),
        ("Team bovenbouw", "professionals"),
        ("Team ondersteuning", "professionals"),
        ("Ouderavond", "parents"),
    ];
    for (name, role) in teams {
        write!(
            s,
            "\n[[team]]\nname = \"{name}\"\ntype = \"{kind}\"\nrole = \"{role}\"\n"
        )
        .ok();
        for (c, n) in CRITERIA {
            for i in 1..=*n {
                // An unanswered item now and then; in real sessions, more often.
                let skip = if shape == Shape::Realistic { 4 } else { 20 };
                if rng.below(skip) == 0 {
                    continue;
                }
                write!(s, "\n  [team.answers.{c}{i}]\n").ok();
                if rng.below(40) == 0 {
                    write!(
                        s,
                        "  na = true\n  text = \"Geldt hier niet: {}\"\n",
                        sentence(rng, 8)
                    )
                    .ok();
                    continue;
                }
                writeln!(s, "  score = {}", rng.range(1, 4)).ok();
                let votes: Vec<String> = (0..rng.range(3, 8))
                    .map(|_| rng.range(1, 4).to_string())
                    .collect();
                writeln!(s, "  votes = [{}]", votes.join(", ")).ok();
                if shape == Shape::Realistic {
                    write!(s, "  text = \"\"\"\n{}\n\"\"\"\n", rich_text(rng)).ok();
                } else {
                    let words = rng.range(15, 90);
                    write!(
                        s,
                        "  text = \"\"\"\n{}\n\n- {}\n\"\"\"\n",
                        sentence(rng, words),
                        sentence(rng, 12)
                    )
                    .ok();
                }
                let ex: Vec<String> = (0..rng.range(0, 4))
                    .map(|_| {
                        format!(
                            "\"{} {}\"",
                            rng.pick(EXAMPLES),
                            sentence(rng, 4).trim_end_matches('.').to_lowercase()
                        )
                    })
                    .collect();
                writeln!(s, "  examples = [{}]", ex.join(", ")).ok();
            }
        }
    }
    s.push_str("\n[targets]\nA = 3\nC1 = 4\n\n[[action]]\ntitle = \"Maandelijkse koffieochtend\"\nitem = \"C1\"\nowner = \"Team onderbouw\"\ndue = 2027-02-01\nstatus = \"planned\"\n");
    s
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    let mut shape = Shape::Compact;
    if let Some(at) = args.iter().position(|a| a == "--shape") {
        shape = match args.get(at + 1).map(String::as_str) {
            Some("compact") => Shape::Compact,
            Some("realistic") => Shape::Realistic,
            _ => {
                eprintln!("usage: gen-corpus DIR N [SEED] [--shape compact|realistic]");
                std::process::exit(2);
            }
        };
        args.drain(at..at + 2);
    }
    let (Some(dir), Some(n)) = (args.first(), args.get(1)) else {
        eprintln!("usage: gen-corpus DIR N [SEED] [--shape compact|realistic]");
        std::process::exit(2);
    };
    let dir = PathBuf::from(dir);
    let n: usize = n.parse()?;
    let seed: u64 = args.get(2).map(|s| s.parse()).transpose()?.unwrap_or(2026);
    std::fs::create_dir_all(&dir)?;
    std::fs::write(dir.join("definition.toml"), definition())?;
    let mut rng = Rng(seed);
    let mut bytes = 0usize;
    for i in 0..n {
        let sub = dir.join("s").join(format!("{:04}", i / 1000));
        std::fs::create_dir_all(&sub)?;
        let text = session(&mut rng, i, shape);
        bytes += text.len();
        std::fs::write(sub.join(format!("session-{i:05}.toml")), text)?;
    }
    eprintln!(
        "wrote {n} sessions, {:.1} KB each on average, to {}",
        bytes as f64 / n.max(1) as f64 / 1024.0,
        dir.display()
    );
    Ok(())
}
