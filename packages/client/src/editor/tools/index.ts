import type { ToolId } from '../state';
import { breach, breachable } from './breach';
import { brush } from './brush';
import { enemyTool, pilotTool } from './entities';
import { erase } from './erase';
import { eyedropper } from './eyedropper';
import { fill } from './fill';
import { light } from './light';
import { objective } from './objective';
import { patrol } from './patrol';
import { rectangle } from './rectangle';
import { select } from './select';
import { strike } from './strike';
import type { Tool } from './tool';

/** Every tool in toolbar order. */
export const TOOLS: readonly Tool[] = [
  brush,
  rectangle,
  fill,
  eyedropper,
  select,
  pilotTool,
  enemyTool,
  patrol,
  objective,
  breach,
  light,
  breachable,
  strike,
  erase,
];

export const toolOf = (id: ToolId): Tool => TOOLS.find((t) => t.id === id)!;

/** The tools that paint terrain or heights (H and the digit keys switch to the last one used). */
export const TERRAIN_TOOLS: ReadonlySet<ToolId> = new Set(['brush', 'rect', 'fill', 'pick']);
