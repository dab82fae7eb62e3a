//! Fusion alone on the seed's GOLD attributions (../shared/seed), when the folder exists.

use std::path::Path;

use fuse::gold::add_gold_document;

const SEED: &str = "../../../shared/seed/nk-troops-2024-10-23.gold.json";

#[test]
fn seed_gold_attributions_fuse_into_the_annotated_picture() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(SEED);
    let Ok(text) = std::fs::read_to_string(&path) else {
        println!(
            "skipped: {} is absent (the shared data folder is not here)",
            path.display()
        );
        return;
    };
    let gold: serde_json::Value = serde_json::from_str(&text).expect("seed gold is JSON");
    let (mut docs, mut claims) = (Vec::new(), Vec::new());
    add_gold_document(&gold, &mut docs, &mut claims);
    let fused = fuse::fuse(&docs, &claims, &fuse::Options::default());
    let doc = gold["id"].as_str().unwrap();
    let cluster_of = |aid: &str| {
        let id = format!("{doc}#{aid}");
        fused
            .clusters
            .iter()
            .position(|c| c.claims.iter().any(|x| x.id == id))
    };
    // The gold's clusters, exactly.
    for (n, gc) in gold["fusion"]["clusters"]
        .as_array()
        .unwrap()
        .iter()
        .enumerate()
    {
        let members: Vec<&str> = gc["members"]
            .as_array()
            .unwrap()
            .iter()
            .map(|m| m.as_str().unwrap())
            .collect();
        let first = cluster_of(members[0]).expect("member clustered");
        for m in &members {
            assert_eq!(cluster_of(m), Some(first), "gold cluster {n}: {m}");
        }
        let cluster = &fused.clusters[first];
        let size = cluster
            .claims
            .iter()
            .filter(|c| c.status != fuse::Status::Relay)
            .count();
        // The one extra claim allowed is an unannotated one (not a member of any gold cluster).
        assert!(
            size <= members.len() + 1,
            "gold cluster {n} has {size} claims"
        );
        for num in gc["numbers"].as_array().into_iter().flatten() {
            let v = num["value"].as_f64().unwrap();
            assert!(cluster.numbers.iter().any(|f| f.value == v), "figure {v}");
        }
        for dis in gc["disagreements"].as_array().into_iter().flatten() {
            let ends: Vec<String> = dis["between"]
                .as_array()
                .unwrap()
                .iter()
                .map(|m| format!("{doc}#{}", m.as_str().unwrap()))
                .collect();
            assert!(
                cluster.disagreements.iter().any(|d| {
                    let got = [
                        &cluster.claims[d.between[0]].id,
                        &cluster.claims[d.between[1]].id,
                    ];
                    ends.contains(got[0]) && ends.contains(got[1])
                }),
                "disagreement {ends:?}"
            );
        }
        assert!(
            cluster.disagreements.len() <= gc["disagreements"].as_array().map_or(0, |a| a.len())
        );
        for line in gc["independent_sources"].as_array().into_iter().flatten() {
            let names: Vec<&str> = line
                .as_array()
                .unwrap()
                .iter()
                .map(|x| x.as_str().unwrap())
                .collect();
            let line_of = |name: &str| {
                cluster
                    .independent_sources
                    .iter()
                    .position(|l| l.iter().any(|x| x == name))
            };
            let first = line_of(names[0]).expect("line found");
            for name in &names {
                assert_eq!(
                    line_of(name),
                    Some(first),
                    "{name} in the line of {}",
                    names[0]
                );
            }
        }
        for name in gc["non_committal"].as_array().into_iter().flatten() {
            assert!(cluster
                .non_committal
                .iter()
                .any(|x| x == name.as_str().unwrap()));
        }
    }
    assert_eq!(
        fused.clusters.len(),
        2 + usize::from(cluster_of("a10") != cluster_of("a9"))
    );
}
