import Foundation
import Testing

@testable import HinGloss

@Suite struct HTMLReportTests {
  @Test func reportShowsGlossesMarksVariantsAndListsFindings() throws {
    let glossary = try Glossary.default
    let matcher = try GlossaryMatcher(glossary: glossary)
    let lines = ["कूपांग ने कहा", "कूपंग और कुपांग ने कहा कि किम मिन-जून आएंगे"]
    let document = AnnotatedDocument(
      name: "a.txt", lines: lines.map { AnnotatedDocument.Line(text: $0, matches: matcher.matches(in: $0)) })
    let lint = Lint(matcher: matcher, korean: try KoreanNameRomanizer())
    let html = AnnotationRenderer.html([document], findings: [lint.lint(lines: lines)])
    #expect(html.contains("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"))
    // The English is printed under each entity, not only in a tooltip, and a switch hides it.
    #expect(html.contains("<mark>कूपांग</mark><small class=\"g\">Coupang</small>"))
    #expect(html.contains("id=\"glosses\" checked"))
    // A variant is marked as one, not styled like house style.
    #expect(html.contains("class=\"e company variant\""))
    #expect(html.contains("<span class=\"q\">variant</span>"))
    // Lint's findings come first.
    let findings = try #require(html.range(of: "Lint findings"))
    #expect(findings.upperBound < html.range(of: "<main>")!.lowerBound)
    #expect(html.contains("inconsistent-spelling"))
    #expect(html.contains("unknown-korean-name"))
    #expect(html.contains("fonts-noto-core"))
  }

  @Test func deprecatedFormsNameTheHouseStyle() throws {
    let glossary = try Glossary.default
    let entry = try #require(glossary.entries.first { !$0.deprecated.isEmpty })
    let matcher = try GlossaryMatcher(glossary: glossary)
    let line = entry.deprecated[0]
    let document = AnnotatedDocument(name: "d", lines: [.init(text: line, matches: matcher.matches(in: line))])
    let html = AnnotationRenderer.html([document])
    #expect(html.contains("deprecated → \(entry.hindi)"), "\(entry.id)")
  }
}
