/// A parsed document: kind, metadata, section tree, facts and attached documents.
public struct Document: Sendable {
  /// What sort of 公文 this is.
  public enum Kind: String, Sendable, CaseIterable {
    case notice, workPlan, workSummary, summaryAndPlan, implementationPlan, regulation, report, other
  }

  public internal(set) var kind: Kind
  /// The 文种 as the title ends (`通知`, `实施方案`), or nil.
  public internal(set) var genre: String?
  public internal(set) var metadata: Metadata
  public internal(set) var sections: [Node]
  public internal(set) var facts: [Fact]
  /// Documents issued (印发) by this one, each parsed on its own.
  public internal(set) var attachments: [Document]
  /// The part of the source this document covers.
  public internal(set) var span: Span
  /// What finding its facts needs (nil when facts were not asked for).
  var factScope: FactScope? = nil
}

/// 发文字号: `綦科局发〔2022〕12号`.
public struct DocNumber: Sendable, Equatable {
  public internal(set) var text: String
  public internal(set) var prefix: String
  public internal(set) var year: Int?
  public internal(set) var serial: Int?
}

/// GB/T 9704-2012 elements; absent ones are nil or empty, never invented.
public struct Metadata: Sendable, Equatable {
  /// 发文机关
  public internal(set) var issuer: String?
  public internal(set) var docNumber: DocNumber?
  public internal(set) var title: String?
  /// 主送机关, split at `，` outside brackets.
  public internal(set) var recipients: [String] = []
  /// 发文机关署名
  public internal(set) var signatories: [String] = []
  /// 成文日期, ISO `YYYY-MM-DD`.
  public internal(set) var date: String?
  /// The year the document is about (plan year, reported year).
  public internal(set) var year: Int?
  /// 附注 such as `此件公开发布`.
  public internal(set) var notes: [String] = []
  /// Where each found field was read and the rule that decided it.
  public internal(set) var sources: [MetadataField: MetadataSource] = [:]

  public init() {}
}

/// The result of parsing one source.
public struct ParseResult: Sendable {
  public let source: SourceText
  public let document: Document
  public let diagnostics: [Diagnostic]
  /// The facts are found while the result is written (`ParseOptions.defersFacts`).
  var defersFacts = false
}
