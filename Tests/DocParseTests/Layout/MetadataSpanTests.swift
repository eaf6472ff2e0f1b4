@testable import DocParse
import Testing

/// Every metadata value can be checked against the text: the slice at its
/// span says the same thing (blanks and line breaks aside; dates and years
/// are checked against the slice they were read from).
@Suite struct MetadataSpanTests {
  static let documents = ["", "layout/", "html/"].flatMap { TestSupport.documents(in: $0) }

  func compact(_ s: String) -> String { String(s.unicodeScalars.filter { !$0.isBlank && $0 != "\n" && $0 != "\r" && $0 != "\t" }.map(Character.init)) }

  @Test(arguments: documents)
  func valuesMatchTheirSpans(_ name: String) throws {
    let result = try TestSupport.parseFixture(name, facts: false)
    var docs = [result.document]
    while let doc = docs.popLast() {
      docs += doc.attachments
      for (field, source) in doc.metadata.sources {
        guard let span = source.span else { continue }
        let slice = compact(result.source[span])
        let m = doc.metadata
        switch field {
        case .issuer:
          #expect(slice.contains(compact(m.issuer ?? "")), "\(name) issuer \(m.issuer ?? "") at \(slice)")
        case .title:
          let title = compact(m.title ?? "")
          #expect(slice == title || slice == title + "。", "\(name) title \(title) at \(slice)")
        case .docNumber:
          #expect(slice == compact(m.docNumber?.text ?? ""), "\(name) docNumber at \(slice)")
        case .recipients:
          #expect(compact(m.recipients.joined()) == slice.filter { !"，,；;".contains($0) }, "\(name) recipients at \(slice)")
        case .signatories:
          #expect(compact(m.signatories.joined()) == slice, "\(name) signatories at \(slice)")
        case .notes:
          #expect(m.notes.allSatisfy { slice.contains(compact($0)) }, "\(name) notes at \(slice)")
        case .date:
          let read = DateLine.leadingDate(result.source, in: span)?.iso
          #expect(read == m.date, "\(name) date \(m.date ?? "") at \(slice)")
        case .year:
          #expect(slice.contains(String(m.year ?? 0)) || slice.contains(String(m.year.map { $0 + 1 } ?? 0)),
            "\(name) year \(m.year ?? 0) at \(slice)")
        }
      }
    }
  }
}
