import { describe, expect, it } from 'vitest';
import { createIdleGate } from '../../../lib/background/idle-gate';

describe('the idle gate: work that can wait gives way to work a user waits on', () => {
  it('is idle at once when nothing urgent runs', async () => {
    await expect(createIdleGate().idle()).resolves.toBeUndefined();
  });

  it('holds waiting work until every urgent piece is done, and passes their answers on', async () => {
    const gate = createIdleGate();
    let finishA!: () => void;
    let finishB!: () => void;
    const a = gate.during(() => new Promise<string>((done) => (finishA = () => done('a'))));
    const b = gate.during(() => new Promise<string>((done) => (finishB = () => done('b'))));
    let resumed = false;
    const waiting = gate.idle().then(() => (resumed = true));
    finishA();
    expect(await a).toBe('a');
    expect(resumed).toBe(false);
    finishB();
    expect(await b).toBe('b');
    await waiting;
    expect(resumed).toBe(true);
  });

  it('counts a failed urgent piece as done', async () => {
    const gate = createIdleGate();
    await expect(gate.during(() => Promise.reject(new Error('no')))).rejects.toThrow('no');
    await expect(gate.idle()).resolves.toBeUndefined();
  });
});
