import { defineConfig } from "vitest/config";

/*
 * Test files share their worker process (`isolate: false`): they load ts-morph, TypeScript and the generator once
 * per worker instead of once per file (import time 76 s → 9 s; the suite 334 s → 195 s on 2 cores). Every file
 * restores what it changes (process.stdout in runCli, env vars, log levels, servers in afterAll). Three workers on
 * two cores: many tests wait on child processes (tsc, npm, the oagen bin), so one more worker than cores keeps
 * both busy (195 s → 177 s; four workers measured the same as three).
 */
/** Files that must run in a fresh process: they set AZURE_LOG_LEVEL before @azure/logger loads. */
const FRESH_PROCESS = ["test/runtime/leak.test.ts", "test/clients/leak.test.ts"];

export default defineConfig({
  test: {
    root: new URL("..", import.meta.url).pathname,
    exclude: ["**/node_modules/**", "test/downstream/node_modules/**"],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: "forks",
    maxWorkers: 3,
    globalSetup: ["test/support/build-generator.ts"],
    projects: [
      {
        extends: true,
        test: { name: "shared", include: ["test/**/*.test.ts"], exclude: [...FRESH_PROCESS, "**/node_modules/**"], isolate: false },
      },
      { extends: true, test: { name: "fresh", include: FRESH_PROCESS } },
    ],
  },
});
