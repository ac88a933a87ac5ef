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

  /// A self-contained HTML page: the text with entities highlighted by kind (English on
  /// hover) and a table of the entities with their counts.
  public static func html(_ documents: [AnnotatedDocument]) -> String {
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
          let kind = m.entry?.kind.rawValue ?? "term"
          let title =
            "\(m.entry?.english ?? "") — \(kind), \(m.quality.rawValue)"
            + (m.quality == .deprecated ? "; house style: \(m.entry?.hindi ?? "")" : "")
          html +=
            "<mark class=\"\(kind) \(m.quality.rawValue)\" title=\"\(escapeHTML(title))\">\(escapeHTML(m.surface))</mark>"
          last = r.upperBound
        }
        html += escapeHTML(String(line[last...]))
        body += html.isEmpty ? "<br>\n" : "<p>\(html)</p>\n"
      }
      body += "</div>\n"
    }
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
      <html lang="hi"><head><meta charset="utf-8"><title>HinGloss annotation</title>
      <style>
      body { font-family: "Noto Sans Devanagari", "Lohit Devanagari", sans-serif; max-width: 60em; margin: 2em auto; line-height: 1.7; color: #222; }
      mark { border-radius: 3px; padding: 0 2px; cursor: help; }
      mark.person { background: #ffe08a; } mark.organization { background: #b9e3ff; } mark.company { background: #c8f0c0; }
      mark.place { background: #f5c6e8; } mark.term { background: #e2e2e2; } mark.title { background: #ffd2b3; }
      mark.deprecated { outline: 2px dashed #c00; } mark.folded { outline: 1px dotted #555; }
      table { border-collapse: collapse; margin-top: 2em; } td, th { border: 1px solid #ccc; padding: 4px 8px; text-align: left; }
      .legend mark { margin-right: 1em; }
      </style></head><body>
      <h1>Entities found</h1>
      <p class="legend"><mark class="person">person</mark><mark class="organization">organization</mark><mark class="company">company</mark><mark class="place">place</mark><mark class="term">term</mark><mark class="title">title</mark></p>
      \(body)
      <h2>Entities</h2>
      <table><tr><th>Hindi (house style)</th><th>English</th><th>kind</th><th>count</th><th>forms in the text</th></tr>
      \(rows)</table>
      </body></html>
      """
  }
}
