// Runs the graphql-http server audits against the URL given as the first
// argument. Prints one line per audit and exits 1 when a MUST (error) or
// SHOULD (warn) audit fails; optional (MAY) ones are reported only.
import { serverAudits } from 'graphql-http';

const url = process.argv[2];
if (!url) {
  console.error('usage: node audit.mjs URL');
  process.exit(2);
}
let failed = 0;
const counts = { ok: 0, warn: 0, error: 0, notice: 0 };
for (const audit of serverAudits({ url })) {
  const result = await audit.fn();
  counts[result.status]++;
  let line = `${result.status.toUpperCase().padEnd(6)} ${result.id} ${result.name}`;
  if (result.status !== 'ok') {
    line += ` -- ${result.reason}`;
  }
  console.log(line);
  if (result.status === 'error' || result.status === 'warn') {
    failed++;
  }
}
console.log(`audit: ${counts.ok} ok, ${counts.error} MUST failures, ${counts.warn} SHOULD failures, ${counts.notice} MAY notices`);
process.exit(failed ? 1 : 0);
