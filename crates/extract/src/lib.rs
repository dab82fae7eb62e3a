//! Runs every linguistic layer over one text and returns its annotations.
//!
//! Extraction never fails on text: whatever the input, it returns annotations (possibly empty).
//! This crate knows nothing of storage or HTTP; [`json`] renders the FORMAT.md layers.

pub mod json;
pub mod outlet;

use model::{Attribution, Entity, Event, Quantity, Segmentation, Timex};
pub use outlet::OutletStatement;

/// Which layers to compute. Segmentation always runs: the others stand on it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Layers {
    pub entities: bool,
    pub timexes: bool,
    pub quantities: bool,
    /// Attributions stand on entities and timexes: asking for them computes those too.
    pub attributions: bool,
    pub events: bool,
}

impl Layers {
    pub const ALL: Layers = Layers {
        entities: true,
        timexes: true,
        quantities: true,
        attributions: true,
        events: true,
    };
    /// What the store keeps of each document: every layer but events, which are cheap to
    /// recompute and not needed by fusion.
    pub const STORED: Layers = Layers {
        entities: true,
        timexes: true,
        quantities: true,
        attributions: true,
        events: false,
    };
    pub const NONE: Layers = Layers {
        entities: false,
        timexes: false,
        quantities: false,
        attributions: false,
        events: false,
    };

    /// Parses a comma-separated list such as `entities,timexes`. Unknown names are errors.
    pub fn parse(list: &str) -> Result<Layers, String> {
        let mut layers = Layers::NONE;
        for name in list.split(',').map(str::trim).filter(|s| !s.is_empty()) {
            match name {
                "entities" => layers.entities = true,
                "timexes" => layers.timexes = true,
                "quantities" => layers.quantities = true,
                "attributions" => layers.attributions = true,
                "events" => layers.events = true,
                other => {
                    return Err(format!(
                        "unknown layer `{other}` (known: entities, timexes, quantities, \
                         attributions, events)"
                    ))
                }
            }
        }
        Ok(layers)
    }
}

/// The annotation layers of one text, all as byte spans into it.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Annotations {
    pub segmentation: Segmentation,
    pub entities: Vec<Entity>,
    pub timexes: Vec<Timex>,
    pub quantities: Vec<Quantity>,
    pub attributions: Vec<Attribution>,
    /// Statements in the outlet's own voice that carry a counted figure (see [`outlet`]);
    /// computed with attributions and quantities, never part of the FORMAT.md layers.
    pub outlet_statements: Vec<OutletStatement>,
    pub events: Vec<Event>,
}

/// Annotates `text`, resolving relative times against `published` (ISO 8601) where given.
pub fn annotate(text: &str, published: Option<&str>, layers: Layers) -> Annotations {
    let segmentation = text::segment(text);
    let entities = if layers.entities || layers.attributions {
        ner::find(text, &segmentation)
    } else {
        Vec::new()
    };
    let timexes = if layers.timexes || layers.attributions {
        timex::find(text, published)
    } else {
        Vec::new()
    };
    let mut quantities = if layers.quantities {
        quantity::find(text)
    } else {
        Vec::new()
    };
    // A number inside a date or clock time ("Oct. 28", "3 p.m.") is part of a time, not a
    // quantity. A duration ("three days") is both: a TIMEX3 DURATION and an amount of days.
    quantities.retain(|q| {
        !timexes.iter().any(|t| {
            matches!(t.kind, model::TimexKind::Date | model::TimexKind::Time)
                && t.span.contains(q.span)
        })
    });
    let attributions = if layers.attributions {
        let context = attribution::Context {
            text,
            segmentation: &segmentation,
            entities: &entities,
            timexes: &timexes,
            published,
        };
        attribution::find(&context)
    } else {
        Vec::new()
    };
    let outlet_statements = if layers.attributions && layers.quantities {
        outlet::statements(text, &segmentation, &quantities, &attributions)
    } else {
        Vec::new()
    };
    let events = if layers.events {
        factuality::events(text, &segmentation)
    } else {
        Vec::new()
    };
    Annotations {
        segmentation,
        entities,
        timexes,
        quantities,
        attributions,
        outlet_statements,
        events,
    }
}
