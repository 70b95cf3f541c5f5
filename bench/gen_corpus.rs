//! Writes a corpus of realistic session files for benchmarks, deterministic for a seed.
//!
//! `cargo run --release --example gen-corpus -- DIR N [SEED]` writes `DIR/definition.toml`
//! (a custom definition: 5 criteria, 22 items, scale 1–4, four types) and N session
//! files `DIR/s/NNNN/session-NNNNN.toml`, each with four teams (three professional teams
//! and the parents), Markdown answers of 15–90 words, examples and votes: about 55 KB.

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

fn session(rng: &mut Rng, n: usize) -> String {
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
                if rng.below(20) == 0 {
                    continue; // an unanswered item now and then
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
                let words = rng.range(15, 90);
                write!(
                    s,
                    "  text = \"\"\"\n{}\n\n- {}\n\"\"\"\n",
                    sentence(rng, words),
                    sentence(rng, 12)
                )
                .ok();
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
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (Some(dir), Some(n)) = (args.first(), args.get(1)) else {
        eprintln!("usage: gen-corpus DIR N [SEED]");
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
        let text = session(&mut rng, i);
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
