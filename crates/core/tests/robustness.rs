//! The core never panics on hostile or odd input, always returns a Report (with diagnostics
//! where the reader should know something), and keeps every evidence offset on a char boundary
//! of the text it was given.

mod common;

use crosscheck_core::{analyze, decode::decode, ArticleInput, DiagnosticLevel, Report};
use std::time::Instant;

/// Analyse, check the invariants every Report keeps, and return it.
fn check(inputs: &[ArticleInput]) -> Report {
    let t = Instant::now();
    let r = analyze(inputs);
    let secs = t.elapsed().as_secs_f64();
    let bytes: usize = inputs.iter().map(|a| a.text.len()).sum();
    if bytes > 1_000_000 {
        eprintln!("analysed {:.1} MB in {secs:.2} s", bytes as f64 / 1e6);
    }
    assert_eq!(r.schema, crosscheck_core::SCHEMA);
    assert_eq!(
        r.articles.len(),
        inputs.len(),
        "one article entry per input"
    );
    common::assert_offsets_on_boundaries(inputs, &r);
    // the one serializer works on whatever came out
    assert!(r.to_json().starts_with('{'));
    r
}

fn one(id: &str, text: &str) -> Report {
    check(&[common::article(id, text)])
}

fn has_warning(r: &Report, needle: &str) -> bool {
    r.diagnostics
        .iter()
        .any(|d| d.level == DiagnosticLevel::Warning && d.message.contains(needle))
}

fn record_count(r: &Report) -> usize {
    r.casualties.len() + r.stances.len() + r.truces.iter().map(|t| t.mentions.len()).sum::<usize>()
}

/// The five bundled texts joined, as one article.
fn bundled_text() -> String {
    common::bundle()
        .iter()
        .map(|a| a.text.as_str())
        .collect::<Vec<_>>()
        .join("\n\n")
}

/// A tiny deterministic generator (Knuth's MMIX LCG), so "random" bytes are the same each run.
struct Lcg(u64);
impl Lcg {
    fn next_byte(&mut self) -> u8 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (self.0 >> 33) as u8
    }
}

const SAMPLE: &str = "YEREVAN, Saturday — At least 31 civilians were killed and 101 injured in shelling on Friday, \
officials said. More than 1,200 people have died since the fighting began. Tens of thousands have fled. \
A ceasefire agreed in Moscow on 10 October collapsed within hours. Armenia accused Azerbaijan of \
violating the truce, and Baku denied targeting civilians. The United Nations called on both sides to \
cease fire immediately.\n";

#[test]
fn no_articles_at_all() {
    let r = check(&[]);
    assert!(r.articles.is_empty() && record_count(&r) == 0);
}

#[test]
fn empty_article() {
    let r = one("empty", "");
    assert_eq!(record_count(&r), 0);
    assert!(has_warning(&r, "no readable text"), "{:?}", r.diagnostics);
}

#[test]
fn only_white_space() {
    let r = one("blank", " \n\n\t \r\n\u{a0}\u{2003}\r \u{3000}\n");
    assert_eq!(record_count(&r), 0);
    assert!(has_warning(&r, "no readable text"), "{:?}", r.diagnostics);
}

#[test]
fn binary_bytes() {
    let mut g = Lcg(0x5eed);
    let mut bytes: Vec<u8> = (0..200_000).map(|_| g.next_byte()).collect();
    for k in (0..bytes.len()).step_by(7) {
        bytes[k] = 0;
    }
    let d = decode(&bytes);
    assert!(
        d.warnings.iter().any(|w| w.contains("binary")),
        "{:?}",
        d.warnings
    );
    let r = one("binary", &d.text);
    assert!(
        has_warning(&r, "binary") || has_warning(&r, "no readable text"),
        "{:?}",
        r.diagnostics
    );
    // all NULs
    let d = decode(&[0u8; 4096]);
    one("nuls", &d.text);
}

#[test]
fn invalid_utf8() {
    let mut bytes = SAMPLE.as_bytes().to_vec();
    // a lone continuation byte, a truncated 3-byte sequence, an overlong encoding, 0xFF
    for (at, junk) in [
        (5usize, &[0x80u8][..]),
        (40, &[0xE2, 0x82]),
        (90, &[0xC0, 0xAF]),
        (150, &[0xFF]),
    ] {
        bytes.splice(at..at, junk.iter().copied());
    }
    bytes.extend_from_slice(&[0xF0, 0x9F]); // cut in the middle of an emoji at the very end
    let d = decode(&bytes);
    assert!(
        d.transcoded && d.warnings.iter().any(|w| w.contains("UTF-8")),
        "{:?}",
        d.warnings
    );
    assert!(d.text.contains('\u{fffd}'));
    let r = one("invalid", &d.text);
    assert!(
        !r.casualties.is_empty(),
        "the readable parts still give figures"
    );
}

#[test]
fn utf8_bom() {
    let with_bom = format!("\u{feff}{SAMPLE}");
    let d = decode(with_bom.as_bytes());
    assert_eq!(
        d.text, with_bom,
        "a UTF-8 BOM is kept so offsets stay exact"
    );
    let r = one("bom", &d.text);
    let plain = one("plain", SAMPLE);
    assert_eq!(r.casualties.len(), plain.casualties.len());
    for (a, b) in r.casualties.iter().zip(&plain.casualties) {
        assert_eq!(
            a.evidence.start,
            b.evidence.start + 3,
            "offsets shift by the BOM's 3 bytes"
        );
        assert_eq!((a.kind, a.count), (b.kind, b.count));
    }
}

#[test]
fn utf16le_with_bom() {
    let mut bytes = vec![0xFF, 0xFE];
    for u in SAMPLE.encode_utf16() {
        bytes.extend_from_slice(&u.to_le_bytes());
    }
    let d = decode(&bytes);
    assert_eq!(d.text, SAMPLE);
    assert!(d.transcoded);
    let r = one("utf16", &d.text);
    let plain = one("plain", SAMPLE);
    assert_eq!(r.casualties.len(), plain.casualties.len());
    // an odd trailing byte and a lone surrogate do not panic either
    let mut odd = bytes.clone();
    odd.extend_from_slice(&[0x00, 0xD8, 0x41]);
    one("utf16-odd", &decode(&odd).text);
}

/// CRLF and CR-only line ends give the same figures as LF.
#[test]
fn crlf_and_cr_line_ends() {
    for input in common::bundle() {
        let lf = check(std::slice::from_ref(&input));
        for (name, eol) in [("crlf", "\r\n"), ("cr", "\r")] {
            let text = input.text.replace("\r\n", "\n").replace('\n', eol);
            let other = check(&[ArticleInput {
                text,
                ..input.clone()
            }]);
            let sig = |r: &Report| {
                r.casualties
                    .iter()
                    .map(|c| (c.kind, c.count, c.scope, c.evidence.sentence.clone()))
                    .collect::<Vec<_>>()
            };
            assert_eq!(sig(&lf), sig(&other), "{} with {name} line ends", input.id);
            assert_eq!(
                record_count(&lf),
                record_count(&other),
                "{} with {name} line ends",
                input.id
            );
        }
    }
}

#[test]
fn nul_bytes_inside_text() {
    let text: String = SAMPLE
        .chars()
        .flat_map(|c| if c == ' ' { vec![' ', '\0'] } else { vec![c] })
        .collect();
    let r = one("nuls-inside", &text);
    // a NUL after each space is dropped like a control character: the figures survive
    assert_eq!(r.casualties.len(), one("plain", SAMPLE).casualties.len());
    // NULs in the middle of words and numbers
    let text = SAMPLE
        .replace("1,200", "1,\x002\x0000")
        .replace("killed", "ki\0lled");
    one("nuls-in-words", &text);
}

#[test]
fn html_markup() {
    let html = format!(
        "<!DOCTYPE html><html><head><title>War</title><script>var x = \"killed 500\"; if (a < b && c > d) {{}}</script>\
<style>p {{ color: red; }}</style></head><body><div class=\"story\"><p>{}</p><p>Refugees &amp; others: &#8220;1,000&#8221; fled.</p>\
<img src=\"a.jpg\" alt=\"At least 5 people killed\"/><br/><a href=\"https://example.com/?q=1&p=2\">Read more</a></div></body></html>",
        SAMPLE.replace('\n', "</p>\n<p>")
    );
    // raw markup straight into the core
    one("html", &html);
    // unbalanced and nested tags, no newlines at all
    one("tags", &"<p><b><i>killed <<<>>> 30 </p></b>".repeat(2000));
    // and through the core's HTML reader, as the page does for an uploaded .html file: the
    // story's figures survive, the script's "killed 500" does not
    let text = crosscheck_core::html::to_text(&html);
    let r = one("html-text", &text);
    assert!(!r.casualties.is_empty(), "{text}");
    assert!(
        !r.casualties.iter().any(|c| c.count.low == Some(500)),
        "script content is not story text"
    );
    crosscheck_core::html::to_text("<<<p>&#0;&#xFFFFFFFF;&#99999999999;&;&amp<script>unclosed");
}

#[test]
fn another_language_is_flagged() {
    let french = "Les combats se sont poursuivis samedi dans la région, malgré l'appel au cessez-le-feu lancé \
par les médiateurs. Selon les autorités locales, au moins 31 civils ont été tués et 101 blessés depuis \
vendredi. Des dizaines de milliers de personnes ont fui leurs foyers. Le ministère de la Défense a démenti \
avoir visé des zones résidentielles et a accusé l'adversaire de violer la trêve conclue à Genève.";
    let r = one("fr", french);
    assert!(has_warning(&r, "English"), "{:?}", r.diagnostics);
    let german = "Die Kämpfe gingen am Samstag in der Region weiter, obwohl die Vermittler zu einer Waffenruhe \
aufgerufen hatten. Nach Angaben der örtlichen Behörden wurden seit Freitag mindestens 31 Zivilisten getötet \
und 101 verletzt. Zehntausende Menschen sind aus ihren Häusern geflohen. Das Verteidigungsministerium \
bestritt, Wohngebiete angegriffen zu haben, und warf der Gegenseite vor, die in Genf vereinbarte Feuerpause \
gebrochen zu haben.";
    let r = one("de", german);
    assert!(has_warning(&r, "English"), "{:?}", r.diagnostics);
    // and English is not flagged
    let r = one("en", SAMPLE);
    assert!(!has_warning(&r, "English"), "{:?}", r.diagnostics);
}

#[test]
fn one_endless_line() {
    let sentence =
        "More than 1,200 people have been killed, officials said, and talks in Geneva failed. ";
    let mut text = String::with_capacity(2_100_000);
    while text.len() < 2_000_000 {
        text.push_str(sentence);
    }
    assert!(!text.contains('\n'));
    let r = one("endless", &text);
    assert!(
        r.casualties.len() > 1000,
        "each sentence states a figure ({} found)",
        r.casualties.len()
    );
    // and one 2 MB "sentence" without any punctuation
    let words =
        "the fighting continued in the region and the ministry said ".repeat(2_000_000 / 60);
    one("endless-words", &words);
}

/// A long "sentence" holding many figures: work per figure scans its sentence and every record
/// carries its sentence, so this was quadratic (~20 s in release for 118 KB) until the segmenter
/// began cutting sentences at `segment::MAX_SENTENCE` bytes; now it is linear.
#[test]
fn long_sentence_with_many_figures() {
    let mixed: String = (1..=4000)
        .map(|n| format!("{n} killed {n},000 wounded, "))
        .collect();
    let r = one("mixed-long", &mixed);
    assert!(r.casualties.len() >= 4000);
    let words = "killed people civilians ".repeat(8000);
    one("killed-people-long", &words);
}

#[test]
fn a_20_mb_article() {
    let base = bundled_text();
    let copies = 20_000_000 / base.len() + 1;
    let text = vec![base.as_str(); copies].join("\n\n");
    assert!(text.len() >= 20_000_000);
    let r = one("big", &text);
    assert!(
        r.casualties.len() >= copies * 10,
        "{} figures from {copies} copies",
        r.casualties.len()
    );
}

#[test]
fn emoji_and_combining_characters_everywhere() {
    // after every char: a combining acute, sometimes an emoji, a ZWJ sequence or a skin tone
    let decorate = |s: &str| -> String {
        let mut o = String::new();
        for (i, c) in s.chars().enumerate() {
            o.push(c);
            match i % 5 {
                0 => o.push('\u{301}'),
                1 => o.push_str("👩‍👩‍👧"),
                2 => o.push('\u{200d}'),
                3 => o.push_str("👍🏽"),
                _ => o.push_str("\u{fe0f}\u{20e3}"),
            }
        }
        o
    };
    one("emoji-everywhere", &decorate(SAMPLE));
    // emoji between words (no figures promised: they break the phrases) ...
    one("emoji-between", &SAMPLE.replace(' ', " 🔥 "));
    // ... and after sentences and on their own lines, where the figures must survive
    let r = one(
        "emoji-after",
        &SAMPLE.replace(". ", ". 🕊️ ").replace('\n', "\n😢😢\n"),
    );
    assert_eq!(r.casualties.len(), one("plain", SAMPLE).casualties.len());
    // combining marks on digits and quotes, and a lone combining mark at the start
    one(
        "combining",
        &format!(
            "\u{301}{}",
            SAMPLE.replace('1', "1\u{301}").replace(',', ",\u{300}")
        ),
    );
    // right-to-left text and Arabic digits mixed in
    one(
        "rtl",
        &format!("{SAMPLE} قُتل ٣١ مدنياً \u{202e}killed 12\u{202c} people."),
    );
}

#[test]
fn number_heavy_nonsense() {
    let numbers: String = (1..=100_000)
        .map(|n| n.to_string())
        .collect::<Vec<_>>()
        .join(" ");
    let r = one("numbers", &numbers);
    assert!(
        r.casualties.is_empty(),
        "numbers alone are not figures: {:?}",
        r.casualties.first()
    );
    let killed = "killed ".repeat(50_000);
    one("killed", &killed);
    // one sentence with many figures (kept short: see long_sentence_with_many_figures)
    let mixed: String = (1..=200)
        .map(|n| format!("{n} killed {n},000 wounded, "))
        .collect();
    one("mixed", &mixed);
    one("killed-people", &"killed people civilians ".repeat(200));
    let punct = "1,,,2...3:::4 ,,, ... 1,000,000,000,000,000,000,000,000 killed 99999999999999999999999 people. ".repeat(500);
    one("punct", &punct);
}

/// Fragments a deterministic generator strings together: words and figures of news text, and
/// the characters that break naive offset arithmetic.
const PIECES: &[&str] = &[
    "killed",
    "wounded",
    "fled",
    "civilians",
    "soldiers",
    "people",
    "at least",
    "more than",
    "some",
    "dozens of",
    "tens of thousands",
    "a",
    "one",
    "31",
    "1,200",
    "2.5",
    "4:35",
    "1990s",
    "5km",
    "4th",
    "48-hour",
    "2020-10-31",
    "ceasefire",
    "truce",
    "collapsed",
    "agreed",
    "violated",
    "pledged to stop shelling",
    "talks in Geneva",
    "brokered by Russia",
    "accused",
    "denied",
    "called on both sides to cease fire",
    "Armenia",
    "Baku",
    "Moscow",
    "Mr.",
    "U.S.",
    "Gen.",
    "the ministry",
    "he",
    "said",
    "according to",
    "on Saturday",
    "Friday",
    "October 10",
    ".",
    ",",
    ";",
    ":",
    "!",
    "?",
    "\"",
    "“",
    "”",
    "’s",
    "'",
    "(",
    ")",
    "-",
    "–",
    "—",
    "-\n",
    "\n",
    "\n\n",
    "\r\n",
    "\r",
    "\t",
    "  ",
    "\u{a0}",
    "\u{feff}",
    "\u{200b}",
    "\u{301}",
    "é",
    "ß",
    "İ",
    "ﬁ",
    "👍🏽",
    "👩‍👩‍👧",
    "\u{fffd}",
    "\0",
    "\u{7}",
    "[ad_1]",
    "Related article: x",
    "https://example.com",
    "Advertisement",
    "<p>",
    "&amp;",
];

/// Found by `generated_mixtures`: a dashed number pair as the first tokens of the text
/// ("12-31") subtracted past token 0 in numbers.rs (overflow panic in debug builds).
#[test]
fn dashed_numbers_at_the_start() {
    one("dash-at-start", "12-31 people were killed.");
    one("dash-at-start-2", "1-2");
    one("dash-at-start-3", "7-1990 killed");
}

#[test]
fn generated_mixtures() {
    let mut g = Lcg(std::env::var("FUZZ_SEED")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(42));
    for round in 0..std::env::var("FUZZ_ROUNDS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(300)
    {
        let n = 1 + (g.next_byte() as usize) * 2;
        let mut text = String::new();
        for _ in 0..n {
            let p = PIECES[g.next_byte() as usize % PIECES.len()];
            text.push_str(p);
            if !g.next_byte().is_multiple_of(3) {
                text.push(' ');
            }
        }
        let inputs = [
            common::article(&format!("mix-{round}"), &text),
            common::article("sample", SAMPLE),
        ];
        check(&inputs);
    }
}

/// Every prefix of a bundled article (cut at char boundaries) still analyses: the end of the
/// text can fall anywhere — inside a number, a quote, a multi-byte char's neighbour.
#[test]
fn truncated_articles() {
    for input in common::bundle() {
        let text = &input.text;
        let mut cut = 0;
        let mut step = 1;
        while cut < text.len() {
            while !text.is_char_boundary(cut) {
                cut += 1;
            }
            check(&[ArticleInput {
                text: crosscheck_core::text::head(text, cut).to_string(),
                ..input.clone()
            }]);
            cut += step;
            step = step % 97 + 13;
        }
    }
}

/// The page's way in (issue 9): a pasted text over 2 KB with a curly quote across byte 2048, at
/// every offset from 2040 to 2056, as a paste, a `.txt`, a `.html` and a `.md`, through `ingest`
/// and then `analyze`.
#[test]
fn a_paste_with_a_multibyte_char_at_byte_2048_through_ingest() {
    use crosscheck_core::ingest::ingest;
    for pad in 2040..=2056 {
        let text = format!(
            "{}“At least 31 civilians were killed,” officials said — on Friday. {SAMPLE}",
            "a".repeat(pad)
        );
        for name in ["pasted text", "a.txt", "a.html", "a.md"] {
            let got = ingest(name, text.as_bytes(), None);
            let input = got.input.expect("an article");
            let r = check(&[input]);
            assert!(!r.casualties.is_empty(), "{name} at {pad}");
        }
        let html = format!("<html><body><p>{text}</p><p>x</p></body></html>");
        let got = ingest("pasted text", html.as_bytes(), None);
        check(&[got.input.expect("an article")]);
    }
}

/// Hostile bytes of every kind through `ingest` → `analyze`: never a panic, always a Report.
#[test]
fn hostile_files_through_ingest() {
    use crosscheck_core::ingest::ingest;
    let mut g = Lcg(0x1d9e57);
    let random: Vec<u8> = (0..50_000).map(|_| g.next_byte()).collect();
    let cases: Vec<(&str, Vec<u8>)> = vec![
        ("r.txt", random.clone()),
        ("r.html", random.clone()),
        ("r.md", random),
        ("t.txt", {
            let mut b = format!("{SAMPLE}“").into_bytes();
            b.pop();
            b
        }),
        (
            "e.html",
            "&#x110000;&CounterClockwiseContourIntegral;&amp"
                .repeat(5000)
                .into_bytes(),
        ),
        ("n.html", "<div>".repeat(20_000).into_bytes()),
        ("m.md", "[![".repeat(10_000).into_bytes()),
        ("z.txt", vec![0xFF, 0xFE, 0x41]),
    ];
    for (name, bytes) in cases {
        let got = ingest(name, &bytes, None);
        if let Some(input) = got.input {
            check(&[input]);
        } else {
            assert!(
                !got.diagnostics.is_empty(),
                "{name}: refused without a reason"
            );
        }
    }
}
