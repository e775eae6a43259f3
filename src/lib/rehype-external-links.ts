/** The parts of a HAST tree this plugin touches. */
interface HastNode {
  type: string;
  tagName?: string;
  properties?: Record<string, unknown>;
  children?: HastNode[];
}

/**
 * Marks links to other sites in Markdown and MDX with `rel="noopener noreferrer"`,
 * so the other site gets no handle on ours and no referrer.
 */
export function rehypeExternalLinks() {
  return (tree: HastNode) => {
    const visit = (node: HastNode) => {
      if (node.type === 'element' && node.tagName === 'a') {
        const href = String(node.properties?.href ?? '');
        if (/^(?:https?:)?\/\//i.test(href)) node.properties = { ...node.properties, rel: ['noopener', 'noreferrer'] };
      }
      node.children?.forEach(visit);
    };
    visit(tree);
  };
}
