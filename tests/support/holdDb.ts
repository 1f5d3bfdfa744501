// Child process for the lock tests: takes the database with the app's exclusive lock, says
// so on stdout, and holds it until killed. Run: node --import tsx holdDb.ts <dbPath> [owner]
import { type Owner, openExclusive } from '../../electron/db/lock';

const [dbPath, owner = 'test'] = process.argv.slice(2);
if (!dbPath) throw new Error('usage: holdDb.ts <dbPath> [owner]');
// Keep the connection reachable: a collected better-sqlite3 handle closes, dropping the lock.
const held = openExclusive(dbPath, owner as Owner);
process.stdout.write(`holding ${process.pid}\n`);
setInterval(() => held.open, 60_000);
