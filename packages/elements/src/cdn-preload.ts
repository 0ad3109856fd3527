/** The files of each tag's modules, relative to the loader, by tag. */
export type ChunkFiles = Readonly<Record<string, readonly string[]>>;

const requested = new Set<string>();

/**
 * Asks the browser for every file `tag` needs at once (`<link rel="modulepreload">`), so that a
 * chunk's imports are not discovered, and fetched, only once the chunk has arrived. Each file is
 * asked for once; the loader's `import()` then finds it fetched or on its way.
 */
export function preloadChunks(files: ChunkFiles, tag: string, loaderUrl: string, root: Document = document): void {
  for (const file of files[tag] ?? []) {
    const href = new URL(file, loaderUrl).href;
    if (requested.has(href)) continue;
    requested.add(href);
    const link = root.createElement("link");
    link.rel = "modulepreload";
    link.href = href;
    root.head.append(link);
  }
}

/**
 * Imports the modules `tag`'s widget awaits with its first data (see loadedWithData in
 * vite.config.js) as soon as they arrive, so that they are ready, not only fetched, when the
 * widget's data is. The widget's own import finds them in the page's module map.
 */
export function importWithData(files: ChunkFiles, tag: string, loaderUrl: string): void {
  // A failure is the widget's to see, when its own import fails the same way.
  for (const file of files[tag] ?? []) import(/* @vite-ignore */ new URL(file, loaderUrl).href).catch(() => undefined);
}
