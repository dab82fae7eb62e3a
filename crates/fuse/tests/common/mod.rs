//! Builders for hand-written test inputs: mentions are found by their text in the claim.

#![allow(dead_code)]

use fuse::{ClaimInput, DocInput, Mention};
use model::{AttributionKind, Certainty, Polarity, Span};

pub fn doc(id: &str, text: &str, published: &str) -> DocInput {
    DocInput {
        id: id.into(),
        text: text.into(),
        published: Some(published.into()),
        outlet: Some("Test Outlet".into()),
        title: None,
        duplicate_of: None,
    }
}

pub enum M<'a> {
    Entity(&'a str, &'a str, &'a str),
    Quantity(&'a str, f64, &'a str, bool),
    Timex(&'a str, &'a str, Option<&'a str>),
}

/// A claim of `docs[d]` whose content is the first occurrence of `content`.
#[allow(clippy::too_many_arguments)]
pub fn claim(
    docs: &[DocInput],
    d: usize,
    aid: &str,
    source: &str,
    content: &str,
    kind: AttributionKind,
    certainty: Certainty,
    mentions: &[M],
) -> ClaimInput {
    let text = &docs[d].text;
    let start = text.find(content).expect("content in the text");
    let span = Span::new(start, start + content.len());
    let find = |s: &str| {
        let at = start + text[start..].find(s).expect("mention in the content");
        Span::new(at, at + s.len())
    };
    let mentions = mentions
        .iter()
        .map(|m| match m {
            M::Entity(s, kind, canonical) => Mention::Entity {
                span: find(s),
                kind: kind.to_string(),
                canonical: canonical.to_string(),
            },
            M::Quantity(s, value, unit, approx) => Mention::Quantity {
                span: find(s),
                value: *value,
                high: None,
                unit: Some(unit.to_string()),
                approx: *approx,
                unit_from_context: false,
            },
            M::Timex(s, value, modifier) => Mention::Timex {
                span: find(s),
                value: value.to_string(),
                modifier: modifier.map(String::from),
            },
        })
        .collect();
    ClaimInput {
        id: format!("{}#{aid}", docs[d].id),
        doc: d,
        attribution_id: Some(aid.into()),
        source: source.into(),
        source_type: None,
        relayed_by: vec![],
        audience: None,
        when: docs[d].published.clone(),
        certainty,
        polarity: Polarity::Positive,
        conditional: false,
        direct: false,
        anonymous: source.starts_with("anonymous:"),
        kind,
        parent: None,
        content: span,
        fragments: Vec::new(),
        cue: None,
        mentions,
    }
}

/// The cluster that holds a claim.
pub fn cluster_of<'a>(fused: &'a fuse::Fused, claim_id: &str) -> &'a fuse::Cluster {
    fused
        .clusters
        .iter()
        .find(|c| c.claims.iter().any(|x| x.id == claim_id))
        .expect("claim in a cluster")
}
