import Foundation

extension GlossaryCheck {
  /// The outcome of checking glossary files and running case files: what `hingloss check`
  /// prints, for the command line, the tests and apps alike.
  ///
  ///     let report = GlossaryCheck.Report(
  ///       glossaryFiles: Glossary.files(adding: []), caseFiles: GlossaryCase.shippedFiles)
  ///     report.isSuccess(strict: false)   // true for the shipped data
  ///
  /// Every file is read to its end: each bad row is an error (up to ``errorLimitPerFile``
  /// per file) and is left out; the good rows are checked. The cases run on a
  /// ``Romanizer`` and a ``GlossaryMatcher`` over every entry read.
  public struct Report: Sendable {
    /// A case whose romanization differs from its expected text.
    public struct Failure: Sendable, Hashable, CustomStringConvertible {
      /// The case.
      public var `case`: GlossaryCase
      /// What the romanizer gave.
      public var got: String
      /// `file:line: FAIL: input: expected …, got …`.
      public var description: String {
        "\(`case`.location): FAIL: \(`case`.input): expected \(`case`.expected), got \(got)"
      }
    }

    /// The most errors reported for one file.
    public static let errorLimitPerFile = 50

    /// The glossary files read, in order.
    public let files: [GlossaryFile]
    /// The entries of the files that could be read.
    public let entries: [GlossaryEntry]
    /// The errors of the glossary files: bad rows (up to ``errorLimitPerFile`` per file) and
    /// files that could not be read, in file and line order.
    public let readErrors: [HinGlossError]
    /// What ``GlossaryCheck/check(_:)`` found in ``entries``.
    public let problems: [Problem]
    /// The case files run.
    public let caseFiles: [GlossaryFile]
    /// The number of cases that passed.
    public let passed: Int
    /// The cases that failed, in file order.
    public let failures: [Failure]
    /// Case files that could not be read (each skipped), or a romanizer that could not be
    /// built (then no case ran).
    public let caseErrors: [HinGlossError]

    /// Reads and checks `glossaryFiles`, then runs every case in `caseFiles` with the
    /// romanization tables `tables` (by default the built-in ones).
    public init(
      glossaryFiles: [GlossaryFile], caseFiles: [GlossaryFile], check: GlossaryCheck = GlossaryCheck(),
      tables: KoreanNameTables? = nil
    ) {
      var entries: [GlossaryEntry] = []
      var readErrors: [HinGlossError] = []
      for file in glossaryFiles {
        let (read, errors) = Glossary.readEntries(from: file, limit: Self.errorLimitPerFile)
        entries += read
        readErrors += errors
      }
      var passed = 0
      var failures: [Failure] = []
      var caseErrors: [HinGlossError] = []
      do {
        let glossary = Glossary(entries: entries, files: glossaryFiles.map(\.path))
        let resolved: KoreanNameTables
        if let tables { resolved = tables } else { resolved = try KoreanNameTables.default }
        let romanizer = Romanizer(glossary: glossary, korean: KoreanNameRomanizer(tables: resolved))
        let matcher = try GlossaryMatcher(glossary: glossary)
        for file in caseFiles {
          do {
            for c in try GlossaryCase.read(file) {
              let (ok, got) = c.run(romanizer: romanizer, matcher: matcher)
              if ok { passed += 1 } else { failures.append(Failure(case: c, got: got)) }
            }
          } catch {
            caseErrors.append(error)
          }
        }
      } catch {
        caseErrors.append(error)
      }
      self.files = glossaryFiles
      self.entries = entries
      self.readErrors = readErrors
      self.problems = check.check(entries)
      self.caseFiles = caseFiles
      self.passed = passed
      self.failures = failures
      self.caseErrors = caseErrors
    }

    /// Errors in the glossary files: files that could not be read and error problems.
    public var glossaryErrors: Int { readErrors.count + problems.count { $0.severity == .error } }
    /// Warning problems.
    public var warnings: Int { problems.count { $0.severity == .warning } }

    /// What failed: failed cases, every error, and with `strict` every warning.
    public func failed(strict: Bool) -> Int {
      failures.count + glossaryErrors + caseErrors.count + (strict ? warnings : 0)
    }

    /// Whether nothing failed (see ``failed(strict:)``).
    public func isSuccess(strict: Bool) -> Bool { failed(strict: strict) == 0 }

    /// The summary of the glossary part:
    /// `glossary: N files, N entries, N errors, N warnings`.
    public var glossarySummary: String {
      "glossary: \(files.count) files, \(entries.count) entries, \(glossaryErrors) errors, \(warnings) warnings"
    }

    /// The last line: `N passed, N failed`.
    public func summary(strict: Bool) -> String {
      "\(passed) passed, \(failed(strict: strict)) failed"
    }
  }
}
