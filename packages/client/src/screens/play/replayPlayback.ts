import type { Command, Replay } from '@denizens/engine';
import type { ShownEvent } from '../../game/shownEvents';

/** What playing a replay back needs from the screen. */
export interface ReplayDeck {
  log(line: string, cls: string): void;
  wait(seconds: number): Promise<void>;
  /** Sends one command; its events as the player may see them, or why it was refused. */
  send(command: Command): { ok: true; shown: ShownEvent[] } | { ok: false; message: string };
  play(events: ShownEvent[]): Promise<void>;
  /** The screen was closed: stop. */
  stopped(): boolean;
  hash(): string;
}

/** Plays a replay's commands one by one with their animations, then compares the final state hash. */
export async function playReplay(replay: Replay, verdict: string | undefined, deck: ReplayDeck): Promise<void> {
  deck.log(`Replay: ${replay.commands.length} commands.`, 'phase');
  if (verdict) deck.log(verdict, verdict.startsWith('Verified') ? 'phase' : 'bad');
  await deck.wait(0.6);
  for (let i = 0; i < replay.commands.length; i++) {
    if (deck.stopped()) return;
    const r = deck.send(replay.commands[i]!);
    if (!r.ok) {
      deck.log(`Command ${i} was refused: ${r.message}. The replay does not match this game.`, 'bad');
      return;
    }
    await deck.play(r.shown);
    await deck.wait(0.15);
  }
  const ok = deck.hash() === replay.result.hash;
  deck.log(
    ok
      ? `Replay verified: the final state hash matches (${replay.result.hash}).`
      : 'The final state differs from the replay file.',
    ok ? 'phase' : 'bad',
  );
}
