//! HTML article pages: main-content extraction and page metadata.
//!
//! # Extraction policy
//!
//! 1. Page furniture is dropped with everything inside it: the elements listed in
//!    `data/dropped_elements.txt` (nav, header, footer, aside, script, style, forms, embedded
//!    media...), elements marked `hidden` / `aria-hidden="true"` / `display:none`, and elements
//!    whose class, id or role carries a word of `data/boilerplate_hints.txt` (ad, promo,
//!    related, share, newsletter, cookie...) unless it also carries a word of
//!    `data/content_hints.txt` (article, body, content, story...). Comments never count.
//! 2. The article root is chosen by paragraph text: every `<p>` credits its length to its
//!    parent (fully) and grandparent (half); the best-credited element is the densest block.
//!    An explicit article container (`<article>`, `<main>`, `role="main"`,
//!    `itemprop="articleBody"`) is preferred when it holds at least half as much paragraph text
//!    as the densest block; a page without paragraphs falls back to such a container, else to
//!    the whole body.
//! 3. Text is collected from the root: block elements (`data/block_elements.txt`) become
//!    paragraph breaks, list items and `<br>` line breaks, table cells spaces; whitespace inside
//!    text collapses as a browser would, except in `<pre>`.
//! 4. When JSON-LD carries an `articleBody` more than twice as long as what was extracted, it
//!    is used instead (the page body was probably paywalled or scripted).
//!
//! Headings inside the chosen root are kept as their own paragraphs; the page title is not
//! added to the text when the root does not contain it.

use crate::dates::{data_lines, data_pairs, normalize_date};
use crate::{normalize_line, Draft, ErrorKind, IngestError, Outcome};
use ego_tree::{NodeId, NodeRef};
use model::{Origin, SourceFormat};
use scraper::{Html, Node};
use serde_json::Value;
use std::collections::{HashMap, HashSet};
use std::sync::LazyLock;

static DROPPED: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| data_lines(include_str!("../data/dropped_elements.txt")).collect());

static BLOCKS: LazyLock<HashMap<&'static str, Break>> = LazyLock::new(|| {
    data_pairs(include_str!("../data/block_elements.txt"))
        .filter_map(|(tag, kind)| {
            let kind = match kind {
                "paragraph" => Break::Paragraph,
                "line" => Break::Line,
                "space" => Break::Space,
                _ => return None,
            };
            Some((tag, kind))
        })
        .collect()
});

static BOILERPLATE: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| data_lines(include_str!("../data/boilerplate_hints.txt")).collect());

static CONTENT: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| data_lines(include_str!("../data/content_hints.txt")).collect());

static HTML_ELEMENTS: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| data_lines(include_str!("../data/html_elements.txt")).collect());

static ARTICLE_TYPES: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| data_lines(include_str!("../data/jsonld_types.txt")).collect());

/// (key, field) in priority order.
static META_FIELDS: LazyLock<Vec<(&'static str, MetaField)>> = LazyLock::new(|| {
    data_pairs(include_str!("../data/meta_fields.txt"))
        .filter_map(|(key, field)| {
            let field = match field {
                "title" => MetaField::Title,
                "published" => MetaField::Published,
                "source" => MetaField::Source,
                "url" => MetaField::Url,
                _ => return None,
            };
            Some((key, field))
        })
        .collect()
});

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum MetaField {
    Title,
    Published,
    Source,
    Url,
}

/// Whether a lower-case tag name is an HTML element (used to tell HTML from other XML).
pub(crate) fn is_html_element(name: &[u8]) -> bool {
    let Ok(name) = std::str::from_utf8(name) else {
        return false;
    };
    HTML_ELEMENTS.contains(name) || DROPPED.contains(name) || BLOCKS.contains_key(name)
}

/// Reads one HTML article page.
pub(crate) fn read_page(html: &str, origin: &Origin) -> Outcome {
    let page = Html::parse_document(html);
    let root = choose_root(page.tree.root());
    let mut text = collect_text(root);
    let mut values = collect_metadata(&page, root);

    if let Some(body) = values.remove("jsonld:articlebody") {
        if body.len() > 2 * text.trim().len() {
            text = if body.contains('<') {
                fragment_text(&body)
            } else {
                body
            };
        }
    }
    if text.trim().is_empty() {
        return Err(IngestError::new(
            origin,
            ErrorKind::Empty,
            "no article text found in the HTML page",
        ));
    }

    let mut draft = Draft {
        text,
        ..Draft::default()
    };
    for (key, field) in META_FIELDS.iter() {
        let Some(value) = values.get(*key) else {
            continue;
        };
        match field {
            MetaField::Title if draft.title.is_none() => {
                draft.title = normalize_line(value);
            }
            MetaField::Published if draft.published.is_none() => {
                draft.published = normalize_date(value);
            }
            MetaField::Source if draft.source.is_none() => draft.source = normalize_line(value),
            MetaField::Url if draft.url.is_none() => draft.url = normalize_line(value),
            _ => {}
        }
    }
    // The <title> element usually ends in " | Outlet"; strip what repeats the outlet.
    if let (Some(title), Some(source)) = (&draft.title, &draft.source) {
        draft.title = Some(strip_site_suffix(title, source));
    }
    draft.finish(SourceFormat::Html, origin.clone())
}

/// Decodes a page that is not UTF-8 but declares its charset in a `<meta>` tag within its first
/// 2 KB (`<meta charset="windows-1252">` or `content="text/html; charset=iso-8859-1"`).
/// None when it declares none, declares UTF-8 (then the bytes are simply invalid), or names an
/// unknown charset.
pub(crate) fn decode_declared_charset(bytes: &[u8]) -> Option<String> {
    let head = bytes[..bytes.len().min(2048)].to_ascii_lowercase();
    let at = head.windows(8).position(|w| w == b"charset=")? + 8;
    let label: Vec<u8> = head[at..]
        .iter()
        .copied()
        .skip_while(|b| matches!(b, b'"' | b'\'' | b' '))
        .take_while(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b':' | b'.'))
        .collect();
    let encoding = encoding_rs::Encoding::for_label(&label)?;
    if encoding == encoding_rs::UTF_8 {
        return None;
    }
    let (text, _, had_errors) = encoding.decode(bytes);
    (!had_errors).then(|| text.into_owned())
}

/// The text of an HTML fragment (a feed item's content), furniture dropped, blocks kept apart.
pub fn fragment_text(html: &str) -> String {
    let fragment = Html::parse_fragment(html);
    collect_text(fragment.tree.root())
}

/// "Headline | Outlet" -> "Headline" when the outlet is known.
fn strip_site_suffix(title: &str, source: &str) -> String {
    for separator in [" | ", " - ", " \u{2013} ", " \u{2014} ", " :: ", " \u{b7} "] {
        if let Some((head, tail)) = title.rsplit_once(separator) {
            if tail.trim().eq_ignore_ascii_case(source.trim()) && !head.trim().is_empty() {
                return head.trim().to_string();
            }
        }
        if let Some((head, tail)) = title.split_once(separator) {
            if head.trim().eq_ignore_ascii_case(source.trim()) && !tail.trim().is_empty() {
                return tail.trim().to_string();
            }
        }
    }
    title.to_string()
}

/// A walk event: entering a node (return whether to visit its children) or leaving one whose
/// children were visited.
enum Step<'a> {
    Enter(NodeRef<'a, Node>),
    Leave(NodeRef<'a, Node>),
}

/// Depth-first walk with an explicit stack, so that absurdly deep markup cannot overflow the
/// call stack.
fn walk<'a>(root: NodeRef<'a, Node>, mut visit: impl FnMut(&Step<'a>) -> bool) {
    let mut stack = vec![Step::Enter(root)];
    while let Some(step) = stack.pop() {
        let descend = visit(&step);
        if let Step::Enter(node) = step {
            if descend {
                stack.push(Step::Leave(node));
                stack.extend(node.children().rev().map(Step::Enter));
            }
        }
    }
}

/// Whether an element is page furniture to drop with its subtree.
fn is_furniture(element: &scraper::node::Element) -> bool {
    let name = element.name();
    if matches!(name, "html" | "body" | "article" | "main") {
        return false;
    }
    if DROPPED.contains(name) {
        return true;
    }
    if element.attr("hidden").is_some()
        || element
            .attr("aria-hidden")
            .is_some_and(|v| v.trim().eq_ignore_ascii_case("true"))
        || element.attr("style").is_some_and(hides)
    {
        return true;
    }
    let mut furniture = false;
    for value in [
        element.attr("class"),
        element.attr("id"),
        element.attr("role"),
    ]
    .into_iter()
    .flatten()
    {
        for word in hint_words(value) {
            if CONTENT.contains(word.as_str()) {
                return false;
            }
            furniture |= BOILERPLATE.contains(word.as_str());
        }
    }
    furniture
}

/// `style="display: none"` or `visibility:hidden`.
fn hides(style: &str) -> bool {
    let compact: String = style
        .chars()
        .filter(|c| !c.is_whitespace())
        .flat_map(char::to_lowercase)
        .collect();
    compact.contains("display:none") || compact.contains("visibility:hidden")
}

/// Lower-case words of a class/id value: split at non-alphanumerics and at camelCase humps.
fn hint_words(value: &str) -> Vec<String> {
    let mut words = Vec::new();
    let mut word = String::new();
    let mut previous_lower = false;
    for c in value.chars() {
        if !c.is_alphanumeric() {
            if !word.is_empty() {
                words.push(std::mem::take(&mut word));
            }
            previous_lower = false;
            continue;
        }
        if c.is_uppercase() && previous_lower && !word.is_empty() {
            words.push(std::mem::take(&mut word));
        }
        previous_lower = c.is_lowercase() || c.is_numeric();
        word.extend(c.to_lowercase());
    }
    if !word.is_empty() {
        words.push(word);
    }
    words
}

fn is_article_container(element: &scraper::node::Element) -> bool {
    matches!(element.name(), "article" | "main")
        || element
            .attr("role")
            .is_some_and(|r| r.eq_ignore_ascii_case("main"))
        || element
            .attr("itemprop")
            .is_some_and(|p| p.eq_ignore_ascii_case("articleBody"))
}

/// The element holding the article (see the module policy).
fn choose_root(document: NodeRef<'_, Node>) -> NodeRef<'_, Node> {
    let mut block_score: HashMap<NodeId, usize> = HashMap::new();
    let mut container_score: Vec<(NodeRef<'_, Node>, usize)> = Vec::new();
    let mut open_containers: Vec<usize> = Vec::new();
    let mut paragraph: Option<usize> = None;
    let mut body = None;
    walk(document, |step| match step {
        Step::Enter(node) => match node.value() {
            Node::Element(element) => {
                if is_furniture(element) {
                    return false;
                }
                if element.name() == "body" && body.is_none() {
                    body = Some(*node);
                }
                if is_article_container(element) {
                    open_containers.push(container_score.len());
                    container_score.push((*node, 0));
                }
                if element.name() == "p" {
                    paragraph = Some(0);
                }
                true
            }
            Node::Text(text) => {
                if let Some(length) = paragraph.as_mut() {
                    *length += text.trim().len();
                }
                false
            }
            Node::Document | Node::Fragment => true,
            _ => false,
        },
        Step::Leave(node) => {
            if let Node::Element(element) = node.value() {
                if element.name() == "p" {
                    let length = paragraph.take().unwrap_or(0);
                    if let Some(parent) = node.parent() {
                        *block_score.entry(parent.id()).or_default() += length;
                        if let Some(grandparent) = parent.parent() {
                            *block_score.entry(grandparent.id()).or_default() += length / 2;
                        }
                    }
                    for &open in &open_containers {
                        container_score[open].1 += length;
                    }
                }
                if is_article_container(element) {
                    open_containers.pop();
                }
            }
            true
        }
    });

    let densest = block_score
        .iter()
        .max_by_key(|(id, score)| (**score, std::cmp::Reverse(**id)))
        .and_then(|(id, score)| Some((document.tree().get(*id)?, *score)));
    // Later containers are nested deeper: on equal scores the innermost wins.
    let best_container =
        container_score
            .iter()
            .copied()
            .reduce(|best, next| if next.1 >= best.1 { next } else { best });
    let fallback = body.unwrap_or(document);
    match (densest, best_container) {
        (Some((_, densest_score)), Some((container, score)))
            if densest_score == 0 || score * 2 >= densest_score =>
        {
            container
        }
        (Some((block, score)), _) if score > 0 => block,
        (_, Some((container, _))) => container,
        _ => fallback,
    }
}

/// Where text may break, weakest first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Break {
    None,
    Space,
    Line,
    Paragraph,
}

/// Text of a subtree, furniture skipped, blocks separated.
fn collect_text(root: NodeRef<'_, Node>) -> String {
    let mut out = String::new();
    let mut pending = Break::None;
    let mut preformatted = 0usize;
    walk(root, |step| match step {
        Step::Enter(node) => match node.value() {
            Node::Element(element) => {
                // The chosen root itself is never furniture, whatever its class says.
                if node.id() != root.id() && is_furniture(element) {
                    return false;
                }
                if let Some(&kind) = BLOCKS.get(element.name()) {
                    pending = pending.max(kind);
                }
                if element.name() == "pre" {
                    preformatted += 1;
                }
                true
            }
            Node::Text(text) => {
                push_text(&mut out, &mut pending, text, preformatted > 0);
                false
            }
            Node::Document | Node::Fragment => true,
            _ => false,
        },
        Step::Leave(node) => {
            if let Node::Element(element) = node.value() {
                if let Some(&kind) = BLOCKS.get(element.name()) {
                    pending = pending.max(kind);
                }
                if element.name() == "pre" {
                    preformatted = preformatted.saturating_sub(1);
                }
            }
            true
        }
    });
    out
}

fn push_text(out: &mut String, pending: &mut Break, text: &str, preformatted: bool) {
    if preformatted {
        if !text.is_empty() {
            flush(out, pending);
            out.push_str(text);
        }
        return;
    }
    let is_html_space = |c: char| matches!(c, ' ' | '\t' | '\n' | '\r' | '\u{c}');
    if text.starts_with(is_html_space) {
        *pending = (*pending).max(Break::Space);
    }
    let mut words = text.split(is_html_space).filter(|w| !w.is_empty());
    if let Some(first) = words.next() {
        flush(out, pending);
        out.push_str(first);
        for word in words {
            out.push(' ');
            out.push_str(word);
        }
        if text.ends_with(is_html_space) {
            *pending = Break::Space;
        }
    }
}

fn flush(out: &mut String, pending: &mut Break) {
    if !out.is_empty() {
        match *pending {
            Break::None => {}
            Break::Space => out.push(' '),
            Break::Line => out.push('\n'),
            Break::Paragraph => out.push_str("\n\n"),
        }
    }
    *pending = Break::None;
}

/// Metadata values by key (see `data/meta_fields.txt`); the first value of each key wins.
fn collect_metadata(page: &Html, root: NodeRef<'_, Node>) -> HashMap<String, String> {
    let mut values: HashMap<String, String> = HashMap::new();
    let mut put = |key: &str, value: &str| {
        if !value.trim().is_empty() && !values.contains_key(key) {
            values.insert(key.to_string(), value.to_string());
        }
    };
    let mut root_time = None;
    let mut in_root = false;
    let mut title_depth = None;
    let mut title_text = String::new();
    let mut h1_depth = None;
    let mut h1_text = String::new();
    let mut depth = 0usize;
    let mut jsonld_blocks: Vec<String> = Vec::new();
    walk(page.tree.root(), |step| match step {
        Step::Enter(node) => {
            if node.id() == root.id() {
                in_root = true;
            }
            match node.value() {
                Node::Element(element) => {
                    depth += 1;
                    match element.name() {
                        "meta" => {
                            let key = element
                                .attr("property")
                                .or_else(|| element.attr("name"))
                                .or_else(|| element.attr("itemprop"));
                            let value =
                                element.attr("content").or_else(|| element.attr("datetime"));
                            if let (Some(key), Some(value)) = (key, value) {
                                put(&key.trim().to_ascii_lowercase(), value);
                            }
                        }
                        "link" => {
                            let canonical = element.attr("rel").is_some_and(|rel| {
                                rel.split_ascii_whitespace()
                                    .any(|r| r.eq_ignore_ascii_case("canonical"))
                            });
                            if let (true, Some(href)) = (canonical, element.attr("href")) {
                                put("canonical", href);
                            }
                        }
                        "time" => {
                            if let Some(datetime) = element.attr("datetime") {
                                put("anytime", datetime);
                                if in_root && root_time.is_none() {
                                    root_time = Some(datetime.to_string());
                                }
                            }
                        }
                        "title" if title_depth.is_none() && title_text.is_empty() => {
                            title_depth = Some(depth);
                        }
                        // Not a logo heading in the page header.
                        "h1" if h1_depth.is_none()
                            && h1_text.is_empty()
                            && !node
                                .ancestors()
                                .any(|a| a.value().as_element().is_some_and(is_furniture)) =>
                        {
                            h1_depth = Some(depth);
                        }
                        "script" => {
                            let json = element.attr("type").is_some_and(|t| {
                                t.trim().eq_ignore_ascii_case("application/ld+json")
                            });
                            if json {
                                let text: String = node
                                    .children()
                                    .filter_map(|c| c.value().as_text().map(|t| &**t))
                                    .collect();
                                jsonld_blocks.push(text);
                            }
                            return false;
                        }
                        "style" | "noscript" | "template" => return false,
                        _ => {}
                    }
                    true
                }
                Node::Text(text) => {
                    if title_depth.is_some() {
                        title_text.push_str(text);
                    }
                    if h1_depth.is_some() {
                        h1_text.push(' ');
                        h1_text.push_str(text);
                    }
                    false
                }
                Node::Document | Node::Fragment => true,
                _ => false,
            }
        }
        Step::Leave(node) => {
            if node.id() == root.id() {
                in_root = false;
            }
            if node.value().is_element() {
                if title_depth == Some(depth) {
                    title_depth = None;
                }
                if h1_depth == Some(depth) {
                    h1_depth = None;
                }
                depth -= 1;
            }
            true
        }
    });
    if let Some(time) = root_time {
        put("time", &time);
    }
    put("title", &title_text);
    put("h1", &h1_text);
    for block in &jsonld_blocks {
        if let Some(article) = find_jsonld_article(block) {
            for (key, value) in article {
                put(&key, &value);
            }
            break;
        }
    }
    values
}

/// The fields of the first article-typed object in a JSON-LD block, keyed `jsonld:<field>`.
fn find_jsonld_article(block: &str) -> Option<Vec<(String, String)>> {
    let value: Value = serde_json::from_str(block.trim()).ok()?;
    // Breadth-first with a budget: JSON-LD nests articles in @graph arrays and lists.
    let mut queue = std::collections::VecDeque::from([&value]);
    let mut budget = 10_000usize;
    while let Some(value) = queue.pop_front() {
        budget = budget.checked_sub(1)?;
        match value {
            Value::Array(items) => queue.extend(items),
            Value::Object(object) => {
                if object.get("@type").is_some_and(is_article_type) {
                    return Some(article_fields(object));
                }
                queue.extend(object.values());
            }
            _ => {}
        }
    }
    None
}

fn is_article_type(value: &Value) -> bool {
    match value {
        Value::String(name) => ARTICLE_TYPES.contains(name.as_str()),
        Value::Array(names) => names.iter().any(is_article_type),
        _ => false,
    }
}

fn article_fields(object: &serde_json::Map<String, Value>) -> Vec<(String, String)> {
    let mut fields = Vec::new();
    // A value, or the name of an object (a publisher), or for addresses its @id.
    let name_of = |value: &Value, id_key: &str| -> Option<String> {
        match value {
            Value::String(s) => Some(s.clone()),
            Value::Object(o) => o
                .get("name")
                .or_else(|| o.get(id_key))
                .and_then(Value::as_str)
                .map(str::to_string),
            Value::Array(items) => items.iter().find_map(|item| match item {
                Value::String(s) => Some(s.clone()),
                Value::Object(o) => o.get("name").and_then(Value::as_str).map(str::to_string),
                _ => None,
            }),
            _ => None,
        }
    };
    for (key, json_key) in [
        ("jsonld:headline", "headline"),
        ("jsonld:headline", "name"),
        ("jsonld:datepublished", "datePublished"),
        ("jsonld:datepublished", "dateCreated"),
        ("jsonld:articlebody", "articleBody"),
        ("jsonld:url", "url"),
        ("jsonld:url", "mainEntityOfPage"),
    ] {
        let id_key = if key == "jsonld:url" { "@id" } else { "name" };
        if let Some(value) = object.get(json_key).and_then(|v| name_of(v, id_key)) {
            fields.push((key.to_string(), value));
        }
    }
    if let Some(name) = object.get("publisher").and_then(|v| name_of(v, "name")) {
        fields.push(("jsonld:publisher".to_string(), name));
    }
    fields
}

#[cfg(test)]
mod tests {
    use super::*;

    fn origin() -> Origin {
        Origin {
            path: "page.html".into(),
            locator: None,
        }
    }

    #[test]
    fn furniture_is_dropped_and_paragraphs_kept() {
        let page = r#"<html><head><title>Bridge closes | Valley Post</title>
            <meta property="og:site_name" content="Valley Post">
            <script>var tracking = "do not keep";</script></head>
            <body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
            <div class="ad-slot">Buy shoes now</div>
            <article><p>The old bridge   closed on Friday,
            engineers said.</p><!-- editor note --><p>Repairs will take <b>two</b> weeks.</p>
            <div class="share-tools">Share on social</div></article>
            <aside>Most read: something else</aside><footer>Copyright</footer></body></html>"#;
        let doc = read_page(page, &origin()).unwrap();
        assert_eq!(
            doc.text,
            "The old bridge closed on Friday, engineers said.\n\nRepairs will take two weeks."
        );
        assert_eq!(doc.title.as_deref(), Some("Bridge closes"));
        assert_eq!(doc.source.as_deref(), Some("Valley Post"));
    }

    #[test]
    fn content_word_protects_from_boilerplate_word() {
        let page = r#"<body><div class="article-body share-enabled"><p>Kept paragraph of the story.</p></div></body>"#;
        let doc = read_page(page, &origin()).unwrap();
        assert_eq!(doc.text, "Kept paragraph of the story.");
    }

    #[test]
    fn class_words_match_whole_words_only() {
        // "header-ad" has the word "ad", "download-info" and "shadow" do not.
        assert!(hint_words("download-info shadow").iter().all(|w| w != "ad"));
        assert!(hint_words("adContainer").contains(&"ad".to_string()));
        assert!(hint_words("header-ad").contains(&"ad".to_string()));
    }

    #[test]
    fn densest_block_wins_without_article_element() {
        let page = r#"<body><div id="top"><p>Short teaser.</p></div>
            <div class="col"><p>First long paragraph of the report with many words in it.</p>
            <p>Second long paragraph of the report, also with many words.</p></div></body>"#;
        let doc = read_page(page, &origin()).unwrap();
        assert!(doc.text.starts_with("First long paragraph"), "{}", doc.text);
        assert!(!doc.text.contains("teaser"));
    }

    #[test]
    fn metadata_from_opengraph_jsonld_and_time() {
        let page = r#"<html><head><title>Site title</title>
            <meta property="og:title" content="Dam opens early">
            <link rel="canonical" href="https://post.example/dam">
            <script type="application/ld+json">{"@context":"https://schema.org","@graph":[
              {"@type":"WebSite","name":"Valley Post"},
              {"@type":["NewsArticle"],"headline":"Dam opens ahead of schedule",
               "datePublished":"2023-06-01T09:30:00+02:00","publisher":{"@type":"Organization","name":"Valley Post"}}]}
            </script></head><body><article><time datetime="2023-05-31">yesterday</time>
            <p>The dam opened ahead of schedule.</p></article></body></html>"#;
        let doc = read_page(page, &origin()).unwrap();
        assert_eq!(doc.title.as_deref(), Some("Dam opens ahead of schedule"));
        assert_eq!(doc.published.as_deref(), Some("2023-06-01T09:30:00+02:00"));
        assert_eq!(doc.source.as_deref(), Some("Valley Post"));
        assert_eq!(doc.url.as_deref(), Some("https://post.example/dam"));
    }

    #[test]
    fn logo_heading_in_page_header_is_not_the_title() {
        let page = r#"<body><header><h1>Valley Post</h1></header><div class="story">
            <h1>Ferry resumes</h1><p>The ferry resumed service.</p></div>
            <script type="application/ld+json">{"@type":"NewsArticle","publisher":{"@id":"https://post.example/#org"},
            "mainEntityOfPage":{"@type":"WebPage","@id":"https://post.example/ferry"}}</script></body>"#;
        let doc = read_page(page, &origin()).unwrap();
        assert_eq!(doc.title.as_deref(), Some("Ferry resumes"));
        assert_eq!(doc.source, None);
        assert_eq!(doc.url.as_deref(), Some("https://post.example/ferry"));
    }

    #[test]
    fn time_element_dates_a_page_without_meta() {
        let page = r#"<body><article><h1>Ferry resumes</h1><time datetime="2023-05-31T07:00:00Z">May 31</time>
            <p>The ferry resumed service.</p></article></body>"#;
        let doc = read_page(page, &origin()).unwrap();
        assert_eq!(doc.published.as_deref(), Some("2023-05-31T07:00:00Z"));
        assert_eq!(doc.title.as_deref(), Some("Ferry resumes"));
        assert_eq!(
            doc.text,
            "Ferry resumes\n\nMay 31\n\nThe ferry resumed service."
        );
    }

    #[test]
    fn jsonld_article_body_rescues_a_scripted_page() {
        let page = r#"<body><div id="app"></div><script type="application/ld+json">
            {"@type":"NewsArticle","headline":"Port strike ends","articleBody":"Dock workers returned on Monday. The union said talks went well."}
            </script></body>"#;
        let doc = read_page(page, &origin()).unwrap();
        assert_eq!(
            doc.text,
            "Dock workers returned on Monday. The union said talks went well."
        );
    }

    #[test]
    fn page_without_text_is_an_error() {
        let error = read_page(
            "<html><body><nav>Home</nav><script>x()</script></body></html>",
            &origin(),
        )
        .unwrap_err();
        assert_eq!(error.kind, ErrorKind::Empty);
        assert!(error.message.contains("no article text"));
    }

    #[test]
    fn lists_and_breaks_become_lines() {
        let text = fragment_text("<p>Demands:</p><ul><li>wages</li><li>hours</li></ul><p>One<br>Two</p><table><tr><td>a</td><td>b</td></tr></table>");
        assert_eq!(text, "Demands:\n\nwages\nhours\n\nOne\nTwo\n\na b");
    }

    #[test]
    fn deep_nesting_does_not_overflow() {
        let page = format!(
            "{}<p>Deep text.</p>{}",
            "<div>".repeat(10_000),
            "</div>".repeat(10_000)
        );
        let doc = read_page(&page, &origin()).unwrap();
        assert_eq!(doc.text, "Deep text.");
    }

    #[test]
    fn declared_legacy_charset_is_decoded() {
        let page = b"<html><head><meta charset=\"windows-1252\"></head><body><p>Caf\xe9 owners said \x93yes\x94.</p></body></html>";
        let text = decode_declared_charset(page).unwrap();
        assert!(text.contains("Caf\u{e9} owners said \u{201c}yes\u{201d}."));
        assert_eq!(
            decode_declared_charset(b"<meta charset=utf-8><p>\xff</p>"),
            None
        );
        assert_eq!(decode_declared_charset(b"<p>\xff no declaration</p>"), None);
    }

    #[test]
    fn site_suffix_is_stripped_from_titles() {
        assert_eq!(
            strip_site_suffix("Dam opens | Valley Post", "Valley Post"),
            "Dam opens"
        );
        assert_eq!(
            strip_site_suffix("Valley Post - Dam opens", "Valley Post"),
            "Dam opens"
        );
        assert_eq!(
            strip_site_suffix("Dam opens - again", "Valley Post"),
            "Dam opens - again"
        );
    }
}
