/** The items before and after `item` in `list` (undefined at the ends). */
export function neighbours<T>(list: readonly T[], item: T): { previous?: T; next?: T } {
  const index = list.indexOf(item);
  if (index < 0) return {};
  return { previous: list[index - 1], next: list[index + 1] };
}
