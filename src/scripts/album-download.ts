/**
 * “下载全部照片” on a worker page: every clean original of the list below the
 * button, in one ZIP named after the person, each file under the name the
 * list gives it. Loaded on the first tap (src/components/photo/DownloadAll.astro).
 *
 * The ZIP is made here, from the originals already published: nothing extra is
 * stored on the site. It streams (client-zip, files stored as they are, JPEG
 * does not compress): each original is fetched while the one before is written.
 * Where the browser can write a file as it goes (the File System Access API:
 * Chrome and Edge on computers), the ZIP goes straight to disk and a phone's
 * memory never holds it; elsewhere it is gathered as a Blob (which Chrome keeps
 * on disk once large) and saved as a download.
 */
import { downloadZip, predictLength } from 'client-zip';

interface AlbumFile {
  url: string;
  name: string;
  size: number;
}

/** The part of the File System Access API used here (not yet in TypeScript's DOM types). */
interface SaveFilePicker {
  showSaveFilePicker(options: {
    suggestedName: string;
    types: { description: string; accept: Record<string, string[]> }[];
  }): Promise<{ createWritable(): Promise<WritableStream<Uint8Array>> }>;
}

let running = false;

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** Where the ZIP goes: a file the visitor picked (written as it streams), or, without one, a Blob download. */
async function destination(name: string): Promise<WritableStream<Uint8Array> | 'blob' | 'cancelled'> {
  const picker = (window as Partial<SaveFilePicker>).showSaveFilePicker;
  if (!picker) return 'blob';
  try {
    const handle = await picker({ suggestedName: name, types: [{ description: 'ZIP', accept: { 'application/zip': ['.zip'] } }] });
    return await handle.createWritable();
  } catch (error) {
    if ((error as Error).name === 'AbortError') return 'cancelled';
    // No picker here after all (no user gesture left, a policy, an embedded frame): a download, then.
    return 'blob';
  }
}

function saveBlob(blob: Blob, name: string) {
  const url = URL.createObjectURL(blob);
  const link = Object.assign(document.createElement('a'), { href: url, download: name });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** Builds and saves the album of the section holding `button`; ignores taps while one is being made. */
export async function start(button: HTMLElement) {
  const section = button.closest('section')!;
  const status = section.querySelector<HTMLElement>('[data-album-status]')!;
  const progress = section.querySelector<HTMLProgressElement>('[data-album-progress]')!;
  // WeChat's browser saves no downloads: say how to open the page in the phone's own browser.
  if (/MicroMessenger/i.test(navigator.userAgent)) {
    section.querySelector<HTMLElement>('[data-album-wechat]')!.hidden = false;
    return;
  }
  if (running) return;
  const name = button.dataset.zipName!;
  const files: AlbumFile[] = [...section.querySelectorAll<HTMLAnchorElement>('a[download][data-bytes]')].map((a) => ({
    url: a.href,
    name: a.download,
    size: Number(a.dataset.bytes),
  }));
  const total = Number(predictLength(files.map(({ name, size }) => ({ name, size }))));
  const target = await destination(name);
  if (target === 'cancelled') return;

  running = true;
  button.setAttribute('aria-disabled', 'true');
  progress.value = 0;
  progress.hidden = false;
  let fetched = 0;
  let written = 0;
  const report = () => {
    progress.value = written / total;
    status.textContent = `正在打包：第 ${Math.max(1, fetched)} 张，共 ${files.length} 张（${Math.floor((written / total) * 100)}%）`;
  };
  report();

  async function* originals() {
    for (const file of files) {
      const response = await fetch(file.url);
      if (!response.ok) throw new Error(`${response.status} ${file.url}`);
      fetched++;
      report();
      yield { input: response, name: file.name, size: file.size };
    }
  }
  const zip = downloadZip(originals(), { length: total }).body!.pipeThrough(
    new TransformStream<Uint8Array, Uint8Array>({
      transform(chunk, controller) {
        written += chunk.byteLength;
        report();
        controller.enqueue(chunk);
      },
    }),
  );
  try {
    if (target === 'blob') saveBlob(await new Response(zip, { headers: { 'Content-Type': 'application/zip' } }).blob(), name);
    else await zip.pipeTo(target);
    status.textContent = `已保存 ${name}：${files.length} 张照片，${megabytes(total)}`;
  } catch {
    status.textContent = '没能打包完成（网络断了，或手机空间不够）。可以稍后再试，或在下面逐张下载。';
  } finally {
    running = false;
    progress.hidden = true;
    button.removeAttribute('aria-disabled');
  }
}
