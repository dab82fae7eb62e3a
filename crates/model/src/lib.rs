//! The shared vocabulary of dossier: a [`Document`] owns its text once, and every
//! annotation layer is a list of byte [`Span`]s into that text plus what was found there.
//!
//! Invariant: every `Span` in every layer lies inside its document's `text` and starts and
//! ends on UTF-8 character boundaries. Code-point offsets exist only at the JSON edge
//! (see [`CharOffsets`]).

pub mod portfolio;

use serde::{Deserialize, Serialize};

/// A half-open byte range `[start, end)` into a document's text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    pub fn new(start: usize, end: usize) -> Span {
        debug_assert!(start <= end);
        Span { start, end }
    }
    pub fn len(&self) -> usize {
        self.end - self.start
    }
    pub fn is_empty(&self) -> bool {
        self.start == self.end
    }
    /// The text this span covers. Panics if the span is out of bounds or off a char boundary,
    /// which would be a bug in whoever made the span.
    pub fn of<'t>(&self, text: &'t str) -> &'t str {
        &text[self.start..self.end]
    }
    pub fn contains(&self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }
    pub fn overlaps(&self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }
}

/// The format a document was read from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum SourceFormat {
    Text,
    Html,
    Rss,
    Atom,
    Jsonl,
}

impl SourceFormat {
    pub fn as_str(self) -> &'static str {
        match self {
            SourceFormat::Text => "text",
            SourceFormat::Html => "html",
            SourceFormat::Rss => "rss",
            SourceFormat::Atom => "atom",
            SourceFormat::Jsonl => "jsonl",
        }
    }
    pub fn parse(s: &str) -> Option<SourceFormat> {
        Some(match s {
            "text" => SourceFormat::Text,
            "html" => SourceFormat::Html,
            "rss" => SourceFormat::Rss,
            "atom" => SourceFormat::Atom,
            "jsonl" => SourceFormat::Jsonl,
            _ => return None,
        })
    }
}

/// Where a document came from: the file (or `-` for standard input) and, inside it,
/// the line (JSONL) or item (feeds) that held it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Origin {
    pub path: String,
    /// "line 12" for JSONL, "item 3" for feeds, None for single-document files.
    pub locator: Option<String>,
}

/// One news report, its text normalized (NFC, whitespace tidied, paragraphs kept).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Document {
    /// The given id, else a hash of the normalized text: stable across runs.
    pub id: String,
    pub title: Option<String>,
    /// ISO 8601 date (`2024-10-23`) or date-time, where known. The anchor for relative times.
    pub published: Option<String>,
    /// The outlet ("The War Zone"), or for feeds the feed's title where the item names none.
    pub source: Option<String>,
    pub url: Option<String>,
    pub format: SourceFormat,
    pub origin: Origin,
    pub text: String,
}

/// A sentence: its byte span and the range of its tokens in the token list.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Sentence {
    pub span: Span,
    pub first_token: usize,
    /// Exclusive.
    pub end_token: usize,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum TokenKind {
    Word,
    Number,
    Punct,
    /// Any quotation mark, straight or curly, opening or closing.
    Quote,
    Symbol,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Token {
    pub span: Span,
    pub kind: TokenKind,
}

/// Tokens and sentences of one text.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Segmentation {
    pub tokens: Vec<Token>,
    pub sentences: Vec<Sentence>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "UPPERCASE")]
pub enum EntityKind {
    Person,
    Org,
    Gpe,
    Loc,
    Norp,
    Misc,
    /// A named event: a storm ("Hurricane Mara"), a war or a summit the text names.
    Event,
    /// A built structure with a name: an airport, a canal, a bridge, a stadium.
    #[serde(rename = "FAC")]
    Facility,
    /// A named law or treaty ("the Digital Markets Act").
    Law,
    /// A named vehicle or other made thing: a ship ("the tanker Meridian Pearl").
    Product,
}

impl EntityKind {
    pub fn as_str(self) -> &'static str {
        match self {
            EntityKind::Person => "PERSON",
            EntityKind::Org => "ORG",
            EntityKind::Gpe => "GPE",
            EntityKind::Loc => "LOC",
            EntityKind::Norp => "NORP",
            EntityKind::Misc => "MISC",
            EntityKind::Event => "EVENT",
            EntityKind::Facility => "FAC",
            EntityKind::Law => "LAW",
            EntityKind::Product => "PRODUCT",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Entity {
    pub span: Span,
    pub kind: EntityKind,
    /// The resolved name within the document ("NIS" -> "National Intelligence Service").
    pub canonical: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "UPPERCASE")]
pub enum TimexKind {
    Date,
    Time,
    Duration,
    Set,
}

impl TimexKind {
    pub fn as_str(self) -> &'static str {
        match self {
            TimexKind::Date => "DATE",
            TimexKind::Time => "TIME",
            TimexKind::Duration => "DURATION",
            TimexKind::Set => "SET",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Timex {
    pub span: Span,
    pub kind: TimexKind,
    /// TIMEX3 value: `2024-10-23`, `2024-W43`, `P3D`, `PRESENT_REF`, `XXXX-12-25`.
    pub value: String,
    /// TIMEX3 mod: `BEFORE`, `AFTER`, `ON_OR_BEFORE`, `APPROX`, `START`, `END`, ...
    pub modifier: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Quantity {
    pub span: Span,
    /// The number: 10000 for "10,000", 1.5e9 for "$1.5 billion". For a range, its low end.
    pub value: f64,
    /// The high end of a range ("between 10,000 and 12,000"), if any.
    pub high: Option<f64>,
    /// The counted thing or measure, singular: "soldier", "USD", "percent", "km".
    pub unit: Option<String>,
    /// "about", "some", "nearly", "more than", "at least", ...
    pub approx: bool,
    /// The unit is not written beside the figure but read from its context: another figure
    /// of the sentence ("built for 250 people but held more than 900"), a verb ("killing
    /// 11"), a toll the figure is put at. An inference, marked as one.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub unit_from_context: bool,
}

/// How sure a source sounds of what it states (FactBank/MEANTIME certainty).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Certainty {
    Certain,
    /// "expected to", "likely", "appear"
    Probable,
    /// "could", "may", "considering"
    Possible,
    /// Neither committed nor denied: "looking into", "declined to confirm or deny".
    Underspecified,
}

impl Certainty {
    pub fn as_str(self) -> &'static str {
        match self {
            Certainty::Certain => "certain",
            Certainty::Probable => "probable",
            Certainty::Possible => "possible",
            Certainty::Underspecified => "underspecified",
        }
    }
    /// The certainty of its FORMAT.md name; anything unknown reads as `certain`.
    pub fn from_name(name: &str) -> Certainty {
        match name {
            "probable" => Certainty::Probable,
            "possible" => Certainty::Possible,
            "underspecified" => Certainty::Underspecified,
            _ => Certainty::Certain,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Polarity {
    Positive,
    /// The content is asserted not to hold ("have not yet arrived").
    Negative,
    Underspecified,
}

impl Polarity {
    pub fn as_str(self) -> &'static str {
        match self {
            Polarity::Positive => "positive",
            Polarity::Negative => "negative",
            Polarity::Underspecified => "underspecified",
        }
    }
    /// The polarity of its FORMAT.md name; anything unknown reads as `positive`.
    pub fn from_name(name: &str) -> Polarity {
        match name {
            "negative" => Polarity::Negative,
            "underspecified" => Polarity::Underspecified,
            _ => Polarity::Positive,
        }
    }
}

/// The factuality of a stretch of text: how sure, which way, under a condition or not.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Factuality {
    pub certainty: Certainty,
    pub polarity: Polarity,
    /// True where the content holds only under a condition ("if true", "if ... continues").
    pub conditional: bool,
}

impl Default for Factuality {
    fn default() -> Factuality {
        Factuality {
            certainty: Certainty::Certain,
            polarity: Polarity::Positive,
            conditional: false,
        }
    }
}

/// An event predicate ("defeated", "supply", "attack") with its factuality in the
/// FactBank/MEANTIME sense.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Event {
    pub span: Span,
    pub certainty: Certainty,
    pub polarity: Polarity,
    /// MEANTIME's temporal value: `NON_FUTURE`, `FUTURE` or `UNDERSPECIFIED`.
    pub time: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum AttributionKind {
    Assertion,
    Evaluation,
    Intention,
    NonCommitment,
    /// The source passes on what another source said ("According to Rep. Park, the agency
    /// told ...": Park's attribution is a relay; the agency's is nested in it).
    Relay,
}

impl AttributionKind {
    pub fn as_str(self) -> &'static str {
        match self {
            AttributionKind::Assertion => "assertion",
            AttributionKind::Evaluation => "evaluation",
            AttributionKind::Intention => "intention",
            AttributionKind::NonCommitment => "non-commitment",
            AttributionKind::Relay => "relay",
        }
    }
    /// The kind of its FORMAT.md name; anything unknown reads as `assertion`.
    pub fn from_name(name: &str) -> AttributionKind {
        match name {
            "evaluation" => AttributionKind::Evaluation,
            "intention" => AttributionKind::Intention,
            "non-commitment" => AttributionKind::NonCommitment,
            "relay" => AttributionKind::Relay,
            _ => AttributionKind::Assertion,
        }
    }
}

/// One reported statement: who said what, through whom, to whom, when, how sure.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Attribution {
    /// Unique within the document ("a1", "a2", ...).
    pub id: String,
    /// The canonical name of who made the statement; `anonymous: <description>` when unnamed.
    pub source: String,
    /// The mention that is the source of this cue where it stands ("the spy agency", "he").
    pub source_span: Option<Span>,
    /// The words that mark the attribution: "said", "according to", "declined to confirm".
    pub cue_span: Span,
    /// The whole extent of what was stated, from its first fragment to its last.
    pub content_span: Span,
    /// The pieces of a quotation split around its cue, in order; one piece when unsplit.
    pub content_fragments: Vec<Span>,
    /// True for a quotation in quote marks, false for reported speech.
    pub direct: bool,
    pub anonymous: bool,
    pub factuality: Factuality,
    /// Who passed the statement on, nearest the source last (canonical names).
    pub relayed_by: Vec<String>,
    /// Whom it was said to, as the text names them.
    pub audience: Option<String>,
    /// When it was said: ISO date, where the text or the publication date tells.
    pub when: Option<String>,
    /// The id of an enclosing attribution.
    pub parent: Option<String>,
    pub kind: AttributionKind,
}

/// Maps byte offsets of one text to Unicode code-point offsets, for the JSON edge.
pub struct CharOffsets {
    /// Byte offset of every char start, plus the text length at the end.
    starts: Vec<usize>,
    ascii: bool,
}

impl CharOffsets {
    pub fn new(text: &str) -> CharOffsets {
        if text.is_ascii() {
            return CharOffsets {
                starts: Vec::new(),
                ascii: true,
            };
        }
        let mut starts: Vec<usize> = text.char_indices().map(|(i, _)| i).collect();
        starts.push(text.len());
        CharOffsets {
            starts,
            ascii: false,
        }
    }
    /// The code-point offset of a byte offset that lies on a char boundary.
    pub fn char_of(&self, byte: usize) -> usize {
        if self.ascii {
            return byte;
        }
        match self.starts.binary_search(&byte) {
            Ok(i) => i,
            Err(i) => i, // off-boundary: round up; callers should never ask this
        }
    }
    /// The byte offset of a code-point offset (clamped to the text end).
    pub fn byte_of(&self, ch: usize) -> usize {
        if self.ascii {
            return ch;
        }
        self.starts[ch.min(self.starts.len() - 1)]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn char_offsets_round_trip_on_multibyte_text() {
        let text = "Korea\u{2019}s “spy” agency";
        let map = CharOffsets::new(text);
        for (ci, (bi, _)) in text.char_indices().enumerate() {
            assert_eq!(map.char_of(bi), ci);
            assert_eq!(map.byte_of(ci), bi);
        }
        assert_eq!(map.char_of(text.len()), text.chars().count());
    }

    #[test]
    fn ascii_text_maps_identity() {
        let map = CharOffsets::new("plain");
        assert_eq!(map.char_of(3), 3);
        assert_eq!(map.byte_of(5), 5);
    }

    #[test]
    fn span_overlap_and_containment() {
        let a = Span::new(0, 5);
        assert!(a.overlaps(Span::new(4, 8)));
        assert!(!a.overlaps(Span::new(5, 8)));
        assert!(a.contains(Span::new(1, 5)));
        assert_eq!(Span::new(2, 4).of("abcdef"), "cd");
    }
}
