/// Page furniture: what a site or a scraper prints around a document.
/// Never a title, an issuer or a recipient. Data, not logic.
enum Furniture {
  /// A line starting with one of these is furniture.
  static let prefixes = [
    "当前位置", "您当前所在位置", "您的位置", "您所在的位置", "首页>", "首页 >", "首页»", "首页/", "【打印", "【关闭", "【返回",
    "打印本页", "关闭窗口", "扫一扫", "分享到", "字号：", "字号:", "【字号", "【字体", "网站地图", "主办：", "主办单位",
    "承办：", "版权所有", "技术支持", "网站标识码", "政府网站标识码", "页面链接与图片", "本地目录", "【法宝引证码】",
    "返回顶部", "【返回顶部】", "继续访问", "您访问的链接即将离开", "微信", "手机版", "无障碍", "网站无障碍",
    "相关链接", "相关文件", "下载：", "附件下载", "来源：中国政府网", "(来源：", "（来源：", "责任编辑", "【我要纠错】",
    "Public domain", "注：中文维基文库", "<!--",
  ]
  /// A line containing one of these is furniture.
  static let fragments = ["ICP备", "公网安备", "=====", "访问量：", "浏览次数", "阅读次数", "点击数："]
  /// A whole line equal to one of these is furniture.
  static let lines: WordSet = [
    "打印", "关闭", "收藏", "分享", "X", "×", "继续访问放弃", "大", "中", "小", "【大中小】", "false", "true", "正文",
    "首页", ">", "»", "/", "|", "【", "】",
  ]

  /// Buttons a site prints after a byline's last value.
  static let trailingWords = ["微博", "微信", "打印", "分享", "关闭", "收藏", "QQ空间"]

  /// Breadcrumbs and a scraper's body separator: the site's chrome ends here.
  static let chromeEnds = ["当前位置", "您当前所在位置", "您的位置", "您所在的位置", "首页>", "首页 >", "首页»", "首页/", "===="]

  static func endsChrome(_ text: String) -> Bool { chromeEnds.contains(where: { text.hasPrefix($0) }) }

  private static let prefixTable = WordTable<Bool>(prefixes.map { ($0, true) })
  private static let fragmentTable = WordTable<Bool>(fragments.map { ($0, true) })

  /// Whether a compacted line is furniture.
  static func contains(_ text: String) -> Bool {
    if lines.contains(text) { return true }
    let s = Array(text.unicodeScalars)
    if prefixTable.match(s, at: 0, limit: s.count) != nil { return true }
    if s.indices.contains(where: { fragmentTable.match(s, at: $0, limit: s.count) != nil }) { return true }
    return s.allSatisfy { $0 == "=" || $0 == "-" || $0 == "*" }
  }
}
