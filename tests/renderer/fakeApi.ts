import type { z } from 'zod';
import type { BackupInfo } from '../../shared/domain/app';
import type { Person } from '../../shared/domain/person';
import { type Channel, type EventName, isChannel } from '../../shared/ipc/channels';
import { type ParsedReq, type Req, type Res, contract } from '../../shared/ipc/contract';
import type { ChangedEvent } from '../../shared/ipc/events';
import { type IpcError, type IpcResult, fail, ok } from '../../shared/ipc/result';
import { eventHandlers } from './fake/events';
import { type PersonSeed, peopleHandlers, personFrom } from './fake/people';
import { type FakeDb, emptyDb, fold, nextTime } from './fake/state';
import { healthHandlers } from './fake/health';
import { connectImports, importHandlers } from './fake/imports';
import { reminderHandlers } from './fake/reminders';
import { touchpointHandlers } from './fake/touchpoints';
import { xHandlers } from './fake/x';
import { contactsHandlers } from './fake/contacts';

export { type PersonSeed, personFrom };

/**
 * A stand-in for the preload bridge that behaves like the core at its edge: every request
 * is checked with the real zod contract and every answer must pass the response schema.
 * A request the contract refuses is answered with INVALID_INPUT (as the core would) and
 * recorded in `rejected`, so a test can assert that the renderer never drifted.
 */
export interface FakeApi {
  bridge: NonNullable<Window['api']>;
  db: FakeDb;
  calls: { channel: string; payload: unknown }[];
  rejected: { channel: string; issues: { path: string; message: string }[] }[];
  /** Same array as `db.people`, kept for brevity in tests. */
  people: Person[];
  backups: BackupInfo[];
  callsTo(channel: Channel): unknown[];
  emit(event: EventName, payload: unknown): void;
  /** Runs a channel as the core would (contract-checked both ways) without recording a call: for seeding. */
  run<C extends Channel>(channel: C, req: Req<C>): Res<C>;
  /** The next call to `channel` fails with this error instead of running. */
  failNext(channel: Channel, error: IpcError): void;
  /** The next call to `channel` waits until the returned function is called. */
  holdNext(channel: Channel): () => void;
}

function describeIssues(error: z.ZodError) {
  return error.issues.map((i) => ({ path: i.path.map(String).join('.') || '(request)', message: i.message }));
}

type Handler = (req: never, db: FakeDb) => unknown;

const handlers: Record<Channel, Handler> = {
  'app:info': (_req, db) => ({
    name: 'Rapport',
    version: '0.1.0',
    dbPath: '/home/test/.config/Rapport/crm.db',
    backupsDir: '/home/test/.config/Rapport/backups',
    schemaVersion: '0001_search',
    migrationsApplied: 2,
    lastBackup: db.backups[0] ?? null,
    people: db.people.filter((p) => !p.archivedAt).length,
  }),
  ...peopleHandlers,
  ...eventHandlers,
  ...touchpointHandlers,
  ...reminderHandlers,
  ...healthHandlers,
  // After peopleHandlers: adding an X identity also links the archive account with that handle.
  ...xHandlers,
  ...importHandlers,
  ...contactsHandlers,
  'backups:list': (_req, db) => db.backups,
  'backups:create': (req: ParsedReq<'backups:create'>, db) => {
    const createdAt = nextTime();
    const name = `crm-${createdAt.replace(/[-:.]/g, '')}-${req.reason}.db`;
    const backup = { name, path: `/home/test/.config/Rapport/backups/${name}`, reason: req.reason, createdAt, bytes: 98_304 };
    db.backups.unshift(backup);
    return backup;
  },
  'backups:restore': (req: ParsedReq<'backups:restore'>, db) => {
    const restored = db.backups.find((b) => b.name === req.name);
    if (!restored) throw fail('NOT_FOUND', `No backup named ${req.name}`);
    const safetyBackup = handlers['backups:create']({ reason: 'pre-restore' } as never, db) as BackupInfo;
    return { restored, safetyBackup };
  },
};

/** What each write tells the front ends changed; screens re-query, as with the real core. */
function changeOf(channel: Channel, value: unknown): ChangedEvent | null {
  const v = value as Record<string, unknown>;
  const id = typeof v?.id === 'string' ? v.id : null;
  if (channel === 'backups:create') return { entity: 'backup', ids: [] };
  if (channel === 'backups:restore') return { entity: 'all', ids: [] };
  // A contacts import writes people, events and touchpoints at once (a preview writes nothing); a merge changes both people.
  if (channel === 'contacts:import') return v.dryRun ? null : { entity: 'all', ids: [] };
  if (channel === 'people:merge') return { entity: 'person', ids: [(v.survivor as { id: string }).id, (v.merged as { id: string }).id] };
  if (channel === 'people:merge-undo') return { entity: 'person', ids: [(v.survivor as { id: string }).id, (v.restored as { id: string }).id] };
  if (channel === 'duplicates:reject') return null;
  // The core also says 'person' with no ids: everyone in the circle may be due sooner or later.
  if (channel === 'circles:update') return { entity: 'circle', ids: id ? [id] : [] };
  if (/^(people|identities|positions|relationships):(?!list|get|photo)/.test(channel)) return { entity: 'person', ids: id ? [id] : [] };
  if (/^(events:(create|update|archive|unarchive)|attendance:)/.test(channel)) return { entity: 'event', ids: id ? [id] : [] };
  if (channel === 'events:capture' || channel === 'capture:commit') {
    const person = (v.person as { id: string } | undefined)?.id;
    return { entity: 'person', ids: person ? [person] : [] };
  }
  if (channel === 'reminders:complete' && v.touchpointId) return { entity: 'touchpoint', ids: [v.touchpointId as string] };
  if (/^(reminders:(create|update|complete|snooze|dismiss|reopen)|inbox:mark-read)$/.test(channel)) return { entity: 'reminder', ids: id ? [id] : [] };
  if (/^reconnect:(hide|unhide)$/.test(channel)) return { entity: 'person', ids: [v.personId as string] };
  // Linking moves touchpoints onto (or off) a person; naming or rejecting changes the account only.
  if (/^x:(link|unlink|create-person)$/.test(channel)) return { entity: 'touchpoint', ids: v.personId ? [v.personId as string] : [] };
  if (channel === 'x:accept-above') return { entity: 'touchpoint', ids: [] };
  if (/^touchpoints:(create|update|delete|restore)$/.test(channel)) {
    return { entity: 'touchpoint', ids: [id, ...((v.participants as { id: string }[]) ?? []).map((p) => p.id)].filter(Boolean) as string[] };
  }
  return null;
}

export function installFakeApi(options: { people?: PersonSeed[] } = {}): FakeApi {
  const listeners = new Map<string, Set<(p: unknown) => void>>();
  const failures = new Map<string, IpcError[]>();
  const holds = new Map<string, Promise<void>[]>();
  const db = emptyDb();
  db.people.push(...(options.people ?? []).map((seed) => personFrom(seed, db)));

  const fake: FakeApi = {
    db,
    calls: [],
    rejected: [],
    people: db.people,
    backups: db.backups,
    callsTo: (channel) => fake.calls.filter((c) => c.channel === channel).map((c) => c.payload),
    emit: (event, payload) => listeners.get(event)?.forEach((cb) => cb(payload)),
    run(channel, req) {
      const parsed = contract[channel].request.parse(req);
      return structuredClone(contract[channel].response.parse(handlers[channel](parsed as never, db))) as Res<typeof channel>;
    },
    failNext(channel, error) {
      failures.set(channel, [...(failures.get(channel) ?? []), error]);
    },
    holdNext(channel) {
      let release!: () => void;
      const gate = new Promise<void>((resolve) => (release = resolve));
      holds.set(channel, [...(holds.get(channel) ?? []), gate]);
      return release;
    },
    bridge: {
      async invoke(channel, payload): Promise<IpcResult<unknown>> {
        fake.calls.push({ channel, payload });
        if (!isChannel(channel)) throw new Error(`Unknown channel ${channel}`);
        await (holds.get(channel)?.shift() ?? Promise.resolve());
        const parsed = contract[channel].request.safeParse(payload);
        if (!parsed.success) {
          const issues = describeIssues(parsed.error);
          fake.rejected.push({ channel, issues });
          return fail('INVALID_INPUT', `invalid request: ${issues[0]?.path} ${issues[0]?.message}`, issues);
        }
        const failure = failures.get(channel)?.shift();
        if (failure) return { ok: false, error: failure };
        let value: unknown;
        try {
          // Awaited: a long job (x:import) answers later and reports progress meanwhile.
          value = await handlers[channel](parsed.data as never, db);
        } catch (thrown) {
          if (typeof thrown === 'object' && thrown && 'ok' in thrown) return thrown as IpcResult<unknown>;
          throw thrown;
        }
        // The fake must answer exactly what the real core may answer.
        contract[channel].response.parse(value);
        const change = changeOf(channel, value);
        if (change) queueMicrotask(() => fake.emit('changed', change));
        return ok(structuredClone(value));
      },
      on(event, cb) {
        const set = listeners.get(event) ?? new Set();
        listeners.set(event, set);
        set.add(cb);
        return () => set.delete(cb);
      },
    },
  };
  connectImports(db, fake.emit);
  window.api = fake.bridge;
  return fake;
}

const GIVEN = ['Ada', 'Amara', 'Björn', 'Chloé', 'Darius', 'Elif', 'Farah', 'Giulia', 'Hiroshi', 'Inès', 'Jonas', 'Kwame', 'Léa', 'Mateo', 'Nadia', 'Oğuz', 'Priya', 'Quentin', 'Renée', 'Søren'];
const FAMILY = ['Abara', 'Bianchi', 'Castro', 'Dubois', 'Eriksen', 'Fischer', 'García', 'Hansen', 'Ibrahim', 'Jovanović'];

/** `count` distinct people with an X handle each, in a mix of languages. */
export function manyPeople(count: number): PersonSeed[] {
  return Array.from({ length: count }, (_, i) => {
    const given = GIVEN[i % GIVEN.length]!;
    const family = FAMILY[Math.floor(i / GIVEN.length) % FAMILY.length]!;
    const handle = `${fold(given)}_${i}`;
    return { displayName: `${given} ${family} ${String(i).padStart(3, '0')}`, identities: [{ kind: 'x', value: handle, display: `@${handle}` }] };
  });
}
