/// A value a page or scraper states under a label: `发文机关：国务院`,
/// `标　　题：` followed by the title, `发布时间: 2023-03-31 10:09`.
struct LabelledField: Sendable, Equatable {
  /// What a label says the value is.
  enum Role: String, Sendable {
    case title, issuer, publisher, docNumber, writtenDate, issuedDate, publishedDate, other
  }

  /// The label without blanks or colon (`标题`).
  let label: String
  let role: Role
  let labelSpan: Span
  /// The value as written, without surrounding blanks.
  let value: String
  let valueSpan: Span
}

/// Labels of the fields government pages and scrapers print. Data, not logic.
enum FieldLexicon {
  static let roles: WordMap<LabelledField.Role> = [
    "标题": .title, "文件标题": .title, "文件名称": .title, "名称": .title, "文章标题": .title, "题名": .title,
    "发文机关": .issuer, "发文单位": .issuer, "制发机关": .issuer, "发文机构": .issuer, "颁布机关": .issuer,
    "发布机构": .publisher, "发布单位": .publisher, "来源": .publisher, "信息来源": .publisher, "文章来源": .publisher,
    "发布机关": .publisher, "公开主体": .publisher, "信息公开主体": .publisher,
    "发文字号": .docNumber, "文号": .docNumber, "文件编号": .docNumber, "发文号": .docNumber,
    "成文日期": .writtenDate, "成文时间": .writtenDate, "签发日期": .writtenDate,
    "发文日期": .issuedDate, "印发日期": .issuedDate, "发文时间": .issuedDate,
    "发布日期": .publishedDate, "发布时间": .publishedDate, "公开日期": .publishedDate, "公开时间": .publishedDate,
    "生成日期": .publishedDate, "更新时间": .publishedDate, "时间": .publishedDate, "日期": .publishedDate,
    "实施日期": .other, "施行日期": .other, "公布日期": .publishedDate,
    "索引号": .other, "主题分类": .other, "主题词": .other, "分类": .other, "栏目": .other, "体裁分类": .other,
    "公开方式": .other, "公开时限": .other, "公开范围": .other, "有效性": .other, "效力状态": .other,
    "原文链接": .other, "本地目录": .other, "关键词": .other, "关联稿件": .other, "访问量": .other,
    "浏览次数": .other, "字号": .other, "所属机构": .other, "组配分类": .other, "服务对象": .other,
    "公文种类": .other, "信息分类": .other, "主题": .other, "法宝引证码": .other, "时效性": .other,
    "发布部门": .publisher, "文种": .other, "有效期": .other, "统一编号": .other, "登记号": .other,
    "阅读": .other, "阅读量": .other, "阅读数": .other, "点击": .other, "点击量": .other, "点击率": .other, "作者": .other,
    "编辑": .other, "责任编辑": .other, "选择字体": .other, "字体": .other, "分享": .other, "分享到": .other,
    "发布者": .other, "撰稿": .other, "供稿": .other, "稿源": .other, "浏览量": .other, "访问次数": .other,
  ]

  /// Labels whose value is a single short token; a title-like line after
  /// them is not their value (`主题词：` with nothing under it).
  static let titleLabels: WordSet = ["标题", "文件标题", "文件名称", "名称", "文章标题", "题名", "关联稿件"]

  /// A value this short under any label is the label's (`分类：` `统计公报`), even if it ends like a title.
  static let shortValue = 8

  /// Longest label, in scalars.
  static let maximumLabelLength = 8
}
