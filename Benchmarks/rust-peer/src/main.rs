//! Times Rust's `aho-corasick` crate (leftmost-longest, DFA or NFA) on compare.sh's
//! corpus and pattern lists and prints one JSON line, like hingloss-bench and peers.py.
//!
//!     aho-corasick-peer dfa|nfa PATTERNS HAYSTACK [REPEATS]
use aho_corasick::{AhoCorasickBuilder, MatchKind};
use std::time::Instant;

fn peak_rss_kib() -> u64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    for line in status.lines() {
        if let Some(rest) = line.strip_prefix("VmHWM:") {
            return rest.trim().trim_end_matches("kB").trim().parse().unwrap_or(0);
        }
    }
    0
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    if args.len() < 4 {
        eprintln!("usage: aho-corasick-peer dfa|nfa PATTERNS HAYSTACK [REPEATS]");
        std::process::exit(64);
    }
    let dfa = args[1] == "dfa";
    let patterns: Vec<String> = std::fs::read_to_string(&args[2])
        .expect("patterns")
        .split('\n')
        .filter(|p| !p.is_empty())
        .map(String::from)
        .collect();
    let hay = std::fs::read(&args[3]).expect("haystack");
    let repeats: usize = args.get(4).and_then(|r| r.parse().ok()).unwrap_or(3);
    let rss0 = peak_rss_kib();
    let t0 = Instant::now();
    let ac = AhoCorasickBuilder::new()
        .match_kind(MatchKind::LeftmostLongest)
        .dfa(dfa)
        .build(&patterns);
    let build = t0.elapsed().as_secs_f64();
    let rss1 = peak_rss_kib();
    let mut best = f64::MAX;
    let mut count = 0;
    for _ in 0..repeats {
        let t = Instant::now();
        count = ac.find_iter(&hay).count();
        best = best.min(t.elapsed().as_secs_f64());
    }
    let tool = if dfa { "rust-aho-corasick-dfa" } else { "rust-aho-corasick-nfa" };
    println!(
        "{{\"tool\":\"{}\",\"patterns\":{},\"build_s\":{},\"mb_per_s\":{},\"matches\":{},\"peak_rss_kib\":{},\"build_rss_kib\":{}}}",
        tool,
        patterns.len(),
        build,
        hay.len() as f64 / 1e6 / best,
        count,
        peak_rss_kib(),
        rss1 - rss0
    );
}
