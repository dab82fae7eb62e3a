//! Renders a fused brief ([`fuse::Fused`]) for people and machines: plain text, Markdown,
//! JSON (a superset of FORMAT.md's "fused brief"), one self-contained HTML page, CSV of
//! claims and a STIX 2.1 bundle.
//!
//! Policies: every piece of article text in HTML goes through [`escape_html`] (no raw
//! markup, no external resources, no scripts); CSV quotes every field that needs it
//! (RFC 4180); STIX ids are UUIDv5 over the object's content, so re-exporting the same
//! ledger gives the same ids and timestamps (taken from publication dates, never the clock).

pub mod ledger;
mod sha1;
pub mod stix;

use std::fmt::Write as _;

use fuse::{Cluster, Fused};
use serde_json::{json, Value};

pub use stix::stix_bundle;

/// The brief as JSON: `clusters` with FORMAT.md's fields and more, `timeline`, `actors`.
pub fn json(fused: &Fused, query: Option<&str>) -> Value {
    json!({
        "format": "dossier-brief/1",
        "query": query,
        "clusters": fused.clusters,
        "timeline": fused.timeline,
        "actors": fused.actors,
    })
}

/// Escapes text for HTML element content and quoted attribute values.
pub fn escape_html(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + text.len() / 8);
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// One CSV field, quoted when it holds a comma, quote, or line break (RFC 4180).
pub fn csv_field(field: &str) -> String {
    if field.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", field.replace('"', "\"\""))
    } else {
        field.to_string()
    }
}

fn figure_line(f: &fuse::Figure) -> String {
    format!(
        "{} — {} ({})",
        fuse::numbers::figure_with_marked_unit(f),
        readable_scope(&f.scope),
        f.sources.join(", ")
    )
}

/// A figure's scope for a reader: each word that is a TIMEX3 value with no calendar date in
/// words ("PXM" -> "for months", "XXXX-WXX-7TNI" -> "Sunday nights", "PRESENT_REF" -> "now"),
/// and a part of day after a date too ("2025-03-06TAF" -> "2025-03-06 afternoon"); the
/// stored scope keeps the TIMEX3 value.
fn readable_scope(scope: &str) -> String {
    let words: Vec<String> = scope
        .split(' ')
        .map(|word| readable_timex(word).unwrap_or_else(|| word.to_string()))
        .collect();
    readable_parts_of_day(&words.join(" "))
}

/// A TIMEX3 value with no calendar date, in words: a reference to now, the past or the future,
/// a duration, or a weekday that recurs.
fn readable_timex(value: &str) -> Option<String> {
    match value {
        "PRESENT_REF" => return Some("now".to_string()),
        "PAST_REF" => return Some("in the past".to_string()),
        "FUTURE_REF" => return Some("in the future".to_string()),
        _ => {}
    }
    if let Some(rest) = value.strip_prefix("XXXX-WXX-") {
        const DAYS: [&str; 7] = [
            "Monday",
            "Tuesday",
            "Wednesday",
            "Thursday",
            "Friday",
            "Saturday",
            "Sunday",
        ];
        const PARTS: [(&str, &str); 5] = [
            ("MO", " mornings"),
            ("AF", " afternoons"),
            ("EV", " evenings"),
            ("NI", " nights"),
            ("DT", "s"),
        ];
        let (day, part) = rest.split_once('T').unwrap_or((rest, ""));
        let name = DAYS.get(day.parse::<usize>().ok()?.checked_sub(1)?)?;
        return match part {
            "" => Some(format!("{name}s")),
            part => PARTS
                .iter()
                .find(|(code, _)| *code == part)
                .map(|(_, words)| format!("{name}{words}")),
        };
    }
    // A duration: "P3D" -> "for 3 days", "PXM" -> "for months", "PT4H" -> "for 4 hours".
    let rest = value.strip_prefix('P')?;
    let (time, rest) = match rest.strip_prefix('T') {
        Some(rest) => (true, rest),
        None => (false, rest),
    };
    let unit = rest.chars().last()?;
    let amount = &rest[..rest.len() - unit.len_utf8()];
    let name = match (time, unit) {
        (true, 'H') => "hour",
        (true, 'M') => "minute",
        (true, 'S') => "second",
        (false, 'D') => "day",
        (false, 'W') => "week",
        (false, 'M') => "month",
        (false, 'Q') => "quarter",
        (false, 'Y') => "year",
        _ => return None,
    };
    if amount == "X" {
        return Some(format!("for {name}s"));
    }
    let n: f64 = amount.parse().ok()?;
    let plural = if n == 1.0 { "" } else { "s" };
    Some(format!("for {amount} {name}{plural}"))
}

/// "2025-03-06TAF" -> "2025-03-06 afternoon": a TIMEX3 part of day after a date in words.
fn readable_parts_of_day(scope: &str) -> String {
    const PARTS: [(&str, &str); 5] = [
        ("TMO", " morning"),
        ("TAF", " afternoon"),
        ("TEV", " evening"),
        ("TNI", " night"),
        ("TDT", " daytime"),
    ];
    let mut out = String::with_capacity(scope.len());
    let mut rest = scope;
    while let Some(at) = rest.find('T') {
        let (before, from_t) = rest.split_at(at);
        out.push_str(before);
        let after_date = before.len() >= 10
            && before.as_bytes()[before.len() - 10..]
                .iter()
                .enumerate()
                .all(|(k, b)| {
                    if k == 4 || k == 7 {
                        *b == b'-'
                    } else {
                        b.is_ascii_digit()
                    }
                });
        match PARTS.iter().find(|(code, _)| from_t.starts_with(code)) {
            Some((code, words)) if after_date => {
                out.push_str(words);
                rest = &from_t[code.len()..];
            }
            _ => {
                out.push('T');
                rest = &from_t[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

fn said(c: &fuse::ClusterClaim) -> String {
    c.when
        .clone()
        .or_else(|| c.published.as_ref().map(|p| p.chars().take(10).collect()))
        .unwrap_or_else(|| "undated".into())
}

fn grade_line(c: &Cluster) -> String {
    format!(
        "{} ({}): {}{}",
        c.grade.credibility,
        c.grade.label,
        c.grade.words,
        c.grade
            .confidence
            .map(|v| format!(", confidence {v}/100"))
            .unwrap_or_default()
    )
}

/// The brief as plain text (`markdown: false`) or Markdown.
pub fn text(fused: &Fused, markdown: bool) -> String {
    let mut out = String::new();
    let h = |level: usize, title: &str| {
        if markdown {
            format!("{} {title}\n\n", "#".repeat(level))
        } else {
            let rule = if level == 1 { '=' } else { '-' };
            format!(
                "{title}\n{}\n\n",
                rule.to_string().repeat(title.chars().count().min(78))
            )
        }
    };
    let bullet = if markdown { "- " } else { "  * " };
    out.push_str(&h(1, "Brief"));
    for (n, c) in fused.clusters.iter().enumerate() {
        let fragment = if c.statement_is_fragment {
            " (fragment)"
        } else {
            ""
        };
        out.push_str(&h(2, &format!("{}. {}{fragment}", n + 1, c.statement)));
        let _ = writeln!(out, "Grade: {}", grade_line(c));
        for r in &c.grade.reasons {
            let _ = writeln!(out, "{bullet}{r}");
        }
        out.push('\n');
        let _ = writeln!(out, "Sources:");
        for (k, cl) in c.claims.iter().enumerate() {
            // A copy of one wire story is shown on the line of the claim it repeats.
            if cl.copy_of_claim.is_some() {
                continue;
            }
            let via = if cl.relayed_by.is_empty() {
                String::new()
            } else {
                format!(" via {}", cl.relayed_by.join(", "))
            };
            let copies: Vec<&str> = c
                .claims
                .iter()
                .filter(|o| o.copy_of_claim == Some(k))
                .map(|o| o.outlet.as_deref().unwrap_or("-"))
                .collect();
            let outlet = cl.outlet.as_deref().unwrap_or("-");
            let outlets = if copies.is_empty() {
                outlet.to_string()
            } else {
                format!("{outlet}; wire copy also in {}", copies.join(", "))
            };
            let _ = writeln!(
                out,
                "{bullet}{}{via} {} ({}, {}) [{}]: {}",
                cl.actor,
                cl.stance,
                said(cl),
                outlets,
                cl.status_label(),
                cl.text
            );
        }
        out.push('\n');
        if !c.numbers.is_empty() {
            let _ = writeln!(out, "Figures:");
            if markdown {
                out.push_str("| value | unit | scope | class | sources |\n|---|---|---|---|---|\n");
                for f in &c.numbers {
                    let _ = writeln!(
                        out,
                        "| {} | {} | {} | {} | {} |",
                        fuse::numbers::format_figure(f.value, f.high, &f.qualifier),
                        fuse::numbers::unit_cell(f),
                        readable_scope(&f.scope),
                        f.scope_class,
                        f.sources.join(", ")
                    );
                }
            } else {
                for f in &c.numbers {
                    let _ = writeln!(out, "{bullet}{}", figure_line(f));
                }
            }
            if c.numbers.iter().any(|f| f.unit_from_context) {
                let _ = writeln!(out, "({})", fuse::numbers::INFERRED_UNIT_LEGEND);
            }
            for e in &c.estimates {
                if e.figures > 1 {
                    // ("4,000 people", not "person (total): conservative 4,000": the
                    // unit read as the figure lines read it.)
                    let _ = writeln!(
                        out,
                        "{bullet}estimate ({}): conservative {}, range {}",
                        e.scope_class,
                        fuse::numbers::figure_with_unit(e.conservative, None, "", &e.unit),
                        fuse::numbers::figure_with_unit(e.low, Some(e.high), "", &e.unit)
                    );
                }
            }
            out.push('\n');
        }
        if !c.disagreements.is_empty() {
            let _ = writeln!(out, "Disagreements:");
            // Claims of one report giving one figure (a headline and its body) read the
            // same: shown once.
            let mut shown: Vec<&str> = Vec::new();
            for d in &c.disagreements {
                if !shown.contains(&d.why.as_str()) {
                    shown.push(&d.why);
                    let _ = writeln!(out, "{bullet}{}", d.why);
                }
            }
            out.push('\n');
        }
        if !c.outdated.is_empty() {
            let _ = writeln!(out, "Outdated figures (not disagreements):");
            for o in &c.outdated {
                let _ = writeln!(out, "{bullet}{}", o.why);
            }
            out.push('\n');
        }
        if !c.superseded.is_empty() {
            let _ = writeln!(out, "Superseded figures (earlier tolls, right when said):");
            for o in &c.superseded {
                let _ = writeln!(out, "{bullet}{}", o.why);
            }
            out.push('\n');
        }
        for sr in c.series.iter().filter(|s| s.steps.len() >= 2) {
            let course: Vec<String> = sr
                .steps
                .iter()
                .map(|st| {
                    format!(
                        "{} since {} ({})",
                        fuse::numbers::format_figure(st.value, st.high, &st.qualifier),
                        st.since,
                        st.sources.join(", ")
                    )
                })
                .collect();
            let _ = writeln!(
                out,
                "Toll over time ({} {}): {}\n",
                sr.unit,
                sr.scope,
                course.join(" -> ")
            );
        }
        let _ = writeln!(out, "Independent lines of evidence:");
        for line in &c.independent_sources {
            let _ = writeln!(out, "{bullet}{}", line.join(" + "));
        }
        if !c.non_committal.is_empty() {
            let _ = writeln!(out, "Non-committal: {}", c.non_committal.join(", "));
        }
        if !c.relays.is_empty() {
            let _ = writeln!(out, "Relays: {}", c.relays.join(", "));
        }
        out.push('\n');
        let _ = writeln!(out, "Evidence:");
        for cl in &c.claims {
            let _ = writeln!(
                out,
                "{bullet}{} ({}, {}), characters {}..{}",
                cl.doc,
                cl.outlet.as_deref().unwrap_or("-"),
                cl.published.as_deref().unwrap_or("undated"),
                cl.content_span.start,
                cl.content_span.end
            );
        }
        out.push('\n');
    }
    out.push_str(&h(2, "Timeline (said vs happens)"));
    for t in &fused.timeline {
        let _ = writeln!(
            out,
            "{bullet}{} {} said, about {}: {}",
            t.said.as_deref().unwrap_or("undated"),
            t.source,
            if t.happens.is_empty() {
                "-".to_string()
            } else {
                t.happens.join(", ")
            },
            t.text
        );
    }
    out
}

/// The brief as one self-contained HTML page: inline CSS, no scripts, no external resources.
pub fn html(fused: &Fused) -> String {
    let e = escape_html;
    let mut out = String::from(
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Brief</title>\n\
         <style>body{font-family:sans-serif;max-width:60em;margin:auto;padding:1em}\
         table{border-collapse:collapse}td,th{border:1px solid #999;padding:.2em .5em}\
         .grade{font-weight:bold}.disagree{color:#a00}blockquote{color:#333;margin:.3em 1em}</style>\n\
         </head><body>\n<h1>Brief</h1>\n",
    );
    for (n, c) in fused.clusters.iter().enumerate() {
        let _ = writeln!(out, "<section><h2>{}. {}</h2>", n + 1, e(&c.statement));
        let _ = writeln!(
            out,
            "<p class=\"grade\">Grade {}</p><ul>",
            e(&grade_line(c))
        );
        for r in &c.grade.reasons {
            let _ = writeln!(out, "<li>{}</li>", e(r));
        }
        out.push_str("</ul>\n<h3>Sources</h3><ul>\n");
        for cl in &c.claims {
            let _ = writeln!(
                out,
                "<li><b>{}</b> {} ({}, {}): <blockquote>{}</blockquote><small>{} characters {}..{}</small></li>",
                e(&cl.actor),
                e(&cl.stance),
                e(&said(cl)),
                e(cl.outlet.as_deref().unwrap_or("-")),
                e(&cl.text),
                e(&cl.doc),
                cl.content_span.start,
                cl.content_span.end
            );
        }
        out.push_str("</ul>\n");
        if !c.numbers.is_empty() {
            out.push_str("<h3>Figures</h3><table><tr><th>value</th><th>unit</th><th>scope</th><th>sources</th></tr>\n");
            for f in &c.numbers {
                let _ = writeln!(
                    out,
                    "<tr><td>{}</td><td{}>{}</td><td>{}</td><td>{}</td></tr>",
                    e(&fuse::numbers::format_figure(f.value, f.high, &f.qualifier)),
                    if f.unit_from_context {
                        " class=\"inferred\" title=\"read from the figure's context\""
                    } else {
                        ""
                    },
                    e(&fuse::numbers::unit_cell(f)),
                    e(&f.scope),
                    e(&f.sources.join(", "))
                );
            }
            out.push_str("</table>\n");
            if c.numbers.iter().any(|f| f.unit_from_context) {
                let _ = writeln!(
                    out,
                    "<p class=\"muted\">{}</p>",
                    e(fuse::numbers::INFERRED_UNIT_LEGEND)
                );
            }
        }
        let mut shown: Vec<&str> = Vec::new();
        for d in &c.disagreements {
            if !shown.contains(&d.why.as_str()) {
                shown.push(&d.why);
                let _ = writeln!(out, "<p class=\"disagree\">Disagreement: {}</p>", e(&d.why));
            }
        }
        out.push_str("<h3>Independent lines of evidence</h3><ol>\n");
        for line in &c.independent_sources {
            let _ = writeln!(out, "<li>{}</li>", e(&line.join(" + ")));
        }
        out.push_str("</ol>\n");
        if !c.non_committal.is_empty() {
            let _ = writeln!(
                out,
                "<p>Non-committal: {}</p>",
                e(&c.non_committal.join(", "))
            );
        }
        out.push_str("</section>\n");
    }
    out.push_str("<h2>Timeline</h2><table><tr><th>said</th><th>source</th><th>happens</th><th>what</th></tr>\n");
    for t in &fused.timeline {
        let _ = writeln!(
            out,
            "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
            e(t.said.as_deref().unwrap_or("undated")),
            e(&t.source),
            e(&t.happens.join(", ")),
            e(&t.text)
        );
    }
    out.push_str("</table>\n</body></html>\n");
    out
}

/// The claims of the ledger as CSV, one row a claim with its cluster (if any).
pub fn csv(docs: &[fuse::DocInput], claims: &[fuse::ClaimInput], fused: &Fused) -> String {
    let mut cluster_of = vec![String::new(); claims.len()];
    let mut status_of = vec![String::new(); claims.len()];
    for c in &fused.clusters {
        for cl in &c.claims {
            if let Some(slot) = cluster_of.get_mut(cl.input) {
                *slot = c.id.clone();
                status_of[cl.input] = format!("{:?}", cl.status).to_lowercase();
            }
        }
    }
    let mut out = String::from(
        "claim,doc,outlet,published,source,relayed_by,kind,certainty,polarity,conditional,direct,when,content_start,content_end,content,cluster,status\n",
    );
    // Offsets maps are built once a document (claims come grouped by document).
    let mut map_of: Option<(usize, model::CharOffsets)> = None;
    for (i, c) in claims.iter().enumerate() {
        let Some(doc) = docs.get(c.doc) else { continue };
        let content = doc.text.get(c.content.start..c.content.end).unwrap_or("");
        if map_of.as_ref().is_none_or(|(d, _)| *d != c.doc) {
            map_of = Some((c.doc, model::CharOffsets::new(&doc.text)));
        }
        let Some((_, map)) = map_of.as_ref() else {
            continue;
        };
        let fields = [
            c.id.clone(),
            doc.id.clone(),
            doc.outlet.clone().unwrap_or_default(),
            doc.published.clone().unwrap_or_default(),
            c.source.clone(),
            c.relayed_by.join("; "),
            c.kind.as_str().to_string(),
            c.certainty.as_str().to_string(),
            c.polarity.as_str().to_string(),
            c.conditional.to_string(),
            c.direct.to_string(),
            c.when.clone().unwrap_or_default(),
            map.char_of(c.content.start).to_string(),
            map.char_of(c.content.end).to_string(),
            content.to_string(),
            cluster_of[i].clone(),
            status_of[i].clone(),
        ];
        let row: Vec<String> = fields.iter().map(|f| csv_field(f)).collect();
        out.push_str(&row.join(","));
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::readable_scope;

    #[test]
    fn a_part_of_day_after_a_date_reads_in_words() {
        assert_eq!(readable_scope("2025-03-06TAF"), "2025-03-06 afternoon");
        assert_eq!(
            readable_scope("died 2025-03-05TNI"),
            "died 2025-03-05 night"
        );
        // Anything else is left as it is.
        assert_eq!(readable_scope("Total of Tallis"), "Total of Tallis");
        assert_eq!(readable_scope("stated"), "stated");
        assert_eq!(readable_scope("Paris"), "Paris");
    }

    #[test]
    fn a_time_with_no_date_reads_in_words() {
        assert_eq!(readable_scope("XXXX-WXX-7TNI"), "Sunday nights");
        assert_eq!(readable_scope("died XXXX-WXX-1"), "died Mondays");
        assert_eq!(readable_scope("PXM"), "for months");
        assert_eq!(readable_scope("PT4H"), "for 4 hours");
        assert_eq!(readable_scope("P1D"), "for 1 day");
        assert_eq!(readable_scope("PRESENT_REF"), "now");
    }
}
