//! Factuality: how sure, which way, and under what condition a stretch of text is stated;
//! and the event predicates of a text with their factuality.
use model::{Event, Factuality, Segmentation, Span};

/// The factuality of the statement in `span` (a reported clause or quotation), judged from the
/// hedges, negations and conditions inside it. `cue` is the reporting cue when there is one
/// ("expects", "declined to confirm"), whose own meaning also counts.
pub fn assess(
    _text: &str,
    _segmentation: &Segmentation,
    _span: Span,
    _cue: Option<Span>,
) -> Factuality {
    Factuality::default()
}

/// The event predicates of `text` with their factuality.
pub fn events(_text: &str, _segmentation: &Segmentation) -> Vec<Event> {
    Vec::new()
}
