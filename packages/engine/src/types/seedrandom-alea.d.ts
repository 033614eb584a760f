declare module 'seedrandom/lib/alea.js' {
  /** Alea's whole state: four numbers, exact in JSON. */
  export interface AleaState {
    c: number;
    s0: number;
    s1: number;
    s2: number;
  }
  export interface AleaPrng {
    (): number;
    int32(): number;
    double(): number;
    quick(): number;
    state(): AleaState;
  }
  export default function alea(seed: string, options: { state: true | AleaState }): AleaPrng;
}
