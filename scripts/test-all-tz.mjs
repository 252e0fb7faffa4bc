// Runs the unit tests once per time zone: a local-time bug shows in at least one of them.
// Ends with one plain "N passed, N failed" line summed over the runs.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const zones = ["UTC", "America/Los_Angeles", "Asia/Kolkata"];
const extra = process.argv.slice(2);
const dir = mkdtempSync(join(tmpdir(), "ifu-vitest-"));
const failedZones = [];
let passed = 0;
let failed = 0;
for (const tz of zones) {
	console.log(`\n=== unit tests with TZ=${tz} ===`);
	const out = join(dir, `${tz.replace(/\//g, "_")}.json`);
	const run = spawnSync("npx", ["vitest", "run", "--reporter=default", "--reporter=json", `--outputFile.json=${out}`, ...extra], {
		stdio: "inherit",
		env: { ...process.env, TZ: tz },
	});
	try {
		const report = JSON.parse(readFileSync(out, "utf8"));
		passed += report.numPassedTests;
		failed += report.numFailedTests;
		if (report.numTotalTests === 0) failedZones.push(`${tz} (no tests ran)`);
	} catch {
		failedZones.push(`${tz} (no report)`);
	}
	if (run.status !== 0 && !failedZones.some((z) => z.startsWith(tz))) failedZones.push(tz);
}
rmSync(dir, { recursive: true, force: true });
if (failedZones.length > 0) console.error(`\nUnit tests failed in: ${failedZones.join(", ")}`);
else console.log(`\nUnit tests passed in ${zones.length} time zones (${zones.join(", ")}).`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failedZones.length > 0 ? 1 : 0);
