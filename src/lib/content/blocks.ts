/**
 * The photos a story's body places, read from the MDX syntax tree (remark-mdx,
 * the parser @astrojs/mdx itself uses), so a block inside a comment does not
 * count and `id={"x"}` is read like `id="x"`.
 */
import type { Expression } from 'estree';
import type { MdxJsxAttribute, MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';

/** The MDX blocks that place photos, and the attribute that names them. */
const photoBlocks: Record<string, 'id' | 'ids'> = { Figure: 'id', Pair: 'ids', Gallery: 'ids' };

/** A body that is not valid MDX, with the line the parser stopped at. */
export class MdxSyntaxError extends Error {
  readonly line: number | undefined;
  constructor(message: string, line: number | undefined) {
    super(message);
    this.name = 'MdxSyntaxError';
    this.line = line;
  }
}

const parser = unified().use(remarkParse).use(remarkMdx);

/** String literals of an attribute expression: `"a"` or `["a", "b"]`; anything computed is not read. */
function literals(expression: Expression | undefined): string[] {
  if (expression?.type === 'Literal' && typeof expression.value === 'string') return [expression.value];
  if (expression?.type === 'ArrayExpression') {
    return expression.elements.flatMap((element) => (element && element.type !== 'SpreadElement' ? literals(element) : []));
  }
  return [];
}

function attributeIds(attribute: MdxJsxAttribute): string[] {
  const { value } = attribute;
  if (typeof value === 'string') return [value];
  const program = value?.data?.estree;
  const statement = program?.body[0];
  return statement?.type === 'ExpressionStatement' ? literals(statement.expression) : [];
}

/**
 * Photo ids placed by the blocks of an MDX body, in order of appearance:
 * `<Figure id="a" />`, `<Pair ids={["a", "b"]} />`, `<Gallery ids={["a", "b", "c"]} />`.
 * Throws MdxSyntaxError when the body cannot be parsed.
 */
export function blockPhotoIds(body: string): string[] {
  let tree;
  try {
    tree = parser.parse(body);
  } catch (error) {
    const place = (error as { line?: number }).line;
    throw new MdxSyntaxError((error as Error).message, place);
  }
  const ids: string[] = [];
  visit(tree, (node) => {
    if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return;
    const element = node as MdxJsxFlowElement | MdxJsxTextElement;
    const wanted = element.name ? photoBlocks[element.name] : undefined;
    if (!wanted) return;
    for (const attribute of element.attributes) {
      if (attribute.type === 'mdxJsxAttribute' && attribute.name === wanted) ids.push(...attributeIds(attribute));
    }
  });
  return ids;
}
