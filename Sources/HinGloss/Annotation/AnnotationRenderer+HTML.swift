extension AnnotationRenderer {
  /// Escapes `&`, `<`, `>` and `"` for HTML text and attribute values.
  static func escapeHTML(_ s: String) -> String {
    var out = ""
    for c in s.unicodeScalars {
      switch c {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"": out += "&quot;"
      default: out.unicodeScalars.append(c)
      }
    }
    return out
  }

  /// The Debian package with a Devanagari font, named on the page for machines that show
  /// boxes (tofu) instead of Hindi.
  public static let devanagariFontPackage = "fonts-noto-core"

  /// A self-contained HTML page for editors: the text with every entity highlighted by
  /// kind and its English gloss printed under it (a switch at the top hides the glosses),
  /// variant and deprecated spellings marked as such (a deprecated one with the house
  /// style), and a table of the entities with their counts.
  ///
  /// - Parameters:
  ///   - documents: the annotated documents.
  ///   - findings: the lint findings of each document (same order as `documents`; missing
  ///     entries mean none), listed at the top of the page.
  public static func html(_ documents: [AnnotatedDocument], findings: [[Lint.Finding]] = []) -> String {
    var body = ""
    for d in documents {
      body += "<h2>\(escapeHTML(d.name))</h2>\n<div class=\"text\">\n"
      for l in d.lines {
        let line = l.text
        var html = ""
        var last = line.utf8.startIndex
        for m in l.matches {
          let r = m.range(in: line)
          html += escapeHTML(String(line[last..<r.lowerBound]))
          let kind = m.kind.rawValue
          var gloss = escapeHTML(m.english + (m.entry == nil ? "?" : ""))
          switch m.quality {
          case .houseStyle: break
          case .deprecated:
            gloss += " <span class=\"q\">deprecated → \(escapeHTML(m.entry?.hindi ?? ""))</span>"
          default:
            gloss += " <span class=\"q\">\(m.quality.rawValue)</span>"
          }
          let probability = m.probability.map { String(format: ", p = %.2f", $0) } ?? ""
          let title = "\(m.english) — \(kind), \(m.quality.rawValue)\(probability)"
          html +=
            "<span class=\"e \(kind) \(m.quality.rawValue)\" title=\"\(escapeHTML(title))\"><mark>\(escapeHTML(m.surface))</mark><small class=\"g\">\(gloss)</small></span>"
          last = r.upperBound
        }
        html += escapeHTML(String(line[last...]))
        body += html.isEmpty ? "<br>\n" : "<p>\(html)</p>\n"
      }
      body += "</div>\n"
    }
    var findingItems = ""
    for (i, list) in findings.enumerated() where i < documents.count {
      for f in list {
        findingItems +=
          "<li class=\"\(f.kind.rawValue)\"><code>\(escapeHTML(documents[i].name)):\(f.line):\(f.column)</code> <b>\(f.kind.rawValue)</b> \(escapeHTML(f.message))</li>\n"
      }
    }
    let findingsSection =
      findingItems.isEmpty
      ? "<p class=\"ok\">Lint found nothing: every entity is spelled one way, in house style.</p>"
      : "<section class=\"findings\"><h2>Lint findings</h2><ul>\n\(findingItems)</ul></section>"
    var rows = ""
    for c in EntityCount.counts(in: documents).sorted(by: {
      $0.count != $1.count ? $0.count > $1.count : $0.entry.english < $1.entry.english
    }) {
      let e = c.entry
      rows +=
        "<tr><td><mark class=\"\(e.kind.rawValue)\">\(escapeHTML(e.hindi))</mark></td><td>\(escapeHTML(e.english))</td><td>\(e.kind.rawValue)</td><td>\(c.count)</td><td>\(escapeHTML(c.surfaces.sorted().joined(separator: ", ")))</td></tr>\n"
    }
    return """
      <!DOCTYPE html>
      <html lang="hi"><head><meta charset="utf-8">
      <meta name="viewport" content="width=device-width, initial-scale=1">
      <title>HinGloss annotation</title>
      <style>
      body { font-family: "Noto Sans Devanagari", "Noto Sans", "Lohit Devanagari", "Mangal", "Nirmala UI", sans-serif; max-width: 60em; margin: 1em auto; padding: 0 1em; line-height: 1.9; color: #222; }
      mark { border-radius: 3px; padding: 0 2px; background: none; }
      .e { display: inline-flex; flex-direction: column; align-items: center; vertical-align: top; line-height: 1.5; }
      .g { font-size: 0.62em; color: #333; font-family: sans-serif; line-height: 1.1; white-space: nowrap; }
      .g .q { color: #a00; font-style: italic; }
      .person mark, mark.person { background: #ffe08a; } .organization mark, mark.organization { background: #b9e3ff; }
      .company mark, mark.company { background: #c8f0c0; } .place mark, mark.place { background: #f5c6e8; }
      .term mark, mark.term { background: #e2e2e2; } .title mark, mark.title { background: #ffd2b3; }
      .variant mark, .folded mark, .fuzzy mark { outline: 1px dotted #555; }
      .deprecated mark { outline: 2px dashed #c00; text-decoration: line-through #c00; }
      #glosses:not(:checked) ~ main .g { display: none; }
      table { border-collapse: collapse; margin-top: 2em; max-width: 100%; display: block; overflow-x: auto; }
      td, th { border: 1px solid #ccc; padding: 4px 8px; text-align: left; line-height: 1.5; }
      .legend { line-height: 1.6; } .legend mark { margin-right: 0.6em; display: inline-block; } .findings li { line-height: 1.5; margin-bottom: 0.4em; }
      .note { font-size: 0.8em; color: #666; line-height: 1.4; }
      @media print { #glosses, label[for=glosses] { display: none; } }
      </style></head><body>
      <h1>Entities found</h1>
      \(findingsSection)
      <p class="legend"><mark class="person">person</mark><mark class="organization">organization</mark><mark class="company">company</mark><mark class="place">place</mark><mark class="term">term</mark><mark class="title">title</mark>
      · dotted: a variant spelling · red dashed: deprecated (house style in the gloss)</p>
      <input type="checkbox" id="glosses" checked> <label for="glosses">English under each entity</label>
      <main>
      \(body)
      </main>
      <h2>Entities</h2>
      <table><tr><th>Hindi (house style)</th><th>English</th><th>kind</th><th>count</th><th>forms in the text</th></tr>
      \(rows)</table>
      <p class="note">Hindi shown as boxes? Install a Devanagari font: on Debian or Ubuntu, <code>apt-get install \(devanagariFontPackage)</code> (Noto Sans Devanagari).</p>
      </body></html>
      """
  }
}
