import { isUsablePreset, type PresetFields } from '../catalog/preset-rules';
import { type ExpiryBounds, parseBoundDate } from '../dates';
import { RECREATE_HASH_PREFIX } from './prefill';
import { BOUNDS_MOUNTS } from './selectors';

const BOUNDS_SELECTOR = BOUNDS_MOUNTS.join(',');

/** The fragment Scopewise's 19.x preset menu adds to legacy/new links; never sent to GitLab. */
export const PRESET_HASH_PREFIX = '#scopewise-preset=';

export interface EarlyCapture {
  /** Expiry bounds GitLab rendered on its mount elements before its Vue app replaced them. */
  readonly bounds: ExpiryBounds;
  /** The preset a Scopewise menu link asked for, read before GitLab's router rewrites the URL. */
  readonly pendingPresetId: string | undefined;
  /** The token a popup "Recreate" link carries, as a preset of its own fields (validated as stored presets are). */
  readonly pendingRecreate: PresetFields | undefined;
  stop(): void;
}

/** A malformed fragment (`%E0…`) is no preset: it must not stop Scopewise on the page. */
function decodedOrUndefined(text: string): string | undefined {
  try {
    return decodeURIComponent(text);
  } catch {
    return undefined;
  }
}

/** A project or group form's recreate fragment (see `resourceRecreateUrl`), if it is a usable preset. */
function recreatePreset(hash: string): PresetFields | undefined {
  const text = hash.startsWith(RECREATE_HASH_PREFIX) && decodedOrUndefined(hash.slice(RECREATE_HASH_PREFIX.length));
  if (!text) return undefined;
  const fields = new URLSearchParams(text);
  const candidate = {
    id: 'recreate',
    name: fields.get('name') ?? '',
    description: fields.get('description') ?? '',
    scopes: (fields.get('scopes') ?? '').split(',').filter(Boolean),
    role: fields.get('role'),
    lifetimeDays: Number(fields.get('days')),
    source: 'https://docs.gitlab.com/user/project/settings/project_access_tokens/',
  };
  return isUsablePreset(candidate) && candidate.name ? candidate : undefined;
}

function readBounds(element: Element, bounds: ExpiryBounds): void {
  const data = (element as HTMLElement).dataset;
  // HAML's `data-min-date`/`data-max-date` reach Pikaday as `new Date(value)`; the Vue apps'
  // `data-access-token-*` dates through `setUTCTime`.
  const haml = data.minDate !== undefined || data.maxDate !== undefined;
  const reading = haml ? 'instant' : 'utc-midnight';
  const min = parseBoundDate(haml ? data.minDate : data.accessTokenMinDate, 'min', reading);
  const max = parseBoundDate(haml ? data.maxDate : data.accessTokenMaxDate, 'max', reading);
  if (min) bounds.min = min;
  if (max) bounds.max = max;
}

/**
 * Started at document_start. GitLab's `new Vue({ el })` replaces the elements that carry the
 * expiry bounds (`data-min-date`/`data-max-date`, `data-access-token-max-date`), so they are read
 * as the parser inserts them. Observer callbacks run between parser tasks, before GitLab's
 * deferred scripts mount anything.
 */
export function startEarlyCapture(doc: Document, url: string): EarlyCapture {
  const bounds: ExpiryBounds = {};
  const { hash } = new URL(url);
  const pendingPresetId = hash.startsWith(PRESET_HASH_PREFIX)
    ? decodedOrUndefined(hash.slice(PRESET_HASH_PREFIX.length))
    : undefined;
  const pendingRecreate = recreatePreset(hash);
  const scan = (root: ParentNode) => {
    for (const element of root.querySelectorAll(BOUNDS_SELECTOR)) readBounds(element, bounds);
  };
  scan(doc);
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (node.nodeType !== Node.ELEMENT_NODE) continue;
        const element = node as Element;
        if (element.matches(BOUNDS_SELECTOR)) readBounds(element, bounds);
        if (element.firstElementChild) scan(element);
      }
    }
  });
  observer.observe(doc, { childList: true, subtree: true });
  return {
    bounds,
    pendingPresetId,
    pendingRecreate,
    stop() {
      // Whatever the parser delivered last, in case the observer had not run yet.
      observer.takeRecords();
      scan(doc);
      observer.disconnect();
    },
  };
}
