// npm run score: see commands.ts for what it does.
import { main } from './commands';

void main(process.argv.slice(2));
