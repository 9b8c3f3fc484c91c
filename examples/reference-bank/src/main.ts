// Runs the reference bank until interrupted: `pnpm --filter @hezuo/reference-bank build && pnpm --filter @hezuo/reference-bank start`.
import { startReferenceBank } from './referenceBank';

const port = Number(process.env.PORT ?? 0);
const bank = await startReferenceBank({ port: Number.isInteger(port) ? port : 0 });
console.log(`reference bank listening on ${bank.url} (Ctrl-C to stop)`);
process.once('SIGINT', () => {
  bank.close().then(() => process.exit(0));
});
