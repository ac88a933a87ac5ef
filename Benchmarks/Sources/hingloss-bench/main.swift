// Times HinGloss's matcher on a corpus file and a pattern list, the way compare.sh times
// the peers: build once, search the whole haystack (line by line, as annotate does),
// report build seconds, search MB/s, match count and peak RSS as one JSON line.
//
//   hingloss-bench PATTERNS.txt HAYSTACK.txt [REPEATS]                count(in:)
//   hingloss-bench --api matches PATTERNS.txt HAYSTACK.txt [REPEATS]  matches(in:), Match values
//   hingloss-bench --baseline utf8|fold HAYSTACK.txt [REPEATS]        a pass with no search
import Foundation
@_spi(Benchmarks) import HinGloss

func peakRSSKiB() -> Int {
  guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return 0 }
  for line in status.split(separator: "\n") where line.hasPrefix("VmHWM:") {
    return Int(line.split(separator: " ", omittingEmptySubsequences: true).dropFirst().first ?? "0") ?? 0
  }
  return 0
}

func usage() -> Never {
  FileHandle.standardError.write(
    Data(
      "usage: hingloss-bench [--api count|matches] PATTERNS HAYSTACK [REPEATS]\n       hingloss-bench --baseline utf8|fold HAYSTACK [REPEATS]\n"
        .utf8))
  exit(64)
}

func seconds(_ d: Duration) -> Double { Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18 }

var args = Array(CommandLine.arguments.dropFirst())
var api = "count"
var baseline: String? = nil
while let first = args.first, first.hasPrefix("--") {
  guard args.count >= 2 else { usage() }
  switch first {
  case "--api": api = args[1]
  case "--baseline": baseline = args[1]
  default: usage()
  }
  args.removeFirst(2)
}
let clock = ContinuousClock()

if let baseline {
  // One pass over the haystack without a search: the limit for this design.
  guard args.count >= 1 else { usage() }
  let data = try Data(contentsOf: URL(fileURLWithPath: args[0]))
  let bytes = [UInt8](data)
  let haystack = String(decoding: bytes, as: UTF8.self)
  let repeats = args.count > 1 ? Int(args[1]) ?? 3 : 3
  let lines = haystack.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
  var best = Duration.seconds(1_000_000)
  var result = 0
  for _ in 0..<repeats {
    var r = 0
    let t = clock.measure {
      switch baseline {
      case "utf8": r = UTF8Validation.firstInvalidOffset(in: bytes) ?? bytes.count
      case "fold": for line in lines { r += GlossaryMatcher._foldedKeyLength(of: line) }
      default: usage()
      }
    }
    result = r
    best = min(best, t)
  }
  let mb = Double(bytes.count) / 1_000_000
  print(
    "{\"tool\":\"baseline-\(baseline)\",\"patterns\":0,\"build_s\":0,\"mb_per_s\":\(mb / seconds(best)),\"matches\":\(result),\"peak_rss_kib\":\(peakRSSKiB()),\"build_rss_kib\":0}"
  )
  exit(0)
}

guard args.count >= 2, api == "count" || api == "matches" else { usage() }
let patterns = try String(contentsOfFile: args[0], encoding: .utf8).split(separator: "\n").map(String.init)
let haystack = try String(contentsOfFile: args[1], encoding: .utf8)
let repeats = args.count > 2 ? Int(args[2]) ?? 3 : 3
let lines = haystack.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
let rssBefore = peakRSSKiB()
var matcher: GlossaryMatcher? = nil
let buildTime = try clock.measure {
  var builder = GlossaryMatcher.Builder()
  for p in patterns { builder.add(p) }
  matcher = try builder.build()
}
let built = matcher!
let rssAfterBuild = peakRSSKiB()
var best = Duration.seconds(1_000_000)
var count = 0
for _ in 0..<repeats {
  var c = 0
  let t = clock.measure {
    if api == "count" {
      for line in lines { c += built.count(in: line) }
    } else {
      // The path users call: Match values (entries, ranges, surfaces, qualities).
      for line in lines {
        for m in built.matches(in: line) { c += m.utf8Range.count > 0 ? 1 : 0 }
      }
    }
  }
  count = c
  best = min(best, t)
}
let mb = Double(haystack.utf8.count) / 1_000_000
let tool = api == "count" ? "hingloss" : "hingloss-matches"
print(
  "{\"tool\":\"\(tool)\",\"patterns\":\(patterns.count),\"build_s\":\(seconds(buildTime)),\"mb_per_s\":\(mb / seconds(best)),\"matches\":\(count),\"peak_rss_kib\":\(peakRSSKiB()),\"build_rss_kib\":\(rssAfterBuild - rssBefore),\"automaton_bytes\":\(built.memoryBytes)}"
)
