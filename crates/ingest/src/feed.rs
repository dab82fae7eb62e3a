//! RSS and Atom feeds: one document per item.
//!
//! Policy: the text is the first non-empty of the item's `content:encoded` / Atom `content`,
//! then `description` / `summary`; markup inside it is stripped as for pages
//! ([`crate::html::fragment_text`]), plain text is kept as given. The date is `pubDate` /
//! `published`, else `updated`, keeping the feed's own UTC offset. The source is the item's own
//! source, else the feed's title. The id is the item's guid / Atom id when the feed gives one,
//! else the hash of the text. An item without text is one error (`item N`), the other items
//! are still read; a feed that is not well-formed is one error for the file.

use crate::dates::{parse_published, Published};
use crate::html::fragment_text;
use crate::{Draft, ErrorKind, IngestError, Outcome};
use feed_rs::model::{Entry, Text};
use model::{Origin, SourceFormat};
use std::collections::HashMap;
use std::sync::{Arc, Mutex};

pub(crate) fn read_feed(bytes: &[u8], format: SourceFormat, whole: &Origin) -> Vec<Outcome> {
    // feed-rs hands back dates in UTC only; our own parser, run inside it, remembers how each
    // instant was written so that the local date and offset survive.
    let spellings: Arc<Mutex<HashMap<i64, Published>>> = Arc::default();
    let recorder = Arc::clone(&spellings);
    let parser = feed_rs::parser::Builder::new()
        // No invented ids: an item without guid gets the hash of its text.
        .id_generator(|_, _, _| String::new())
        .timestamp_parser(move |raw| {
            let published = parse_published(raw)?;
            let seconds = published.unix_seconds();
            if let Ok(mut map) = recorder.lock() {
                map.entry(seconds).or_insert(published);
            }
            chrono::DateTime::from_timestamp(seconds, 0)
        })
        .build();
    let feed = match parser.parse(bytes) {
        Ok(feed) => feed,
        Err(error) => {
            return vec![Err(IngestError::new(
                whole,
                ErrorKind::Malformed,
                format!("not a valid {} feed ({error})", feed_kind(format)),
            ))]
        }
    };
    let spellings = spellings.lock().map(|m| m.clone()).unwrap_or_default();
    let format = match feed.feed_type {
        feed_rs::model::FeedType::Atom => SourceFormat::Atom,
        _ => SourceFormat::Rss,
    };
    if feed.entries.is_empty() {
        return vec![Err(IngestError::new(
            whole,
            ErrorKind::Empty,
            format!("the {} feed has no items", feed_kind(format)),
        ))];
    }
    let feed_title = feed.title.as_ref().map(text_of);
    feed.entries
        .iter()
        .enumerate()
        .map(|(index, entry)| {
            let origin = Origin {
                path: whole.path.clone(),
                locator: Some(format!("item {}", index + 1)),
            };
            item(entry, feed_title.as_deref(), &spellings, format, origin)
        })
        .collect()
}

fn feed_kind(format: SourceFormat) -> &'static str {
    match format {
        SourceFormat::Atom => "Atom",
        _ => "RSS",
    }
}

fn item(
    entry: &Entry,
    feed_title: Option<&str>,
    spellings: &HashMap<i64, Published>,
    format: SourceFormat,
    origin: Origin,
) -> Outcome {
    let bodies = [
        entry
            .content
            .as_ref()
            .and_then(|content| content.body.as_deref())
            .map(markup_or_plain),
        entry.summary.as_ref().map(text_of),
    ];
    let Some(text) = bodies
        .into_iter()
        .flatten()
        .find(|text| !text.trim().is_empty())
    else {
        return Err(IngestError::new(
            &origin,
            ErrorKind::Empty,
            "item has no text (no content, description or summary)",
        ));
    };
    let published = entry.published.or(entry.updated).map(|instant| {
        match spellings.get(&instant.timestamp()) {
            Some(spelling) => spelling.to_iso(),
            None => instant.format("%Y-%m-%dT%H:%M:%SZ").to_string(),
        }
    });
    let url = entry
        .links
        .iter()
        .find(|link| link.rel.as_deref().is_none_or(|rel| rel == "alternate"))
        .or(entry.links.first())
        .map(|link| link.href.clone());
    Draft {
        id: Some(entry.id.clone()).filter(|id| !id.trim().is_empty()),
        title: entry.title.as_ref().map(text_of),
        published,
        source: entry.source.clone().or(feed_title.map(str::to_string)),
        url,
        text,
    }
    .finish(format, origin)
}

/// Feed text fields may carry escaped HTML whatever their declared type.
fn text_of(text: &Text) -> String {
    markup_or_plain(&text.content)
}

fn markup_or_plain(content: &str) -> String {
    if content.contains('<') {
        fragment_text(content)
    } else {
        content.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn whole() -> Origin {
        Origin {
            path: "news.xml".into(),
            locator: None,
        }
    }

    #[test]
    fn rss_items_become_documents() {
        let rss = br#"<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>Valley Post</title><link>https://post.example/</link>
<item><title>Dam opens</title><link>https://post.example/dam</link>
<guid>post-dam-1</guid><pubDate>Thu, 01 Jun 2023 09:30:00 +0200</pubDate>
<description>Short teaser.</description>
<content:encoded><![CDATA[<p>The dam opened.</p><p>Officials <em>welcomed</em> it.</p>]]></content:encoded></item>
<item><title>Ferry resumes</title><description>&lt;p&gt;The ferry resumed service.&lt;/p&gt;</description></item>
<item><title>Nothing to read</title></item>
</channel></rss>"#;
        let out = read_feed(rss, SourceFormat::Rss, &whole());
        assert_eq!(out.len(), 3);
        let first = out[0].as_ref().unwrap();
        assert_eq!(first.id, "post-dam-1");
        assert_eq!(first.text, "The dam opened.\n\nOfficials welcomed it.");
        assert_eq!(
            first.published.as_deref(),
            Some("2023-06-01T09:30:00+02:00")
        );
        assert_eq!(first.source.as_deref(), Some("Valley Post"));
        assert_eq!(first.url.as_deref(), Some("https://post.example/dam"));
        assert_eq!(first.origin.locator.as_deref(), Some("item 1"));
        let second = out[1].as_ref().unwrap();
        assert_eq!(second.text, "The ferry resumed service.");
        assert!(second.id.starts_with("d-"));
        let third = out[2].as_ref().unwrap_err();
        assert_eq!(third.locator.as_deref(), Some("item 3"));
        assert_eq!(third.kind, ErrorKind::Empty);
    }

    #[test]
    fn atom_entries_become_documents() {
        let atom = br#"<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Harbor Wire</title><id>urn:hw</id>
<updated>2023-06-02T00:00:00Z</updated>
<entry><title>Harbor reopens</title><id>urn:hw:1</id><link href="https://wire.example/h"/>
<updated>2023-06-02T08:00:00Z</updated><published>2023-06-01T22:15:00-04:00</published>
<content type="html">&lt;p&gt;The harbor reopened.&lt;/p&gt;</content></entry></feed>"#;
        let out = read_feed(atom, SourceFormat::Atom, &whole());
        let doc = out[0].as_ref().unwrap();
        assert_eq!(doc.format, SourceFormat::Atom);
        assert_eq!(doc.id, "urn:hw:1");
        assert_eq!(doc.published.as_deref(), Some("2023-06-01T22:15:00-04:00"));
        assert_eq!(doc.text, "The harbor reopened.");
        assert_eq!(doc.source.as_deref(), Some("Harbor Wire"));
    }

    #[test]
    fn malformed_feed_is_one_error() {
        let out = read_feed(
            b"<rss version=\"2.0\"><channel><item><title>Cut off",
            SourceFormat::Rss,
            &whole(),
        );
        assert_eq!(out.len(), 1);
        let error = out[0].as_ref().unwrap_err();
        assert_eq!(error.kind, ErrorKind::Malformed);
        assert!(
            error.message.starts_with("not a valid RSS feed"),
            "{}",
            error.message
        );
    }
}
