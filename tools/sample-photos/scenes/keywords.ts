/** Scene keywords and scoring (kept apart from the painters so the portrait can use them too). */
export type SceneName =
  | 'railway'
  | 'oilfield'
  | 'furnace'
  | 'welding'
  | 'construction'
  | 'highway'
  | 'courier'
  | 'mural'
  | 'lecture'
  | 'street'
  | 'interior'
  | 'workshop'
  | 'chemplant'
  | 'portrait'
  | 'fallback';

/** Keywords per scene, in priority order for ties. */
export const KEYWORDS: Array<[SceneName, string[]]> = [
  ['mural', ['壁画', '敦煌', '修复', '莫高窟', '洞窟', '石窟', '彩塑', '文物']],
  ['welding', ['焊', '焊接', '焊工', '焊枪', '火箭', '发动机', '喷管', '焊花', '弧光', '航天']],
  ['furnace', ['冶炼', '提纯', '炉', '炉前', '金川', '酒钢', '钢水', '铁水', '熔', '铸', '贵金属', '镍', '铂', '出钢', '高炉', '炼钢']],
  ['railway', ['铁路', '列车', '货车', '车辆段', '列检', '轮对', '机车', '车皮', '铁轨', '站场', '编组', '检修线', '动车', '高铁', '转向架', '货运场']],
  ['oilfield', ['油田', '采油', '抽油机', '油井', '磕头机', '井场', '钻井', '石油', '输油']],
  ['courier', ['快递', '骑手', '包裹', '外卖', '分拣', '网点', '派件', '快件', '配送', '三轮车']],
  ['highway', ['卡车', '货车司机', '公路', '高速', '司机', '运输', '国道', '长途', '驾驶室', '挂车', '停车场']],
  ['construction', ['建筑', '工地', '塔吊', '脚手架', '钢筋', '混凝土', '施工', '吊装', '建设']],
  ['lecture', ['课堂', '讲课', '讲台', '授课', '学员', '培训', '黑板', '教室', '论坛', '会场', '舞台', '情景剧', '演出', '话筒', '文化宫', '台下']],
  ['street', ['夜', '街', '城市', '路灯', '环卫', '清扫', '霓虹', '街道', '马路']],
  ['interior', ['书屋', '书架', '读书', '阅读', '诗词', '报纸', '中控', '中控室', '操作台', '电脑', '冰箱', '微波炉', '饮水机', '医务室', '血压', '医护', '实验室', '烧杯', '量筒', '溶液', '玻璃容器', '反应设备', '通风橱', '报警仪', '交接班室', '宿舍', '台灯', '办公桌', '室内', '屋里']],
  ['workshop', ['车间', '机床', '零件', '技术工人', '生产一线', '摄像机', '拍客', '摄制组', '补光灯', '短视频', '录像', '手机']],
  ['chemplant', ['化工', '槽罐车', '卸车', '液氯', '储罐', '管廊', '管道', '围堰', '计量罐', '阀门', '防撞装置']],
  ['fallback', ['厂区', '厂房', '大棚', '蔬菜', '温室']],
];

export function scoreScenes(input: { alt: string; caption: string; place: string }): Array<[SceneName, number]> {
  // what is seen through a window is not where the picture was taken
  const outside = /窗外[^，。；,;]*/g;
  const text = { alt: input.alt.replace(outside, ''), caption: input.caption.replace(outside, ''), place: input.place };
  const scores: Array<[SceneName, number]> = [];
  for (const [name, words] of KEYWORDS) {
    let score = 0;
    for (const w of words) {
      // a long keyword that contains a short one (货车司机 ⊃ 货车) should not also pay the short one's score
      const weight = w.length;
      if (text.alt.includes(w)) score += 2 * weight;
      if (text.caption.includes(w)) score += weight;
      if (text.place.includes(w)) score += weight;
    }
    scores.push([name, score]);
  }
  // 货车司机 is a highway word; its 货车 must not count for the railway
  const truckDriver = ['alt', 'caption', 'place'] as const;
  for (const key of truckDriver) {
    const t = text[key];
    const n = t.split('货车司机').length - 1;
    if (n > 0) {
      const rail = scores.find(([s]) => s === 'railway')!;
      rail[1] -= n * 2 * (key === 'alt' ? 2 : 1);
    }
  }
  return scores;
}

/** For portraits: the working scene the words point to, used for the backdrop colours. */
export function backdropFor(text: string): SceneName {
  let best: SceneName = 'fallback';
  let bestScore = 0;
  for (const [name, score] of scoreScenes({ alt: text, caption: '', place: '' })) {
    if (score > bestScore) {
      best = name;
      bestScore = score;
    }
  }
  return best;
}
