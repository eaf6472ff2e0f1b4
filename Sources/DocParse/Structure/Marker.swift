/// A numbering marker found in the text: `一、` `（一）` `1.` `（1）` `①` `第一章` `第一条` `一是`.
struct Marker: Equatable {
  var style: MarkerStyle
  /// Finer than `style`: markers of one form share a level (`1.` and `1．` are
  /// one form, `1、` another; `第一章` and `第一节` are different forms).
  var form: String
  var ordinal: Int
  /// The marker itself.
  var span: Span
  /// Where the title starts (after blanks following the marker).
  var titleStart: Int

  /// How high a form sits when documents agree (lower is higher); used only to
  /// close open sections when a clearly higher form appears.
  var strongRank: Int? {
    switch form {
    case "编": return 0
    case "部分": return 1
    case "章": return 2
    case "节": return 3
    case "条": return 4
    case "一、": return 5
    default: return nil
    }
  }

  /// Natural rank of every form, for the few documents that open with a lower form.
  var rank: Int {
    if let strongRank { return strongRank }
    switch style {
    case .chineseParen: return 6
    case .arabicDot: return 7
    case .arabicParen: return 8
    case .circled: return 9
    default: return 10
    }
  }
}

/// A marker form, with the section its numbers are counted in, as a
/// dictionary key: the form hashed and compared by its bytes (`ByteWord`;
/// String's own hashing normalises non-ASCII text first, most of a numbering check's cost).
struct FormKey: Hashable {
  let form: ByteWord
  let parent: Int

  /// `parent` is the index of the section counted in; -2 counts through the document.
  init(_ form: String, in parent: Int = -2) {
    self.form = ByteWord(form)
    self.parent = parent
  }
}
