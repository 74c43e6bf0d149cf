/** `oagen init [--ts]`: a commented starter config and an example spec; never overwrites. */
import { writeStarterFiles } from "../../config/index.js";
import type { CommandSpec } from "../command-table.js";
import { EXIT } from "../exit-codes.js";
import { UsageError } from "../usage-error.js";

export const initCommand: CommandSpec = {
  name: "init",
  summary: "Write a commented starter oagen.config.json and an example spec under specs/ (refuses to overwrite).",
  usage: "",
  flags: [{ name: "ts", type: "boolean", description: "write oagen.config.ts (with defineConfig) instead of oagen.config.json" }],
  examples: ["oagen init && oagen generate", "oagen init --ts"],
  async run(parsed, cwd) {
    if (parsed.positionals.length > 0) throw new UsageError(`init takes no arguments (got "${parsed.positionals[0]}")`, "init");
    const result = writeStarterFiles(cwd, { typescript: parsed.values["ts"] === true });
    if (result.existing.length > 0) {
      process.stderr.write(`oagen init: ${result.existing.join(", ")} already exist${result.existing.length === 1 ? "s" : ""}; nothing written.\n  Fix: edit the existing file, or move it away and run oagen init again.\n`);
      return EXIT.badInput;
    }
    process.stdout.write(`oagen init: wrote ${result.written.join(", ")}.\nNext: put your specs under specs/<service>/<api-version>/ and run \`npx oagen generate\`.\n`);
    return EXIT.ok;
  },
};
