/** Variables whose values are meant to appear in pages. */
const isPublic = (name: string) => name === 'SITE_URL' || name === 'BASE_PATH' || name.startsWith('npm_package_');

/**
 * Environment values that must never reach an output file: long enough to be
 * unmistakable (short ones like `1` or `true` would match by chance) and not
 * public (SITE_URL, BASE_PATH, and npm's copies of package.json fields).
 */
export function envLeaks(env: Record<string, string | undefined>): { name: string; value: string }[] {
  return Object.entries(env)
    .filter((entry): entry is [string, string] => typeof entry[1] === 'string')
    .filter(([name, value]) => !isPublic(name) && value.length >= 16 && !/\s/.test(value))
    .map(([name, value]) => ({ name, value }));
}
