// Type-only. Declared structurally rather than importing ./index, because this file is compiled
// under tsconfig.web.json (DOM, no node types) where electron's typings cannot be loaded.
export interface PreloadApi {
  invoke(channel: string, payload: unknown): Promise<unknown>;
  on(event: string, cb: (payload: unknown) => void): () => void;
}

declare global {
  interface Window {
    /** Present in the desktop app; absent when the renderer runs in a browser (HTTP transport). */
    api?: PreloadApi;
  }
}
