/** Statute titles exactly as the statutes give them; citations use these. */
export const LAW = {
  penalty: '中华人民共和国行政处罚法',
  coercion: '中华人民共和国行政强制法',
  license: '中华人民共和国行政许可法',
  reconsideration: '中华人民共和国行政复议法',
  litigation: '中华人民共和国行政诉讼法',
  businessEnvironment: '优化营商环境条例',
  shandongBusinessEnvironment: '山东省优化营商环境条例',
  jinanBusinessEnvironment: '济南市优化营商环境条例',
  shandongSupervision: '山东省行政执法监督条例',
  crimeTransfer: '行政执法机关移送涉嫌犯罪案件的规定',
  samrDisclosure: '市场监督管理行政处罚信息公示规定',
  jinanOrder294: '济南市行政执法过错责任追究办法',
} as const;
