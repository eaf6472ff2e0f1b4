/// Words that tell a goal from a result and delimit what a figure measures. Data, not logic.
enum AnalysisLexicon {
  /// Cues that a figure is a goal (力争培育…50家以上).
  static let targetCues = CueWords([
    "力争", "确保", "争取", "目标", "计划", "预计", "力求", "拟", "努力", "明年", "下一步", "预期目标", "到20", "控制在",
    "将达到", "要达到",
  ])
  /// Cues of a goal that sets itself a length of time (`力争通过三年探索`).
  static let deadlineCues = CueWords(["力争", "确保", "争取", "力求"])
  /// Cues that a figure is a result (新培育…48家, 累计达到…).
  static let actualCues = CueWords([
    "累计", "新增", "新培育", "完成", "实现", "达到", "同比", "比上年", "较上年", "共", "已", "获批", "获得", "增长", "发放",
    "投入", "举办", "开展", "现有", "目前",
  ])
  /// Cues, in a plan, that a figure reports the past or the present state.
  static let pastCues = CueWords(
    ["去年", "上年", "过去", "已经", "截至", "截止", "现有", "目前", "已有", "已达"],
    notInside: CueWords.compounds + ["比去年", "较去年", "比上年", "较上年", "同比去年"])
  /// Cues that a figure is a goal even where the text looks back
  /// (`控制在3.3%` reports a result there; `力争` never does).
  static let goalCues = CueWords([
    "力争", "确保", "争取", "目标", "计划", "预计", "力求", "拟", "明年", "下一步", "将达到", "要达到", "预期",
  ])
  /// Openings of a sentence that looks back over the year or years just past.
  static let lookingBackOpeners = CueWords(["过去一年", "过去的一年", "去年", "一年来", "过去五年", "五年来"])
  /// Openings of a sentence that looks ahead.
  static let lookingAheadOpeners = CueWords(["今年", "明年", "今后", "下一步", "未来"])
  /// Verbs that report something done, in a summary.
  static let doneCues = CueWords([
    "已", "完成", "新增", "累计", "修订", "推出", "出台", "制定", "印发", "建成", "举办", "开展", "组织", "新建",
  ])
  /// Words right after a figure that grant it (`50%给予补贴`): a rate or amount a rule pays.
  static let grantingCues = CueWords(["给予", "的补贴", "的奖励", "的补助"])
  /// Cues of a policy parameter rather than a goal or result (最高40万元).
  static let parameterCues = CueWords(["最高", "最低", "每人", "每户", "每个", "每家", "给予"])
  /// Payments a rule sets (`补助5000元`): parameters when the figure is money,
  /// unless the text changes them (`补助标准增加30元`, a plan's act).
  static let paymentCues = CueWords(["补助", "奖励", "补贴"])
  static let changeCues = CueWords(["增加", "提高", "上调", "降低", "下调", "扩大"])
  /// Thresholds, limits and rates a rule sets (`超过15000元的部分`, `年满60岁`,
  /// `按起始价20%缴纳`): parameters in rules and notices, but the form of many
  /// goals in a plan (`控制在3%以内`), where they are not read.
  static let thresholdCues = CueWords([
    "不超过", "超过", "不高于", "不低于", "不少于", "不足", "以内", "限额", "年满", "按照", "按", "标准", "缴纳", "首付",
    "可提取", "贷款额度", "额度", "比例", "补贴", "期限", "有效期", "每月", "每年", "每平方米", "每套", "每平米",
  ])

  /// A bound a rule forbids crossing (`置换后的监管资金不得低于…的70%`): a parameter in any part of a document.
  static let prohibitedBounds = CueWords([
    "不得低于", "不得超过", "不得高于", "不得少于", "不得大于", "不得小于", "不应低于", "不应超过", "不能低于", "不能超过",
  ])
  /// Words opening a condition (`若月末个贷率连续3个月低于90%，…`): what follows states a threshold.
  static let conditionOpeners: WordList = ["若", "如果", "假如", "倘若", "一旦", "如遇", "凡"]

  /// Section titles that mark a plan part of a document.
  static let planSectionWords = CueWords([
    "打算", "计划", "工作思路", "总体思路", "工作安排", "工作目标", "主要目标", "发展目标", "目标任务", "工作要点", "重点工作",
    "主要任务", "重点任务", "工作任务", "总体要求", "下一步", "展望", "预期目标", "的建议", "工作建议", "今年工作", "今年政府工作", "总体部署", "工作部署",
  ])
  /// Section titles that mark a report of results.
  static let summarySectionWords: WordList = [
    "总结", "成效", "成绩", "成就", "回顾", "进展", "完成情况", "工作情况", "开展情况", "取得", "主要做法", "基本情况",
  ]
  /// Summary words that a task heading uses as its aim too (`推动绿色发展取得新突破`,
  /// `取得新进展`): alone, they leave the decision to the outer titles.
  static let weakSummarySectionWords: WordList = ["取得", "进展"]
  static let strongSummarySectionWords: WordList = [
    "总结", "成效", "成绩", "成就", "回顾", "完成情况", "工作情况", "开展情况", "主要做法", "基本情况",
  ]

  /// Threshold verbs right before a figure (`人口超过100万的城市`).
  static let thresholdVerbs: WordList = ["超过", "不超过", "不足", "低于", "高于", "不低于", "不高于", "少于", "多于", "大于", "小于"]

  /// Nouns that say how a figure stands (`较低水平`, `合理区间`), not what it measures.
  static let levelNouns: WordList = ["水平", "区间", "范围", "高位", "低位"]

  /// Modal words before the act a time limit limits (`1个月内必须缴清`).
  static let modals = ["必须", "应当", "需要", "应", "须", "需", "要"]

  /// Words stripped from the start of a subject: cues and scope words.
  static let leadingNoise: WordList = [
    "力争", "确保", "争取", "努力", "全年", "目标", "计划", "预计", "全区", "全市", "全县", "全国", "全省", "全州", "其中", "今年",
    "明年", "去年", "年内", "已经", "已", "并", "共", "同时", "进一步", "推动", "目前", "现有", "截至目前", "上述", "拟", "当年",
    "年末", "年底", "年初", "年中", "月末", "月底", "月初", "将", "把", "且", "并且", "而且", "以上", "以下", "分别", "即", "但是", "但",
    "而", "或者", "或",
  ]
  /// A comparison with an earlier time (`比上年`, `较年初`): with the change after
  /// it (`社会消费品零售总额比上年增长`) it ends what a figure measures.
  static let comparisons: WordList = [
    "较上年同期", "比上年同期", "较去年同期", "比去年同期", "较上年", "比上年", "较去年", "比去年", "较年初", "比年初", "较上月",
    "比上月", "较同期", "比同期", "较前值", "比前值", "比上一年", "较上一年",
  ]
  /// Nouns written only with scalars that also write units (`个人`: not `万人`, `个`).
  static let nounsOfUnitScalars: WordSet = ["个人", "家人", "人人"]
  /// Time words that, alone before a length of time, say when it is, not what it measures (`过去五年`, `今后五年`).
  static let timeSpans: WordSet = [
    "过去", "今后", "未来", "过去的", "今后的", "未来的", "在过去", "在今后", "在未来", "在过去的", "在今后的", "在未来的",
  ]
  /// Prepositions of time before a date that opens a subject (`到2025年全省新建停车位`): dropped with the date.
  static let timePrepositions: WordList = ["截止到", "截至", "截止", "到", "至", "于", "在", "自", "从"]
  /// What follows a date in a time phrase (`2025年底`, `2024年3月31日前`, `2022年起`).
  static let dateTails: WordList = ["以来", "以前", "以后", "期间", "底", "末", "初", "前", "后", "起"]
  /// Verbs that link a subject to its figure (…投入增长10%, …企业达2000家): the subject ends before them.
  static let linkingVerbs: WordList = [
    "达到", "实现", "突破", "超过", "累计", "提高到", "提升到", "增加到", "提高至", "提升至", "增加至", "增至", "降至", "下降至",
    "降低至", "减少至", "上升至", "上升到", "下降到", "降低到", "减少到", "控制在", "保持在", "稳定在", "增长", "达", "超", "逾", "从", "由",
    "下调至", "上调至", "调整至", "调至", "下调到", "上调到", "调到", "延长至", "延长到", "放宽至", "放宽到", "缩短至", "缩短到",
    "扩大至", "扩大到", "调高至", "调低至", "上浮至", "下浮至", "压缩至", "压减至", "调整为", "下调为", "上调为",
  ]
  /// Linking verbs that are part of what a rate measures.
  static let growthVerbs: WordList = ["增长"]
  /// Measure words that classify the noun after them (`5个市级众创空间`), unlike
  /// 岁, 次 or 元, after which a verb follows.
  static let nounClassifiers: WordSet = [
    "个", "家", "名", "项", "所", "座", "批", "件", "台", "套", "户", "位", "条", "种", "类", "支", "艘", "架", "辆", "期", "场",
    "篇", "份", "本", "部", "处", "只", "头", "株", "亩", "间", "栋", "张", "门", "款", "对", "组",
  ]
  /// Words after a measure word that end a following-noun subject (120家企业在…).
  static let followingStops: WordList = [
    "在", "于", "的", "等", "和", "及", "与", "进行", "开展", "申报", "参加", "以上", "左右", "以下", "获", "通过", "入选", "被",
    "用于", "给予", "缴纳", "计算", "执行", "办结", "以内", "内", "后", "前", "时", "起", "按", "按照", "下沉", "赴", "向",
  ]
  /// Verbs after `…的税率`, `…的比例` that end the noun (`减按1%的税率征收契税`);
  /// only past its first word, since nouns start with some (`缴存比例`).
  static let followingVerbs: WordList = ["征收", "计征", "缴存", "计提", "收取"]
  /// Adverbs that are not what a figure after them measures (`一次性给予10万元补助`).
  static let adverbs: WordSet = ["一次性", "分别", "另行", "额外", "再", "另"]
  /// What a note on a bound's inclusion says (`(含2年)`, `(不含144平方米)`).
  static let inclusionWords: WordList = ["含", "不含", "包含", "不包含", "包括", "不包括"]
  /// Verbs that open a clause reporting a figure (新培育…), dropped when a
  /// subject is borrowed from the clause before.
  static let reportingVerbs: WordList = [
    "新培育", "新增", "培育", "新建", "完成", "实现", "组织", "发放", "新认定", "认定", "争取", "实施", "安排",
  ]
  /// Verbs of paying after a rate (`按起始价20%缴纳`).
  static let payingVerbs: WordList = ["缴纳", "缴存", "缴交", "预缴", "征收", "计征", "收取", "支付", "交纳", "计缴"]
  /// A fine named right after its bounds (`处1万元以上5万元以下罚款`).
  static let fineNouns: WordList = ["罚款", "罚金"]
  /// Verbs granting what a figure in the next clause caps or sets
  /// (`给予一次性奖励，最高不超过50万元`, `给予生活补贴，每人每月3000元`).
  static let grantVerbs: WordList = ["给予", "发放", "提供", "拨付"]
  /// Words that frame a figure without being what it measures (`按照`, `原则上`, `执行`).
  static let framing: WordList = [
    "按照", "依照", "参照", "原则上", "执行", "给予", "达到", "最高", "最低", "不超过", "不低于", "不少于", "超过", "对于", "对",
    "其中", "共计", "合计", "约", "按", "可", "均", "以", "相较去年", "相比去年", "较去年", "比去年", "较上年", "比上年", "同比",
    "相较", "相比", "年均", "月均", "日均", "较年初", "比年初", "较上月", "比上月", "较同期", "比同期", "较上年同期", "比上年同期", "较前值", "比前值", "比上一年",
    "较上一年",
  ]
  /// Whether a clause only says a change happened (`较上年增长`, `同比下降`).
  static func changeOnly(_ clause: ArraySlice<Unicode.Scalar>) -> Bool {
    var text = Array(clause.filter { !$0.isBlank })[...]
    while let n = framing.prefix(of: text) { text = text.dropFirst(n) }
    return bareChanges.contains(text)
  }
  /// What a rate says happened, not what it measures (`较上年增长**%`).
  static let bareChanges: WordSet = [
    "增长", "下降", "提高", "增加", "减少", "上升", "降低", "明显下降", "明显增长", "改善", "回落", "上涨", "下跌", "扩大", "缩小",
  ]
  /// Prepositions after which the measured thing is named (`按扣除标准的50%`).
  static let framingPrepositions: WordList = ["按照", "依照", "参照", "按", "对于"]
  /// What follows `每` in a distribution (`每月`, `每平方米`).
  static let perUnits: WordList = [
    "月", "年", "日", "天", "周", "季度", "人", "户", "套", "平方米", "平米", "亩", "件", "家", "名", "位", "次", "吨", "辆",
  ]
  /// Nouns after a figure that are not what it measures (`超过15000元的部分`).
  static let notMeasured: WordList = [
    "部分", "基础上", "情况", "范围", "以上", "以下", "以内", "左右", "期间", "之日", "支持", "资助", "基点", "百分点",
    // A verb, not a noun phrase: `三个月以上的为正式会员`.
    "为", "是", "由", "按", "应", "可", "将", "从", "向", "对", "给予",
  ]
  /// Light verbs dropped anywhere in a subject: 开展谈心谈话 measures 谈心谈话.
  static let lightVerbs: WordList = ["开展"]
  /// Words dropped from the end of a subject (…企业分别突破 → …企业).
  static let trailingWords: WordList = [
    "分别", "平均为", "均为", "约为", "为", "拟按", "按", "在", "不能", "不得", "应当", "应", "须", "需", "要", "将", "可",
    "不", "已", "至", "统一", "连续", "是", "满", "又", "由", "且",
  ]
  /// Scalars that end a clause.
  /// Brackets and quotes do not: `地区生产总值（GDP）3473.12亿元`, `“五星级”党组织`.
  static let clauseBreaks: ScalarSet = ["，", "。", "；", "：", "！", "？", ",", ";", ":", "\n", "\r"]
}
