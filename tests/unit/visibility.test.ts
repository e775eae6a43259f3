import { describe, expect, it } from 'vitest';
import { hasLiveAddress, isPublished, published, visibilityOf } from '../../src/lib/content/visibility';

describe('the one visibility rule', () => {
  it('reads draft and withdrawn', () => {
    expect(visibilityOf({ draft: false, withdrawn: false })).toBe('published');
    expect(visibilityOf({ draft: true, withdrawn: false })).toBe('draft');
    expect(visibilityOf({ draft: false, withdrawn: true })).toBe('withdrawn');
  });

  it('keeps a draft that is also marked withdrawn a draft: it was never public', () => {
    expect(visibilityOf({ draft: true, withdrawn: true })).toBe('draft');
    expect(hasLiveAddress({ draft: true, withdrawn: true })).toBe(false);
  });

  it('counts only true, so front matter as written (a string, a typo) neither hides nor shows', () => {
    expect(visibilityOf({ draft: 'yes' })).toBe('published');
    expect(visibilityOf(undefined)).toBe('published');
    expect(isPublished({ withdrawn: 'true' })).toBe(true);
  });

  it('gives withdrawn entries a live address, and drafts none', () => {
    expect(hasLiveAddress({ withdrawn: true })).toBe(true);
    expect(hasLiveAddress({ draft: true })).toBe(false);
    expect(hasLiveAddress({})).toBe(true);
  });

  it('filters lists in order', () => {
    const entries = [
      { data: { draft: true }, n: 1 },
      { data: {}, n: 2 },
      { data: { withdrawn: true }, n: 3 },
      { data: { draft: false }, n: 4 },
    ];
    expect(published(entries).map((e) => e.n)).toEqual([2, 4]);
  });
});
