//! The Report: what the core gives to every shell (page, CLI, export).
//!
//! Takes: nothing — these are plain data types.
//! Gives: the `crosscheck.report/1` document of `shared/spec/report-schema.md`, serialised by one
//! serializer ([`Report::to_json`]) everywhere.
//! Invariants: field names are the JSON names; unknown is `None` (serialised `null`), never a guess;
//! every record carries [`Evidence`] pointing into the original article text.

use serde::{Deserialize, Serialize};

/// The schema tag written into every Report. Bump on any breaking change.
pub const SCHEMA: &str = "crosscheck.report/1";

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
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
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
