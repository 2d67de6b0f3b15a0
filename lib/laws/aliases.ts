/**
 * Common short names of laws that are not simply the title without 中华人民共和国
 * (that form is matched anyway). Keys and targets are lookup keys (see `titleKey`);
 * a test checks that every target is in the registry.
 */
export const LAW_ALIASES: Readonly<Record<string, string>> = {
  税收征管法: '税收征收管理法',
  征管法: '税收征收管理法',
  税收征管法实施细则: '税收征收管理法实施细则',
  征管法实施细则: '税收征收管理法实施细则',
  环保法: '环境保护法',
  新环保法: '环境保护法',
  消法: '消费者权益保护法',
  消保法: '消费者权益保护法',
  消费者权益法: '消费者权益保护法',
  食安法: '食品安全法',
  个税法: '个人所得税法',
  大气法: '大气污染防治法',
  大气污染法: '大气污染防治法',
  水污染法: '水污染防治法',
  固废法: '固体废物污染环境防治法',
  环评法: '环境影响评价法',
  道交法: '道路交通安全法',
  道路交通法: '道路交通安全法',
  治安处罚法: '治安管理处罚法',
  药品法: '药品管理法',
  特种设备法: '特种设备安全法',
  土地法: '土地管理法',
};
