import { describe, expect, it } from 'vitest';
import type { Req } from '../../shared/ipc/contract';
import { DAY, useClockedCore } from '../support/clock';
import { allPages } from '../support/core';

const env = useClockedCore('2026-06-15T12:00:00Z');

async function touch(personId: string, daysAgo: number, extra: Partial<Req<'touchpoints:create'>> = {}) {
  return env.call('touchpoints:create', { at: env.clock.ago(daysAgo), channel: 'x_dm', initiatedBy: 'me', personIds: [personId], ...extra });
}

describe('relationship health', () => {
  it('counts recency and frequency, who starts, reciprocity, trend and touchpoints per month over two years', async () => {
    const sam = await env.call('people:create', { displayName: 'Sam', circle: 'close' });
    for (let i = 0; i < 9; i++) await touch(sam.id, 2 + i * 5);
    await touch(sam.id, 1, { initiatedBy: 'them', kind: 'intro_received' });
    await touch(sam.id, 200, { kind: 'help_given' });
    await touch(sam.id, 250, { kind: 'gift' });
    await touch(sam.id, 700);
    await touch(sam.id, 800); // older than two years: in the total only
    const h = await env.call('health:person', { id: sam.id });
    expect(h).toMatchObject({
      lastTouchAt: env.clock.ago(1),
      touches90d: 10,
      touches12m: 12,
      total: 14,
      recent: { byMe: 9, byThem: 1, text: 'You started 9 of the last 10.' },
      reciprocity: { given: 2, received: 1, balance: 1, text: 'You gave 2 and received 1 in 12 months.' },
      trend: { direction: 'warming', last6m: 10, previous6m: 2 },
      cadence: { state: 'ok', cadenceDays: 30, source: 'circle' },
    });
    expect(h.months).toHaveLength(24);
    expect(h.months[0]!.month).toBe('2024-07');
    expect(h.months.at(-1)).toEqual({ month: '2026-06', count: 4 });
    expect(h.months.reduce((s, m) => s + m.count, 0)).toBe(13);
  });

  it('says so when there is nothing yet, and NOT_FOUND for an unknown person', async () => {
    const ada = await env.call('people:create', { displayName: 'Ada' });
    expect(await env.call('health:person', { id: ada.id })).toMatchObject({
      lastTouchAt: null,
      total: 0,
      recent: { text: 'No touchpoints yet.' },
      trend: { direction: 'none' },
      cadence: { state: 'none', cadenceDays: null },
    });
    expect(await env.core.dispatch('health:person', { id: '01a209a4-1a60-7446-b578-4901cb4ce0a6' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });
});

describe('the prune view', () => {
  it('suggests people who never answered several attempts, and people never engaged, without changing anyone', async () => {
    const silent = await env.call('people:create', { displayName: 'Silent Sue', circle: 'network' });
    for (const d of [10, 40, 90]) await touch(silent.id, d);
    const dormantSilent = await env.call('people:create', { displayName: 'Dormant Dan', circle: 'dormant' });
    for (const d of [10, 40, 90]) await touch(dormantSilent.id, d);
    const replied = await env.call('people:create', { displayName: 'Replied Rae' });
    for (const d of [10, 40]) await touch(replied.id, d);
    await touch(replied.id, 5, { initiatedBy: 'them' });
    const twoTries = await env.call('people:create', { displayName: 'Two Tries' });
    for (const d of [10, 40]) await touch(twoTries.id, d);
    const never = await env.call('people:create', { displayName: 'Never Ned' });
    const metOnly = await env.call('people:create', { displayName: 'Met Mo' });
    const event = await env.call('events:create', { name: 'Meetup', startsOn: '2026-01-10' });
    await env.call('attendance:add', { eventId: event.id, personId: metOnly.id });
    expect((await env.call('prune:list', {})).items.map((p) => p.name)).toEqual(['Dormant Dan', 'Silent Sue']);
    env.clock.advance(91 * DAY);
    const items = await allPages(2, (cursor) => env.call('prune:list', { limit: 2, cursor }));
    expect(items.map((p) => [p.name, p.reason, p.suggestion])).toEqual([
      ['Dormant Dan', 'no_reply', 'archive'],
      ['Never Ned', 'never_engaged', 'archive'],
      ['Silent Sue', 'no_reply', 'dormant'],
    ]);
    expect(items[2]!.text).toBe('You reached out 3 times; they never started a conversation.');
    expect(items[1]).toMatchObject({ personId: never.id, attempts: 0, lastTouchAt: null });
    expect((await env.call('people:get', { id: silent.id })).circle).toBe('network');
    // "Keep" takes someone off the list; undoing it brings them back.
    await env.call('prune:keep', { personId: silent.id, keep: true });
    expect((await env.call('prune:list', {})).items.map((p) => p.name)).toEqual(['Dormant Dan', 'Never Ned']);
    await env.call('prune:keep', { personId: silent.id, keep: false });
    expect((await env.call('prune:list', {})).items.map((p) => p.name)).toContain('Silent Sue');
  });
});
