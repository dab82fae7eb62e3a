//! Rendering: escaping, CSV quoting, and a STIX bundle the official validator accepts.

use fuse::{ClaimInput, DocInput, Mention};
use model::{AttributionKind, Certainty, Polarity, Span};

fn sample() -> (Vec<DocInput>, Vec<ClaimInput>) {
    let a = "Norland has sent 4,000 soldiers to <script>alert(\"x\")</script> Estmark & more, \
             the Defence Office said. Ukrainian President Volodymyr Zelensky said Norland had \
             sent a total of 6,000 soldiers to Estmark. The ministry declined to confirm or deny \
             that Norland soldiers were in Estmark.";
    let docs = vec![DocInput {
        id: "doc-1".into(),
        text: a.into(),
        published: Some("2024-10-23".into()),
        outlet: Some("The \"Quoted\" Times, Ltd".into()),
        title: Some("Troops <b>sent</b>".into()),
        duplicate_of: None,
    }];
    let span = |s: &str| {
        let at = a.find(s).unwrap();
        Span::new(at, at + s.len())
    };
    let claim =
        |aid: &str, source: &str, content: &str, kind, certainty, value: Option<(&str, f64)>| {
            let c = span(content);
            let mut mentions = vec![Mention::Entity {
                span: span("Norland"),
                kind: "GPE".into(),
                canonical: "Norland".into(),
            }];
            mentions.retain(|m| c.contains(m.span()));
            let n = a[c.start..c.end].find("Norland").map(|i| c.start + i);
            if let Some(n) = n {
                mentions = vec![Mention::Entity {
                    span: Span::new(n, n + 7),
                    kind: "GPE".into(),
                    canonical: "Norland".into(),
                }];
            }
            let e = a[c.start..c.end].find("Estmark").map(|i| c.start + i);
            if let Some(e) = e {
                mentions.push(Mention::Entity {
                    span: Span::new(e, e + 7),
                    kind: "GPE".into(),
                    canonical: "Estmark".into(),
                });
            }
            if let Some((q, v)) = value {
                let at = c.start + a[c.start..c.end].find(q).unwrap();
                mentions.push(Mention::Quantity {
                    span: Span::new(at, at + q.len()),
                    value: v,
                    high: None,
                    unit: Some("soldier".into()),
                    approx: false,
                    unit_from_context: false,
                });
            }
            ClaimInput {
                id: format!("doc-1#{aid}"),
                doc: 0,
                attribution_id: Some(aid.into()),
                source: source.into(),
                source_type: None,
                relayed_by: vec![],
                audience: None,
                when: Some("2024-10-23".into()),
                certainty,
                polarity: Polarity::Positive,
                conditional: false,
                direct: false,
                anonymous: false,
                kind,
                parent: None,
                content: c,
                fragments: Vec::new(),
                cue: None,
                mentions,
            }
        };
    let claims = vec![
        claim(
            "a1",
            "Defence Office",
            "Norland has sent 4,000 soldiers to <script>alert(\"x\")</script> Estmark & more",
            AttributionKind::Assertion,
            Certainty::Certain,
            Some(("4,000 soldiers", 4000.0)),
        ),
        claim(
            "a2",
            "Volodymyr Zelensky",
            "Norland had sent a total of 6,000 soldiers to Estmark",
            AttributionKind::Assertion,
            Certainty::Certain,
            Some(("6,000 soldiers", 6000.0)),
        ),
        claim(
            "a3",
            "ministry",
            "that Norland soldiers were in Estmark",
            AttributionKind::NonCommitment,
            Certainty::Underspecified,
            None,
        ),
    ];
    (docs, claims)
}

#[test]
fn html_escapes_hostile_text() {
    assert_eq!(
        report::escape_html("<script>alert('x') & \"y\"</script>"),
        "&lt;script&gt;alert(&#39;x&#39;) &amp; &quot;y&quot;&lt;/script&gt;"
    );
    let (docs, claims) = sample();
    let fused = fuse::fuse(&docs, &claims, &fuse::Options::default());
    let page = report::html(&fused);
    assert!(!page.contains("<script"), "raw script in the page");
    assert!(page.contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;"));
    assert!(page.contains("Estmark &amp; more"));
    // Self-contained: no external resources.
    for banned in ["src=", "href=", "@import", "url("] {
        assert!(!page.contains(banned), "{banned} in the page");
    }
}

#[test]
fn csv_quotes_fields_that_need_it() {
    assert_eq!(report::csv_field("plain"), "plain");
    assert_eq!(report::csv_field("a,b"), "\"a,b\"");
    assert_eq!(report::csv_field("say \"hi\""), "\"say \"\"hi\"\"\"");
    assert_eq!(report::csv_field("two\nlines"), "\"two\nlines\"");
    let (docs, claims) = sample();
    let fused = fuse::fuse(&docs, &claims, &fuse::Options::default());
    let csv = report::csv(&docs, &claims, &fused);
    let header = csv.lines().next().unwrap();
    assert!(header.starts_with("claim,doc,outlet,published,source"));
    // The outlet with quotes and a comma is one quoted field.
    assert!(csv.contains("\"The \"\"Quoted\"\" Times, Ltd\""));
    assert_eq!(csv.lines().count(), 1 + claims.len());
}

#[test]
fn text_and_markdown_show_figures_and_disagreements() {
    let (docs, claims) = sample();
    let fused = fuse::fuse(&docs, &claims, &fuse::Options::default());
    let md = report::text(&fused, true);
    assert!(md.contains("| 4,000 | soldier |"), "{md}");
    assert!(md.contains("Disagreements:"));
    assert!(md.contains("6,000 soldiers (Volodymyr Zelensky"), "{md}");
    let text = report::text(&fused, false);
    assert!(text.contains("Non-committal: ministry"), "{text}");
    assert!(text.contains("Timeline"));
    // The pooled estimate reads its unit as the figure lines do.
    let line = text
        .lines()
        .find(|l| l.contains("conservative"))
        .unwrap_or_else(|| panic!("no pooled estimate: {text}"));
    assert!(line.contains("estimate ("), "{line}");
    assert!(line.contains(" soldiers"), "{line}");
}

#[test]
fn stix_bundle_is_stable_and_valid() {
    let (docs, claims) = sample();
    let fused = fuse::fuse(&docs, &claims, &fuse::Options::default());
    let bundle = report::stix_bundle(&docs, &fused);
    let again = report::stix_bundle(
        &docs,
        &fuse::fuse(&docs, &claims, &fuse::Options::default()),
    );
    assert_eq!(bundle, again, "re-export changed the bundle");
    let objects = bundle["objects"].as_array().unwrap();
    let count = |t: &str| objects.iter().filter(|o| o["type"] == t).count();
    assert_eq!(count("note"), 3);
    assert_eq!(count("opinion"), 1);
    assert_eq!(count("report"), 1);
    assert!(count("identity") >= 3);
    assert!(count("location") >= 1, "Zelensky's Ukraine");
    assert!(objects.iter().any(|o| o["type"] == "relationship"
        && o["description"]
            .as_str()
            .is_some_and(|d| d.starts_with("disagrees"))));
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("bundle.json");
    std::fs::write(&path, serde_json::to_string_pretty(&bundle).unwrap()).unwrap();
    let script = "import sys\n\
                  try:\n    import stix2validator as v\n\
                  except ImportError:\n    sys.exit(77)\n\
                  r = v.validate_file(sys.argv[1])\n\
                  v.print_results([r])\n\
                  sys.exit(0 if r.is_valid else 1)\n";
    let run = std::process::Command::new("python3")
        .arg("-c")
        .arg(script)
        .arg(&path)
        .output();
    match run {
        Err(e) => println!("skipped: python3 is not available ({e})"),
        Ok(out) if out.status.code() == Some(77) => {
            println!("skipped: the stix2-validator module is not installed (pip install stix2-validator)")
        }
        Ok(out) => assert!(
            out.status.success(),
            "stix2-validator rejected the bundle:\n{}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        ),
    }
}

#[test]
fn a_selection_copied_out_equals_one_made_in_place_and_leaves_the_brief_whole() {
    let (docs, claims) = sample();
    let fused = fuse::fuse(&docs, &claims, &fuse::Options::default());
    let whole = report::json(&fused, None);
    assert!(!fused.clusters.is_empty());
    for query in ["zelensky", "soldiers estmark", "no-such-word-anywhere"] {
        let mut in_place = fused.clone();
        report::ledger::select(&mut in_place, query);
        let copied = report::ledger::selected(&fused, query);
        assert_eq!(
            report::json(&copied, Some(query)),
            report::json(&in_place, Some(query)),
            "{query}"
        );
        assert_eq!(
            report::json(&fused, None),
            whole,
            "{query} changed the brief"
        );
    }
    assert!(report::ledger::selected(&fused, "no-such-word-anywhere")
        .clusters
        .is_empty());
    assert!(!report::ledger::selected(&fused, "zelensky")
        .clusters
        .is_empty());
}

#[test]
fn a_unit_read_from_context_is_bracketed_with_a_legend_in_every_rendering() {
    let (docs, mut claims) = sample();
    for claim in &mut claims {
        for m in &mut claim.mentions {
            if let Mention::Quantity {
                value,
                unit_from_context,
                ..
            } = m
            {
                *unit_from_context = *value == 4000.0;
            }
        }
    }
    let fused = fuse::fuse(&docs, &claims, &fuse::Options::default());
    let legend = fuse::numbers::INFERRED_UNIT_LEGEND;
    let text = report::text(&fused, false);
    assert!(text.contains("4,000 [soldiers] —"), "{text}");
    assert!(
        text.contains("6,000 soldiers —"),
        "stated units stay bare: {text}"
    );
    assert!(text.contains(legend), "{text}");
    let md = report::text(&fused, true);
    assert!(md.contains("| 4,000 | [soldier] |"), "{md}");
    let page = report::html(&fused);
    assert!(page.contains("class=\"inferred\""), "{page}");
    assert!(page.contains(">[soldier]</td>"), "{page}");
    assert!(page.contains(&report::escape_html(legend)), "{page}");
    // Without the mark, no brackets and no legend.
    let (docs, claims) = sample();
    let plain = report::text(
        &fuse::fuse(&docs, &claims, &fuse::Options::default()),
        false,
    );
    assert!(
        !plain.contains("[soldiers]") && !plain.contains(legend),
        "{plain}"
    );
}
