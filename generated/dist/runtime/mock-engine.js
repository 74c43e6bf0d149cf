/**
* The mock service engine behind the mock HttpClient, the msw handlers and `oagen mock`: routes a request to an
* operation of a service description, applies the scenario controls, checks the request as the service would,
* and answers from the fixtures or with an error body of the service's own model. Transport-free: requests and
* answers are plain data, so each adapter stays a few lines. (Copied verbatim into the generated package.)
*/
import { checkApiVersion, checkBearerToken, checkParameters } from "./mock-checks.js";
import { errorBody, errorHeaders, problemForStatus } from "./mock-errors.js";
import { LroSessions } from "./mock-lro.js";
import { nextPageUrl, PageSessions } from "./mock-paging.js";
import { recordCall } from "./mock-record.js";
import { compileRoutes, matchRoute, PAGE_TOKEN_PARAMETER } from "./mock-route.js";
import { ScenarioState } from "./mock-scenario.js";
/** Calls a mock keeps by default (`maxRecordedCalls`): memory stays bounded in a long-running test server. */
export const DEFAULT_MAX_RECORDED_CALLS = 1e3;
/** Thrown when a request's abort signal fires before the mock answers (the name core and fetch use). */
export class MockAbortError extends Error {
	constructor() {
		super("The operation was aborted.");
		this.name = "AbortError";
	}
}
export function createMockEngine(description, options = {}) {
	const routes = compileRoutes(description);
	const scenarios = new ScenarioState(description.fixtures, options.scenarios);
	const sessions = new PageSessions();
	const lroSessions = new LroSessions();
	const calls = [];
	const requireBearerToken = options.requireBearerToken ?? true;
	const maxRecordedCalls = Math.max(0, Math.floor(options.maxRecordedCalls ?? DEFAULT_MAX_RECORDED_CALLS));
	let answered = 0;
	async function handle(request) {
		if (request.abortSignal?.aborted) throw new MockAbortError();
		const headers = lowerCaseNames(request.headers);
		const url = new URL(request.url);
		const method = request.method.toUpperCase();
		const polled = lroSessions.answer(method, url, description.basePath);
		if (polled !== undefined) return lroStatusAnswer(request, headers, polled);
		const route = matchRoute(routes, method, url);
		const operationId = route.kind === "operation" || route.kind === "page" ? route.operation.operationId : undefined;
		const call = recordCall({
			method,
			url: request.url,
			headers,
			bodyText: request.bodyText
		}, operationId);
		if (maxRecordedCalls > 0) {
			if (calls.length >= maxRecordedCalls) calls.splice(0, calls.length - maxRecordedCalls + 1);
			calls.push(call);
		}
		const answer = await answerRoute(route, {
			url,
			headers,
			bodyText: request.bodyText,
			abortSignal: request.abortSignal
		});
		if (answer.kind === "response") {
			call.status = answer.status;
			answer.headers = withServiceHeaders(answer.headers, headers, ++answered);
		}
		return answer;
	}
	/** A status monitor or result of a long-running operation: recorded and token-checked like any call. */
	function lroStatusAnswer(request, headers, reply) {
		const call = recordCall({
			method: "GET",
			url: request.url,
			headers,
			bodyText: request.bodyText
		}, undefined);
		calls.push(call);
		const problem = requireBearerToken ? checkBearerToken(headers) : undefined;
		const answer = problem ? problemAnswer(description.errorModel, problem) : jsonAnswer(reply.status, reply.headers, reply.body);
		call.status = answer.status;
		answer.headers = withServiceHeaders(answer.headers, headers, ++answered);
		return answer;
	}
	async function answerRoute(route, request) {
		if (route.kind === "not-found") {
			return problemAnswer(description.errorModel, {
				...problemForStatus(404),
				message: `No operation of the ${description.service} service has the path '${request.url.pathname}'.`
			});
		}
		if (route.kind === "method-not-allowed") {
			const answer = problemAnswer(description.errorModel, problemForStatus(405));
			answer.headers["allow"] = route.allow.join(", ");
			return answer;
		}
		const { operation } = route;
		if (requireBearerToken && operation.bearerToken) {
			const problem = checkBearerToken(request.headers);
			if (problem) return problemAnswer(operation.errorModel, problem);
		}
		const plan = scenarios.planCall(operation.operationId);
		if (plan.controls.delayMs !== undefined && plan.controls.delayMs > 0) {
			await delay(plan.controls.delayMs, request.abortSignal);
		}
		if (plan.dropConnection) return { kind: "drop" };
		if (plan.throttle) {
			const answer = problemAnswer(operation.errorModel, problemForStatus(plan.throttle.status));
			answer.headers["retry-after"] = String(Math.ceil(plan.throttle.retryAfterMs / 1e3));
			answer.headers["retry-after-ms"] = String(plan.throttle.retryAfterMs);
			return answer;
		}
		if (route.kind === "page") return pageAnswer(operation, request.url, plan);
		const problem = checkApiVersion(operation, request.url, description.apiVersions) ?? checkParameters(operation, {
			url: request.url,
			pathValues: route.pathValues,
			headers: request.headers,
			bodyText: request.bodyText
		});
		if (problem) return problemAnswer(operation.errorModel, problem);
		return fixtureAnswer(operation, request.url, plan);
	}
	function fixtureAnswer(operation, url, plan) {
		const answer = scenarios.nextAnswer(operation.operationId, plan);
		const table = description.fixtures[operation.operationId] ?? {};
		const name = answer.fixture ?? operation.defaultFixture;
		const fixture = Object.prototype.hasOwnProperty.call(table, name) ? table[name] : undefined;
		const status = answer.status ?? fixture?.status;
		if (status === undefined) {
			// An operation whose schema no value satisfies has no synthesised answer (oagen warned: fixture-synthesis).
			return problemAnswer(operation.errorModel, {
				...problemForStatus(501),
				message: `The mock has no answer for ${operation.operationId}: no fixture could be synthesised for its schema. Set a scenario with a status and a body.`
			});
		}
		let headers = { ...fixture?.headers };
		let body = fixture?.body;
		if (answer.body !== undefined) body = answer.body;
		else if (answer.status !== undefined && !isSuccess(answer.status)) {
			const problem = problemForStatus(answer.status);
			body = errorBody(operation.errorModel, problem);
			headers = errorHeaders(operation.errorModel, problem);
		}
		if (operation.lro !== undefined && plan.controls.lro !== false && isSuccess(status)) {
			const accepted = description.fixtures[operation.operationId][String(operation.lro.acceptedStatus)]?.body;
			const started = lroSessions.start(operation, url, description.basePath, {
				status,
				headers: {
					...headers,
					...answer.headers
				},
				body
			}, accepted, plan.controls.lro ?? {});
			return jsonAnswer(started.status, started.headers, started.body);
		}
		const { pages } = plan.controls;
		if (operation.paging && pages !== undefined && pages > 1 && isSuccess(status)) {
			body = sessions.split(operation.paging, body, pages, (token) => nextPageUrl(url, operation.apiVersionParameter, token));
		}
		return jsonAnswer(status, {
			...headers,
			...answer.headers
		}, body);
	}
	function pageAnswer(operation, url, plan) {
		const page = sessions.page(url.searchParams.get(PAGE_TOKEN_PARAMETER) ?? "");
		if (page === undefined) {
			return problemAnswer(operation.errorModel, {
				...problemForStatus(404),
				message: `The ${PAGE_TOKEN_PARAMETER} does not name a page of this mock.`,
				target: PAGE_TOKEN_PARAMETER
			});
		}
		return jsonAnswer(200, { ...plan.controls.headers }, page);
	}
	const controller = {
		description,
		handle,
		hasPath: (url) => routes.some((route) => route.pathPattern.test(url.pathname)),
		get calls() {
			return calls;
		},
		setScenario(operationId, scenario) {
			scenarios.set(operationId, scenario);
		},
		reset() {
			scenarios.reset();
			sessions.clear();
			lroSessions.clear();
			calls.length = 0;
		}
	};
	return controller;
}
function problemAnswer(model, problem) {
	return jsonAnswer(problem.status, errorHeaders(model, problem), errorBody(model, problem));
}
function jsonAnswer(status, headers, body) {
	if (body === undefined || status === 204 || status === 304) return {
		kind: "response",
		status,
		headers
	};
	return {
		kind: "response",
		status,
		headers: {
			"content-type": "application/json; charset=utf-8",
			...headers
		},
		bodyText: JSON.stringify(body)
	};
}
/** Adds what every Azure answer carries: an `x-ms-request-id`, and the caller's `x-ms-client-request-id` echoed. */
function withServiceHeaders(headers, requestHeaders, n) {
	const out = { ...headers };
	const names = new Set(Object.keys(out).map((name) => name.toLowerCase()));
	if (!names.has("x-ms-request-id")) out["x-ms-request-id"] = `00000000-0000-4000-8000-${n.toString(16).padStart(12, "0")}`;
	const clientRequestId = requestHeaders["x-ms-client-request-id"];
	if (clientRequestId !== undefined && !names.has("x-ms-client-request-id")) out["x-ms-client-request-id"] = clientRequestId;
	return out;
}
function lowerCaseNames(headers) {
	const out = {};
	for (const [name, value] of Object.entries(headers)) out[name.toLowerCase()] = value;
	return out;
}
function isSuccess(status) {
	return status >= 200 && status < 300;
}
function delay(ms, signal) {
	return new Promise((resolve, reject) => {
		const onAbort = () => {
			clearTimeout(timer);
			reject(new MockAbortError());
		};
		const timer = setTimeout(() => {
			signal?.removeEventListener("abort", onAbort);
			resolve();
		}, ms);
		signal?.addEventListener("abort", onAbort, { once: true });
	});
}
//# sourceMappingURL=mock-engine.js.map
