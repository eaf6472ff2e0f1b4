/// A numbering marker found in the text: `一、` `（一）` `1.` `（1）` `①` `第一章` `第一条` `一是`.
struct Marker: Equatable {
  var style: MarkerStyle
  /// Finer than `style`: markers of one form share a level (`1.` and `1．` are
  /// one form, `1、` another; `第一章` and `第一节` are different forms).
  var form: MarkerForm
  var ordinal: Int
  /// The marker itself.
  var span: Span
  /// Where the title starts (after blanks following the marker).
  var titleStart: Int

  /// How high a form sits when documents agree (lower is higher); used only to
  /// close open sections when a clearly higher form appears.
  var strongRank: Int? {
    switch form {
    case .part: return 0
    case .division: return 1
    case .chapter: return 2
    case .section: return 3
    case .article: return 4
    case .chineseComma: return 5
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

/// The forms of numbering markers, written as their first number would be.
/// Numbers of one form are counted together; `1.` and `1．` are one form.
enum MarkerForm: Int, CaseIterable {
  case chineseComma  // 一、
  case arabicDot  // 1.
  case arabicComma  // 1、
  case arabicClosingParen  // 1)
  case arabicParen  // （1）
  case chineseParen  // （一）
  case circled  // ①
  case part  // 第一编
  case division  // 第一部分
  case chapter  // 第一章
  case section  // 第一节
  case article  // 第一条
  case enumeration  // 一是
}

/// A marker form with the section its numbers are counted in, as a dictionary key.
struct FormKey: Hashable {
  let form: MarkerForm
  let parent: Int

  /// `parent` is the index of the section counted in (-1: the document's top level).
  init(_ form: MarkerForm, in parent: Int) {
    self.form = form
    self.parent = parent
  }
}

/// A value per marker form (the last number seen, the level a form first stood
/// at), in an array indexed by the form.
struct PerForm<Value> {
  private var values: [Value?] = Array(repeating: nil, count: MarkerForm.allCases.count)

  subscript(form: MarkerForm) -> Value? {
    get { values[form.rawValue] }
    set { values[form.rawValue] = newValue }
  }
}
