/// A parsed document: kind, metadata, section tree, facts and attached documents.
public struct Document: Sendable {
  /// What sort of 公文 this is.
  public enum Kind: String, Sendable, CaseIterable {
    case notice, workPlan, workSummary, summaryAndPlan, implementationPlan, regulation, report, other
  }

  public var kind: Kind
  /// The 文种 as the title ends (`通知`, `实施方案`), or nil.
  public var genre: String?
  public var metadata: Metadata
  public var sections: [Node]
  public var facts: [Fact]
  /// Documents issued (印发) by this one, each parsed on its own.
  public var attachments: [Document]
  /// The part of the source this document covers.
  public var span: Span
}

/// 发文字号: `綦科局发〔2022〕12号`.
public struct DocNumber: Sendable, Equatable {
  public var text: String
  public var prefix: String
  public var year: Int?
  public var serial: Int?
}

/// GB/T 9704-2012 elements; absent ones are nil or empty, never invented.
public struct Metadata: Sendable, Equatable {
  /// 发文机关
  public var issuer: String?
  public var docNumber: DocNumber?
  public var title: String?
  /// 主送机关, split at `，` outside brackets.
  public var recipients: [String] = []
  /// 发文机关署名
  public var signatories: [String] = []
  /// 成文日期, ISO `YYYY-MM-DD`.
  public var date: String?
  /// The year the document is about (plan year, reported year).
  public var year: Int?
  /// 附注 such as `此件公开发布`.
  public var notes: [String] = []
  /// Where each found field was read and the rule that decided it.
  public var sources: [MetadataField: MetadataSource] = [:]

  public init() {}
}

/// The result of parsing one source.
public struct ParseResult: Sendable {
  public let source: SourceText
  public let document: Document
  public let diagnostics: [Diagnostic]
}
