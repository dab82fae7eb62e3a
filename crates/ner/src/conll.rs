//! Reads CoNLL-2003 files (`token POS chunk NER` per line, blank line between sentences,
//! `-DOCSTART-` between articles) for training and measurement.

use crate::tags::TYPE_NAMES;

pub struct Sentence {
    pub words: Vec<String>,
    /// The entity type index of each token, None outside entities.
    pub types: Vec<Option<usize>>,
    /// Whether each token begins an entity (`B-` in IOB2; also IOB1 type changes).
    pub starts: Vec<bool>,
}

/// The documents of a CoNLL file, each a list of sentences. Unknown tags read as outside.
pub fn read_conll(text: &str) -> Vec<Vec<Sentence>> {
    let mut docs: Vec<Vec<Sentence>> = vec![Vec::new()];
    let mut current = Sentence {
        words: Vec::new(),
        types: Vec::new(),
        starts: Vec::new(),
    };
    let flush = |docs: &mut Vec<Vec<Sentence>>, s: &mut Sentence| {
        if !s.words.is_empty() {
            let done = std::mem::replace(
                s,
                Sentence {
                    words: Vec::new(),
                    types: Vec::new(),
                    starts: Vec::new(),
                },
            );
            if let Some(d) = docs.last_mut() {
                d.push(done);
            }
        }
    };
    for line in text.lines() {
        let line = line.trim_end();
        if line.is_empty() {
            flush(&mut docs, &mut current);
            continue;
        }
        if line.starts_with("-DOCSTART-") {
            flush(&mut docs, &mut current);
            if docs.last().is_some_and(|d| !d.is_empty()) {
                docs.push(Vec::new());
            }
            continue;
        }
        let mut cols = line.split(' ');
        let word = cols.next().unwrap_or("");
        let tag = cols.next_back().unwrap_or("O");
        let (prefix, name) = tag.split_once('-').unwrap_or(("O", ""));
        let entity_type = TYPE_NAMES.iter().position(|&t| t == name);
        let continues = entity_type.is_some() && current.types.last() == Some(&entity_type);
        current.words.push(word.to_string());
        current.types.push(entity_type);
        current
            .starts
            .push(entity_type.is_some() && (prefix == "B" || !continues));
    }
    flush(&mut docs, &mut current);
    docs.retain(|d| !d.is_empty());
    docs
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_documents_sentences_and_tags() {
        let text =
            "-DOCSTART- -X- -X- O\n\nAnna NNP B-NP B-PER\nMoss NNP I-NP I-PER\nsang VBD B-VP O\n\n\
                    Oslo NNP B-NP B-LOC\n\n-DOCSTART- -X- -X- O\n\nRain NN B-NP O\n";
        let docs = read_conll(text);
        assert_eq!(docs.len(), 2);
        assert_eq!(docs[0].len(), 2);
        assert_eq!(docs[0][0].types, vec![Some(0), Some(0), None]);
        assert_eq!(docs[0][0].starts, vec![true, false, false]);
        assert_eq!(docs[1][0].words, vec!["Rain".to_string()]);
    }
}
