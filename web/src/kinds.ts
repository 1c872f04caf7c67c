// Kinds of entity: Chinese labels and the colours of the graph and badges.
export const kindLabel: Record<string, string> = {
  PROVINCE: '省',
  PREFECTURE: '地市',
  COUNTY: '县区',
  TOWN: '乡镇',
  VILLAGE: '村',
  OFFICIAL: '人物',
  PROGRAM: '扶贫项目',
  INDUSTRY: '产业',
  ORGANIZATION: '机构',
  STATISTIC: '统计',
  ARTICLE: '文章',
}

export const kindColor: Record<string, string> = {
  PROVINCE: '#1f5fa8',
  PREFECTURE: '#3d7fc9',
  COUNTY: '#5fa2e0',
  TOWN: '#8cc1ee',
  VILLAGE: '#b5d8f5',
  OFFICIAL: '#d9534f',
  PROGRAM: '#2e9e5b',
  INDUSTRY: '#e39b20',
  ORGANIZATION: '#8e5bb5',
  STATISTIC: '#7a7a7a',
  ARTICLE: '#a0886a',
}

export const relLabel: Record<string, string> = {
  SERVES_IN: '任职',
  PART_OF: '隶属',
  IMPLEMENTS: '实施',
  DEVELOPS: '发展',
  SUPPORTS: '扶持',
  SUBTYPE_OF: '细分',
  ASSISTS: '帮扶',
  REPORTED: '统计',
  OPERATES_IN: '经营',
  MENTIONS: '提及',
}
