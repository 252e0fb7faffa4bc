// Run by `npm version` (the "version" script in package.json), after package.json has the
// new version: writes it into manifest.json and records it in versions.json against the
// minAppVersion it needs, so that an older Obsidian is offered a release it can run.
import { readFileSync, writeFileSync } from "node:fs";

function fail(message) {
	console.error(`version-bump: ${message}`);
	process.exit(1);
}

function readJson(file) {
	try {
		return JSON.parse(readFileSync(file, "utf8"));
	} catch (err) {
		return fail(`cannot read ${file}: ${err.message}`);
	}
}

const version = process.env.npm_package_version ?? "";
// Obsidian compares plain x.y.z versions, and the release tag must be exactly this text.
if (!/^\d+\.\d+\.\d+$/.test(version)) fail(`the version '${version}' is not x.y.z; run it as 'npm version patch' (or minor, major, or x.y.z).`);

const manifest = readJson("manifest.json");
const minAppVersion = manifest.minAppVersion;
if (typeof minAppVersion !== "string" || !/^\d+\.\d+\.\d+$/.test(minAppVersion)) fail("manifest.json has no minAppVersion of the form x.y.z.");
const versions = readJson("versions.json");

manifest.version = version;
versions[version] = minAppVersion;
writeFileSync("manifest.json", `${JSON.stringify(manifest, null, 2)}\n`);
writeFileSync("versions.json", `${JSON.stringify(versions, null, 2)}\n`);
console.log(`version-bump: manifest.json is ${version}; versions.json maps it to Obsidian ${minAppVersion}.`);
