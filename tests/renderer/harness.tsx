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
export function renderApp(hash: string, people: PersonSeed[] = []): Harness {
  const fake = installFakeApi({ people });
  window.location.hash = hash;
  const start = startTransport();
  expect(start.kind).toBe('ready');
  render(<App />);
  return { fake, user: userEvent.setup() };
}

/** Every request the renderer sent passed the real contract. */
export function expectNoContractDrift(fake: FakeApi): void {
  expect(fake.rejected).toEqual([]);
}
