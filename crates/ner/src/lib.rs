//! Named entities (PERSON, ORG, GPE, LOC, NORP, MISC; EVENT for named storms, found after
//! tagging) with in-document canonical names.
//!
//! # Method
//! Two greedy left-to-right averaged-perceptron passes over BILOU tags of the four CoNLL
//! types (PER, ORG, LOC, MISC), with hashed features: words (lower-cased, cased in context),
//! neighbours +/-2, affixes 1-4, shapes, headline and sentence-initial context, gazetteer
//! matches (`data/`), word clusters learned from unlabeled news ([`clusters`]), document-level
//! evidence (the word seen in lower case or capitalised elsewhere, the neighbours of its other
//! occurrences), previous two tags, and what the same word was tagged earlier in the document.
//! The second pass adds non-local features from the first pass's tags of the whole document
//! (how the word's other occurrences, earlier or later, were tagged; the tags to its right),
//! as in Ratinov & Roth 2009. It is trained on jackknifed first-pass tags (5 folds by article)
//! so that it learns how far to trust them on unseen text.
//!
//! Reproducible training, on CoNLL-2003 train only (fixed seed, 8 epochs per pass; dev is only
//! measured). First the cluster table, from unlabeled text (CoNLL train words without their
//! tags, the news corpus, PolNeAR train texts; only word hashes are stored), then both passes
//! (the rebuilt crate embeds the table the training reads):
//!
//! ```text
//! S=../shared/data
//! cargo run -p ner --release --example build_clusters -- crates/ner/model/clusters.bin \
//!     $S/ner/conll2003/iob2/train.txt $S/news/bbc_news.jsonl $S/news/wikinews_gum.jsonl \
//!     $S/attribution/polnear.train.gold.jsonl
//! cargo run -p ner --release --bin train-ner -- $S/ner/conll2003/iob2/train.txt \
//!     crates/ner/model/ner.bin crates/ner/model/ner2.bin
//! ```
//!
//! The models (sparse, i16-quantized) and the cluster table are about 1.9 MB together.
//!
//! Names learned after training go to `data/known_after_tagging.txt`, which only the repairs
//! after tagging read ([`lexicon::LEXICON`]; the features read [`lexicon::TAGGER_LEXICON`]):
//! adding one changes no model, so a retrain still gives the shipped bytes (`.ci/run` retrains
//! and compares them; the eighteenth session found them differing, the gazetteer entries of
//! two sessions having gone into the feature files, and moved those here), and the models do
//! not shift on the names no list changed (a retrain with new gazetteer entries moves the
//! typing of unknown names either way, by about a point on `eval/own`).
//!
//! # Speed
//! `find` tags with both passes' models merged under one bucket index ([`scoring`]): each
//! static feature is looked up once for both passes and the static scores are summed once per
//! document, in exact integer arithmetic, so the scores equal those of the generic
//! [`perceptron::tag_two_stage`] that training uses (its tags too, but for the lower-case
//! words `find` leaves unscored, below). Words are lower-cased once per document
//! and the word features of a token and its neighbours are hashed in parallel lanes; gazetteer
//! phrases stop growing at the first words no entry begins with. The bucket look-ups and row
//! sums, most of the instructions, are compiled twice: for the build's baseline (SSE2, no
//! population count) and for AVX2 with BMI2 and POPCNT, chosen at run time; both give the
//! same integers. Features that take few values (flags, gazetteer marks, cluster classes, the
//! first pass's tags to the right) are hashed at compile time and looked up. Of the six
//! dynamic features, the three that depend on the previous tags or the history alone are
//! summed once per model (`TwoPassModel::new`); the first pass sums the other three for both
//! passes, and the second pass reuses them where it sees the same previous tag and history
//! (almost every token).
//!
//! About half the tokens of a news text are lower-case words that follow no capitalised word
//! ("said", "the troops"): they are tagged O unscored, with no static features, and a name
//! still open before one closes at the word before ([`features::unscored_tokens`]). That cut
//! the instructions of `extract` by 15 % and left CoNLL-2003 dev at 0.907.
//!
//! Within a document, about half the tokens repeat an earlier token's word in the same
//! context (sentence-initial, headline): the features of the word alone (bias, word, affixes,
//! shapes, clusters, flags) are then neither hashed nor summed again, the token adds the first
//! one's sum ([`features::Layout::SharedWords`]; training keeps every feature in its order,
//! as its f32 sums depend on the order), and its word-tag rows are reused where the previous
//! tag and history match the word's latest ones. The models are read from their bytes straight
//! into the merged table ([`scoring::TwoPassModel::from_bytes`]), without building the
//! look-up table of each [`perceptron::Model`], which the tagger never uses.
//!
//! Tried and dropped (measured with `valgrind --tool=cachegrind` instruction and simulated
//! cache-miss counts, steadier than wall time on a shared machine): a per-thread cache of each
//! word type's summed word-only features (the cache entries compete with the weight rows for
//! the L2 cache and misses cost the full sums: 25 % slower), and rows packed to 32 bytes as a
//! non-zero mask plus values (half the table, no faster), and looking rows up and prefetching
//! them in the pass that sums them instead of a pass of their own (8 % more instructions in
//! those loops: the compiler reloads the look-up state around each row), and leaving the
//! rows of absent buckets (one in seven) out of the sums (the branch-free compaction costs as
//! many instructions as it saves), and copying a repeated word's hash lanes from its first
//! token (the 12-lane loop then spills registers: more instructions), and splitting each
//! 68-byte row into a 64-byte line and a side table of the last two weights (8 % fewer
//! last-level misses, no faster by wall time: the processor's adjacent-line prefetch already
//! fetches a row's second line). Measure with
//! `cargo run -p ner --release --example ner_bench -- INPUT.jsonl` (words/s of `find` alone);
//! `--dump` prints entities and tags for checking that a speed change alters nothing.
//!
//! # Policy
//! - CoNLL LOC becomes GPE (countries, capitals, cities, states, and unknown places) or LOC
//!   (continents, seas, rivers, "the region of X"); CoNLL MISC becomes NORP for nationalities,
//!   religious and political groups, else stays MISC. See [`refine`] for every repair rule.
//! - A name before a product's class noun is a PRODUCT: with a model's number always ("the
//!   Boeing 767 freighter", "two AW101 helicopters"), without one only where the tagger left
//!   it untyped or MISC ("the Tsurugi rocket"; "Toyota cars" stays the maker); so is a name
//!   with a model's number that a class noun names ("a satellite called Boreal-3").
//! - A name after a vessel's noun ("the tanker Meridian Pearl") is a PRODUCT; a structure
//!   ("Vienna International Airport") a FAC; a law ("Safe Screens for Minors Act") a LAW.
//! - A capitalised name right after an outlet noun ("news outlet The War Zone", "the
//!   newspaper Kommersant"; `data/outlet_cues.txt`) is an ORG, with its leading "The".
//! - Titles and roles stay outside person names ("Lt. Gen." and "spokesperson" are not part of
//!   the PERSON), also where the tagger took role and name for one body ("Interior Minister
//!   Ana Lopez" is the PERSON "Ana Lopez"); an organisation before a role is its own ORG.
//! - A dateline's place ("KESSFIELD -") is a GPE named as the text spells it elsewhere (not
//!   its country's government), and the wire agency in its parentheses ("(MPA)") an ORG.
//! - Governments named by place are GPE ("Seoul", "the U.S. government") with the country as
//!   canonical name; nationalities take their country as canonical ("South Korean").
//! - Canonical names are resolved within the document only; see [`canonical`].
//! - When the caller's segmentation has no tokens, or tokens that are out of order or off
//!   char boundaries, a plain internal tokenizer is used instead; `find` never panics.
pub mod canonical;
pub mod clusters;
mod compounds;
pub mod conll;
pub mod features;
mod hash;
pub mod lexicon;
pub mod perceptron;
pub mod refine;
pub mod scoring;
pub mod tags;
mod tokenize;

use features::DocView;
use model::{Entity, EntityKind, Segmentation, Span};
use scoring::TwoPassModel;
use std::sync::LazyLock;

/// Both passes under one index: the first pass, and the second one trained on the first
/// pass's cross-validated tags of the training data. None when either model is unreadable.
static MODELS: LazyLock<Option<TwoPassModel>> = LazyLock::new(|| {
    TwoPassModel::from_bytes(
        include_bytes!("../model/ner.bin"),
        include_bytes!("../model/ner2.bin"),
    )
});

/// The token spans and sentence ranges to tag: the caller's segmentation where it has
/// tokens (dropping any span that is out of bounds or off a char boundary), else the
/// fallback tokenizer's.
fn tokens_of(text: &str, segmentation: &Segmentation) -> (Vec<Span>, Vec<(usize, usize)>) {
    let valid = |s: &Span| {
        s.start < s.end
            && s.end <= text.len()
            && text.is_char_boundary(s.start)
            && text.is_char_boundary(s.end)
    };
    let ordered = segmentation
        .tokens
        .windows(2)
        .all(|w| w[0].span.end <= w[1].span.start);
    if segmentation.tokens.is_empty()
        || !ordered
        || !segmentation.tokens.iter().all(|t| valid(&t.span))
    {
        return tokenize::tokenize(text);
    }
    let tokens: Vec<Span> = segmentation.tokens.iter().map(|t| t.span).collect();
    let n = tokens.len();
    // Sentences must cover every token once, in order; fill gaps with sentences of their own.
    let mut sentences = Vec::new();
    let mut next = 0;
    for s in &segmentation.sentences {
        let (first, end) = (s.first_token.max(next), s.end_token.min(n));
        if first >= end {
            continue;
        }
        if first > next {
            sentences.push((next, first));
        }
        sentences.push((first, end));
        next = end;
    }
    if next < n {
        sentences.push((next, n));
    }
    (tokens, sentences)
}

/// Finds the named entities of `text`, given its segmentation.
pub fn find(text: &str, segmentation: &Segmentation) -> Vec<Entity> {
    let Some(models) = MODELS.as_ref() else {
        return Vec::new();
    };
    let (tokens, sentences) = tokens_of(text, segmentation);
    if tokens.is_empty() {
        return Vec::new();
    }
    let space_before = (0..tokens.len())
        .map(|i| i == 0 || tokens[i - 1].end < tokens[i].start)
        .collect();
    let doc = DocView {
        words: tokens.iter().map(|s| s.of(text)).collect(),
        sentences,
        space_before,
    };
    let feats = features::static_features_in(&doc, features::Layout::SharedWords);
    let tags = models.tag_features(&doc, &feats);
    let mentions: Vec<refine::Mention> = tags::spans(&tags)
        .into_iter()
        .map(|(first, end, t)| refine::Mention {
            first,
            end,
            kind: match t {
                0 => EntityKind::Person,
                1 => EntityKind::Org,
                2 => EntityKind::Gpe,
                _ => EntityKind::Misc,
            },
        })
        .collect();
    let lower_keys: Vec<u64> = feats.info.iter().map(|t| t.lower_key).collect();
    drop(feats);
    let line_start: Vec<bool> = (0..tokens.len())
        .map(|i| i == 0 || text[tokens[i - 1].end..tokens[i].start].contains('\n'))
        .collect();
    let view = refine::Tokens {
        words: &doc.words,
        space_before: &doc.space_before,
        line_start: &line_start,
        lower_keys: &lower_keys,
    };
    let mentions = refine::refine(&view, mentions);
    let names = canonical::canonical_names(text, &tokens, &view, &mentions);
    let mut entities = mentions
        .iter()
        .zip(names)
        .map(|(m, canonical)| Entity {
            span: Span::new(tokens[m.first].start, tokens[m.end - 1].end),
            kind: m.kind,
            canonical,
        })
        .collect();
    compounds::add_places_in_compounds(text, &tokens, &mut entities);
    entities
}
