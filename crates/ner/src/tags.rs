//! BILOU tags over the four CoNLL types, and which tag may follow which.

/// The CoNLL entity types the tagger learns; finer dossier types come after tagging.
pub const TYPE_NAMES: [&str; 4] = ["PER", "ORG", "LOC", "MISC"];
pub const TYPE_COUNT: usize = 4;
/// O plus B, I, L, U for each type.
pub const TAG_COUNT: usize = 1 + 4 * TYPE_COUNT;

/// A tag index: 0 is O; `1 + 4 * type + position` with positions B, I, L, U.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Tag(pub u8);

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Position {
    Begin,
    Inside,
    Last,
    Unit,
}

impl Tag {
    pub const O: Tag = Tag(0);

    pub fn new(entity_type: usize, position: Position) -> Tag {
        Tag((1 + 4 * entity_type + position as usize) as u8)
    }
    /// The entity type, or None for O.
    pub fn entity_type(self) -> Option<usize> {
        (self.0 > 0).then(|| (self.0 as usize - 1) / 4)
    }
    pub fn position(self) -> Option<Position> {
        if self.0 == 0 {
            return None;
        }
        Some(match (self.0 - 1) % 4 {
            0 => Position::Begin,
            1 => Position::Inside,
            2 => Position::Last,
            _ => Position::Unit,
        })
    }
    /// Whether an entity is open after this tag (B or I).
    pub fn is_open(self) -> bool {
        matches!(self.position(), Some(Position::Begin | Position::Inside))
    }
    /// Whether `self` may follow `prev`; `last` when this is the sentence's last token.
    pub fn may_follow(self, prev: Tag, last: bool) -> bool {
        if last && self.is_open() {
            return false;
        }
        if prev.is_open() {
            self.entity_type() == prev.entity_type()
                && matches!(self.position(), Some(Position::Inside | Position::Last))
        } else {
            !matches!(self.position(), Some(Position::Inside | Position::Last))
        }
    }
}

/// Converts per-token type labels (`None` for outside) into BILOU tags; `starts[i]` marks a
/// token that begins a new entity even when the previous one has the same type.
pub fn bilou(types: &[Option<usize>], starts: &[bool]) -> Vec<Tag> {
    let n = types.len();
    (0..n)
        .map(|i| {
            let Some(t) = types[i] else { return Tag::O };
            let begins = i == 0 || starts[i] || types[i - 1] != Some(t);
            let ends = i + 1 == n || starts[i + 1] || types[i + 1] != Some(t);
            let position = match (begins, ends) {
                (true, true) => Position::Unit,
                (true, false) => Position::Begin,
                (false, true) => Position::Last,
                (false, false) => Position::Inside,
            };
            Tag::new(t, position)
        })
        .collect()
}

/// The `[start, end)` token ranges and types of the entities in a valid tag sequence.
pub fn spans(tags: &[Tag]) -> Vec<(usize, usize, usize)> {
    let mut out = Vec::new();
    let mut open: Option<(usize, usize)> = None;
    for (i, tag) in tags.iter().enumerate() {
        match (tag.position(), tag.entity_type()) {
            (Some(Position::Unit), Some(t)) => {
                out.push((i, i + 1, t));
                open = None;
            }
            (Some(Position::Begin), Some(t)) => open = Some((i, t)),
            (Some(Position::Last), Some(t)) => {
                if let Some((s, ot)) = open.take() {
                    if ot == t {
                        out.push((s, i + 1, t));
                    }
                }
            }
            (Some(Position::Inside), _) => {}
            _ => open = None,
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bilou_round_trips_through_spans() {
        let types = [
            None,
            Some(0),
            Some(0),
            None,
            Some(2),
            Some(1),
            Some(1),
            Some(1),
        ];
        let mut starts = [false; 8];
        starts[5] = true;
        let tags = bilou(&types, &starts);
        assert_eq!(tags[1], Tag::new(0, Position::Begin));
        assert_eq!(tags[4], Tag::new(2, Position::Unit));
        assert_eq!(spans(&tags), vec![(1, 3, 0), (4, 5, 2), (5, 8, 1)]);
    }

    #[test]
    fn transitions_forbid_broken_entities() {
        let b_per = Tag::new(0, Position::Begin);
        let l_per = Tag::new(0, Position::Last);
        let l_org = Tag::new(1, Position::Last);
        assert!(l_per.may_follow(b_per, false));
        assert!(!l_org.may_follow(b_per, false));
        assert!(!Tag::O.may_follow(b_per, false));
        assert!(!b_per.may_follow(Tag::O, true));
        assert!(!l_per.may_follow(Tag::O, false));
    }
}
