//! `cargo bench -p crosscheck-core [-- PART...]`: extraction throughput, whole core and per stage.
//!
//! Corpora (each article a separate input, as a large bundle would be):
//! - `synthetic`: a seeded generator's news-like articles (varied names, places, numbers,
//!   lengths; deterministic, no dependency), about `BENCH_MB` MB (default 10);
//! - `bundled`: the bundled `articles/`, repeated to about `BENCH_MB` MB;
//! - `dev`: the development corpus (`../shared/dev/articles` beside the workspace, or
//!   `CROSSCHECK_DEV_ARTICLES`), repeated with its numbers varied; skipped, saying so, when absent;
//! - `big`: one article of about `BENCH_MB` MB (the synthetic articles joined);
//! - `linearity`: per-article cost of each stage on 100, 1,000 and 2,700 articles (synthetic and
//!   dev), to show whether a stage grows faster than the bundle.
//!
//! With no PART, all of them. Each figure is the median of `BENCH_REPS` runs (default 5), with
//! the fastest and slowest beside it: the machine may be shared. Stages are timed through their
//! public functions on the same inputs `analyze` gives them; `doc` includes clean, segment and
//! tokens, and `bundle` includes `doc` (plus the dates inferred across the bundle). Prints the
//! figures; asserts nothing about speed.

use crosscheck_core::{
    actors, bundle, clean, consolidate, doc::Doc, extract, segment, sources, tokens, ArticleInput,
};
use std::hint::black_box;
use std::path::{Path, PathBuf};
use std::time::Instant;

// ---- timing --------------------------------------------------------------------------------

fn reps() -> usize {
    std::env::var("BENCH_REPS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(5)
        .max(1)
}

fn target_bytes() -> usize {
    let mb: f64 = std::env::var("BENCH_MB")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(10.0);
    (mb * 1e6) as usize
}

/// Median, min and max seconds of `reps` runs of `f` (`f` returns the seconds it measured, so a
/// stage's set-up stays out of its time).
fn measure(reps: usize, mut f: impl FnMut() -> f64) -> (f64, f64, f64) {
    let mut v: Vec<f64> = (0..reps).map(|_| f()).collect();
    v.sort_by(|a, b| a.total_cmp(b));
    (v[v.len() / 2], v[0], v[v.len() - 1])
}

fn timed<T>(f: impl FnOnce() -> T) -> (T, f64) {
    let t = Instant::now();
    let out = f();
    (out, t.elapsed().as_secs_f64())
}

fn line(label: &str, bytes: usize, n: usize, (med, lo, hi): (f64, f64, f64)) {
    let mb = bytes as f64 / 1e6;
    println!(
        "  {label:<12} {:>8.1} MB/s  {:>9.0} articles/s  {:>8.1} ms  (min {:.1}, max {:.1})",
        mb / med,
        n as f64 / med,
        med * 1e3,
        lo * 1e3,
        hi * 1e3,
    );
}

// ---- corpora -------------------------------------------------------------------------------

/// xorshift64*: a seeded, dependency-free generator.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    fn pick<'a>(&mut self, xs: &[&'a str]) -> &'a str {
        xs[self.below(xs.len())]
    }
    fn chance(&mut self, percent: usize) -> bool {
        self.below(100) < percent
    }
}

const FIRST: &[&str] = &[
    "Ahmed", "Maria", "John", "Fatima", "Igor", "Aisha", "Carlos", "Nadia", "Samuel", "Leila",
    "Omar", "Elena", "David", "Amina", "Viktor", "Grace", "Hassan", "Sofia", "Daniel", "Mariam",
    "Yusuf", "Olga", "Peter", "Zainab", "Ali", "Ana", "Michael", "Halima", "Sergei", "Ruth",
];
const LAST: &[&str] = &[
    "Haddad",
    "Petrov",
    "Okafor",
    "Rahman",
    "Silva",
    "Kowalski",
    "Nasser",
    "Ivanova",
    "Mensah",
    "Tahir",
    "Moreno",
    "Abdi",
    "Karimov",
    "Osei",
    "Barzani",
    "Novak",
    "Diallo",
    "Hussein",
    "Castillo",
    "Shevchenko",
    "Traore",
    "Aziz",
    "Lindqvist",
    "Mwangi",
    "Yilmaz",
    "Farah",
    "Kovacs",
    "Mahmoud",
    "Ortega",
    "Sato",
];
const TITLE: &[&str] = &[
    "President",
    "Prime Minister",
    "Foreign Minister",
    "Defence Minister",
    "General",
    "spokesman",
    "commander",
    "governor",
    "Interior Minister",
    "envoy",
];
const COUNTRY: &[&str] = &[
    "Sudan",
    "Yemen",
    "Ukraine",
    "Russia",
    "Syria",
    "Mali",
    "Niger",
    "Ethiopia",
    "Somalia",
    "Colombia",
    "Myanmar",
    "Libya",
    "Iraq",
    "Nigeria",
    "Armenia",
    "Azerbaijan",
    "Israel",
    "Lebanon",
    "Afghanistan",
    "Mozambique",
    "Burkina Faso",
    "Chad",
    "Kenya",
    "Turkey",
    "Iran",
    "Qatar",
    "Egypt",
    "France",
    "the United States",
    "China",
    "India",
    "Pakistan",
];
const DEMONYM: &[&str] = &[
    "Sudanese",
    "Yemeni",
    "Ukrainian",
    "Russian",
    "Syrian",
    "Malian",
    "Ethiopian",
    "Somali",
    "Colombian",
    "Libyan",
    "Iraqi",
    "Nigerian",
    "Armenian",
    "Turkish",
    "Egyptian",
    "French",
];
const CITY: &[&str] = &[
    "Khartoum",
    "Aden",
    "Kharkiv",
    "Aleppo",
    "Gao",
    "Niamey",
    "Mekelle",
    "Mogadishu",
    "Cali",
    "Mandalay",
    "Benghazi",
    "Mosul",
    "Maiduguri",
    "Stepanakert",
    "Gaza",
    "Tyre",
    "Kandahar",
    "Pemba",
    "Ouagadougou",
    "Abeche",
    "Garissa",
    "Sanaa",
    "Idlib",
    "Tripoli",
    "Juba",
];
const ORG: &[&str] = &[
    "the United Nations",
    "the Red Cross",
    "the African Union",
    "the European Union",
    "the health ministry",
    "the army",
    "the interior ministry",
    "Amnesty International",
    "Human Rights Watch",
    "the UN refugee agency",
];
const GROUP: &[&str] = &[
    "rebels",
    "militants",
    "gunmen",
    "insurgents",
    "government forces",
    "soldiers",
    "fighters",
    "security forces",
    "jihadists",
];
const VICTIM: &[&str] = &[
    "people",
    "civilians",
    "soldiers",
    "children",
    "police officers",
    "villagers",
    "fighters",
    "women",
    "aid workers",
];
const WEEKDAY: &[&str] = &[
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];
const MONTH: &[&str] = &[
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];
const OUTLET: &[&str] = &["Reuters", "AFP", "AP", "Al Jazeera", "BBC"];
const NUMWORD: &[&str] = &[
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "dozens of",
    "hundreds of",
    "a dozen",
];

/// The templates: `{P}` person, `{T}` title, `{C}` country, `{D}` demonym, `{Y}` city, `{O}`
/// organisation, `{G}` armed group, `{V}` victims, `{N}` a number, `{W}` a weekday, `{M}` a
/// month, `{d}` a day of the month.
const SENTENCES: &[&str] = &[
    "At least {N} {V} were killed and {N} wounded when {G} attacked a market in {Y} on {W}, officials said.",
    "{O} said {N} {V} had been killed in the fighting since {M}.",
    "The death toll from the attack in {Y} has risen to {N}, according to {O}.",
    "{G} killed {N} {V} in a raid on a village near {Y}, a local official told {S}.",
    "More than {N} {V} have fled their homes in the past week, {O} said.",
    "{D} {T} {P} condemned the attack and called for an immediate ceasefire.",
    "{T} {P} said the truce brokered by {C} would take effect at midnight on {W}.",
    "The ceasefire collapsed on {W} after {G} shelled positions outside {Y}.",
    "Talks between {C} and {C} on a cessation of hostilities resumed in {Y} on {d} {M}.",
    "{C} welcomed the agreement and urged both sides to respect it.",
    "{C} accused {C} of violating the truce, a charge {T} {P} denied.",
    "\"We will not accept any deal that ignores the rights of our people,\" {P} said.",
    "\"The situation is catastrophic,\" said {P}, a {T} for {O}.",
    "{O} warned that the humanitarian situation in {Y} was deteriorating fast.",
    "The {D} government blamed {G} for the bombing, which also destroyed {N} houses.",
    "Residents said the streets of {Y} were quiet on {W} morning after days of clashes.",
    "Prices of bread and fuel in {Y} have tripled since {M}, traders said.",
    "The region has been gripped by violence since {G} seized several towns in {YEAR}.",
    "{P}, {N}, a teacher from {Y}, said she had not heard from her family for {N} days.",
    "{O} estimated that {NB} people needed food aid across the country.",
    "A spokesman for {O} declined to comment on the report.",
    "{C} and {C} signed a memorandum on trade and energy in {Y} last month.",
    "{N} {V} were injured, {N} of them seriously, hospital sources said.",
    "The convoy of {N} trucks reached {Y} on {W} carrying medicine and water.",
    "{D} officials said {N} {G} had been killed in air strikes on {W}.",
    "{P} met {T} {P} in {Y} to discuss the peace plan proposed by {O}.",
    "Parliament in {C} voted by {N} to {N} to extend the state of emergency by {N} months.",
    "Witnesses described hearing explosions across {Y} throughout the night.",
];

fn fill(rng: &mut Rng, tpl: &str, out: &mut String) {
    let mut rest = tpl;
    while let Some(open) = rest.find('{') {
        out.push_str(rest.get(..open).unwrap_or(""));
        let after = rest.get(open + 1..).unwrap_or("");
        let close = after.find('}').unwrap_or(0);
        let key = after.get(..close).unwrap_or("");
        rest = after.get(close + 1..).unwrap_or("");
        let start_of_sentence = out.is_empty() || out.ends_with(". ") || out.ends_with('\n');
        let word = match key {
            "P" => format!("{} {}", rng.pick(FIRST), rng.pick(LAST)),
            "T" => rng.pick(TITLE).to_string(),
            "C" => rng.pick(COUNTRY).to_string(),
            "D" => rng.pick(DEMONYM).to_string(),
            "Y" => rng.pick(CITY).to_string(),
            "O" => rng.pick(ORG).to_string(),
            "G" => rng.pick(GROUP).to_string(),
            "V" => rng.pick(VICTIM).to_string(),
            "S" => rng.pick(OUTLET).to_string(),
            "W" => rng.pick(WEEKDAY).to_string(),
            "M" => rng.pick(MONTH).to_string(),
            "d" => (1 + rng.below(28)).to_string(),
            "YEAR" => (1990 + rng.below(34)).to_string(),
            "NB" => format!("{}.{} million", 1 + rng.below(20), rng.below(10)),
            _ => match rng.below(4) {
                0 => rng.pick(NUMWORD).to_string(),
                1 => (2 + rng.below(60)).to_string(),
                2 => (10 + rng.below(990)).to_string(),
                _ => format!("{},{:03}", 1 + rng.below(40), rng.below(1000)),
            },
        };
        if start_of_sentence {
            let mut cs = word.chars();
            if let Some(c) = cs.next() {
                out.extend(c.to_uppercase());
                out.push_str(cs.as_str());
            }
        } else {
            out.push_str(&word);
        }
    }
    out.push_str(rest);
}

/// `n` news-like articles from seed `seed`: a headline, a dateline, 3 to 80 sentences in
/// paragraphs of 1 to 4, an ISO date on about half of them (a manifest's), a byline now and then.
fn synthetic(n: usize, seed: u64) -> Vec<ArticleInput> {
    let mut rng = Rng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1);
    (0..n)
        .map(|k| {
            let mut text = String::new();
            let mut headline = String::new();
            let tpl = rng_pick_sentence(&mut rng);
            fill(&mut rng, tpl, &mut headline);
            let headline = headline.trim_end_matches('.').to_string();
            text.push_str(&headline);
            text.push_str("\n\n");
            let (y, m, d) = (2012 + rng.below(12), 1 + rng.below(12), 1 + rng.below(28));
            if rng.chance(60) {
                text.push_str(&format!(
                    "{}, {} {d} ({}) - ",
                    rng.pick(CITY).to_uppercase(),
                    MONTH[m - 1],
                    rng.pick(OUTLET)
                ));
            }
            // mostly short news, sometimes a long feature
            let sentences = if rng.chance(10) {
                40 + rng.below(40)
            } else {
                3 + rng.below(25)
            };
            let mut in_para = 0;
            let para_len = 1 + rng.below(4);
            for _ in 0..sentences {
                let mut s = String::new();
                let tpl = rng_pick_sentence(&mut rng);
                fill(&mut rng, tpl, &mut s);
                text.push_str(&s);
                in_para += 1;
                if in_para >= para_len {
                    text.push_str("\n\n");
                    in_para = 0;
                } else {
                    text.push(' ');
                }
            }
            if rng.chance(20) {
                text.push_str(&format!(
                    "\n\nReporting by {} {}; editing by {} {}\n",
                    rng.pick(FIRST),
                    rng.pick(LAST),
                    rng.pick(FIRST),
                    rng.pick(LAST)
                ));
            }
            ArticleInput {
                id: format!("syn{k:05}"),
                text,
                title: Some(headline),
                date: rng.chance(50).then(|| format!("{y:04}-{m:02}-{d:02}")),
                ..Default::default()
            }
        })
        .collect()
}

fn rng_pick_sentence(rng: &mut Rng) -> &'static str {
    SENTENCES[rng.below(SENTENCES.len())]
}

/// Synthetic articles up to `bytes`.
fn synthetic_bytes(bytes: usize, seed: u64) -> Vec<ArticleInput> {
    // about 1.5 kB an article on average: generate generously, then cut
    let mut all = synthetic(bytes / 800 + 10, seed);
    let mut total = 0;
    let keep = all
        .iter()
        .position(|a| {
            total += a.text.len();
            total >= bytes
        })
        .map_or(all.len(), |p| p + 1);
    all.truncate(keep);
    all
}

fn read_dir_articles(dir: &Path) -> Vec<ArticleInput> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .map(|rd| {
            rd.filter_map(|e| e.ok())
                .map(|e| e.path())
                .filter(|p| p.extension().is_some_and(|x| x == "txt"))
                .collect()
        })
        .unwrap_or_default();
    files.sort();
    let entries = std::fs::read_to_string(dir.join("manifest.json"))
        .map(|s| crosscheck_core::manifest::parse(&s))
        .unwrap_or_default();
    files
        .iter()
        .filter_map(|p| {
            let name = p.file_name()?.to_string_lossy().to_string();
            let text = std::fs::read(p).ok()?;
            let text = crosscheck_core::decode::decode(&text).text;
            Some(crosscheck_core::manifest::input(&entries, &name, text))
        })
        .collect()
}

fn bundled() -> Vec<ArticleInput> {
    read_dir_articles(Path::new(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../articles"
    )))
}

fn dev_dir() -> Option<PathBuf> {
    let candidates = [
        std::env::var("CROSSCHECK_DEV_ARTICLES")
            .ok()
            .map(PathBuf::from),
        Some(PathBuf::from(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../../../shared/dev/articles"
        ))),
    ];
    candidates.into_iter().flatten().find(|p| p.is_dir())
}

/// Copy `k` of a text: every digit run's last digit shifted by `k`, so that the copies' numbers
/// (and so their records) differ while their length stays.
fn vary_numbers(text: &str, k: usize) -> String {
    if k == 0 {
        return text.to_string();
    }
    let b = text.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    for (i, &c) in b.iter().enumerate() {
        let last_digit = c.is_ascii_digit() && !b.get(i + 1).is_some_and(u8::is_ascii_digit);
        if last_digit {
            out.push(b'0' + ((c - b'0') as usize + k) as u8 % 10);
        } else {
            out.push(c);
        }
    }
    String::from_utf8(out).unwrap_or_else(|_| text.to_string())
}

/// `base` repeated (copies with their numbers varied) until `n` articles.
fn repeat_to_count(base: &[ArticleInput], n: usize) -> Vec<ArticleInput> {
    (0..n)
        .map(|i| {
            let a = &base[i % base.len()];
            let k = i / base.len();
            ArticleInput {
                id: format!("{}-{k}", a.id),
                text: vary_numbers(&a.text, k),
                ..a.clone()
            }
        })
        .collect()
}

fn repeat_to_bytes(base: &[ArticleInput], bytes: usize) -> Vec<ArticleInput> {
    let one: usize = base.iter().map(|a| a.text.len()).sum::<usize>().max(1);
    let copies = bytes.div_ceil(one).max(1);
    repeat_to_count(base, copies * base.len())
}

// ---- stages --------------------------------------------------------------------------------

/// Inputs as `analyze` hands them to its stages: in id order, trimmed.
fn prepared(inputs: &[ArticleInput]) -> Vec<ArticleInput> {
    let mut sorted: Vec<&ArticleInput> = inputs.iter().collect();
    sorted.sort_by(|a, b| (&a.id, &a.text).cmp(&(&b.id, &b.text)));
    bundle::trim(sorted, &mut Vec::new())
}

/// Seconds of each stage over `inputs` (one run).
#[derive(Default, Clone, Copy)]
struct StageTimes {
    clean: f64,
    segment: f64,
    tokens: f64,
    doc: f64,
    bundle: f64,
    actors: f64,
    casualties: f64,
    truces: f64,
    stances: f64,
    extract: f64,
    sources: f64,
    consolidate: f64,
    analyze: f64,
}

/// A stage's seconds in one run.
type StageOf = fn(&StageTimes) -> f64;

const STAGES: &[(&str, StageOf)] = &[
    ("clean", |s| s.clean),
    ("segment", |s| s.segment),
    ("tokens", |s| s.tokens),
    ("doc", |s| s.doc),
    ("bundle", |s| s.bundle),
    ("actors", |s| s.actors),
    ("casualties", |s| s.casualties),
    ("truces", |s| s.truces),
    ("stances", |s| s.stances),
    ("extract", |s| s.extract),
    ("sources", |s| s.sources),
    ("consolidate", |s| s.consolidate),
];

fn stage_times(inputs: &[ArticleInput], prep: &[ArticleInput]) -> StageTimes {
    let mut st = StageTimes::default();
    // the text stages, one function at a time over every article
    let (cleaned, t) = timed(|| {
        prep.iter()
            .map(|a| clean::clean(&a.text))
            .collect::<Vec<_>>()
    });
    st.clean = t;
    let (_, t) = timed(|| {
        for c in &cleaned {
            black_box(segment::sentences(&c.text));
        }
    });
    st.segment = t;
    let (_, t) = timed(|| {
        for c in &cleaned {
            let mut toks = tokens::tokenize(&c.text);
            toks.fill_masks();
            black_box(toks);
        }
    });
    st.tokens = t;
    drop(cleaned);
    let (_, t) = timed(|| {
        for a in prep {
            black_box(Doc::new(a));
        }
    });
    st.doc = t;
    // the bundle, then each later stage on what the one before gave
    let (b, t) = timed(|| bundle::bundle(prep, Vec::new()));
    st.bundle = t;
    let (people_ents, t) = timed(|| {
        let mut people = crosscheck_core::people::People::default();
        let ents: Vec<_> = b
            .docs
            .iter()
            .map(|d| actors::entities(d, &mut people))
            .collect();
        (people, ents)
    });
    st.actors = t;
    let (people, ents) = people_ents;
    let ctxs: Vec<extract::Ctx> = b
        .docs
        .iter()
        .zip(&ents)
        .enumerate()
        .map(|(k, (doc, ents))| {
            let date = b.dates[k].0;
            extract::Ctx {
                doc,
                ents,
                date,
                ref_year: date.map(|d| d.y).or(b.year),
            }
        })
        .collect();
    let (_, t) = timed(|| {
        for c in &ctxs {
            black_box(extract::casualties::casualties(c));
        }
    });
    st.casualties = t;
    let (_, t) = timed(|| {
        for c in &ctxs {
            black_box(extract::truces::mentions(c));
        }
    });
    st.truces = t;
    let (_, t) = timed(|| {
        for c in &ctxs {
            black_box(extract::stances::stances(c));
        }
    });
    st.stances = t;
    drop(ctxs);
    let (records, t) = timed(|| extract::extract(&b, &ents));
    st.extract = t;
    let (groups, t) = timed(|| sources::sources(&b));
    st.sources = t;
    let (_, t) = timed(|| black_box(consolidate::consolidate(b, &ents, &people, records, groups)));
    st.consolidate = t;
    let (_, t) = timed(|| black_box(crosscheck_core::analyze(inputs)));
    st.analyze = t;
    st
}

fn median_of(runs: &[StageTimes], f: StageOf) -> (f64, f64, f64) {
    let mut v: Vec<f64> = runs.iter().map(f).collect();
    v.sort_by(|a, b| a.total_cmp(b));
    (v[v.len() / 2], v[0], v[v.len() - 1])
}

fn report_corpus(label: &str, inputs: &[ArticleInput]) {
    let bytes: usize = inputs.iter().map(|a| a.text.len()).sum();
    let n = inputs.len();
    let prep = prepared(inputs);
    let r = crosscheck_core::analyze(inputs);
    let records = r.casualties.len()
        + r.stances.len()
        + r.truces.iter().map(|t| t.mentions.len()).sum::<usize>();
    println!(
        "{label}: {n} articles, {:.1} MB, {records} records",
        bytes as f64 / 1e6
    );
    let runs: Vec<StageTimes> = (0..reps()).map(|_| stage_times(inputs, &prep)).collect();
    line("analyze", bytes, n, median_of(&runs, |s| s.analyze));
    for (name, f) in STAGES {
        line(name, bytes, n, median_of(&runs, *f));
    }
}

fn linearity(label: &str, make: &dyn Fn(usize) -> Vec<ArticleInput>) {
    println!("linearity, {label}: µs per article of each stage (a stage linear in the bundle keeps its figure)");
    let sizes = [100, 1000, 2700];
    let names = [
        "bundle",
        "actors",
        "extract",
        "sources",
        "consolidate",
        "analyze",
    ];
    println!(
        "  {:<9} {:>8} {}",
        "articles",
        "MB",
        names.map(|n| format!("{n:>12}")).join("")
    );
    for n in sizes {
        let inputs = make(n);
        let bytes: usize = inputs.iter().map(|a| a.text.len()).sum();
        let prep = prepared(&inputs);
        let runs: Vec<StageTimes> = (0..reps().min(3))
            .map(|_| stage_times(&inputs, &prep))
            .collect();
        let fs: [StageOf; 6] = [
            |s| s.bundle,
            |s| s.actors,
            |s| s.extract,
            |s| s.sources,
            |s| s.consolidate,
            |s| s.analyze,
        ];
        let cells = fs.map(|f| format!("{:>12.1}", median_of(&runs, f).0 * 1e6 / n as f64));
        println!("  {n:<9} {:>8.1} {}", bytes as f64 / 1e6, cells.join(""));
    }
}

/// `BENCH_WRITE=DIR`: write the corpora as files for the CLI (`DIR/synthetic`: `BENCH_ARTICLES`
/// generated articles, default 2,700, with a manifest; `DIR/dev`: as many copies of the dev
/// corpus, numbers varied, without a manifest) and stop.
fn write_corpora(dir: &Path) {
    let n: usize = std::env::var("BENCH_ARTICLES")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(2700);
    let write = |sub: &str, inputs: &[ArticleInput], manifest: bool| {
        let d = dir.join(sub);
        std::fs::create_dir_all(&d).expect("create the output folder");
        let mut entries = Vec::new();
        for a in inputs {
            std::fs::write(d.join(format!("{}.txt", a.id)), &a.text).expect("write an article");
            entries.push(serde_json::json!({
                "file": format!("{}.txt", a.id), "title": a.title, "date": a.date,
            }));
        }
        if manifest {
            let m = serde_json::json!({ "articles": entries });
            std::fs::write(d.join("manifest.json"), m.to_string()).expect("write the manifest");
        }
        let bytes: usize = inputs.iter().map(|a| a.text.len()).sum();
        println!(
            "wrote {} articles ({:.1} MB) to {}",
            inputs.len(),
            bytes as f64 / 1e6,
            d.display()
        );
    };
    write("synthetic", &synthetic(n, 1), true);
    match dev_dir() {
        Some(dev) => {
            let base: Vec<ArticleInput> = read_dir_articles(&dev)
                .into_iter()
                .map(|a| ArticleInput {
                    date: None,
                    title: None,
                    outlet: None,
                    url: None,
                    ..a
                })
                .collect();
            write("dev", &repeat_to_count(&base, n), false);
        }
        None => println!("dev corpus: skipped (no ../shared/dev/articles beside the workspace)"),
    }
}

fn main() {
    let parts: Vec<String> = std::env::args()
        .skip(1)
        .filter(|a| !a.starts_with('-'))
        .collect();
    let want = |p: &str| parts.is_empty() || parts.iter().any(|x| x == p);
    if let Ok(dir) = std::env::var("BENCH_WRITE") {
        write_corpora(Path::new(&dir));
        return;
    }
    let bytes = target_bytes();
    println!(
        "crosscheck-core throughput: median of {} runs (min, max); BENCH_MB={}",
        reps(),
        bytes as f64 / 1e6
    );
    // build the lexicon outside every timing
    let _ = crosscheck_core::analyze(&synthetic(3, 7));
    if want("synthetic") {
        report_corpus("synthetic (seed 1)", &synthetic_bytes(bytes, 1));
    }
    if want("bundled") {
        let base = bundled();
        let many = repeat_to_bytes(&base, bytes);
        report_corpus(
            &format!(
                "bundled articles ({} texts repeated, numbers varied)",
                base.len()
            ),
            &many,
        );
    }
    let dev = dev_dir();
    if want("dev") {
        match &dev {
            Some(dir) => {
                let base = read_dir_articles(dir);
                let many = repeat_to_bytes(&base, bytes);
                report_corpus(
                    &format!(
                        "dev corpus {} ({} texts repeated, numbers varied)",
                        dir.display(),
                        base.len()
                    ),
                    &many,
                );
            }
            None => println!(
                "dev corpus: skipped (no ../shared/dev/articles beside the workspace; set CROSSCHECK_DEV_ARTICLES)"
            ),
        }
    }
    if want("big") {
        let text = synthetic_bytes(bytes, 2)
            .iter()
            .map(|a| a.text.as_str())
            .collect::<Vec<_>>()
            .join("\n\n");
        let one = [ArticleInput {
            id: "big".into(),
            text,
            ..Default::default()
        }];
        let len = one[0].text.len();
        println!(
            "one article of {:.1} MB (synthetic, joined)",
            len as f64 / 1e6
        );
        let m = measure(reps(), || {
            timed(|| black_box(crosscheck_core::analyze(&one))).1
        });
        line("analyze", len, 1, m);
    }
    if want("linearity") {
        linearity("synthetic", &|n| synthetic(n, 3));
        match &dev {
            Some(dir) => {
                let base = read_dir_articles(dir);
                linearity("dev corpus (numbers varied)", &|n| {
                    repeat_to_count(&base, n)
                });
            }
            None => println!("linearity, dev corpus: skipped (no dev corpus)"),
        }
    }
}
