import { waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from './harness';

describe('navigate events (a clicked desktop notification)', () => {
  it('open the screen the shell asks for', async () => {
    const { fake } = renderApp('#/people');
    await waitFor(() => expect(window.location.hash).toBe('#/people'));
    fake.emit('navigate', { path: '/settings' });
    await waitFor(() => expect(window.location.hash).toBe('#/settings'));
    fake.emit('navigate', { path: '/people/0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b' });
    await waitFor(() => expect(window.location.hash).toBe('#/people/0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b'));
  });

  it('ignore anything that is not an in-app path', async () => {
    const { fake } = renderApp('#/settings');
    await waitFor(() => expect(window.location.hash).toBe('#/settings'));
    for (const payload of [{ path: 'https://evil.example/' }, { path: '//evil.example' }, { path: '//evil' }, { path: '/people/../..' }, { path: 'javascript:alert(1)' }, { path: 42 }, {}, null]) {
      fake.emit('navigate', payload);
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(window.location.hash).toBe('#/settings');
  });
});
