/** Where the command line writes: normal output (stdout) and problems of the tool itself (stderr). */
export interface Io {
  out: (s: string) => void;
  err: (s: string) => void;
  /** A progress line on the terminal (stderr), redrawn in place; absent when stderr is not a terminal. */
  progress?: (s: string) => void;
}
