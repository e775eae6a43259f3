import path from 'node:path';
import type { Plugin } from 'vite';

const suffix = '?lazy';
const marker = '\0dingge-lazy:';

/**
 * `import url from './module.ts?lazy'` builds module.ts as a chunk of its own and
 * gives its final address (base path included), for an `import(url)` later on.
 *
 * Why not a plain `import('./module.ts')`: Vite wraps every literal dynamic import
 * in its preload helper, about 0.9 KB gzipped, even with `build.modulePreload: false`
 * (vitejs/vite#18551). A page whose only script is a click or focus listener should
 * not carry it. The modules loaded this way import no CSS (Vite attaches a chunk's
 * CSS through that helper); their styles are page CSS or linked by the module.
 */
export function lazyModules(): Plugin {
  let command: 'build' | 'serve' = 'build';
  let base = '/';
  return {
    name: 'dingge:lazy-modules',
    // Before Vite's resolver, which would take the query for its own and load the file as it is.
    enforce: 'pre',
    configResolved(config) {
      command = config.command;
      base = config.base;
    },
    async resolveId(source, importer) {
      if (!source.endsWith(suffix)) return null;
      const target = await this.resolve(source.slice(0, -suffix.length), importer, { skipSelf: true });
      if (!target) throw new Error(`${importer ?? ''}: cannot find ${source}`);
      return marker + target.id;
    },
    load(id) {
      if (!id.startsWith(marker)) return null;
      const file = id.slice(marker.length);
      // The dev server compiles any project file on request.
      if (command === 'serve') return `export default ${JSON.stringify(path.posix.join(base, '@fs', file))};`;
      const name = path.basename(file).replace(/\.[^.]+$/, '');
      const reference = this.emitFile({ type: 'chunk', id: file, name });
      // Vite's own resolveFileUrl hook turns this into `base + file name`.
      return `export default import.meta.ROLLUP_FILE_URL_${reference};`;
    },
  };
}
