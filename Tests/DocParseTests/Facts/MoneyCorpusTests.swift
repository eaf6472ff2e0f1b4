@testable import DocParse
import Testing

/// Surface forms of money, each with its value in yuan (or the named currency).
@Suite struct MoneyCorpusTests {
  static let cases: [Expected] = [
    Expected(marked: "争取项目资金达到⟦1000万元⟧。", kind: .money, value: "10000000", unit: "CNY"),
    Expected(marked: "放款金额⟦8000万元以上⟧", kind: .money, value: "80000000", unit: "CNY", comparator: .atLeast),
    Expected(marked: "技术合同登记金额⟦超11亿元⟧", kind: .money, value: "1100000000", unit: "CNY", comparator: .greater),
    Expected(marked: "累计发放⟦2.37亿元⟧", kind: .money, value: "237000000", unit: "CNY"),
    Expected(marked: "给予⟦最高40万元⟧支持", kind: .money, value: "400000", unit: "CNY", comparator: .atMost),
    Expected(marked: "消费帮扶⟦1096.65万元⟧", kind: .money, value: "10966500", unit: "CNY"),
    Expected(marked: "筹集资金⟦*.*万元⟧", kind: .money, value: nil, unit: "CNY", masked: true),
    Expected(marked: "涉及金额⟦****余万元⟧", kind: .money, value: nil, unit: "CNY", approximate: true, masked: true),
    Expected(marked: "收入⟦16.4亿元⟧", kind: .money, value: "1640000000", unit: "CNY"),
    Expected(marked: "⟦1.2万元⟧", kind: .money, value: "12000", unit: "CNY"),
    Expected(marked: "⟦３．５万元⟧", kind: .money, value: "35000", unit: "CNY"),
    Expected(marked: "⟦1,234.5万元⟧", kind: .money, value: "12345000", unit: "CNY"),
    Expected(marked: "⟦两千三百万元⟧", kind: .money, value: "23000000", unit: "CNY"),
    Expected(marked: "⟦壹佰贰拾叁元⟧", kind: .money, value: "123", unit: "CNY"),
    Expected(marked: "售价⟦￥1000⟧", kind: .money, value: "1000", unit: "CNY"),
    Expected(marked: "售价⟦¥ 1,280.50⟧，另有20家", kind: .money, value: "1280.5", unit: "CNY"),
    Expected(marked: "融资⟦US$5亿⟧", kind: .money, value: "500000000", unit: "USD"),
    Expected(marked: "⟦HK$3.5万⟧", kind: .money, value: "35000", unit: "HKD"),
    Expected(marked: "⟦€200⟧", kind: .money, value: "200", unit: "EUR"),
    Expected(marked: "⟦3千万元⟧", kind: .money, value: "30000000", unit: "CNY"),
    Expected(marked: "投资⟦5百万元⟧", kind: .money, value: "5000000", unit: "CNY"),
    Expected(marked: "⟦45564.44美元⟧", kind: .money, value: "45564.44", unit: "USD"),
    Expected(marked: "⟦约4.287亿美元⟧", kind: .money, value: "428700000", unit: "USD", approximate: true),
    Expected(marked: "⟦人民币5万元⟧", kind: .money, value: "50000", unit: "CNY"),
    Expected(marked: "⟦港币两千九百六十元⟧", kind: .money, value: "2960", unit: "HKD"),
    Expected(marked: "⟦一百三十五块六角七分钱⟧", kind: .money, value: "135.67", unit: "CNY"),
    Expected(marked: "⟦不超过50万元⟧", kind: .money, value: "500000", unit: "CNY", comparator: .atMost),
    Expected(marked: "⟦不足1.9万元⟧", kind: .money, value: "19000", unit: "CNY", comparator: .less),
    Expected(marked: "车价值⟦2000余元⟧", kind: .money, value: "2000", unit: "CNY", approximate: true),
    Expected(marked: "⟦50万元（含）以上⟧", kind: .money, value: "500000", unit: "CNY", comparator: .atLeast),
  ]

  @Test(arguments: cases) func money(_ e: Expected) throws { try FactTestSupport.check(e) }

  @Test(arguments: [
    ("⟦两到三万港元⟧", "20000", "30000", "HKD"), ("⟦1万-5万元⟧", "10000", "50000", "CNY"),
    ("⟦七千到九千亿元⟧", "700000000000", "900000000000", "CNY"), ("⟦八九亿韩元⟧", "800000000", "900000000", "KRW"),
    ("⟦几十万块⟧", "100000", "1000000", "CNY"),
  ])
  func ranges(_ c: (String, String, String, String)) throws {
    let m = MarkedText(c.0)
    let f = try #require(FactTestSupport.facts(m.text).first { $0.kind == .money })
    #expect(f.span == m.span)
    #expect(f.min?.description == c.1)
    #expect(f.max?.description == c.2)
    #expect(f.unit == c.3)
  }
}
