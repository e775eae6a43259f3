/** The blocks a story's MDX may use without importing them. */
import Figure from './Figure.astro';
import Gallery from './Gallery.astro';
import Pair from './Pair.astro';
import PullQuote from './PullQuote.astro';

export const blocks = { Figure, Gallery, Pair, PullQuote };
