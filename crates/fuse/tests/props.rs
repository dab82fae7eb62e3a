//! Fusion never panics and gives code-point spans inside the text, whatever the input.

use fuse::{ClaimInput, DocInput, Mention};
use model::{AttributionKind, Certainty, Polarity, Span};
use proptest::prelude::*;

fn boundary(text: &str, at: usize) -> usize {
    let mut at = at.min(text.len());
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

proptest! {
    #[test]
    fn fusion_never_panics_and_spans_lie_in_the_text(
        texts in proptest::collection::vec("[a-zA-Zé“”’—0-9 ,.;:()\n]{0,80}", 1..4),
        raw in proptest::collection::vec((0usize..4, 0usize..90, 0usize..90, 0usize..5, "[A-Za-z ]{0,12}", 0f64..1e6), 0..12),
    ) {
        let docs: Vec<DocInput> = texts
            .iter()
            .enumerate()
            .map(|(i, t)| DocInput { id: format!("d{i}"), text: t.clone(), published: Some("2024-01-0".to_string() + &(i + 1).to_string()), duplicate_of: (i > 0).then(|| "d0".to_string()), ..DocInput::default() })
            .collect();
        let kinds = [AttributionKind::Assertion, AttributionKind::Relay, AttributionKind::Intention, AttributionKind::NonCommitment, AttributionKind::Evaluation];
        let claims: Vec<ClaimInput> = raw
            .iter()
            .enumerate()
            .map(|(n, (d, a, b, k, source, value))| {
                let d = d % docs.len();
                let text = &docs[d].text;
                let (a, b) = (boundary(text, *a), boundary(text, *b));
                let span = Span::new(a.min(b), a.max(b));
                ClaimInput {
                    id: format!("d{d}#a{n}"),
                    doc: d,
                    attribution_id: Some(format!("a{n}")),
                    source: source.clone(),
                    source_type: None,
                    relayed_by: vec![source.chars().rev().collect()],
                    audience: None,
                    when: None,
                    certainty: Certainty::Certain,
                    polarity: Polarity::Positive,
                    conditional: false,
                    direct: false,
                    anonymous: false,
                    kind: kinds[*k],
                    parent: (n % 2 == 1).then(|| format!("a{}", n - 1)),
                    content: span,
                    fragments: Vec::new(),
                    cue: None,
                    mentions: vec![
                        Mention::Quantity { span, value: *value, high: None, unit: Some("soldier".into()), approx: false, unit_from_context: false },
                        Mention::Entity { span, kind: "GPE".into(), canonical: source.clone() },
                    ],
                }
            })
            .collect();
        let fused = fuse::fuse(&docs, &claims, &fuse::Options::default());
        for cluster in &fused.clusters {
            for claim in &cluster.claims {
                let doc = docs.iter().find(|d| d.id == claim.doc).unwrap();
                let chars = doc.text.chars().count();
                prop_assert!(claim.content_span.start <= claim.content_span.end);
                prop_assert!(claim.content_span.end <= chars);
                prop_assert!(doc.text.is_char_boundary(claim.byte_span.start));
                prop_assert!(doc.text.is_char_boundary(claim.byte_span.end));
            }
            for d in &cluster.disagreements {
                prop_assert!(d.between.iter().all(|&i| i < cluster.claims.len()));
            }
        }
    }
}
