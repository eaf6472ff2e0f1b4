/// Measure words that make a number a count (`50家`, `80余人次`), and the
/// time units that make it a duration (`48个月`, `5个工作日`).
enum MeasureWords {
  /// Count measure words, as written (the fact's unit).
  static let counts = WordTable<String>(
    [
      "家", "个", "项", "名", "人", "人次", "次", "亩", "笔", "场", "场次", "期", "篇", "份", "条", "所", "座", "批",
      "件", "台", "套", "户", "岁", "位", "款", "门", "辆", "架", "艘", "本", "册", "部", "处", "间", "张", "株",
      "头", "只", "吨", "公里", "千米", "米", "平方米", "平方公里", "公顷", "万人", "人份", "例", "起", "宗", "类",
      "支", "队", "组", "村", "镇", "校", "栋", "幢", "片", "块", "节", "届", "轮", "课时", "学时", "千瓦", "兆瓦",
      "余人", "户次", "床", "孔", "盏", "根", "种", "册次", "万户", "万亩", "万吨", "万平方米", "个次", "项次",
      // Ages, and physical units written after a number (`18周岁`, `1000万千瓦`, `35蒸吨/小时`).
      "周岁", "部门", "千伏", "千伏安", "万千瓦", "千瓦时", "万千瓦时", "度", "斤", "公斤", "克", "升", "立方米",
      "万立方米", "蒸吨/小时", "蒸吨", "标准箱", "TEU", "GB", "MB", "TB", "兆", "米²", "平方千米", "公顷", "千公顷",
      "延米", "车次", "班次", "航次", "人天", "床位", "张床", "个点", "颗",
    ].map { ($0, $0) })

  /// Words that start with a measure word but name something (`人口`, `家庭`,
  /// `期限`): a number before them is not counted in that unit.
  static let wordsNotUnits = WordTable<Bool>(
    [
      "人口", "人员", "人民", "人才", "人士", "人群", "人身", "人大", "人工", "人均", "人居", "人文", "人力", "人事", "人社",
      "家庭", "家长", "家属", "家乡", "家居", "家电", "家政", "家园", "家族", "件事", "所属", "所有", "户籍", "户口", "位置",
      "座谈", "套餐", "期间", "期限", "场所", "场景", "台账", "处理", "处置", "门槛", "本地", "本级", "间隔", "只有", "支持",
      "支付", "组织", "类别", "类型", "起步", "起点", "例如", "片区", "节点", "节约", "队伍", "村民", "校园", "种类", "种植",
      "部件", "项目", "条件", "条例", "批次", "批准", "度假", "米粮", "克服", "升级", "升学", "斤两", "次性", "部分", "部署",
    ].map { ($0, true) })

  /// Measure words after a bare `二` that make it an ordinal (`二套住房` is a
  /// second home, `二次` a second time; two homes are `两套`).
  static let ordinalAfterTwo = WordTable<Bool>(
    ["套", "次", "期", "级", "类", "档", "轮", "线", "代", "星", "孩", "胎", "手", "审", "号", "等", "批", "季度"].map { ($0, true) })

  /// Time units of a duration: the unit as written.
  static let durations = WordTable<String>(
    ["年", "个月", "天", "个工作日", "工作日", "周", "个星期", "星期", "小时", "个小时", "分钟", "秒", "周年"]
      .map { ($0, $0) })

  /// Count words that are not quantities right after a number (congress and plenum names).
  static let ordinalFollowers = WordTable<Bool>(
    ["届", "大", "中全会", "次全会", "次党代会", "次全体会议", "次会议", "次全委会", "号文", "号令", "号"].map { ($0, true) })

  /// Fixed names built on a count (`八项规定`): not quantities.
  static let countNameFollowers = WordTable<Bool>(["规定", "原则", "注意", "禁令"].map { ($0, true) })

  /// Programme names built on a duration (`三年行动`, `五年规划`): not quantities.
  static let durationNameFollowers = WordTable<Bool>(
    ["行动", "攻坚", "规划", "计划", "工程", "专项", "提升"].map { ($0, true) })

  /// What ends a list of sessions (`六届二次、三次、四次全会`): the counts are ordinals.
  static let sessionNames = WordTable<Bool>(["全会", "全体会议", "党代会", "全委会", "常委会"].map { ($0, true) })

  /// Words naming a policy package by its number of articles (`科技创新政策十条`, `国十条`).
  static let policyPackages = WordTable<Bool>(["政策", "新政", "措施", "举措", "意见"].map { ($0, true) })
}
