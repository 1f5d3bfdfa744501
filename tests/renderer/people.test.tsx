import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { PEOPLE_PAGE_SIZE } from '../../renderer/src/store/slices/peopleSlice';
import { useAppStore } from '../../renderer/src/store';
import { manyPeople, personFrom } from './fakeApi';
import { expectNoContractDrift, renderApp } from './harness';

const rows = () => within(screen.getByRole('list', { name: 'People' })).queryAllByRole('listitem');

function scrollListTo(top: number) {
  const scroller = screen.getByTestId('people-scroll');
  Object.defineProperty(scroller, 'scrollTop', { configurable: true, value: top });
  fireEvent.scroll(scroller);
}

describe('People screen', () => {
  it('renders the first page as a virtualised list and pages on scroll', async () => {
    const { fake } = renderApp('#/people', manyPeople(120));

    await waitFor(() => expect(rows().length).toBeGreaterThan(0));
    // Only what fits the viewport (plus overscan) is in the DOM, not the 50 loaded rows.
    expect(rows().length).toBeLessThan(PEOPLE_PAGE_SIZE);
    expect(rows()[0]).toHaveProperty('dataset.index', '0');
    expect(fake.callsTo('people:list')).toEqual([{ limit: PEOPLE_PAGE_SIZE, sort: 'name' }]);
    expect(rows()[0]?.textContent).toContain('Ada Abara 000');

    scrollListTo(40 * 52);
    await waitFor(() => expect(useAppStore.getState().people.ids).toHaveLength(100));
    expect(fake.callsTo('people:list')[1]).toEqual({ limit: PEOPLE_PAGE_SIZE, sort: 'name', cursor: '50' });

    scrollListTo(90 * 52);
    await waitFor(() => expect(useAppStore.getState().people.ids).toHaveLength(120));
    expect(useAppStore.getState().people.cursor).toBeNull();
    scrollListTo(120 * 52 - 520);
    await waitFor(() => expect(screen.getByText('Søren Fischer 119')).toBeTruthy());
    const shown = rows().map((r) => Number(r.dataset.index));
    expect(Math.max(...shown)).toBe(119);
    expectNoContractDrift(fake);
  });

  it('opens a person from their row', async () => {
    const { user, fake } = renderApp('#/people', [{ displayName: 'Zeynep Kaya', identities: [{ kind: 'x', value: 'zeynepk', display: '@zeynepk' }] }]);
    await user.click(await screen.findByRole('link', { name: /Zeynep Kaya/ }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Zeynep Kaya' })).toBeTruthy();
    expect(window.location.hash).toBe(`#/people/${fake.people[0]?.id}`);
  });

  it('searches as you type through people:list with the query', async () => {
    const { user, fake } = renderApp('#/people', [
      { displayName: 'Renée Dubois', identities: [{ kind: 'x', value: 'renee_d', display: '@renee_d' }] },
      { displayName: 'Kwame Mensah' },
    ]);
    await screen.findByText('Kwame Mensah');

    await user.type(screen.getByRole('searchbox', { name: 'Search people' }), 'renee_');
    await waitFor(() => expect(screen.queryByText('Kwame Mensah')).toBeNull());
    expect(screen.getByText('Renée Dubois')).toBeTruthy();
    const queries = fake.callsTo('people:list').map((p) => (p as { query?: string }).query);
    expect(queries.at(-1)).toBe('renee_');
    // No debounce (the core answers in milliseconds): at most one request per keystroke.
    expect(queries.length).toBeLessThanOrEqual(1 + 'renee_'.length);
    expectNoContractDrift(fake);
  });

  it('drops an answer that arrives after a newer search', async () => {
    const { fake } = renderApp('#/people', [{ displayName: 'Amara Okafor' }, { displayName: 'Björn Eriksen' }]);
    await screen.findByText('Björn Eriksen');
    const store = useAppStore.getState();

    const releaseSlow = fake.holdNext('people:list');
    store.setPeopleQuery('amara');
    const slow = store.loadPeople();
    store.setPeopleQuery('björn');
    await act(() => store.loadPeople());
    await act(async () => {
      releaseSlow();
      await slow;
    });

    expect(useAppStore.getState().people.ids.map((id) => useAppStore.getState().people.byId[id]?.displayName)).toEqual(['Björn Eriksen']);
  });

  it('says what to do when there is nobody yet, and something else when a search finds nobody', async () => {
    const { user } = renderApp('#/people');
    expect(await screen.findByText(/No people yet — add the first person you met/)).toBeTruthy();

    await user.type(screen.getByRole('searchbox', { name: 'Search people' }), 'zzz');
    expect(await screen.findByRole('heading', { name: 'No matches for “zzz”' })).toBeTruthy();
    expect(screen.queryByText(/No people yet/)).toBeNull();
  });

  it('re-queries the visible list when the core reports a change', async () => {
    const { fake } = renderApp('#/people', [{ displayName: 'Giulia Bianchi' }]);
    await screen.findByText('Giulia Bianchi');
    const before = fake.callsTo('people:list').length;

    fake.people.push(personFrom({ displayName: 'Hiroshi Tanaka' }));
    act(() => fake.emit('changed', { entity: 'person', ids: [] }));

    expect(await screen.findByText('Hiroshi Tanaka')).toBeTruthy();
    expect(fake.callsTo('people:list').length).toBe(before + 1);
  });

  it('keeps the last answer on screen while the next search is on its way, without a spinner', async () => {
    const { user, fake } = renderApp('#/people', [{ displayName: 'Léa Martin' }]);
    await screen.findByText('Léa Martin');
    const release = fake.holdNext('people:list');
    await user.click(screen.getByRole('searchbox', { name: 'Search people' }));
    await user.paste('zz');
    await waitFor(() => expect(fake.callsTo('people:list')).toHaveLength(2));
    expect(screen.getByText('Léa Martin')).toBeTruthy();
    expect(screen.queryByText('Loading people…')).toBeNull();
    act(() => release());
    expect(await screen.findByRole('heading', { name: 'No matches for “zz”' })).toBeTruthy();

    const again = fake.holdNext('people:list');
    await user.type(screen.getByRole('searchbox', { name: 'Search people' }), 'q');
    await waitFor(() => expect(fake.callsTo('people:list')).toHaveLength(3));
    // Still the previous answer's words, not a spinner and not "zzq" before it was searched.
    expect(screen.getByRole('heading', { name: 'No matches for “zz”' })).toBeTruthy();
    act(() => again());
    expect(await screen.findByRole('heading', { name: 'No matches for “zzq”' })).toBeTruthy();
  });

  it('focuses search with "/"', async () => {
    const { user } = renderApp('#/people', [{ displayName: 'Léa Martin' }]);
    await screen.findByText('Léa Martin');
    await user.keyboard('/');
    expect(document.activeElement).toBe(screen.getByRole('searchbox', { name: 'Search people' }));
  });
});
