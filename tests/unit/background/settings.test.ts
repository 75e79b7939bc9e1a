import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SETTINGS,
  SETTINGS_KEY,
  SETTINGS_NOTICE_KEY,
  SETTING_NAMES,
  clearNotice,
  loadSettings,
  parseSettings,
  pendingNotice,
  repairSettings,
  saveSettings,
  updateSettings,
  type Settings,
  type SettingsStorage,
} from '../../../lib/settings/settings';
import { memoryStorage } from './memory-storage';

const CHANGED: Settings = {
  recordBrowsed: false,
  badgeMode: 'conflicts',
  siteBadgeModes: { 'reuters.com': 'off', 'blog.example.org': 'all' },
  enabledSites: ['blog.example.org'],
  disabledSites: ['rt.com'],
  retentionDays: 30,
  syncMinutes: 60,
};

describe('reading settings', () => {
  it('gives the defaults on a fresh install, and no notice', async () => {
    const { storage } = memoryStorage();
    expect(await loadSettings(storage)).toEqual(DEFAULT_SETTINGS);
    expect(await repairSettings(storage)).toEqual([]);
    expect(await pendingNotice(storage)).toEqual([]);
  });

  it('reads back every field as stored', async () => {
    const { storage } = memoryStorage({ [SETTINGS_KEY]: CHANGED });
    expect(await loadSettings(storage)).toEqual(CHANGED);
  });

  it('resets only the corrupt field and keeps the others', async () => {
    const stored = { ...CHANGED, retentionDays: 'forever', unknown: 1 };
    const { settings, reset } = parseSettings(stored);
    expect(settings).toEqual({ ...CHANGED, retentionDays: DEFAULT_SETTINGS.retentionDays });
    expect(reset).toEqual(['retentionDays']);
  });

  it('fills a field an older release never wrote, without calling it corrupt', () => {
    const { settings, reset } = parseSettings({ recordBrowsed: false });
    expect(settings).toEqual({ ...DEFAULT_SETTINGS, recordBrowsed: false });
    expect(reset).toEqual([]);
  });

  it.each([
    ['badgeMode', 'loud'],
    ['siteBadgeModes', { 'reuters.com': 'sometimes' }],
    ['siteBadgeModes', { 'Not A Host!': 'all' }],
    ['enabledSites', ['ok.example', 42]],
    ['disabledSites', 'rt.com'],
    ['retentionDays', 0],
    ['retentionDays', 3651],
    ['retentionDays', 12.5],
    ['recordBrowsed', 'no'],
  ])('resets %s holding %j to its default', (key, value) => {
    const { settings, reset } = parseSettings({ ...CHANGED, [key]: value });
    expect(reset).toEqual([key]);
    expect(settings).toEqual({ ...CHANGED, [key]: DEFAULT_SETTINGS[key as keyof Settings] });
  });

  it.each([null, 'on', 42, []])('resets everything when the stored value is %j', (stored) => {
    const { settings, reset } = parseSettings(stored);
    expect(settings).toEqual(DEFAULT_SETTINGS);
    expect(reset.sort()).toEqual(Object.keys(DEFAULT_SETTINGS).sort());
  });

  it('never hands out the shared defaults, so changing a result cannot change them', () => {
    const { settings } = parseSettings(undefined);
    settings.enabledSites.push('x.example');
    expect(DEFAULT_SETTINGS.enabledSites).toEqual([]);
  });

  it('passes a storage failure on instead of guessing', async () => {
    const storage: SettingsStorage = {
      get: () => Promise.reject(new Error('quota')),
      set: () => Promise.resolve(),
    };
    await expect(loadSettings(storage)).rejects.toThrow('quota');
  });
});

describe('the one-time notice about reset settings', () => {
  it('is written by a repair, shown once, and not written again', async () => {
    const { storage, data } = memoryStorage({
      [SETTINGS_KEY]: { ...CHANGED, badgeMode: 7, retentionDays: -1 },
    });

    expect(await repairSettings(storage)).toEqual(['badgeMode', 'retentionDays']);
    // The repaired value is stored, the good fields kept.
    expect(data.get(SETTINGS_KEY)).toEqual({
      ...CHANGED,
      badgeMode: DEFAULT_SETTINGS.badgeMode,
      retentionDays: DEFAULT_SETTINGS.retentionDays,
    });
    expect(await pendingNotice(storage)).toEqual([
      SETTING_NAMES.badgeMode,
      SETTING_NAMES.retentionDays,
    ]);

    await clearNotice(storage);
    expect(await pendingNotice(storage)).toEqual([]);
    // The stored settings are sound now: a second repair finds nothing and writes no notice.
    expect(await repairSettings(storage)).toEqual([]);
    expect(await pendingNotice(storage)).toEqual([]);
  });

  it('ignores a notice that is itself corrupt', async () => {
    const { storage } = memoryStorage({ [SETTINGS_NOTICE_KEY]: ['badgeMode', 'rm -rf'] });
    expect(await pendingNotice(storage)).toEqual([]);
  });
});

describe('saving settings', () => {
  it('stores a change, keeps the other fields and drops unknown stored keys', async () => {
    const { storage, data } = memoryStorage({ [SETTINGS_KEY]: { ...CHANGED, stale: 1 } });
    const saved = await saveSettings(storage, { badgeMode: 'off', retentionDays: 365 });
    const expected = { ...CHANGED, badgeMode: 'off', retentionDays: 365 };
    expect(saved).toEqual(expected);
    expect(data.get(SETTINGS_KEY)).toEqual(expected);
    expect(await loadSettings(storage)).toEqual(expected);
  });

  it('treats a key given as undefined as no change', async () => {
    const { storage, data } = memoryStorage({ [SETTINGS_KEY]: CHANGED });
    await saveSettings(storage, { badgeMode: undefined });
    // Strict: a stored `badgeMode: undefined` would silently become the default on the next read.
    expect(data.get(SETTINGS_KEY)).toStrictEqual(CHANGED);
  });

  it.each([
    { recordBrowsed: 'yes' },
    { badgeMode: 'loud' },
    { retentionDays: 0 },
    { retentionDays: '30' },
    { enabledSites: ['https://example.org/'] },
    { siteBadgeModes: { 'reuters.com': 'never' } },
    { somethingElse: true },
  ])('refuses %j and stores nothing', async (patch) => {
    const { storage, data } = memoryStorage({ [SETTINGS_KEY]: CHANGED });
    await expect(saveSettings(storage, patch as Partial<Settings>)).rejects.toThrow(
      /invalid settings/,
    );
    expect(data.get(SETTINGS_KEY)).toEqual(CHANGED);
    expect(data.size).toBe(1);
  });
});

describe('updating settings from what is stored now', () => {
  it('computes the change from the stored settings, not from an older copy', async () => {
    const { storage } = memoryStorage({ [SETTINGS_KEY]: CHANGED });
    await saveSettings(storage, { siteBadgeModes: { 'apnews.com': 'conflicts' } });
    const saved = await updateSettings(storage, (now) => ({
      siteBadgeModes: { ...now.siteBadgeModes, 'bbc.com': 'off' },
    }));
    expect(saved.siteBadgeModes).toEqual({ 'apnews.com': 'conflicts', 'bbc.com': 'off' });
  });
});
