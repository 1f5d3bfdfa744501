import { describe, expect, it, vi } from 'vitest';
import { ipcTransport, setTransport } from '../../renderer/src/lib/transport';
import { useAppStore } from '../../renderer/src/store';
import { startInvalidation } from '../../renderer/src/store/invalidation';
import { installFakeApi } from './fakeApi';

function connect(people: Parameters<typeof installFakeApi>[0] = {}) {
  const fake = installFakeApi(people);
  setTransport(ipcTransport(fake.bridge));
  return fake;
}

// The two tests below run in order: the second proves the setup file reset what the first changed.
describe('store slices between tests', () => {
  it('can be changed freely by one test', async () => {
    connect({ people: [{ displayName: 'Darius Farahani' }] });
    const s = useAppStore.getState();
    s.setPeopleQuery('dar');
    await s.loadPeople();
    s.pushToast({ tone: 'info', message: 'left behind' });
    s.openAddPerson();
    s.setTheme('dark');
    expect(useAppStore.getState().people.ids).toHaveLength(1);
  });

  it('starts clean in the next test', () => {
    const s = useAppStore.getState();
    expect(s.people).toMatchObject({ ids: [], byId: {}, query: '', status: 'idle', cursor: null });
    expect(s.toasts).toEqual([]);
    expect(s.overlay).toBeNull();
    expect(s.openPerson.id).toBeNull();
    expect(s.appInfo.status).toBe('idle');
    expect(window.localStorage.getItem('rapport.theme')).toBeNull();
  });
});

describe('people slice', () => {
  it('keeps the error code when the list cannot load, and recovers on retry', async () => {
    const fake = connect({ people: [{ displayName: 'Elif Şahin' }] });
    fake.failNext('people:list', { code: 'BUSY', message: 'The database is busy; try again in a moment.' });
    await useAppStore.getState().loadPeople();
    expect(useAppStore.getState().people).toMatchObject({ status: 'error', error: { code: 'BUSY' } });

    await useAppStore.getState().loadPeople();
    expect(useAppStore.getState().people).toMatchObject({ status: 'ready', error: null });
  });

  it('archives out of the list and offers undo that restores it', async () => {
    const fake = connect({ people: [{ displayName: 'Farah Haddad' }, { displayName: 'Jonas Weber' }] });
    await useAppStore.getState().loadPeople();
    const farah = fake.people[0]!.id;

    await useAppStore.getState().archivePerson(farah);
    expect(useAppStore.getState().people.ids).not.toContain(farah);
    const toast = useAppStore.getState().toasts.at(-1);
    expect(toast).toMatchObject({ message: 'Archived Farah Haddad', action: { label: 'Undo' } });

    await toast?.action?.run();
    await vi.waitFor(() => expect(useAppStore.getState().people.ids).toContain(farah));
    expect(fake.callsTo('people:unarchive')).toEqual([{ id: farah }]);
  });

  it('re-queries the list and the open person once per burst of change events', async () => {
    const fake = connect({ people: [{ displayName: 'Giulia Rossi' }] });
    const id = fake.people[0]!.id;
    await useAppStore.getState().loadPeople();
    await useAppStore.getState().loadPerson(id);
    const stop = startInvalidation();
    const lists = fake.callsTo('people:list').length;
    const gets = fake.callsTo('people:get').length;

    fake.people[0]!.displayName = 'Giulia Rossi-Bianchi';
    fake.emit('changed', { entity: 'person', ids: [id] });
    fake.emit('changed', { entity: 'person', ids: [id] });
    await vi.waitFor(() => expect(useAppStore.getState().openPerson.person?.displayName).toBe('Giulia Rossi-Bianchi'));
    expect(fake.callsTo('people:list').length).toBe(lists + 1);
    expect(fake.callsTo('people:get').length).toBe(gets + 1);
    stop();
  });
});
