import type { SiteControl, SiteScript } from '../../../lib/background/site-requests';
import { memoryStorage } from './memory-storage';

/**
 * A browser in memory: granted origins, registered scripts (rejecting what Chrome rejects: a
 * duplicate id, an unknown id) and the scripts run in tabs.
 */
export function fakeSiteControl(initial: Record<string, unknown> = {}) {
  const { storage, data } = memoryStorage(initial);
  const granted = new Set<string>();
  const scripts = new Map<string, SiteScript>();
  const injected: { tabId: number; files: string[] }[] = [];
  const control: SiteControl = {
    storage,
    permissions: {
      contains: async ({ origins }) => origins.every((o) => granted.has(o)),
      remove: async ({ origins }) => origins.map((o) => granted.delete(o)).every(Boolean),
    },
    scripting: {
      registerContentScripts: async (list) => {
        for (const s of list)
          if (scripts.has(s.id)) throw new Error(`Duplicate script ID '${s.id}'`);
        for (const s of list) scripts.set(s.id, structuredClone(s));
      },
      unregisterContentScripts: async ({ ids }) => {
        for (const id of ids)
          if (!scripts.has(id)) throw new Error(`Nonexistent script ID '${id}'`);
        for (const id of ids) scripts.delete(id);
      },
      getRegisteredContentScripts: async (filter) =>
        [...scripts.values()]
          .filter((s) => !filter?.ids || filter.ids.includes(s.id))
          .map((s) => structuredClone(s)),
      executeScript: async ({ target, files }) => {
        injected.push({ tabId: target.tabId, files });
        return [];
      },
    },
  };
  return { control, data, granted, scripts, injected };
}
