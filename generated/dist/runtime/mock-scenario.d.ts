/**
* Scenario state of a mock: the controls set per operation (merged over the `"*"` controls) and per-operation
* call counters, turned into a plan for each call. (Copied verbatim into the generated package.)
*/
import type { MockAnswerControls, MockFixtureSet, MockScenario, MockScenarios } from "./mock-types.js";
export interface CallPlan {
	/** The operation's scenario over the `"*"` controls. */
	controls: MockScenario;
	dropConnection: boolean;
	throttle?: {
		status: 429 | 503;
		retryAfterMs: number;
	};
}
export declare class ScenarioState {
	private readonly scenarios;
	/** Calls per operation since its scenario was set (every call, pages included). */
	private readonly calls;
	/** Calls per operation answered from a fixture (steps through `answers`). */
	private readonly served;
	private readonly fixtures;
	constructor(fixtures: MockFixtureSet, initial: MockScenarios | undefined);
	set(operationId: string, scenario: MockScenario): void;
	reset(): void;
	/** Counts a call of `operationId` and says what happens to it. */
	planCall(operationId: string): CallPlan;
	/** The answer for the next answered call of a planned call: its `answers` entry over the scenario's controls. */
	nextAnswer(operationId: string, plan: CallPlan): MockAnswerControls;
}
//# sourceMappingURL=mock-scenario.d.ts.map
