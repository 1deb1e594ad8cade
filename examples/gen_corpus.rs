//! Grow a realistic corpus for benchmarks and scaling runs: BASIL's 300 real articles
//! (three outlets on 100 events), replicated with perturbed wording, figures and labels,
//! written as JSON lines.
//!
//! ```sh
//! cargo run --release --example gen_corpus -- --articles 10000 > target/corpus-10k.jsonl
//! cargo run --release --example gen_corpus -- --articles 3000 --no-topic --data ../shared/data
//! ```
//!
//! Replica `r` of an event joins topic `EVENT/r / 10`, so topics hold about 30 documents
//! (ten copies of three outlets), as a busy story does. With `--no-topic`, no topic is
//! written and the tool must find the stories itself. Deterministic for a given `--seed`.

use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};

/// Word swaps an editor might make; applied to about a third of the matches.
const SWAPS: &[(&str, &str)] = &[
    ("said", "stated"),
    ("says", "states"),
    ("told", "informed"),
    ("people", "residents"),
    ("government", "administration"),
    ("president", "leader"),
    ("killed", "left dead"),
    ("protesters", "demonstrators"),
    ("police", "security forces"),
    ("announced", "declared"),
    ("big", "large"),
    ("help", "assist"),
    ("attack", "assault"),
    ("week", "seven days"),
    ("lawmakers", "legislators"),
    ("officials", "authorities"),
    ("criticized", "attacked"),
    ("supporters", "backers"),
    ("opponents", "critics"),
    ("Republicans", "the GOP"),
];

struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        // xorshift64*: small, fast, deterministic.
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn chance(&mut self, percent: u64) -> bool {
        self.next() % 100 < percent
    }
}

struct Article {
    event: String,
    outlet: String,
    date: String,
    title: String,
    paragraphs: Vec<String>,
}

fn load(dir: &Path) -> Vec<Article> {
    let mut files = Vec::new();
    let Ok(years) = std::fs::read_dir(dir) else {
        return files_to_articles(files);
    };
    for y in years.flatten() {
        if let Ok(entries) = std::fs::read_dir(y.path()) {
            files.extend(entries.flatten().map(|e| e.path()));
        }
    }
    files.sort();
    files_to_articles(files)
}

fn files_to_articles(files: Vec<PathBuf>) -> Vec<Article> {
    let mut out = Vec::new();
    for f in files {
        let Ok(text) = std::fs::read_to_string(&f) else {
            continue;
        };
        let Ok(v) = serde_json::from_str::<serde_json::Value>(&text) else {
            continue;
        };
        let s = |k: &str| v[k].as_str().unwrap_or("").to_string();
        let paragraphs = v["body-paragraphs"]
            .as_array()
            .map(|ps| {
                ps.iter()
                    .map(|p| {
                        p.as_array()
                            .map(|ss| {
                                ss.iter()
                                    .filter_map(|x| x.as_str())
                                    .collect::<Vec<_>>()
                                    .join(" ")
                            })
                            .unwrap_or_default()
                    })
                    .filter(|p| !p.trim().is_empty())
                    .collect()
            })
            .unwrap_or_default();
        out.push(Article {
            event: s("triplet-uuid"),
            outlet: s("source"),
            date: s("date"),
            title: s("title"),
            paragraphs,
        });
    }
    out
}

fn perturb(text: &str, rng: &mut Rng) -> String {
    let mut out = String::with_capacity(text.len() + 16);
    for (i, word) in text.split(' ').enumerate() {
        if i > 0 {
            out.push(' ');
        }
        let core = word.trim_matches(|c: char| !c.is_alphanumeric());
        if let Some((_, to)) = SWAPS.iter().find(|(from, _)| *from == core) {
            if rng.chance(33) {
                out.push_str(&word.replacen(core, to, 1));
                continue;
            }
        }
        if let Ok(n) = core.replace(',', "").parse::<u64>() {
            // Figures drift between outlets; years stay put.
            if n > 20 && !(1900..2100).contains(&n) && rng.chance(30) {
                let jitter = n / 10 * (rng.next() % 3);
                out.push_str(&word.replacen(core, &(n + jitter).to_string(), 1));
                continue;
            }
        }
        out.push_str(word);
    }
    out
}

fn main() {
    let mut args = std::env::args().skip(1);
    let (mut n, mut data, mut seed, mut topic) =
        (3000usize, PathBuf::from("../shared/data"), 7u64, true);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--articles" => n = args.next().and_then(|v| v.parse().ok()).unwrap_or(n),
            "--data" => data = args.next().map(PathBuf::from).unwrap_or(data),
            "--seed" => seed = args.next().and_then(|v| v.parse().ok()).unwrap_or(seed),
            "--no-topic" => topic = false,
            other => {
                eprintln!("unknown argument {other}; usage: gen_corpus [--articles N] [--data DIR] [--seed S] [--no-topic]");
                std::process::exit(2);
            }
        }
    }
    let base = load(&data.join("basil/data/articles"));
    if base.is_empty() {
        eprintln!(
            "gen_corpus: no BASIL articles under {}; pass --data DIR (the shared data folder)",
            data.display()
        );
        std::process::exit(2);
    }
    let mut rng = Rng(seed.max(1));
    let mut out = BufWriter::new(std::io::stdout().lock());
    for i in 0..n {
        let a = &base[i % base.len()];
        let replica = i / base.len();
        let mut paragraphs: Vec<String> = Vec::with_capacity(a.paragraphs.len());
        for p in &a.paragraphs {
            if replica == 0 {
                paragraphs.push(p.clone());
            } else if !rng.chance(10) {
                // One paragraph in ten is cut, as editors trim wire copy.
                paragraphs.push(perturb(p, &mut rng));
            }
        }
        let mut line = serde_json::json!({
            "id": format!("{}-{}-{}", a.outlet, &a.event[..8.min(a.event.len())], replica),
            "outlet": if replica == 0 { a.outlet.clone() } else { format!("{}-{}", a.outlet, replica) },
            "date": a.date,
            "title": a.title,
            "text": paragraphs.join("\n\n"),
        });
        if topic {
            line["topic"] = serde_json::Value::String(format!("{}/{}", a.event, replica / 10));
        }
        let written = serde_json::to_writer(&mut out, &line)
            .map_err(std::io::Error::from)
            .and_then(|()| writeln!(out));
        if written.is_err() {
            // A closed pipe ends the run quietly.
            return;
        }
    }
}
