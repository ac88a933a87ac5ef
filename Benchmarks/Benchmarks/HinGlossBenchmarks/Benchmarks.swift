import Benchmark
import Foundation
import HinGloss

/// The shared Hindi corpus (CC BY-SA 4.0, see ../shared/corpus/SOURCES.md), found next to
/// the repository, repeated to about 4 MB.
let corpusLines: [String] = {
  let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
  let folder =
    ProcessInfo.processInfo.environment["HINGLOSS_CORPUS"].map(URL.init(fileURLWithPath:))
    ?? root.appendingPathComponent("shared/corpus")
  var lines: [String] = []
  for name in ["hi-ntrex128-newstest2019.txt", "hi-xquad-contexts.txt"] {
    if let text = try? String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8) {
      lines += text.split(separator: "\n").map(String.init)
    }
  }
  precondition(!lines.isEmpty, "corpus not found at \(folder.path); set HINGLOSS_CORPUS")
  var repeated: [String] = []
  while repeated.reduce(0, { $0 + $1.utf8.count }) < 4_000_000 { repeated += lines }
  return repeated
}()

let corpusBytes = corpusLines.reduce(0) { $0 + $1.utf8.count }

/// Pattern lists of realistic dictionary entries: the most frequent word 1-, 2- and 3-grams
/// of the corpus (like glossary names and terms), then the shipped glossary's forms.
func patterns(_ count: Int) -> [String] {
  var counts: [String: Int] = [:]
  for line in corpusLines.prefix(2_500) {
    let words = line.split(whereSeparator: { !$0.unicodeScalars.allSatisfy { (0x0900...0x097F).contains($0.value) } })
    for n in 1...3 where words.count >= n {
      for i in 0...(words.count - n) { counts[words[i..<(i + n)].joined(separator: " "), default: 0] += 1 }
    }
  }
  let ranked = counts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.map(\.key)
  return Array(ranked.prefix(count))
}

let benchmarks: @Sendable () -> Void = {
  Benchmark.defaultConfiguration = .init(
    metrics: [.wallClock, .throughput, .mallocCountTotal, .peakMemoryResident], maxDuration: .seconds(5),
    maxIterations: 50)

  for size in [1_000, 10_000, 100_000] {
    let list = patterns(size)
    Benchmark("matcher build \(size / 1000)k patterns") { benchmark in
      for _ in benchmark.scaledIterations {
        var b = GlossaryMatcher.Builder()
        for p in list { b.add(p) }
        blackHole(try b.build())
      }
    }
    var b = GlossaryMatcher.Builder()
    for p in list { b.add(p) }
    let matcher = try! b.build()
    // The exact number of matches over the whole corpus, counted once before timing: every
    // timed run must find exactly these, through count(in:) and through matches(in:).
    let expected = corpusLines.reduce(0) { $0 + matcher.count(in: $1) }
    precondition(expected > 0, "the \(size) pattern matcher finds nothing: the benchmark would be worthless")
    precondition(
      corpusLines.prefix(200).allSatisfy { matcher.count(in: $0) == matcher.matches(in: $0).count },
      "count(in:) and matches(in:) disagree")
    Benchmark(
      "matcher search \(size / 1000)k patterns, \(corpusBytes / 1_000_000) MB",
      configuration: .init(scalingFactor: .one)
    ) { benchmark in
      var total = 0
      for line in corpusLines { total += matcher.count(in: line) }
      precondition(total == expected, "count(in:) found \(total) matches, expected \(expected)")
      blackHole(total)
    }
    // The path users call: Match values with entries, surfaces and qualities.
    Benchmark(
      "matcher matches(in:) \(size / 1000)k patterns, \(corpusBytes / 1_000_000) MB",
      configuration: .init(scalingFactor: .one)
    ) { benchmark in
      var total = 0
      for line in corpusLines { total += matcher.matches(in: line).count }
      precondition(total == expected, "matches(in:) found \(total) matches, expected \(expected)")
      blackHole(total)
    }
  }

  Benchmark("normalize \(corpusBytes / 1_000_000) MB") { benchmark in
    let n = HindiNormalizer()
    var changed = 0
    for line in corpusLines { changed += n.normalize(line).text.utf8.count }
    precondition(changed > 0)
    blackHole(changed)
  }

  let names = ["किम योंग-बीओम", "ली जे म्युंग", "बे क्यूंग-हून", "सोंग क्यूंग-ही", "किम जोंग-चिओल", "चो ह्यून", "पार्क जी-मिन", "मून जे-इन"]
  let korean = try! KoreanNameRomanizer()
  Benchmark("korean romanize names", configuration: .init(scalingFactor: .kilo)) { benchmark in
    for i in benchmark.scaledIterations {
      let r = korean.romanize(names[i % names.count])
      precondition(!r.text.isEmpty)
      blackHole(r)
    }
  }

  // Distinct names, as annotation meets them: every surname word of the observed renderings
  // (glossaries/romanization/observed-names.tsv) with every given part of them, so no name
  // repeats within a run (about 20,000 names).
  let distinctNames: [String] = {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent()
    let file = root.appendingPathComponent("glossaries/romanization/observed-names.tsv")
    guard let text = try? String(contentsOf: file, encoding: .utf8) else { fatalError("no \(file.path)") }
    var surnames: [String] = []
    var givens: [String] = []
    for line in text.split(separator: "\n").dropFirst() {
      let hindi = line.split(separator: "\t").first.map(String.init) ?? ""
      let words = hindi.split(separator: " ").map(String.init)
      guard words.count >= 2 else { continue }
      if !surnames.contains(words[0]) { surnames.append(words[0]) }
      let given = words.dropFirst().joined(separator: " ")
      if !givens.contains(given) { givens.append(given) }
    }
    return surnames.flatMap { s in givens.map { s + " " + $0 } }
  }()
  Benchmark("korean romanize distinct names", configuration: .init(scalingFactor: .kilo)) { benchmark in
    precondition(distinctNames.count >= 10_000)
    for i in benchmark.scaledIterations {
      let r = korean.romanize(distinctNames[i % distinctNames.count])
      precondition(!r.text.isEmpty)
      blackHole(r)
    }
  }

  let words = corpusLines.prefix(200).flatMap { $0.split(separator: " ").map(String.init) }
  Benchmark("hindi romanize words", configuration: .init(scalingFactor: .kilo)) { benchmark in
    let r = HindiRomanizer()
    for i in benchmark.scaledIterations { blackHole(r.romanize(words[i % words.count])) }
  }

  Benchmark("glossary load (shipped files)") { benchmark in
    guard let folder = Glossary.bundledFolder else { fatalError("no shipped glossary") }
    for _ in benchmark.scaledIterations {
      let g = try Glossary(contentsOf: [folder])
      precondition(g.entries.count >= 600)
      blackHole(g)
    }
  }
}
