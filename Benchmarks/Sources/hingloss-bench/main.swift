// Times HinGloss's matcher on a corpus file and a pattern list, the way compare.sh times
// the peers: build once, search the whole haystack (line by line, as annotate does),
// report build seconds, search MB/s, match count and peak RSS as one JSON line.
//
//   hingloss-bench PATTERNS.txt HAYSTACK.txt [REPEATS]
import Foundation
import HinGloss

func peakRSSKiB() -> Int {
  guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return 0 }
  for line in status.split(separator: "\n") where line.hasPrefix("VmHWM:") {
    return Int(line.split(separator: " ", omittingEmptySubsequences: true).dropFirst().first ?? "0") ?? 0
  }
  return 0
}

let args = CommandLine.arguments
guard args.count >= 3 else {
  FileHandle.standardError.write(Data("usage: hingloss-bench PATTERNS HAYSTACK [REPEATS]\n".utf8))
  exit(64)
}
let patterns = try String(contentsOfFile: args[1], encoding: .utf8).split(separator: "\n").map(String.init)
let haystack = try String(contentsOfFile: args[2], encoding: .utf8)
let repeats = args.count > 3 ? Int(args[3]) ?? 3 : 3
let lines = haystack.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
let rssBefore = peakRSSKiB()
let clock = ContinuousClock()
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
    for line in lines { c += built.count(in: line) }
  }
  count = c
  best = min(best, t)
}
func seconds(_ d: Duration) -> Double { Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18 }
let mb = Double(haystack.utf8.count) / 1_000_000
print(
  "{\"tool\":\"hingloss\",\"patterns\":\(patterns.count),\"build_s\":\(seconds(buildTime)),\"mb_per_s\":\(mb / seconds(best)),\"matches\":\(count),\"peak_rss_kib\":\(peakRSSKiB()),\"build_rss_kib\":\(rssAfterBuild - rssBefore),\"automaton_bytes\":\(built.memoryBytes)}"
)
