/// Metadata oddities worth a reader's attention, as diagnostics.
enum MetadataChecks {
  static func check(_ layout: DocumentLayout, _ m: Metadata, into diagnostics: inout [Diagnostic]) {
    // A labelled field that disagrees with the value kept (a page's 发文日期 against the document's own date).
    for f in layout.fields {
      let compact = f.value.compacted
      switch f.role {
      case .title where m.title != nil && compact != m.title:
        diagnostics.append(conflict("title", f, kept: m.title!))
      case .writtenDate, .issuedDate:
        if let date = DateLine.leadingDate(layout.source, in: f.valueSpan)?.iso, let kept = m.date, date != kept {
          diagnostics.append(conflict("date", f, kept: kept))
        }
      case .docNumber:
        if let number = HeaderText.docNumber(in: compact), let kept = m.docNumber, number.text != kept.text {
          diagnostics.append(conflict("docNumber", f, kept: kept.text))
        }
      default: break
      }
    }
  }

  private static func conflict(_ field: String, _ f: LabelledField, kept: String) -> Diagnostic {
    Diagnostic(.metadataConflict, "the page's \(f.label) says \(f.value); the document says \(kept)", at: f.valueSpan)
  }
}
