//! Helpers shared by the integration tests. All texts are made up for these tests.
#![allow(dead_code)] // each test binary uses a different part

use model::{Document, Origin, SourceFormat};

/// A document with the given id and text and fixed metadata.
pub fn doc(id: &str, text: &str) -> Document {
    Document {
        id: id.to_owned(),
        title: Some(format!("Title of {id}")),
        published: Some("2024-10-23".to_owned()),
        source: Some("Test Wire".to_owned()),
        url: Some(format!("https://example.org/{id}")),
        format: SourceFormat::Jsonl,
        origin: Origin {
            path: "tests.jsonl".to_owned(),
            locator: Some(format!("line {}", id.len())),
        },
        text: text.to_owned(),
    }
}

/// A wire story (made up) as the agency sent it.
pub const WIRE_ORIGINAL: &str = "Flooding closed the main rail line between Dunmore and \
Asher Vale on Sunday after two days of heavy rain, the regional transport office said.\n\n\
Engineers found that water had washed away part of the embankment near the Kell river \
bridge, and trains would not run before Thursday at the earliest, a spokesman said.\n\n\
Replacement buses will carry passengers between the two towns, but travellers were told to \
expect delays of up to two hours during the morning rush.\n\n\
The weather service warned that more rain was likely on Tuesday and urged residents of \
low-lying streets to move cars and valuables to higher ground.";

/// The same story as one outlet ran it: a byline, other punctuation and layout.
pub const WIRE_WITH_BYLINE: &str = "By Ilse Marren (Valley Courier)\n\
Flooding closed the main rail line between Dunmore and Asher Vale on Sunday after two days \
of heavy rain -- the regional transport office said. Engineers found that water had washed \
away part of the embankment near the Kell river bridge, and trains would not run before \
Thursday at the earliest, a spokesman said. Replacement buses will carry passengers between \
the two towns; but travellers were told to expect delays of up to two hours during the \
morning rush. The weather service warned that more rain was likely on Tuesday and urged \
residents of low-lying streets to move cars and valuables to higher ground.";

/// The same story with one added sentence and two words changed.
pub const WIRE_WITH_ADDED_SENTENCE: &str = "Flooding closed the main rail line between \
Dunmore and Asher Vale on Sunday after two days of heavy rain, the regional transport office \
said.\n\nEngineers found that water had washed away part of the embankment near the Kell \
river bridge, and trains would not run before Thursday at the earliest, a spokeswoman said.\n\n\
It is the third time this year that the line has been cut by floods.\n\n\
Replacement coaches will carry passengers between the two towns, but travellers were told \
to expect delays of up to two hours during the morning rush.\n\n\
The weather service warned that more rain was likely on Tuesday and urged residents of \
low-lying streets to move cars and valuables to higher ground.";

/// A different report of the same event: same facts and names, its own sentences.
pub const SAME_EVENT_OWN_REPORT: &str = "Rail passengers between Dunmore and Asher Vale face \
a week of buses after floodwater undermined an embankment by the Kell bridge. Services are \
suspended until Thursday at least, transport officials said on Sunday, while forecasters \
expect another wet spell on Tuesday. Commuters described long queues for the replacement \
coaches and said the journey took more than twice as long as usual.";

/// An unrelated story.
pub const UNRELATED: &str = "The museum of Harlow Point reopened its west wing on Saturday \
after a three-year renovation that uncovered a medieval well beneath the old ticket hall. \
Visitors can now see the well through a glass floor, and the curators plan a small \
exhibition on the town's water supply for next spring.";
