/** The seven areas of the 双争 campaign (总工发〔2015〕25号). */
export const campaign = {
  'campaign.area.area1': '依法规范建会',
  'campaign.area.area2': '组织服务农民工',
  'campaign.area.area3': '教育引导职工群众',
  'campaign.area.area4': '团结动员职工建功立业',
  'campaign.area.area5': '维护职工合法权益',
  'campaign.area.area6': '服务职工群众',
  'campaign.area.area7': '绝对忠诚党的事业、竭诚服务职工群众',
  'campaign.areaShort.area1': '规范建会',
  'campaign.areaShort.area2': '服务农民工',
  'campaign.areaShort.area3': '教育引导',
  'campaign.areaShort.area4': '建功立业',
  'campaign.areaShort.area5': '维护权益',
  'campaign.areaShort.area6': '服务职工',
  'campaign.areaShort.area7': '忠诚竭诚',
} as const;
