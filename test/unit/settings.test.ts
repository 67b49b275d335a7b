import { beforeEach, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { customPresets, defaultLifetimeDays, LIFETIME_LIMITS, loadSettings } from '../../utils/browser/storage';

beforeEach(() => {
  fakeBrowser.reset();
});

it('reads defaults from an empty store', async () => {
  expect(await loadSettings()).toEqual({
    defaultLifetimeDays: 30,
    hiddenPresetIds: [],
    customPresets: [],
    debugMode: false,
  });
});

it('keeps settings in storage.local only, never sync', async () => {
  await defaultLifetimeDays.setValue(14);
  expect(await fakeBrowser.storage.local.get('defaultLifetimeDays')).toEqual({ defaultLifetimeDays: 14 });
  expect(await fakeBrowser.storage.sync.get(null)).toEqual({});
  expect((await loadSettings()).defaultLifetimeDays).toBe(14);
});

it('falls back to defaults when the stored values are not what Scopewise wrote', async () => {
  await fakeBrowser.storage.local.set({
    defaultLifetimeDays: 'forever',
    hiddenPresetIds: 'git-clone',
    customPresets: [{ id: 'broken' }],
    debugMode: 'yes',
  });
  expect(await loadSettings()).toEqual({
    defaultLifetimeDays: 30,
    hiddenPresetIds: [],
    customPresets: [],
    debugMode: false,
  });
  // The corrupted value is left for the user to fix, not silently overwritten.
  expect(await customPresets.getValue()).toEqual([{ id: 'broken' }]);
});

it('keeps the usable custom presets of a store changed by other means, and skips the rest', async () => {
  const good = {
    id: 'custom-a',
    name: 'A',
    scopes: ['read_api'],
    description: '',
    lifetimeDays: 30,
    role: 'reporter',
    source: 'https://a.example',
  };
  await fakeBrowser.storage.local.set({
    customPresets: [
      good,
      { ...good, id: 'b', scopes: 'api' },
      null,
      { ...good, id: 'c', role: 'root' },
      // Rendered as a link inside GitLab's page: only https sources, as the options page's schema says.
      { ...good, id: 'd', source: 'javascript:alert(document.cookie)' },
      { ...good, id: 'e', source: '//attacker.example/x' },
    ],
  });
  expect((await loadSettings()).customPresets).toEqual([good]);
});

it('a stored custom preset cannot claim evidence, even when the store was changed by hand', async () => {
  await fakeBrowser.storage.local.set({
    customPresets: [
      {
        id: 'mine',
        name: 'Mine',
        scopes: ['api'],
        description: '',
        lifetimeDays: 7,
        role: 'developer',
        source: 'https://example.com',
        evidence: { kind: 'verified', client: 'git' },
      },
    ],
  });
  const [preset] = (await loadSettings()).customPresets;
  expect(preset?.id).toBe('mine');
  expect(preset).not.toHaveProperty('evidence');
});

it('reads a default lifetime within the limits the options page enforces, and only those', async () => {
  await defaultLifetimeDays.setValue(LIFETIME_LIMITS.max);
  expect((await loadSettings()).defaultLifetimeDays).toBe(LIFETIME_LIMITS.max);
  await defaultLifetimeDays.setValue(LIFETIME_LIMITS.max + 1);
  expect((await loadSettings()).defaultLifetimeDays).toBe(defaultLifetimeDays.fallback);
});
