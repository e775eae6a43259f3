import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { storyEntry, workerEntry, writeSite } from './fixture-site';

/**
 * A small site where a family asked for two photos to be taken down, each with
 * `withdrawn: true` on the photo: a story's cover (placed by a Figure and in a
 * Pair) and a profile's portrait. Each has words and a colour found nowhere
 * else, so any trace of them can be searched for; site.yaml sets a contact.
 */
export const withdrawnProbe = { caption: 'zqxphotoprobe琥珀车间', alt: '翡翠色的撤下画面', portraitCaption: 'zqxportraitprobe' };
export const withdrawnColours = { withdrawn: '#e0177a', portrait: '#17e0d0', next: '#2050e0' };
export const withdrawnIds = ['test-story-a', 'zhang-san-portrait'];

/** Writes the site under `root/content` and returns that folder. */
export async function writeWithdrawnSite(root: string): Promise<string> {
  const probe = withdrawnProbe;
  const worker = workerEntry('zhang-san', '张三');
  // The portrait is withdrawn; a second photo takes its place.
  worker.frontMatter = worker.frontMatter
    .replace(`caption: 张三在车间门口。`, `caption: ${probe.portraitCaption}\n    withdrawn: true`)
    .concat(
      `  - id: zhang-san-second\n    file: ./second.jpg\n    alt: 张三在检修线上\n    caption: 张三在检修线上。\n    credit: 定格编辑部 制图\n`,
    );
  worker.images = { 'portrait.jpg': withdrawnColours.portrait, 'second.jpg': '#556677' };
  const story = storyEntry('test-story', '公开的故事', ['zhang-san']);
  // Photo a is the cover, placed by a Figure and in a Pair with c: it is withdrawn.
  story.frontMatter = story.frontMatter
    .replace(
      '{ id: test-story-a, file: ./a.jpg, alt: 清晨的站台上停着货车, caption: 清晨的站台。, credit: 定格编辑部 制图, sample: true }',
      `{ id: test-story-a, file: ./a.jpg, alt: ${probe.alt}, caption: ${probe.caption}, credit: 定格编辑部 制图, sample: true, workers: [zhang-san], withdrawn: true }`,
    )
    .concat('  - { id: test-story-c, file: ./c.jpg, alt: 车站的钟, caption: 车站的钟。, credit: 定格编辑部 制图 }\n');
  story.body += '\n<Pair ids={["test-story-a", "test-story-c"]} />\n';
  story.images = { 'a.jpg': withdrawnColours.withdrawn, 'b.jpg': withdrawnColours.next, 'c.jpg': '#887755' };
  const content = await writeSite(root, [worker, story]);
  await writeFile(path.join(content, 'site.yaml'), 'contact:\n  name: 定格编辑部\n  email: bianjibu@example.org\n');
  return content;
}
