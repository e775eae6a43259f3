/**
 * Writes a generated content folder for scale tests: N worker profiles with M
 * photos each, some stories about them, optionally a few drafts. Point the
 * build at it with CONTENT_DIR; never write it into content/.
 *
 *   node scripts/generate-scale-site.ts --workers 2000 --photos-per-worker 1 --out /tmp/scale/content
 *     [--stories 100] [--drafts 0] [--seed 1]
 *
 * Names, places and employers are drawn from short lists with a seeded random
 * generator, so the same arguments always give the same site. Photos are tiny
 * JPEGs in a handful of colours (the image cache encodes each colour once).
 * Every draft carries the words “琥珀灯塔” and its own serial, which no published
 * page contains: tests search for them to prove drafts never reach the index.
 *
 * Share posters are drawn with font subsets holding only the sample content's
 * characters (assets/fonts/, see scripts/subset-font.ts), and the build refuses
 * text they cannot draw. So names and story titles (bold on posters) use only
 * characters both subsets hold, and other text that posters print drops any
 * Chinese character the regular subset lacks.
 */
import { existsSync, readdirSync } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import * as fontkit from 'fontkit';
import sharp from 'sharp';
import { slugFromName } from '../src/lib/names.ts';
import { faceFiles, type Weight } from '../src/lib/share/fonts.ts';
import { rng } from '../tools/sample-photos/svg.ts';

/** The words only drafts contain. */
export const draftMarker = '琥珀灯塔';

const surnames =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤';
const givenChars =
  '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉萍红玲建国文辉力鹏飞宇浩凯志海峰波斌宁春晓云彬雪梅林兰凤琴丹荣新亮成龙振东晨旭阳俊德庆安';
const places: { province: string; cities: string[] }[] = [
  { province: '黑龙江', cities: ['哈尔滨', '大庆', '齐齐哈尔', '牡丹江'] },
  { province: '辽宁', cities: ['沈阳', '大连', '营口', '盘锦', '鞍山'] },
  { province: '甘肃', cities: ['兰州', '嘉峪关', '金昌', '天水', '敦煌'] },
  { province: '广东', cities: ['广州', '深圳', '佛山', '东莞'] },
  { province: '山东', cities: ['济南', '青岛', '潍坊', '烟台'] },
  { province: '内蒙古', cities: ['呼和浩特', '包头', '鄂尔多斯'] },
  { province: '新疆', cities: ['乌鲁木齐', '石河子', '克拉玛依'] },
  { province: '天津', cities: ['滨海新区', '西青'] },
  { province: '四川', cities: ['成都', '绵阳', '攀枝花'] },
  { province: '湖北', cities: ['武汉', '宜昌', '十堰'] },
];
const trades: { industry: string; roles: string[]; employers: string[]; units: string[] }[] = [
  {
    industry: '铁路',
    roles: ['列检员', '调车员', '线路工', '信号工'],
    employers: ['国铁集团所属铁路局', '地方铁路公司'],
    units: ['运用车间', '工务段', '电务段'],
  },
  {
    industry: '钢铁',
    roles: ['炼钢工', '轧钢工', '焊工', '天车工'],
    employers: ['钢铁集团股份公司', '特钢有限公司'],
    units: ['炼钢厂', '热轧厂', '能源中心'],
  },
  {
    industry: '化工',
    roles: ['中控操作员', '化工总控工', '安全员'],
    employers: ['化工科技有限公司', '新材料股份有限公司'],
    units: ['净化车间', '合成车间', '储运车间'],
  },
  { industry: '快递', roles: ['快递员', '分拣员', '网点负责人'], employers: ['速递公司', '物流公司'], units: ['城区网点', '分拨中心'] },
  {
    industry: '建筑',
    roles: ['钢筋工', '架子工', '塔吊司机', '混凝土工'],
    employers: ['建工集团', '建设工程有限公司'],
    units: ['项目部', '施工队'],
  },
  { industry: '石油', roles: ['采油工', '注水工', '运维组长'], employers: ['油田分公司', '石油化工公司'], units: ['第二采油厂', '作业区'] },
  {
    industry: '电力',
    roles: ['变电运维工', '配电线路工', '输电检修工'],
    employers: ['供电公司', '电力建设公司'],
    units: ['运维班', '检修班'],
  },
  { industry: '交通运输', roles: ['货车司机', '公交司机', '船员'], employers: ['运输集团', '公交公司'], units: ['车队', '船队'] },
];
const honourTitles = ['全国劳动模范', '全国五一劳动奖章', '大国工匠', '陇原工匠', '齐鲁工匠', '省劳动模范', '技术能手'];
const colours = ['#6b4f3a', '#3d5a6c', '#8a6d3b', '#4a6b4f', '#7a3e3e', '#5c5470', '#2f4858', '#8c7a5b'];

/** Characters outside ASCII: the ones a font subset may lack. */
const wide = /[^\x00-\x7f]/;

/** The Chinese characters each weight of the poster font holds, or undefined when there are no fonts. */
function posterCoverage(dir = 'assets/fonts'): { regular: Set<string>; bold: Set<string> } | undefined {
  if (!existsSync(dir)) return undefined;
  const load = (weight: Weight) => {
    const chars = new Set<string>();
    for (const file of faceFiles(readdirSync(dir), weight)) {
      const font = fontkit.openSync(path.join(dir, file)) as fontkit.Font;
      for (const codePoint of font.characterSet) chars.add(String.fromCodePoint(codePoint));
    }
    return chars;
  };
  const [regular, bold] = [load(400), load(700)];
  return regular.size && bold.size ? { regular, bold } : undefined;
}

/** A seeded generator (the sample photos' mulberry32): the same seed always gives the same site. */
function random(seed: number) {
  const { next } = rng(seed);
  const pick = <T>(list: readonly T[] | string): T => list[Math.floor(next() * list.length)] as T;
  return { next, pick };
}

interface GeneratedWorker {
  slug: string;
  name: string;
  province: string;
  city: string;
  industry: string;
}

/** YAML-safe quoting for one-line strings (JSON strings are valid YAML). */
const q = (value: string) => JSON.stringify(value);

export interface ScaleOptions {
  workers: number;
  photosPerWorker: number;
  stories: number;
  drafts: number;
  seed: number;
  out: string;
}

export async function generateScaleSite(options: ScaleOptions): Promise<{ workers: GeneratedWorker[]; files: number }> {
  const { next, pick } = random(options.seed);
  const out = path.resolve(options.out);
  const coverage = posterCoverage();
  const inBoth = (c: string) => !coverage || (coverage.regular.has(c) && coverage.bold.has(c));
  /** Text a poster prints in the regular weight: characters the font lacks are dropped. */
  const printable = (text: string) => (coverage ? [...text].filter((c) => !wide.test(c) || coverage.regular.has(c)).join('') : text);
  const nameSurnames = [...surnames].filter(inBoth);
  const nameChars = [...givenChars].filter(inBoth);
  if (nameSurnames.length < 5 || nameChars.length < 10) throw new Error('海报字体里能用来起名字的字太少：运行 npm run fonts 后再试');
  /** The entries a poster can print whole; if none, all of them with what it cannot print dropped. */
  const usable = (list: readonly string[]) => {
    const whole = list.filter((entry) => printable(entry) === entry);
    return whole.length ? whole : list.map(printable).filter(Boolean);
  };
  const sites = places
    .map((p) => ({ province: p.province, cities: p.cities.filter((city) => printable(city) === city) }))
    .filter((p) => p.cities.length > 0);
  const jobs = trades.map((t) => ({ ...t, roles: usable(t.roles), employers: usable(t.employers), units: usable(t.units) }));
  await rm(out, { recursive: true, force: true });
  // Every photo gets its own bytes (a unique shade): the image pipeline keys its
  // cache by content, and a real site has no two identical photos either.
  let shade = 0;
  const jpeg = (colour: number) => {
    const n = shade++;
    const [r, g, b] = [1, 3, 5].map((at) => parseInt(colours[colour]!.slice(at, at + 2), 16));
    const background = { r: r!, g: (g! + (n % 64)) % 256, b: (b! + Math.floor(n / 64)) % 256 };
    return sharp({ create: { width: 96, height: 72, channels: 3, background } })
      .jpeg({ quality: 70 })
      .toBuffer();
  };
  let files = 0;
  const write = async (file: string, data: string | Buffer) => {
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, data);
    files++;
  };

  const workers: GeneratedWorker[] = [];
  const total = options.workers + options.drafts;
  for (let i = 0; i < total; i++) {
    const draft = i >= options.workers;
    // Drafts get no poster, so their text (and the marker) is kept whole.
    const print = draft ? (text: string) => text : printable;
    const name = pick(nameSurnames) + pick(nameChars) + (next() < 0.7 ? pick(nameChars) : '');
    const slug = `${slugFromName(name)}-${i + 1}`;
    const { province, cities } = pick(sites);
    const city = pick(cities);
    const trade = pick(jobs);
    const role = pick(trade.roles);
    const employer = `${city}${pick(trade.employers)}`;
    const unit = pick(trade.units);
    const startYear = 1985 + Math.floor(next() * 35);
    const honours = next() < 0.3 ? [{ title: pick(honourTitles), year: 2010 + Math.floor(next() * 15) }] : [];
    const year = 2020 + Math.floor(next() * 6);
    const photos = Array.from({ length: Math.max(1, options.photosPerWorker) }, (_, p) => ({
      id: `${slug}-${p + 1}`,
      file: `./${slug}-${p + 1}.jpg`,
      colour: Math.floor(next() * colours.length),
    }));
    const marker = draft ? `${draftMarker}${i + 1}号` : '';
    const summary = `${employer}${unit}的${role}，从${startYear}年起干这一行${marker ? `。${marker}` : ''}。`;
    const front = [
      '---',
      `name: ${q(name)}`,
      `role: ${q(print(role))}`,
      `employer: ${q(print(employer))}`,
      `unit: ${q(unit)}`,
      `place: { province: ${q(province)}, city: ${q(city)} }`,
      `industry: ${q(trade.industry)}`,
      `startYear: ${startYear}`,
      honours.length ? `honours:\n${honours.map((h) => `  - { title: ${q(h.title)}, year: ${h.year} }`).join('\n')}` : 'honours: []',
      `summary: ${q(print(summary))}`,
      `portrait: ${photos[0]!.id}`,
      'photos:',
      ...photos.flatMap((photo, p) => [
        `  - id: ${photo.id}`,
        `    file: ${photo.file}`,
        `    alt: ${q(`${role}${name}在${unit}工作的示例图片${p ? `（第${p + 1}张）` : ''}，画面是一块纯色。`)}`,
        `    caption: ${q(print(`${name}在${city}${unit}${p ? `，第${p + 1}张` : ''}。${marker}`))}`,
        `    credit: 定格编辑部 制图`,
        `    sample: true`,
        `    date: "${year}"`,
        `    place: ${q(print(`${province}${city}`))}`,
        `    workers: [${slug}]`,
      ]),
      `draft: ${draft}`,
      '---',
      '',
      `${name}是${employer}${unit}的${role}。${startYear}年入行以来，${name}一直在${city}的一线岗位上。${marker}`,
      '',
      honours.length
        ? `${honours[0]!.year}年，${name}获得“${honours[0]!.title}”称号。同事们说，${name}干活细、肯钻研。`
        : `同事们说，${name}干活细、肯钻研，遇到难题总是第一个站出来。`,
      '',
    ].join('\n');
    const folder = path.join(out, 'workers', slug);
    await write(path.join(folder, 'index.md'), front);
    for (const photo of photos) await write(path.join(folder, photo.file), await jpeg(photo.colour));
    if (!draft) workers.push({ slug, name, province, city, industry: trade.industry });
  }

  for (let s = 0; s < options.stories && workers.length; s++) {
    const slug = `gushi-${s + 1}`;
    const cast = Array.from({ length: 1 + Math.floor(next() * 3) }, () => pick(workers)).filter((w, i, all) => all.indexOf(w) === i);
    const lead = cast[0]!;
    const date = `${2020 + Math.floor(next() * 6)}-${String(1 + Math.floor(next() * 12)).padStart(2, '0')}-${String(1 + Math.floor(next() * 28)).padStart(2, '0')}`;
    const names = cast.map((w) => w.name).join('、');
    const fullTitle = `${lead.city}的${lead.industry}人：${names}`;
    const front = [
      '---',
      // Headlines are bold on posters: the bold subset holds the names, and few other characters.
      `title: ${q([...fullTitle].every((c) => !wide.test(c) || inBoth(c)) ? fullTitle : cast.map((w) => w.name).join(' '))}`,
      `summary: ${q(printable(`${lead.city}${lead.industry}一线职工${names}的故事。`))}`,
      `date: ${date}`,
      'bylines:',
      '  - { role: 撰文, name: 定格编辑部 }',
      `place: { province: ${q(lead.province)}, city: ${q(lead.city)} }`,
      `industry: ${q(lead.industry)}`,
      `tags: [${q(lead.industry)}, 一线职工]`,
      `workers: [${cast.map((w) => w.slug).join(', ')}]`,
      `cover: ${slug}-cover`,
      'photos:',
      `  - id: ${slug}-cover`,
      `    file: ./${slug}-cover.jpg`,
      `    alt: ${q(`${names}在工作现场的示例图片，画面是一块纯色。`)}`,
      `    caption: ${q(printable(`${names}在${lead.city}的工作现场。`))}`,
      '    credit: 定格编辑部 制图',
      '    sample: true',
      `    date: "${date.slice(0, 4)}"`,
      // One person per photo: a poster joins several names with “、”, which the bold subset lacks.
      `    workers: [${lead.slug}]`,
      'draft: false',
      '---',
      '',
      `<Figure id="${slug}-cover" />`,
      '',
      `在${lead.province}${lead.city}，${names}每天早早来到岗位。这是一篇为规模测试生成的示例报道。`,
      '',
    ].join('\n');
    const folder = path.join(out, 'stories', slug);
    await write(path.join(folder, 'index.mdx'), front);
    await write(path.join(folder, `${slug}-cover.jpg`), await jpeg(s % colours.length));
  }
  return { workers, files };
}

if (import.meta.main) {
  const { values } = parseArgs({
    options: {
      workers: { type: 'string', default: '2000' },
      'photos-per-worker': { type: 'string', default: '1' },
      stories: { type: 'string' },
      drafts: { type: 'string', default: '0' },
      seed: { type: 'string', default: '1' },
      out: { type: 'string' },
    },
  });
  if (!values.out) {
    console.error('用法：node scripts/generate-scale-site.ts --workers 2000 --photos-per-worker 1 --out /tmp/scale/content');
    process.exit(2);
  }
  const out = path.resolve(values.out);
  if (out === path.resolve('content') || out.startsWith(path.resolve('content') + path.sep)) {
    console.error('不能写进 content/：请用临时文件夹，例如 /tmp/scale/content');
    process.exit(2);
  }
  const workers = Number(values.workers);
  const started = Date.now();
  const result = await generateScaleSite({
    workers,
    photosPerWorker: Number(values['photos-per-worker']),
    stories: values.stories !== undefined ? Number(values.stories) : Math.ceil(workers / 20),
    drafts: Number(values.drafts),
    seed: Number(values.seed),
    out,
  });
  console.log(
    `已生成 ${result.workers.length} 位人物、${result.files} 个文件，用时 ${((Date.now() - started) / 1000).toFixed(1)} 秒：${out}`,
  );
}
