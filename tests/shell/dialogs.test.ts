import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { DesktopApi as DeclaredDesktop } from '../../electron/preload/api';
import type { DesktopApi } from '../../electron/preload/index';
import { FakeBrowserWindow, electronMock, frame, ipcHandlers } from './electronMock';

vi.mock('electron', async () => (await import('./electronMock')).electronMock);

// api.d.ts is written by hand for the renderer build; hold it to the real bridge.
const _sameShape: [DeclaredDesktop, DesktopApi] = [{} as DesktopApi, {} as DeclaredDesktop];
void _sameShape;

const { PICK_ARCHIVE_CHANNEL, registerDialogs, unregisterDialogs } = await import('../../electron/main/dialogs');
await import('../../electron/preload/index');
const desktop = (electronMock.contextBridge.exposeInMainWorld.mock.calls as unknown as [string, DesktopApi][]).find(([name]) => name === 'desktop')![1];

const dir = mkdtempSync(join(tmpdir(), 'rapport-dialogs-'));
const zip = join(dir, 'twitter-2025-01-10.zip');
writeFileSync(zip, 'PK\u0003\u0004');
const vcf = join(dir, 'contacts.vcf');
writeFileSync(vcf, 'BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ada Lovelace\r\nEND:VCARD\r\n');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const win = new FakeBrowserWindow({});
const TRUSTED = { senderFrame: frame('app://rapport/index.html'), sender: win.webContents };
const showOpenDialog = electronMock.dialog.showOpenDialog;

function pick(kind: unknown, event: unknown = TRUSTED) {
  const handler = ipcHandlers.get(PICK_ARCHIVE_CHANNEL);
  if (!handler) throw new Error('the archive dialog is not registered');
  return handler(event, kind) as Promise<{ ok: boolean; value?: unknown; error?: { code: string; message: string } }>;
}

beforeEach(() => {
  unregisterDialogs();
  registerDialogs();
  showOpenDialog.mockReset();
  showOpenDialog.mockResolvedValue({ canceled: true, filePaths: [] });
});

describe('archive dialog (main)', () => {
  it('opens a .zip file dialog modal to the asking window and answers only the path', async () => {
    showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [zip] });
    expect(await pick('zip')).toEqual({ ok: true, value: zip });
    const [parent, options] = showOpenDialog.mock.calls[0] as [unknown, { properties: string[]; filters: { extensions: string[] }[] }];
    expect(parent).toBe(win);
    expect(options.properties).toContain('openFile');
    expect(options.properties).not.toContain('openDirectory');
    expect(options.filters).toEqual([expect.objectContaining({ extensions: ['zip'] })]);
  });

  it('opens a folder dialog for an extracted archive (one dialog cannot offer both on Linux and Windows)', async () => {
    showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [dir] });
    expect(await pick('folder')).toEqual({ ok: true, value: dir });
    const [, options] = showOpenDialog.mock.calls[0] as [unknown, { properties: string[]; filters?: unknown }];
    expect(options.properties).toContain('openDirectory');
    expect(options.properties).not.toContain('openFile');
    expect(options.filters).toBeUndefined();
  });

  it('opens a file dialog for a contacts file, filtered to vCard, CSV, iCalendar and text files', async () => {
    showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [vcf] });
    expect(await pick('contacts')).toEqual({ ok: true, value: vcf });
    const [parent, options] = showOpenDialog.mock.calls[0] as [unknown, { title: string; properties: string[]; filters: { extensions: string[] }[] }];
    expect(parent).toBe(win);
    expect(options.title).toMatch(/contacts file/);
    expect(options.properties).toContain('openFile');
    expect(options.properties).not.toContain('openDirectory');
    expect(options.filters).toEqual([expect.objectContaining({ extensions: ['vcf', 'vcard', 'csv', 'ics', 'txt'] })]);
    // A folder is not a contacts file.
    showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [dir] });
    expect(await pick('contacts')).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: 'That is not a file Rapport can open.' } });
  });

  it('answers null when the dialog is closed', async () => {
    expect(await pick('zip')).toEqual({ ok: true, value: null });
  });

  it('refuses what the dialog should not have returned: a folder for a .zip, a file for a folder, a relative or missing path', async () => {
    for (const [kind, path] of [
      ['zip', dir],
      ['folder', zip],
      ['zip', 'twitter.zip'],
      ['zip', join(dir, 'gone.zip')],
    ]) {
      showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [path!] });
      expect(await pick(kind), `${kind} ${path}`).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    }
  });

  it('refuses an untrusted sender and an unknown kind without opening anything', async () => {
    for (const senderFrame of [frame('https://evil.example/'), frame('app://rapport/index.html', frame('app://rapport/index.html')), null]) {
      expect(await pick('zip', { senderFrame, sender: win.webContents })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    }
    for (const kind of ['file', '', null, { kind: 'zip' }, ['zip']]) {
      expect(await pick(kind)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    }
    expect(showOpenDialog).not.toHaveBeenCalled();
  });

  it('is a separate handler from the core channels, registered once', () => {
    expect(() => registerDialogs()).toThrow(/second handler/);
  });
});

describe('archive dialog (preload)', () => {
  it('sends the kind on the one dialog channel', async () => {
    electronMock.ipcRenderer.invoke.mockClear();
    await desktop.pickArchive('zip');
    await desktop.pickArchive('folder');
    await desktop.pickArchive('contacts');
    expect(electronMock.ipcRenderer.invoke.mock.calls).toEqual([
      [PICK_ARCHIVE_CHANNEL, 'zip'],
      [PICK_ARCHIVE_CHANNEL, 'folder'],
      [PICK_ARCHIVE_CHANNEL, 'contacts'],
    ]);
  });

  it('rejects any other kind without sending it', async () => {
    electronMock.ipcRenderer.invoke.mockClear();
    await expect(desktop.pickArchive('../../etc' as 'zip')).rejects.toThrow(/Unknown archive kind/);
    expect(electronMock.ipcRenderer.invoke).not.toHaveBeenCalled();
  });
});
