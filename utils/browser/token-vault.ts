import { browser } from 'wxt/browser';

/**
 * Tokens the user gave for token mode, by instance base, in the extension origin's IndexedDB.
 * Not `storage.local`: content scripts can read that, and they run inside GitLab's pages. An
 * IndexedDB database belongs to the origin that opened it, so only Scopewise's own pages and its
 * worker (both on the extension's origin) can open this one, and it survives browser restarts,
 * which `storage.session` would not. Never synced, never cached, sent only to its own instance.
 */
const DATABASE = 'scopewise-secrets';
const STORE = 'instance-tokens';
/** Where earlier versions kept the tokens: moved here, then deleted, on first use. */
const LEGACY_STORAGE_KEY = 'instanceTokens';

function open(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DATABASE, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

async function transact<T>(mode: IDBTransactionMode, work: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  const database = await open();
  try {
    return await new Promise<T>((resolve, reject) => {
      const transaction = database.transaction(STORE, mode);
      const request = work(transaction.objectStore(STORE));
      transaction.oncomplete = () => resolve(request.result);
      transaction.onerror = () => reject(transaction.error);
      transaction.onabort = () => reject(transaction.error);
    });
  } finally {
    database.close();
  }
}

/**
 * Moves tokens an earlier version left in `storage.local` into the vault, then deletes them there.
 * Checked on every use (one small read): an update can bring the old key at any time.
 */
async function migrateFromStorageLocal(): Promise<void> {
  const stored = (await browser.storage.local.get(LEGACY_STORAGE_KEY))[LEGACY_STORAGE_KEY];
  if (stored === undefined) return;
  if (typeof stored === 'object' && stored !== null) {
    for (const [base, token] of Object.entries(stored as Record<string, unknown>)) {
      const kept = await transact('readonly', (store) => store.get(base));
      if (typeof token === 'string' && token && kept === undefined)
        await transact('readwrite', (store) => store.put(token, base));
    }
  }
  await browser.storage.local.remove(LEGACY_STORAGE_KEY);
}

export async function tokenFor(base: string): Promise<string | undefined> {
  await migrateFromStorageLocal();
  const token: unknown = await transact('readonly', (store) => store.get(base));
  return typeof token === 'string' ? token : undefined;
}

/** Saves the token for `base`, or deletes it when `token` is undefined. */
export async function setToken(base: string, token: string | undefined): Promise<void> {
  await migrateFromStorageLocal();
  if (token) await transact('readwrite', (store) => store.put(token, base));
  else await transact('readwrite', (store) => store.delete(base));
}
