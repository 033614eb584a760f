/** A binary min-heap of tile indices keyed by an integer priority; ties pop in a fixed order (by key then index). */
export class IndexHeap {
  private items: Int32Array;
  private keys: Int32Array;
  size = 0;

  constructor(capacity: number) {
    this.items = new Int32Array(Math.max(16, capacity));
    this.keys = new Int32Array(Math.max(16, capacity));
  }

  clear(): void {
    this.size = 0;
  }

  push(item: number, key: number): void {
    if (this.size === this.items.length) {
      const ni = new Int32Array(this.items.length * 2);
      ni.set(this.items);
      this.items = ni;
      const nk = new Int32Array(this.keys.length * 2);
      nk.set(this.keys);
      this.keys = nk;
    }
    let i = this.size++;
    const items = this.items;
    const keys = this.keys;
    while (i > 0) {
      const p = (i - 1) >> 1;
      const pk = keys[p]!;
      if (pk < key || (pk === key && items[p]! < item)) break;
      items[i] = items[p]!;
      keys[i] = pk;
      i = p;
    }
    items[i] = item;
    keys[i] = key;
  }

  /** Removes and returns the item with the smallest key; -1 when empty. */
  pop(): number {
    if (this.size === 0) return -1;
    const items = this.items;
    const keys = this.keys;
    const top = items[0]!;
    const n = --this.size;
    if (n > 0) {
      const item = items[n]!;
      const key = keys[n]!;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        if (l >= n) break;
        const r = l + 1;
        let c = l;
        if (r < n && (keys[r]! < keys[l]! || (keys[r] === keys[l] && items[r]! < items[l]!))) c = r;
        if (keys[c]! > key || (keys[c] === key && items[c]! > item)) break;
        items[i] = items[c]!;
        keys[i] = keys[c]!;
        i = c;
      }
      items[i] = item;
      keys[i] = key;
    }
    return top;
  }
}
