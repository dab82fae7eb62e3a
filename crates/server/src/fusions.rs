//! Fused ledgers kept between requests. Fusing a ledger of thousands of claims costs far more
//! than answering a request, and the ledger changes only on ingest: the brief, cluster and
//! export routes fuse once per (store revision, since, until) and share the result.
//!
//! Policy: an entry is reused only while the store's revision is the one it was fused at
//! ([`store::Store::revision`] grows with every write, by this server or any other process).
//! Once a newer revision is seen, entries of older ones can never match again and are dropped
//! at once, so the memory of a whole ledger is not held for nothing. A query (`q`) selects
//! clusters after fusion (`report::ledger::selected`), so it is no part of the key; the fusion
//! options are fixed per server, so they are none either.

use std::sync::{Arc, Mutex};

use fuse::{ClaimInput, DocInput, Fused};

/// Fused ledgers kept: one per distinct `since`/`until` asked of the current revision. Each
/// holds the texts of the documents it covers, so the bound is small.
pub const KEPT_FUSIONS: usize = 8;

/// The ledger as fused, with the inputs the exports render beside the brief.
pub struct FusedLedger {
    pub docs: Vec<DocInput>,
    pub claims: Vec<ClaimInput>,
    pub fused: Fused,
}

/// What a fusion depends on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FusionKey {
    pub revision: u64,
    pub since: Option<String>,
    pub until: Option<String>,
}

/// The kept fusions, least recently used first. A lock is held only to look up or insert,
/// never while fusing: two requests that miss the same key at once both fuse, and the later
/// insert replaces the earlier (their contents are equal).
#[derive(Default)]
pub struct Fusions {
    kept: Mutex<Vec<(FusionKey, Arc<FusedLedger>)>>,
}

impl Fusions {
    pub fn new() -> Fusions {
        Fusions::default()
    }

    /// The fusion kept for `key`, marked most recently used.
    pub fn get(&self, key: &FusionKey) -> Option<Arc<FusedLedger>> {
        // A poisoned lock means a panic inside one of these short edits, each of which
        // leaves the list valid: keep using it.
        let mut kept = self.kept.lock().unwrap_or_else(|e| e.into_inner());
        let at = kept.iter().position(|(k, _)| k == key)?;
        let entry = kept.remove(at);
        let ledger = entry.1.clone();
        kept.push(entry);
        Some(ledger)
    }

    /// Keeps `ledger` for `key`, unless a newer revision is already kept (a slow fusion
    /// finishing after a write was seen): it could never be asked for again.
    pub fn insert(&self, key: FusionKey, ledger: Arc<FusedLedger>) {
        let dropped: Vec<(FusionKey, Arc<FusedLedger>)> = {
            let mut kept = self.kept.lock().unwrap_or_else(|e| e.into_inner());
            if kept.iter().any(|(k, _)| k.revision > key.revision) {
                return;
            }
            let (stale, mut fresh): (Vec<_>, Vec<_>) = std::mem::take(&mut *kept)
                .into_iter()
                .partition(|(k, _)| k.revision != key.revision || *k == key);
            let mut dropped = stale;
            if fresh.len() >= KEPT_FUSIONS {
                dropped.push(fresh.remove(0));
            }
            fresh.push((key, ledger));
            *kept = fresh;
            dropped
        };
        // Freeing a whole ledger takes a while: not under the lock that every request takes.
        drop(dropped);
    }

    /// How many fusions are kept.
    pub fn len(&self) -> usize {
        self.kept.lock().unwrap_or_else(|e| e.into_inner()).len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(revision: u64, since: Option<&str>) -> FusionKey {
        FusionKey {
            revision,
            since: since.map(String::from),
            until: None,
        }
    }

    fn ledger() -> Arc<FusedLedger> {
        Arc::new(FusedLedger {
            docs: Vec::new(),
            claims: Vec::new(),
            fused: fuse::fuse(&[], &[], &fuse::Options::default()),
        })
    }

    #[test]
    fn a_kept_fusion_is_shared_not_copied() {
        let fusions = Fusions::new();
        let fused = ledger();
        fusions.insert(key(3, None), fused.clone());
        let got = fusions.get(&key(3, None)).expect("kept");
        assert!(Arc::ptr_eq(&got, &fused));
        assert!(fusions.get(&key(3, Some("2025-03-04"))).is_none());
        assert!(fusions.get(&key(4, None)).is_none());
    }

    #[test]
    fn a_newer_revision_drops_the_older_ones_and_an_older_one_is_not_kept() {
        let fusions = Fusions::new();
        fusions.insert(key(3, None), ledger());
        fusions.insert(key(3, Some("2025")), ledger());
        fusions.insert(key(4, None), ledger());
        assert_eq!(fusions.len(), 1);
        assert!(fusions.get(&key(3, Some("2025"))).is_none());
        // A fusion of revision 3 finishing late is not kept beside revision 4.
        fusions.insert(key(3, None), ledger());
        assert_eq!(fusions.len(), 1);
        assert!(fusions.get(&key(4, None)).is_some());
    }

    #[test]
    fn the_least_recently_used_goes_first_when_full() {
        let fusions = Fusions::new();
        let since = |n: usize| format!("2025-01-{:02}", n + 1);
        for n in 0..KEPT_FUSIONS {
            fusions.insert(key(1, Some(&since(n))), ledger());
        }
        // Use the oldest, so the second oldest is now the least recently used.
        assert!(fusions.get(&key(1, Some(&since(0)))).is_some());
        fusions.insert(key(1, Some("2026")), ledger());
        assert_eq!(fusions.len(), KEPT_FUSIONS);
        assert!(fusions.get(&key(1, Some(&since(0)))).is_some());
        assert!(fusions.get(&key(1, Some(&since(1)))).is_none());
        // The same key again replaces its entry rather than adding one.
        fusions.insert(key(1, Some("2026")), ledger());
        assert_eq!(fusions.len(), KEPT_FUSIONS);
    }
}
