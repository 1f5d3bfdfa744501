import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect } from 'vitest';
import { App } from '../../renderer/src/app/App';
import { startTransport } from '../../renderer/src/lib/transport';
import { type FakeApi, type PersonSeed, installFakeApi } from './fakeApi';

export interface Harness {
  fake: FakeApi;
  user: ReturnType<typeof userEvent.setup>;
}

/** Renders the whole app at `hash` over a fresh fake bridge, through the real transport choice. */
export function renderApp(hash: string, people: PersonSeed[] = [], seed?: (fake: FakeApi) => string | void): Harness {
  const fake = installFakeApi({ people });
  // A seed may answer the address to open, once it knows the ids it created.
  window.location.hash = seed?.(fake) ?? hash;
  const start = startTransport();
  expect(start.kind).toBe('ready');
  render(<App />);
  return { fake, user: userEvent.setup() };
}

/** Every request the renderer sent passed the real contract. */
export function expectNoContractDrift(fake: FakeApi): void {
  expect(fake.rejected).toEqual([]);
}

/** The person seeded under this name. */
export function personId(fake: FakeApi, name: string): string {
  const person = fake.people.find((p) => p.displayName === name);
  if (!person) throw new Error(`no seeded person named ${name}`);
  return person.id;
}
