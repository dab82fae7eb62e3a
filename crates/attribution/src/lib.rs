//! Attributions: reported statements with their source, cue, content, chain and factuality.
use model::{Attribution, Entity, Segmentation, Timex};

/// What attribution needs from the layers below it.
pub struct Context<'a> {
    pub text: &'a str,
    pub segmentation: &'a Segmentation,
    pub entities: &'a [Entity],
    pub timexes: &'a [Timex],
    /// ISO 8601 publication date, the default `when` of a statement.
    pub published: Option<&'a str>,
}

/// Finds the attributions of a document.
pub fn find(_context: &Context<'_>) -> Vec<Attribution> {
    Vec::new()
}
