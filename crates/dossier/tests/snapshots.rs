//! Snapshot tests: the FORMAT.md JSON that `dossier extract` prints for the project's own
//! example articles and for a few tiny hand-made ones. A change in any layer shows up here as
//! a reviewable diff (`cargo insta review`, or `INSTA_UPDATE=always cargo test` to accept).

use std::path::Path;
use std::process::Command;

fn extract(path: &Path) -> serde_json::Value {
    let out = Command::new(env!("CARGO_BIN_EXE_dossier"))
        .args(["--db", "/nonexistent/unused.db", "extract"])
        .arg(path)
        .args(["--format", "json"])
        .output()
        .expect("run dossier extract");
    assert!(
        out.status.success(),
        "extract {} failed: {}",
        path.display(),
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).expect("extract prints JSON")
}

#[test]
fn example_articles() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.is_file())
        .collect();
    files.sort();
    assert!(files.len() >= 8, "examples/ holds at least 8 files");
    for file in files {
        let name = file
            .file_name()
            .unwrap()
            .to_string_lossy()
            .replace('.', "_");
        let mut value = extract(&file);
        // The origin path depends on where the tests run; everything else is content.
        for doc in value.as_array_mut().unwrap() {
            doc.as_object_mut().unwrap().remove("origin");
        }
        insta::assert_json_snapshot!(name, value);
    }
}

#[test]
fn hand_made_articles() {
    let dir = tempfile::tempdir().unwrap();
    let cases = [
        (
            "relay",
            "Title: Relay\nPublished: 2025-05-14\n\nAccording to Senator Ruth Amsel, the \
             water agency told the committee on Tuesday that 1,200 homes were flooded.\n",
        ),
        (
            "split_quote",
            "Title: Split\nPublished: 2025-05-14\n\n“The dam is safe,” said engineer Tomas \
             Lind. “We checked it twice last week.”\n",
        ),
        (
            "anonymous_hedge",
            "Title: Hedge\nPublished: 2025-05-14\n\nA senior official, who spoke on \
             condition of anonymity, said the government could send about 300 troops by \
             Friday. The ministry declined to confirm or deny the report.\n",
        ),
    ];
    for (name, text) in cases {
        let path = dir.path().join(format!("{name}.txt"));
        std::fs::write(&path, text).unwrap();
        let mut value = extract(&path);
        for doc in value.as_array_mut().unwrap() {
            doc.as_object_mut().unwrap().remove("origin");
        }
        insta::assert_json_snapshot!(name, value);
    }
}
