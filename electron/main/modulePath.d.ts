// electron-vite bundles a `?modulePath` import as its own entry and yields the built file's
// absolute path (same declaration as electron-vite/node, without its global ImportMeta changes).
declare module '*?modulePath' {
  const path: string;
  export default path;
}
