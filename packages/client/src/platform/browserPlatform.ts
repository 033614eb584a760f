import { memoryPlatform, type Platform } from './platform';

/** The real browser: localStorage (falling back to memory when it is blocked), location, downloads. */
export function browserPlatform(): Platform {
  const fallback = memoryPlatform();
  const storage = (() => {
    try {
      const s = window.localStorage;
      s.setItem('denizens.probe', '1');
      s.removeItem('denizens.probe');
      return s;
    } catch {
      return null;
    }
  })();
  return {
    load: (k) => (storage ? storage.getItem(k) : fallback.load(k)),
    save: (k, v) => {
      try {
        if (storage) storage.setItem(k, v);
        else fallback.save(k, v);
      } catch {
        fallback.save(k, v);
      }
    },
    remove: (k) => (storage ? storage.removeItem(k) : fallback.remove(k)),
    keys: () => {
      if (!storage) return fallback.keys();
      const out: string[] = [];
      for (let i = 0; i < storage.length; i++) {
        const k = storage.key(i);
        if (k !== null) out.push(k);
      }
      return out;
    },
    query: () => new URLSearchParams(window.location.search),
    download: (filename, text, mime = 'application/json') => {
      const url = URL.createObjectURL(new Blob([text], { type: mime }));
      const a = document.createElement('a');
      a.href = url;
      a.download = filename;
      document.body.appendChild(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 1000);
    },
  };
}
