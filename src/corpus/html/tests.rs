//! Article extraction on a realistic news page and on hostile input.

use super::*;

const PAGE: &str = r#"<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Floods force thousands from homes | The Daily Ledger</title>
  <meta property="og:site_name" content="The Daily Ledger">
  <meta property="og:title" content="Floods force thousands from homes">
  <meta property="article:published_time" content="2024-05-02T08:30:00Z">
  <meta name="author" content="Priya Natarajan">
  <meta property="article:author" content="https://ledger.example/staff/priya">
  <style>p { color: red; } .x:after { content: "</p>"; }</style>
  <script>var s = "<p>not text</p>"; document.write("</p><p>still not text");</script>
</head>
<body>
  <header class="site-header"><a href="/">The Daily Ledger</a> <span>Subscribe now</span></header>
  <nav><ul><li><a href="/world">World</a></li><li><a href="/sport">Sport</a></li></ul></nav>
  <div id="cookie-banner" class="consent">We use cookies to improve your experience. <button>Accept</button></div>
  <main>
    <article>
      <header>
        <h1>Floods force   thousands from homes</h1>
        <p class="byline">By <a href="/staff/priya">Priya Natarajan</a></p>
      </header>
      <div class="share-tools"><a>Share on X</a> <a>Share on Facebook</a></div>
      <figure><img src="flood.jpg" alt="Flooded street"><figcaption>A flooded street in the old town. (Reuters)</figcaption></figure>
      <p>More than 4,000 people were evacuated on Thursday after the river burst its banks, officials said.</p>
      <p>&ldquo;We have never seen water this high,&rdquo; said Ana&nbsp;Costa, a resident.<br>She lost her car.</p>
      <div class="ad-slot advert">Advertisement: buy shoes</div>
      <h2>Rescue efforts</h2>
      <p>Rescue teams used <b>boats</b> and <i>helicopters</i>; the army said 12 people were missing &amp; feared dead.</p>
      <ul><li>Schools closed</li><li>Trains suspended</li></ul>
      <blockquote>The situation remains critical.</blockquote>
      <div>Officials expect the water to recede by Sunday.</div>
      <!-- <p>hidden comment</p> -->
      <noscript><p>Enable JavaScript</p></noscript>
      <aside class="related-stories"><h3>Related</h3><p>Last year's drought</p></aside>
      <form><label>Email</label><input type="email"><button>Sign up</button></form>
      <p style="display: none">Hidden teaser</p>
    </article>
    <section class="related"><article><h2>Other story</h2><p>Short.</p></article></section>
  </main>
  <footer><p>&copy; 2024 The Daily Ledger</p><div class="social">Follow us</div></footer>
</body>
</html>"#;

#[test]
fn realistic_news_page_yields_the_story_only() {
    let page = article_text(PAGE);
    assert_eq!(
        page.text,
        "Floods force thousands from homes\n\n\
         By Priya Natarajan\n\n\
         More than 4,000 people were evacuated on Thursday after the river burst its banks, officials said.\n\n\
         \u{201c}We have never seen water this high,\u{201d} said Ana Costa, a resident.\n\n\
         She lost her car.\n\n\
         Rescue efforts\n\n\
         Rescue teams used boats and helicopters; the army said 12 people were missing & feared dead.\n\n\
         Schools closed\n\n\
         Trains suspended\n\n\
         The situation remains critical.\n\n\
         Officials expect the water to recede by Sunday."
    );
    assert_eq!(
        page.title.as_deref(),
        Some("Floods force thousands from homes")
    );
    assert_eq!(page.outlet.as_deref(), Some("The Daily Ledger"));
    assert_eq!(page.date.as_deref(), Some("2024-05-02T08:30:00Z"));
    assert_eq!(page.author.as_deref(), Some("Priya Natarajan"));
}

#[test]
fn falls_back_to_main_then_body_and_to_the_title_tag() {
    let main = article_text("<html><head><title> A  title </title></head><body><p>Menu</p><main><p>Story.</p></main></body></html>");
    assert_eq!(main.text, "Story.");
    assert_eq!(main.title.as_deref(), Some("A title"));
    let body = article_text("<body><nav>Home</nav><p>One.</p>Loose text<div>Two.</div></body>");
    assert_eq!(body.text, "One.\n\nLoose text\n\nTwo.");
    assert_eq!(body.title, None);
    assert_eq!(body.outlet, None);
}

#[test]
fn picks_the_longest_article_when_a_page_lists_several() {
    let page = article_text("<body><article><p>Teaser.</p></article><article><h1>Main</h1><p>The real story is longer.</p></article></body>");
    assert_eq!(page.text, "Main\n\nThe real story is longer.");
    assert_eq!(page.title.as_deref(), Some("Main"));
}

#[test]
fn date_falls_back_to_a_time_element() {
    let page = article_text(
        r#"<article><time datetime="2022-03-21">March 21</time><p>Text.</p></article>"#,
    );
    assert_eq!(page.date.as_deref(), Some("2022-03-21"));
    assert_eq!(page.text, "March 21\n\nText.");
}

#[test]
fn script_containing_closing_tags_leaks_nothing() {
    let page = article_text("<body><p>Before.</p><script>if (a < b) { x = '</p><p>leak</p>'; }</script><p>After.</p></body>");
    assert_eq!(page.text, "Before.\n\nAfter.");
}

#[test]
fn unclosed_and_malformed_tags_do_not_lose_text() {
    let page = article_text("<body><p>First <b>bold<p>Second<div>Third</span></i><li>Fourth<p");
    assert_eq!(page.text, "First bold\n\nSecond\n\nThird\n\nFourth");
    assert_eq!(article_text("").text, "");
    assert_eq!(
        article_text("plain text, no tags").text,
        "plain text, no tags"
    );
    assert_eq!(article_text("<<<>>><&&&;").text, "<<<>>><&&&;");
}

#[test]
fn deep_nesting_neither_overflows_nor_hangs() {
    let depth = 100_000;
    let html = format!(
        "<body>{}deep text{}</body>",
        "<div>".repeat(depth),
        "</div>".repeat(depth)
    );
    let started = std::time::Instant::now();
    let page = article_text(&html);
    assert_eq!(page.text, "deep text");
    assert!(
        started.elapsed().as_secs() < 5,
        "took {:?}",
        started.elapsed()
    );
    let unclosed = format!("<body>{}end", "<span><b>".repeat(depth / 2));
    assert_eq!(article_text(&unclosed).text, "end");
}

#[test]
fn furniture_words_match_whole_words_only() {
    // `shadow`, `heading` and `download` contain `ad` but are not advertisements.
    let page = article_text(
        r#"<body><div class="shadow">A.</div><div id="heading">B.</div><p class="download">C.</p><div class="ad">D.</div></body>"#,
    );
    assert_eq!(page.text, "A.\n\nB.\n\nC.");
}

proptest::proptest! {
    #[test]
    fn never_panics_on_arbitrary_input(s in "\\PC{0,300}") {
        let _ = article_text(&s);
    }

    #[test]
    fn never_panics_on_tag_soup(parts in proptest::collection::vec(proptest::prop_oneof![
        proptest::strategy::Just("<div>"), proptest::strategy::Just("</div>"),
        proptest::strategy::Just("<p>"), proptest::strategy::Just("</p>"),
        proptest::strategy::Just("<script>"), proptest::strategy::Just("</script>"),
        proptest::strategy::Just("<!--"), proptest::strategy::Just("-->"),
        proptest::strategy::Just("<article class=\"share\">"), proptest::strategy::Just("</article>"),
        proptest::strategy::Just("text é "), proptest::strategy::Just("&amp;"),
        proptest::strategy::Just("<br/>"), proptest::strategy::Just("<"),
        proptest::strategy::Just("</"), proptest::strategy::Just(">"),
    ], 0..80)) {
        let html = parts.concat();
        let page = article_text(&html);
        proptest::prop_assert!(!page.text.contains("\n\n\n"));
    }
}
