import { describe, expect, it } from 'vitest';
import { CHANNELS, EVENTS, isChannel, isEventName } from '../../shared/ipc/channels';
import { contract } from '../../shared/ipc/contract';
import { AppError, ERROR_CODES, fail, isIpcResult, ok } from '../../shared/ipc/result';
import { CONTRACT_CASES, SOME_ID, invalidCases } from '../support/contractCases';

describe('contract request schemas', () => {
  it('has request cases for exactly the channels in CHANNELS', () => {
    expect(Object.keys(CONTRACT_CASES).sort()).toEqual([...CHANNELS].sort());
    expect(Object.keys(contract).sort()).toEqual([...CHANNELS].sort());
  });

  for (const channel of CHANNELS) {
    describe(channel, () => {
      it.each(CONTRACT_CASES[channel].valid.map((p) => [JSON.stringify(p)?.slice(0, 60) ?? 'undefined', p]))(
        'accepts %s',
        (_label, payload) => {
          const result = contract[channel].request.safeParse(payload);
          expect(result.error?.issues ?? []).toEqual([]);
        },
      );

      it.each(invalidCases(channel))('rejects %s', (_label, payload) => {
        const result = contract[channel].request.safeParse(payload);
        expect(result.success).toBe(false);
        expect(result.error?.issues.length).toBeGreaterThan(0);
      });
    });
  }

  it('has channel-specific bad payloads for every channel whose request has fields', () => {
    for (const channel of CHANNELS) {
      const hasFields = CONTRACT_CASES[channel].valid.some((v) => typeof v === 'object' && v !== null && Object.keys(v).length > 0);
      if (hasFields) expect(CONTRACT_CASES[channel].invalid.length, channel).toBeGreaterThanOrEqual(5);
    }
  });

  it('applies defaults a handler can rely on', () => {
    expect(contract['people:list'].request.parse({})).toEqual({ limit: 50, sort: 'name', includeArchived: false });
    expect(contract['people:create'].request.parse({ displayName: '  Ada  ' })).toEqual({ displayName: 'Ada', identities: [] });
    expect(contract['backups:create'].request.parse({})).toEqual({ reason: 'manual' });
    expect(contract['people:update'].request.parse({ id: SOME_ID, patch: { location: '  ' } }).patch).toEqual({ location: null });
  });
});

describe('result envelope and names', () => {
  it('has exactly the error codes of the issue', () => {
    expect([...ERROR_CODES].sort()).toEqual(['BUSY', 'CANCELLED', 'CONFLICT', 'FORBIDDEN', 'INTERNAL', 'INVALID_INPUT', 'NOT_FOUND']);
  });

  it('builds and recognises envelopes', () => {
    expect(ok(1)).toEqual({ ok: true, value: 1 });
    expect(fail('NOT_FOUND', 'gone')).toEqual({ ok: false, error: { code: 'NOT_FOUND', message: 'gone' } });
    expect(fail('CONFLICT', 'taken', { id: 1 }).error.details).toEqual({ id: 1 });
    expect(isIpcResult(ok(undefined))).toBe(true);
    expect(isIpcResult(fail('BUSY', 'x'))).toBe(true);
    for (const junk of [null, 1, 'ok', {}, { ok: true }, { ok: false }, { ok: false, error: {} }, { ok: 'yes', value: 1 }]) {
      expect(isIpcResult(junk), JSON.stringify(junk)).toBe(false);
    }
  });

  it('serialises AppError to the envelope error shape', () => {
    expect(new AppError('BUSY', 'in use').toJSON()).toEqual({ code: 'BUSY', message: 'in use' });
    expect(new AppError('CONFLICT', 'taken', { id: 'x' }).toJSON()).toEqual({ code: 'CONFLICT', message: 'taken', details: { id: 'x' } });
    expect(new AppError('BUSY', 'x')).toBeInstanceOf(Error);
  });

  it('channel names are domain:action and events are known', () => {
    for (const c of CHANNELS) expect(c).toMatch(/^[a-z]+(-[a-z]+)*:[a-z]+(-[a-z]+)*$/);
    expect(new Set(CHANNELS).size).toBe(CHANNELS.length);
    expect(isChannel('people:list')).toBe(true);
    expect(isChannel('people:drop')).toBe(false);
    expect(isChannel('__proto__')).toBe(false);
    expect([...EVENTS].sort()).toEqual(['changed', 'navigate', 'progress', 'reminder-due']);
    expect(isEventName('changed')).toBe(true);
    expect(isEventName('toString')).toBe(false);
  });
});
