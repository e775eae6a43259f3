/**
 * The text `npm run new` writes: a story or profile with front matter filled in
 * as far as the photos allow, `draft: true`, and every field an editor must
 * still write marked `待填写：…` (which checkContent refuses until it is replaced).
 * Pure functions, so the templates are tested without a disk.
 */

/** A photo as copied into the new folder. */
export interface NewPhoto {
  id: string;
  /** File name in the new folder, e.g. `wo-wei-zhigong-01.jpg`. */
  file: string;
  /** Name in the photographer's folder, e.g. `IMG_0412.JPG`. */
  original: string;
  /** Size as shown, after EXIF orientation. */
  width: number;
  height: number;
  /** Day taken, `YYYY-MM-DD`, from EXIF. */
  date?: string;
  /** Whether the original carries a GPS position (never written into the text). */
  hasGps: boolean;
}

/** Ids `<slug>-01`, `<slug>-02` …, wide enough that they sort in order. */
export function photoIds(slug: string, count: number): string[] {
  const width = Math.max(2, String(count).length);
  return Array.from({ length: count }, (_, i) => `${slug}-${String(i + 1).padStart(width, '0')}`);
}

/** `IMG_0412.JPEG` copied as `<id>.jpg`: lower-case extension, one spelling of JPEG. */
export function copiedName(id: string, original: string): string {
  const extension = original.slice(original.lastIndexOf('.') + 1).toLowerCase();
  return `${id}.${extension === 'jpeg' ? 'jpg' : extension}`;
}

/** `2025:10:14 08:30:00` (EXIF) → `2025-10-14`; undefined for the all-zero dates some cameras write. */
export function exifDay(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const match = /^(\d{4})[:-](\d{2})[:-](\d{2})/.exec(value.trim());
  if (!match) return undefined;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  const day = new Date(Date.UTC(y, m - 1, d));
  if (y < 1900 || day.getUTCMonth() !== m - 1 || day.getUTCDate() !== d) return undefined;
  return `${match[1]}-${match[2]}-${match[3]}`;
}

/** A YAML scalar: plain where that is safe, double-quoted (JSON is valid YAML) otherwise. */
export function yamlScalar(text: string): string {
  const plain = /^[\p{L}\p{N}（“《][^:#\n"'{}[\],&*!|>%@`]*$/u.test(text) && !/\s$/.test(text);
  return plain ? text : JSON.stringify(text);
}

const isLandscape = (photo: NewPhoto) => photo.width > photo.height;
const shape = (photo: NewPhoto) => (photo.width > photo.height ? '横幅' : photo.width < photo.height ? '竖幅' : '方形');

function header(kind: 'story' | 'worker', today: string): string {
  return `# 由 npm run new 在 ${today} 新建的${kind === 'story' ? '报道' : '人物'}草稿。怎么填：
# 1. 把每个“待填写：……”整段换成真实内容（冒号后面是提示，一起删掉）；
# 2. 以 # 开头的行是说明或可选项：要用哪一项，就删掉它行首的 # 和空格；
# 3. 运行 npm run check，按提示改到没有问题；准备上线时把最后一行 draft 的 true 改成 false。
# 每一项的写法见 docs/authoring.md。`;
}

function photosYaml(photos: NewPhoto[], workerSlug?: string): string {
  const lines = [
    'photos:',
    '  # alt 写照片里看得见什么（给看不见照片的读者），caption 是印在照片下的说明，credit 是署名。',
    '  # 第一张署名后的 &credit 和其余照片的 *credit 表示“同上”：只改第一张，其余跟着变；',
    '  # 哪张署名不同，就把它的 *credit 换成文字。每张还可以加 place: 拍摄地点',
    ...(workerSlug ? [] : ['  # 和 workers: [照片里人物的网址名]。']),
  ];
  photos.forEach((photo, index) => {
    lines.push(
      `  - id: ${photo.id}`,
      `    file: ./${photo.file} # 原文件 ${photo.original.replace(/[\r\n]/g, ' ')}，${photo.width}×${photo.height} ${shape(photo)}`,
      '    alt: 待填写：照片里看得见什么，谁在做什么，在什么地方',
      '    caption: 待填写：图片说明',
      index === 0 ? '    credit: &credit 待填写：署名，例如 本报记者 芦男 摄' : '    credit: *credit',
      photo.date ? `    date: ${photo.date} # 拍摄日期，读自照片` : '    # date: 拍摄日期（照片里没有记录），例如 2025-10 或 2025-10-14',
    );
    if (workerSlug) lines.push(`    workers: [${workerSlug}] # 照片里有本人；没有就删掉这一行`);
  });
  return lines.join('\n');
}

/** Where the text goes around the photos: the cover full width, portrait pairs side by side, a long tail as a gallery. */
export function storyBody(photos: NewPhoto[], coverId: string): string {
  const cover = photos.find((p) => p.id === coverId)!;
  const rest = photos.filter((p) => p !== cover);
  const blocks = [`<Figure id="${cover.id}" size="full" />`, '待填写：导语。第一段交代谁、在哪里、做了什么。'];
  const gallery = rest.length > 6 ? rest.splice(4) : [];
  for (let i = 0; i < rest.length; i++) {
    const photo = rest[i]!;
    const next = rest[i + 1];
    if (next && !isLandscape(photo) && !isLandscape(next)) {
      blocks.push(`<Pair ids={["${photo.id}", "${next.id}"]} />`);
      i++;
    } else {
      blocks.push(`<Figure id="${photo.id}" />`);
    }
    blocks.push('待填写：正文。照片之间写几段话；照片的位置和排法都可以调整，见 docs/authoring.md。');
  }
  if (gallery.length) blocks.push(`<Gallery ids={[${gallery.map((p) => `"${p.id}"`).join(', ')}]} />`);
  return blocks.join('\n\n') + '\n';
}

export function storyText(input: { slug: string; title?: string; photos: NewPhoto[]; today: string }): string {
  const { title, photos, today } = input;
  const cover = photos.find(isLandscape) ?? photos[0]!;
  return `---
${header('story', today)}
# kicker: 引题（可选）：标题上方的一行，交代背景
title: ${title ? yamlScalar(title) : '待填写：标题'}
# subtitle: 副题（可选）：标题下方的一行，补充说明
summary: 待填写：一两句话的摘要，用在列表、订阅和分享预览里
date: ${today} # 在本站发布的日期：上线那天改成当天
bylines: # 角色只能是 记者、通讯员、实习生、摄影、撰文、编辑；可以加 org: 单位
  - { role: 撰文, name: 待填写：作者姓名 }
  - { role: 摄影, name: 待填写：摄影者姓名 }
# source: # 改写自别处的报道时写明出处（可选）
#   publication: 刊物名称
#   date: "2025-10"
#   reporters: 原文署名，例如 本报记者 张世光
place: { province: 待填写：省份，例如 黑龙江 } # 可以加城市：{ province: 黑龙江, city: 大庆 }
industry: 待填写：行业，例如 铁路
tags: [] # 关键词（可选），例如 [列检员, 铁路]
workers: [] # 报道里人物的网址名（可选），例如 [chi-xiufeng]；人物页要先建好
cover: ${cover.id} # 封面照片的 id（从下面的 photos 里选）
${photosYaml(photos)}
draft: true
---

${storyBody(photos, cover.id)}`;
}

export function workerText(input: { slug: string; name?: string; photos: NewPhoto[]; today: string }): string {
  const { slug, name, photos, today } = input;
  const portrait = photos.find((p) => p.height > p.width) ?? photos[0]!;
  return `---
${header('worker', today)}
name: ${name ? yamlScalar(name) : '待填写：姓名'}
# pinyin: shan tian fang # 只在名字的拼音被读错时写（多音字姓氏，如 单 shan），音节之间空一格
role: 待填写：岗位，例如 列检员
employer: 待填写：单位全称，例如 中国铁路哈尔滨局集团有限公司
# unit: 车间或班组（可选）
place: { province: 待填写：省份，例如 黑龙江 } # 可以加城市：{ province: 黑龙江, city: 大庆 }
industry: 待填写：行业，例如 铁路
# startYear: 1993 # 参加工作的年份（可选）；和下面的工龄只写一个
# yearsOfService: 30 # 报道里说的工龄（可选），例如“30余年”写 30
# honours: # 荣誉（可选），最重要的在前
#   - { title: 全国劳动模范, year: 2020, awardedBy: 中华全国总工会 }
# quote: 本人说过的一句话（可选），照报道原话
summary: 待填写：一句话介绍，用在列表和分享预览里
portrait: ${portrait.id} # 肖像照片的 id（从下面的 photos 里选）
${photosYaml(photos, slug)}
draft: true
---

待填写：人物介绍。几段话讲清楚本人做什么工作、做了多少年、有什么故事。
`;
}
