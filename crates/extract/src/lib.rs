//! Runs every linguistic layer over one text and returns its annotations.
//!
//! Extraction never fails on text: whatever the input, it returns annotations (possibly empty).
//! This crate knows nothing of storage or HTTP; [`json`] renders the FORMAT.md layers.

pub mod json;

use model::{Entity, Quantity, Segmentation, Timex};

/// Which layers to compute. Segmentation always runs: the others stand on it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Layers {
    pub entities: bool,
    pub timexes: bool,
    pub quantities: bool,
}

impl Layers {
    pub const ALL: Layers = Layers {
        entities: true,
        timexes: true,
        quantities: true,
    };

    /// Parses a comma-separated list such as `entities,timexes`. Unknown names are errors.
    pub fn parse(list: &str) -> Result<Layers, String> {
        let mut layers = Layers {
            entities: false,
            timexes: false,
            quantities: false,
        };
        for name in list.split(',').map(str::trim).filter(|s| !s.is_empty()) {
            match name {
                "entities" => layers.entities = true,
                "timexes" => layers.timexes = true,
                "quantities" => layers.quantities = true,
                other => {
                    return Err(format!(
                        "unknown layer `{other}` (known: entities, timexes, quantities)"
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
}

/// Annotates `text`, resolving relative times against `published` (ISO 8601) where given.
pub fn annotate(text: &str, published: Option<&str>, layers: Layers) -> Annotations {
    let segmentation = text::segment(text);
    let entities = if layers.entities {
        ner::find(text, &segmentation)
    } else {
        Vec::new()
    };
    let timexes = if layers.timexes {
        timex::find(text, published)
    } else {
        Vec::new()
    };
    let mut quantities = if layers.quantities {
        quantity::find(text)
    } else {
        Vec::new()
    };
    // A number inside a time expression ("Oct. 28", "three days") is a time, not a quantity.
    quantities.retain(|q| !timexes.iter().any(|t| t.span.contains(q.span)));
    Annotations {
        segmentation,
        entities,
        timexes,
        quantities,
    }
}
