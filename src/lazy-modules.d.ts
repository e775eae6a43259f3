/** `import url from './module.ts?lazy'`: the built address of module.ts (src/integrations/lazy-modules.ts). */
declare module '*?lazy' {
  const url: string;
  export default url;
}
