const DEFAULT_RETRY_AFTER_MS = 1e3;
export class ScenarioState {
	scenarios = new Map();
	/** Calls per operation since its scenario was set (every call, pages included). */
	calls = new Map();
	/** Calls per operation answered from a fixture (steps through `answers`). */
	served = new Map();
	fixtures;
	constructor(fixtures, initial) {
		this.fixtures = fixtures;
		for (const [operationId, scenario] of Object.entries(initial ?? {})) {
			if (scenario) this.set(operationId, scenario);
		}
	}
	set(operationId, scenario) {
		if (operationId === "*") {
			if ("fixture" in scenario || "answers" in scenario) {
				throw new Error(`mock: the "*" scenario cannot pick fixtures or script answers (those are per operation)`);
			}
			this.calls.clear();
			this.served.clear();
		} else {
			const names = Object.prototype.hasOwnProperty.call(this.fixtures, operationId) ? this.fixtures[operationId] : undefined;
			if (names === undefined) {
				throw new Error(`mock: unknown operation '${operationId}'; known: ${Object.keys(this.fixtures).join(", ")}`);
			}
			for (const name of fixtureNames(scenario)) {
				if (!Object.prototype.hasOwnProperty.call(names, name)) {
					throw new Error(`mock: ${operationId} has no fixture '${name}'; known: ${Object.keys(names).join(", ")}`);
				}
			}
			this.calls.delete(operationId);
			this.served.delete(operationId);
		}
		this.scenarios.set(operationId, { ...scenario });
	}
	reset() {
		this.scenarios.clear();
		this.calls.clear();
		this.served.clear();
	}
	/** Counts a call of `operationId` and says what happens to it. */
	planCall(operationId) {
		const n = this.calls.get(operationId) ?? 0;
		this.calls.set(operationId, n + 1);
		const controls = {
			...this.scenarios.get("*"),
			...this.scenarios.get(operationId)
		};
		const drop = controls.dropConnection;
		const plan = {
			controls,
			dropConnection: drop === true || typeof drop === "object" && n < drop.count
		};
		if (controls.throttle && n < controls.throttle.count) {
			plan.throttle = {
				status: controls.throttle.status ?? 429,
				retryAfterMs: controls.throttle.retryAfterMs ?? DEFAULT_RETRY_AFTER_MS
			};
		}
		return plan;
	}
	/** The answer for the next answered call of a planned call: its `answers` entry over the scenario's controls. */
	nextAnswer(operationId, plan) {
		const scenario = plan.controls;
		const answers = scenario.answers ?? [];
		let step = {};
		if (answers.length > 0) {
			const n = this.served.get(operationId) ?? 0;
			this.served.set(operationId, n + 1);
			step = answers[Math.min(n, answers.length - 1)];
		}
		const answer = { headers: {
			...scenario.headers,
			...step.headers
		} };
		const fixture = step.fixture ?? scenario.fixture;
		const status = step.status ?? scenario.status;
		const body = step.body !== undefined ? step.body : scenario.body;
		if (fixture !== undefined) answer.fixture = fixture;
		if (status !== undefined) answer.status = status;
		if (body !== undefined) answer.body = body;
		return answer;
	}
}
function fixtureNames(scenario) {
	const names = (scenario.answers ?? []).flatMap((answer) => answer.fixture === undefined ? [] : [answer.fixture]);
	return scenario.fixture === undefined ? names : [scenario.fixture, ...names];
}
//# sourceMappingURL=mock-scenario.js.map
