/// Rules over what the body's opening says of its author.
enum BodyRules {
  /// `现在，我代表国务院，作政府工作报告`: the speaker reports for the organ named.
  static func onBehalfOf(_ layout: DocumentLayout, _ m: Metadata) -> [MetadataCandidate] {
    let s = layout.source.scalars
    let opening = Span(layout.bodySpan.start, min(layout.bodySpan.end, layout.bodySpan.start + 200))
    guard let at = layout.source.firstSpan(of: "我代表", in: opening, ignoringBlanks: false) else { return [] }
    var start = at.end
    if layout.source.firstSpan(of: "中华人民共和国", in: Span(start, min(opening.end, start + 7)), ignoringBlanks: false)?.start == start {
      start += 7
    }
    var end = start
    while end < opening.end && Words.isHan(s[end]) && s[end] != "向" && s[end] != "作" && end - start < 16 { end += 1 }
    let organ = layout.source[Span(start, end)]
    // A full name only (`国务院`); `省人民政府` names no province.
    guard HeaderText.isOrganisation(organ), !["省", "市", "县", "区", "州"].contains(where: { organ.hasPrefix($0) }) else {
      return []
    }
    return [MetadataCandidate(field: .issuer, value: .text(organ), span: Span(start, end))]
  }
}
