// `npm start`: install what is missing, then serve the game (default map) with Vite.
import { ensureInstalled, pnpm } from './bootstrap.mjs';

ensureInstalled();
const open = process.env.DISPLAY || process.platform === 'darwin' || process.platform === 'win32' ? ['--open'] : [];
process.exit(pnpm(['--filter', '@denizens/client', 'exec', 'vite', ...open, ...process.argv.slice(2)]));
