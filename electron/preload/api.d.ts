// Type-only. Declared structurally rather than importing ./index, because this file is compiled
// under tsconfig.web.json (DOM, no node types) where electron's typings cannot be loaded.
export interface PreloadApi {
  invoke(channel: string, payload: unknown): Promise<unknown>;
  on(event: string, cb: (payload: unknown) => void): () => void;
}

/** The desktop shell's native dialogs; absent in a browser. */
export interface DesktopApi {
  /** The X archive (`zip`, `folder`) or a contacts file: resolves with an IpcResult envelope of the chosen path, or of null when the dialog was closed. */
  pickArchive(kind: 'zip' | 'folder' | 'contacts'): Promise<unknown>;
}

declare global {
  interface Window {
    /** Present in the desktop app; absent when the renderer runs in a browser (HTTP transport). */
    api?: PreloadApi;
    /** Present in the desktop app only. */
    desktop?: DesktopApi;
  }
}
