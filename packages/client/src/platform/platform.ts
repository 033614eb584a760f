/**
 * Everything the client needs from the browser outside the canvas, behind one small interface, so
 * the game logic (sessions, saves, replays) runs in tests under node with `memoryPlatform`.
 */
export interface Platform {
  load(key: string): string | null;
  save(key: string, value: string): void;
  remove(key: string): void;
  /** Every stored key (in no particular order). */
  keys(): string[];
  /** The page's query string parameters (?map=…&seed=…). */
  query(): URLSearchParams;
  /** Offers a text file to the player (a download in the browser). */
  download(filename: string, text: string, mime?: string): void;
}

/** A platform that keeps everything in memory (tests, and a fallback when storage is blocked). */
export function memoryPlatform(
  search = '',
): Platform & { store: Map<string, string>; downloads: { filename: string; text: string }[] } {
  const store = new Map<string, string>();
  const downloads: { filename: string; text: string }[] = [];
  return {
    store,
    downloads,
    load: (k) => store.get(k) ?? null,
    save: (k, v) => void store.set(k, v),
    remove: (k) => void store.delete(k),
    keys: () => [...store.keys()],
    query: () => new URLSearchParams(search),
    download: (filename, text) => void downloads.push({ filename, text }),
  };
}
