/**
 * A link Scopewise may render, inside GitLab's pages or its own: an absolute `https:` URL and
 * nothing else (no `javascript:`, `data:` or relative addresses). One rule for the options page's
 * schema and for the content scripts, which check stored presets without zod.
 */
export function isHttpsUrl(text: unknown): text is string {
  if (typeof text !== 'string') return false;
  try {
    return new URL(text).protocol === 'https:' && text.startsWith('https://');
  } catch {
    return false;
  }
}
