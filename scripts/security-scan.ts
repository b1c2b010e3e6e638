/**
 * `npm run security:scan`: Electronegativity over src/, judged against the reviewed allow-list.
 * Prints every finding with the reason it is allowed, and exits 1 on anything unexplained or on
 * an allow-list entry no finding needs any more.
 */
import path from 'node:path'
import { formatFinding, judge, loadAllowList, ROOT, scan } from './lib/electronegativity'

const list = loadAllowList()
const findings = await scan(
  path.join(ROOT, 'src'),
  list.excludedChecks.map((c) => c.check)
)
const { unexplained, stale } = judge(findings, list.allowed)
for (const f of findings) {
  const entry = list.allowed.find((a) => judge([f], [a]).unexplained.length === 0)
  console.log(`${entry ? 'allowed ' : 'FINDING '} ${formatFinding(f)}`)
  if (entry) console.log(`         reason: ${entry.reason}`)
}
for (const a of stale)
  console.log(`STALE    ${a.id} ${a.file}: no longer found; remove it from the list`)
console.log(
  `${findings.length} findings, ${findings.length - unexplained.length} allowed, ${unexplained.length} unexplained, ${stale.length} stale`
)
if (unexplained.length > 0 || stale.length > 0) process.exit(1)
