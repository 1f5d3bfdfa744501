import type { z } from 'zod';
import type { BackupInfo } from '../../shared/domain/app';
import type { Identity } from '../../shared/domain/identity';
import type { Person, PersonSummary } from '../../shared/domain/person';
import { type Channel, isChannel } from '../../shared/ipc/channels';
import { type ParsedReq, contract } from '../../shared/ipc/contract';
import type { EventName } from '../../shared/ipc/channels';
import { type IpcError, type IpcResult, fail, ok } from '../../shared/ipc/result';

/**
 * A stand-in for the preload bridge that behaves like the core at its edge: every request
 * is checked with the real zod contract and every answer must pass the response schema.
 * A request the contract refuses is answered with INVALID_INPUT (as the core would) and
 * recorded in `rejected`, so a test can assert that the renderer never drifted.
 */
export interface FakeApi {
  bridge: NonNullable<Window['api']>;
  calls: { channel: string; payload: unknown }[];
  rejected: { channel: string; issues: { path: string; message: string }[] }[];
  people: Person[];
  backups: BackupInfo[];
  callsTo(channel: Channel): unknown[];
  emit(event: EventName, payload: unknown): void;
  /** The next call to `channel` fails with this error instead of running. */
  failNext(channel: Channel, error: IpcError): void;
  /** The next call to `channel` waits until the returned function is called. */
  holdNext(channel: Channel): () => void;
}

const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

function describeIssues(error: z.ZodError) {
  return error.issues.map((i) => ({ path: i.path.map(String).join('.') || '(request)', message: i.message }));
}

function summary(p: Person): PersonSummary {
  const headline = [...p.identities].sort((a, b) => Number(b.primary) - Number(a.primary))[0]?.display ?? null;
  return { id: p.id, displayName: p.displayName, circle: p.circle, headline, lastTouchAt: p.lastTouchAt, createdAt: p.createdAt, archivedAt: p.archivedAt };
}

export interface PersonSeed {
  displayName: string;
  identities?: { kind: Identity['kind']; value: string; display?: string }[];
  notes?: string;
  circle?: Person['circle'];
  archived?: boolean;
}

let clock = Date.parse('2025-03-01T09:00:00Z');
const nextTime = () => new Date((clock += 60_000)).toISOString();

export function personFrom(seed: PersonSeed): Person {
  const id = crypto.randomUUID();
  const createdAt = nextTime();
  return {
    id,
    displayName: seed.displayName,
    givenName: null,
    familyName: null,
    nickname: null,
    location: null,
    notes: seed.notes ?? null,
    circle: seed.circle ?? null,
    identities: (seed.identities ?? []).map((i, n) => ({
      id: crypto.randomUUID(),
      personId: id,
      kind: i.kind,
      value: i.value.toLowerCase(),
      display: i.display ?? i.value,
      label: null,
      xAccountId: null,
      primary: n === 0,
    })),
    lastTouchAt: null,
    createdAt,
    updatedAt: createdAt,
    archivedAt: seed.archived ? createdAt : null,
  };
}

type Handler = (req: never, fake: FakeApi) => unknown;

const handlers: Record<Channel, Handler> = {
  'app:info': (_req, f) => ({
    name: 'Rapport',
    version: '0.1.0',
    dbPath: '/home/test/.config/Rapport/crm.db',
    backupsDir: '/home/test/.config/Rapport/backups',
    schemaVersion: '0001_search',
    migrationsApplied: 2,
    lastBackup: f.backups[0] ?? null,
    people: f.people.filter((p) => !p.archivedAt).length,
  }),
  'people:create': (req: ParsedReq<'people:create'>, f) => {
    for (const input of req.identities) {
      const owner = f.people.find((p) => p.identities.some((i) => i.kind === input.kind && i.value === input.value));
      if (owner) throw fail('CONFLICT', `${input.display} already belongs to ${owner.displayName}`, { kind: input.kind, value: input.value, personId: owner.id });
    }
    const person = personFrom({ displayName: req.displayName, notes: req.notes ?? undefined, circle: req.circle ?? null, identities: req.identities });
    f.people.push(person);
    return person;
  },
  'people:get': (req: ParsedReq<'people:get'>, f) => {
    const person = f.people.find((p) => p.id === req.id);
    if (!person) throw fail('NOT_FOUND', `No person with id ${req.id}`, { id: req.id });
    return person;
  },
  'people:update': (req: ParsedReq<'people:update'>, f) => {
    const person = handlers['people:get']({ id: req.id } as never, f) as Person;
    Object.assign(person, req.patch, { updatedAt: nextTime() });
    return person;
  },
  'people:archive': (req: ParsedReq<'people:archive'>, f) => {
    const person = handlers['people:get'](req as never, f) as Person;
    person.archivedAt = nextTime();
    return person;
  },
  'people:unarchive': (req: ParsedReq<'people:unarchive'>, f) => {
    const person = handlers['people:get'](req as never, f) as Person;
    person.archivedAt = null;
    return person;
  },
  'people:list': (req: ParsedReq<'people:list'>, f) => {
    const q = fold(req.query ?? '').trim();
    const matches = f.people
      .filter((p) => req.includeArchived || !p.archivedAt)
      .filter((p) => !q || [p.displayName, p.notes ?? '', ...p.identities.flatMap((i) => [i.value, i.display])].some((t) => fold(t).includes(q)))
      .sort((a, b) => fold(a.displayName).localeCompare(fold(b.displayName)) || a.id.localeCompare(b.id));
    const start = req.cursor ? Number(req.cursor) : 0;
    const items = matches.slice(start, start + req.limit);
    const end = start + items.length;
    return { items: items.map(summary), nextCursor: end < matches.length ? String(end) : null };
  },
  'backups:list': (_req, f) => f.backups,
  'backups:create': (req: ParsedReq<'backups:create'>, f) => {
    const createdAt = nextTime();
    const name = `crm-${createdAt.replace(/[-:.]/g, '')}-${req.reason}.db`;
    const backup = { name, path: `/home/test/.config/Rapport/backups/${name}`, reason: req.reason, createdAt, bytes: 98_304 };
    f.backups.unshift(backup);
    return backup;
  },
  'backups:restore': (req: ParsedReq<'backups:restore'>, f) => {
    const restored = f.backups.find((b) => b.name === req.name);
    if (!restored) throw fail('NOT_FOUND', `No backup named ${req.name}`);
    const safetyBackup = handlers['backups:create']({ reason: 'pre-restore' } as never, f) as BackupInfo;
    return { restored, safetyBackup };
  },
};

const CHANGES: Partial<Record<Channel, 'person' | 'backup' | 'all'>> = {
  'people:create': 'person',
  'people:update': 'person',
  'people:archive': 'person',
  'people:unarchive': 'person',
  'backups:create': 'backup',
  'backups:restore': 'all',
};

export function installFakeApi(options: { people?: PersonSeed[] } = {}): FakeApi {
  const listeners = new Map<string, Set<(p: unknown) => void>>();
  const failures = new Map<string, IpcError[]>();
  const holds = new Map<string, Promise<void>[]>();

  const fake: FakeApi = {
    calls: [],
    rejected: [],
    people: (options.people ?? []).map(personFrom),
    backups: [],
    callsTo: (channel) => fake.calls.filter((c) => c.channel === channel).map((c) => c.payload),
    emit: (event, payload) => listeners.get(event)?.forEach((cb) => cb(payload)),
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
          value = handlers[channel](parsed.data as never, fake);
        } catch (thrown) {
          if (typeof thrown === 'object' && thrown && 'ok' in thrown) return thrown as IpcResult<unknown>;
          throw thrown;
        }
        // The fake must answer exactly what the real core may answer.
        contract[channel].response.parse(value);
        const entity = CHANGES[channel];
        const ids = value && typeof value === 'object' && 'id' in value ? [String(value.id)] : [];
        if (entity) queueMicrotask(() => fake.emit('changed', { entity, ids }));
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
