/** gray-matter's built-in engines (lib/engines.js); the CLI uses its YAML engine directly. */
declare module "gray-matter/lib/engines" {
	interface Engine {
		/** js-yaml 3's safeLoad: the options go to js-yaml (schema, json, listener). */
		parse(text: string, options?: object): unknown;
	}
	const engines: { yaml: Engine };
	export default engines;
}
