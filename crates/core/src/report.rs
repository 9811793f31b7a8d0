//! The Report: what the core gives to every shell (page, CLI, export).
//!
//! Takes: nothing — these are plain data types.
//! Gives: the `crosscheck.report/2` document of `shared/spec/report-schema.md`, serialised by one
//! serializer ([`Report::to_json`]) everywhere.
//! Invariants: field names are the JSON names; unknown is `None` (serialised `null`), never a guess;
//! every record carries [`Evidence`] pointing into the original article text.

use serde::{Deserialize, Serialize};

/// The schema tag written into every Report. Bump on any breaking change.
/// 2: the articles' independent sources (`Report::sources`, `Article::source_group`) and the
/// casualty figures' `attribution`.
pub const SCHEMA: &str = "crosscheck.report/2";

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Report {
    pub schema: String,
    /// The tool and version that computed it, e.g. "crosscheck 0.1.0".
    pub generator: String,
    pub articles: Vec<Article>,
    pub actors: Vec<Actor>,
    pub casualties: Vec<Casualty>,
    pub truces: Vec<Truce>,
    pub stances: Vec<Stance>,
    /// The articles grouped into independent sources: copies, rewrites and translations of one
    /// story share a group (one group per article that derives from no other).
    #[serde(default)]
    pub sources: Vec<SourceGroup>,
    pub diagnostics: Vec<Diagnostic>,
}

impl Default for Report {
    fn default() -> Self {
        Report {
            schema: SCHEMA.to_string(),
            generator: format!("crosscheck {}", env!("CARGO_PKG_VERSION")),
            articles: Vec::new(),
            actors: Vec::new(),
            casualties: Vec::new(),
            truces: Vec::new(),
            stances: Vec::new(),
            sources: Vec::new(),
            diagnostics: Vec::new(),
        }
    }
}

impl Report {
    /// The one JSON serialisation of a Report (pretty, stable field order).
    pub fn to_json(&self) -> String {
        // Serialising plain data with string keys cannot fail.
        serde_json::to_string_pretty(self).unwrap_or_default()
    }

    /// The same JSON on one line (compact, no line end): a line of the CLI's `--format jsonl`.
    /// The same fields and values as [`Report::to_json`], white space aside.
    pub fn to_json_line(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Article {
    /// The file name without extension, e.g. `003_771d6d12542d22cc`.
    pub id: String,
    pub title: Option<String>,
    pub outlet: Option<String>,
    /// ISO date `YYYY-MM-DD`.
    pub date: Option<String>,
    pub date_inferred: bool,
    pub url: Option<String>,
    /// Length of the original text in characters.
    pub chars: usize,
    /// The id of the [`SourceGroup`] the article belongs to ("S1", "S2", … in article order).
    #[serde(default)]
    pub source_group: String,
}

/// How one article derives from another.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum LinkKind {
    /// Near-verbatim: most of the shorter article's word sequences are in the other.
    Copy,
    /// Reworded: some word sequences shared, and the same names, figures and quotes in order.
    Rewrite,
    /// Other words throughout, but the same names, figures and quotes in the same order.
    Translation,
}

/// The evidence that article `from` derives from article `to`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SourceLink {
    /// The article that derives (the later one, else the shorter, else the later id): a
    /// guess at the direction, the link itself is the finding.
    pub from: String,
    /// The article it likely derives from.
    pub to: String,
    pub kind: LinkKind,
    /// How strong the evidence is, 0 to 1 (for a copy, the share of the shorter article's word
    /// sequences found in the other; otherwise the share of its names, figures and quotes, each
    /// weighted by its rarity in the bundle, found in the other in the same order), rounded to
    /// 3 decimals.
    pub score: f64,
    /// What the two share, for a reader: a few sentences, names, figures and quotes.
    pub shared: Vec<String>,
}

/// One independent source: articles that copy, rewrite or translate one another.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SourceGroup {
    /// "S1", "S2", … numbered in the order of each group's first article.
    pub id: String,
    /// The group's article ids, in article order.
    pub articles: Vec<String>,
    /// The links that join the group: for n articles, the n − 1 strongest that connect them
    /// (a maximum spanning tree); none for an article that stands alone.
    pub links: Vec<SourceLink>,
}

/// Where a record comes from: a sentence of an article.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Evidence {
    pub article: String,
    /// Byte offsets of the sentence in the ORIGINAL article text: `text[start..end]`.
    pub start: usize,
    pub end: usize,
    /// The sentence with white space folded and line-end hyphen breaks joined.
    pub sentence: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ActorKind {
    State,
    Organisation,
    ArmedGroup,
    Person,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Actor {
    pub id: String,
    pub name: String,
    pub kind: ActorKind,
    pub aliases: Vec<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Qualifier {
    Exact,
    MoreThan,
    AtLeast,
    Approx,
    Vague,
    Unquantified,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Count {
    pub low: Option<u64>,
    pub high: Option<u64>,
    pub qualifier: Qualifier,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CasualtyKind {
    Killed,
    Wounded,
    Displaced,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Population {
    Civilians,
    Military,
    Unspecified,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Sides {
    Both,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Scope {
    Current,
    Historical,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Level {
    Toll,
    Incident,
}

#[derive(
    Debug, Clone, Copy, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize,
)]
#[serde(rename_all = "snake_case")]
pub enum Attribution {
    /// The outlet's own voice: "The blast killed 12".
    #[default]
    Stated,
    /// Credited in the sentence: "according to the ministry", "officials said".
    Attributed,
    /// Hedged: "reportedly", "is believed to", "may have", "unconfirmed" (wins over attributed).
    Hedged,
    /// A party is reported rejecting the figure ("the army denied the toll").
    Disputed,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Casualty {
    pub id: String,
    pub evidence: Evidence,
    pub kind: CasualtyKind,
    pub count: Count,
    pub population: Population,
    pub sides: Option<Sides>,
    pub scope: Scope,
    pub level: Level,
    pub source: Option<String>,
    /// Whose voice the figure is in: the outlet's own, credited to a source, hedged, or
    /// reported as rejected by a party.
    #[serde(default)]
    pub attribution: Attribution,
    /// The phrase of the sentence that states the figure (folded white space).
    pub quote: String,
    /// Remarks that qualify this figure, e.g. "the actual death toll is believed to be
    /// substantially higher", or that the wording mixes kinds ("casualties").
    pub notes: Vec<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Claim {
    Agreed,
    Violated,
    Collapsed,
    Failed,
    Partial,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TruceMention {
    pub evidence: Evidence,
    /// What the sentence asserts about the attempt; null when it names the attempt without
    /// asserting an outcome (talks under way, a proposal, a call for one).
    pub claim: Option<Claim>,
    /// The phrase that names the truce (folded white space).
    pub quote: String,
    /// How many attempts the sentence says there were ("three ceasefires"), if it says.
    pub count: Option<u32>,
    /// The ordinal the sentence gives this attempt ("a fourth ceasefire attempt").
    pub ordinal: Option<u32>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Truce {
    pub id: String,
    pub what: String,
    pub date: Option<String>,
    pub date_inferred: bool,
    pub venue: Option<String>,
    pub brokers: Vec<String>,
    pub parties: Vec<String>,
    /// The outcome the mentions report; null while none reports a result (a mediation effort).
    pub outcome: Option<Claim>,
    pub scope: Scope,
    pub count: Option<u32>,
    pub mentions: Vec<TruceMention>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum StanceType {
    OfferAid,
    RequestAid,
    CallCeasefire,
    Accuse,
    Deny,
    RejectIntervention,
    Warn,
    NoComment,
    Demand,
    Support,
    Neutral,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Stance {
    pub id: String,
    pub evidence: Evidence,
    pub actor: String,
    pub speaker: Option<String>,
    #[serde(rename = "type")]
    pub kind: StanceType,
    pub target: Option<String>,
    /// The phrase that carries the stance (folded white space).
    pub quote: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DiagnosticLevel {
    Info,
    Warning,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Diagnostic {
    pub article: Option<String>,
    pub level: DiagnosticLevel,
    pub message: String,
}

/// The snake_case word the JSON uses for a vocabulary value (`more_than`, `call_ceasefire`).
pub fn word<T: Serialize>(v: &T) -> String {
    serde_json::to_string(v)
        .unwrap_or_default()
        .trim_matches('"')
        .to_string()
}
