@testable import DocParse
import Testing

/// Surface forms of counts: number, measure word and qualifiers.
@Suite struct CountCorpusTests {
  static let cases: [Expected] = [
    Expected(marked: "力争培育科技型企业⟦50家以上⟧。", kind: .count, value: "50", unit: "家", comparator: .atLeast),
    Expected(marked: "力争选派⟦不少于20名⟧", kind: .count, value: "20", unit: "名", comparator: .atLeast),
    Expected(marked: "科技成果登记⟦超200个⟧", kind: .count, value: "200", unit: "个", comparator: .greater),
    Expected(marked: "党员参与⟦80余人次⟧", kind: .count, value: "80", unit: "人次", approximate: true),
    Expected(marked: "技术培训⟦20余场次⟧", kind: .count, value: "20", unit: "场次", approximate: true),
    Expected(marked: "⟦两个⟧市级考核指标", kind: .count, value: "2", unit: "个"),
    Expected(marked: "创新⟦三项⟧工作", kind: .count, value: "3", unit: "项"),
    Expected(marked: "谈心谈话⟦**人次⟧", kind: .count, value: nil, unit: "人次", masked: true),
    Expected(marked: "录入项目信息⟦***余条⟧", kind: .count, value: nil, unit: "条", approximate: true, masked: true),
    Expected(marked: "种植⟦100亩⟧", kind: .count, value: "100", unit: "亩"),
    Expected(marked: "发放贷款⟦64笔⟧", kind: .count, value: "64", unit: "笔"),
    Expected(marked: "培训⟦2期⟧", kind: .count, value: "2", unit: "期"),
    Expected(marked: "⟦年满60岁⟧", kind: .count, value: "60", unit: "岁", comparator: .atLeast),
    Expected(marked: "接待游客⟦750余万人次⟧", kind: .count, value: "7500000", unit: "人次", approximate: true),
    Expected(marked: "新增就业⟦1100多万人⟧", kind: .count, value: "11000000", unit: "人", approximate: true),
    Expected(marked: "未成年人是指不满⟦18周岁⟧的公民", kind: .count, value: "18", unit: "周岁"),
    Expected(marked: "对我们这样一个拥有⟦14亿⟧人口的大国", kind: .count, value: "1400000000"),
    Expected(marked: "城镇新增就业⟦1109万⟧，", kind: .count, value: "11090000"),
    Expected(marked: "新增装机⟦1000万千瓦左右⟧", kind: .count, value: "10000000", unit: "千瓦", approximate: true),
    Expected(marked: "⟦35蒸吨/小时及以下⟧燃煤锅炉", kind: .count, value: "35", unit: "蒸吨/小时", comparator: .atMost),
    Expected(marked: "服务⟦约1,200户⟧", kind: .count, value: "1200", unit: "户", approximate: true),
    Expected(marked: "惠及⟦1.5万人⟧", kind: .count, value: "15000", unit: "人"),
    Expected(marked: "建成⟦１２座⟧", kind: .count, value: "12", unit: "座"),
    Expected(marked: "⟦近一百家⟧", kind: .count, value: "100", unit: "家", approximate: true),
    Expected(marked: "新增⟦两千三百户⟧", kind: .count, value: "2300", unit: "户"),
    Expected(marked: "⟦不到10个⟧", kind: .count, value: "10", unit: "个", comparator: .less),
  ]

  @Test(arguments: cases) func count(_ e: Expected) throws { try FactTestSupport.check(e) }

  @Test func qualifierIsSharedByAList() {
    let facts = FactTestSupport.facts("力争高新技术和科技型企业分别突破330家、5900家，全社会研发投入强度达到3%以上")
    let counts = facts.filter { $0.kind == .count }
    #expect(counts.map(\.comparator) == [.greater, .greater])
    #expect(facts.first { $0.kind == .percent }?.comparator == .atLeast)
  }
}

/// `分别新增**家、**家以上`: the closing `以上` holds for every item of the list.
@Test func closingQualifierIsSharedByAList() {
  let facts = FactTestSupport.facts("推动高新技术企业、科技型企业分别新增30家、50家以上，")
  #expect(facts.filter { $0.kind == .count }.map(\.comparator) == [.atLeast, .atLeast])
  let plain = FactTestSupport.facts("新增30家、50家以上")
  #expect(plain.filter { $0.kind == .count }.map(\.comparator) == [.equal, .atLeast])
}
