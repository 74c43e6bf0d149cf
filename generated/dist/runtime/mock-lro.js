/** Path segment of the mock's status monitors and results, below the service's base path. */
export const LRO_PATH_SEGMENT = "/.oagen-mock/operations/";
export class LroSessions {
	sessions = new Map();
	/** Request URL → session, while a GET of it serves the result. */
	byRequestUrl = new Map();
	count = 0;
	/**
	* Starts an operation: the answer (the operation's accepted status, `accepted` its fixture body) whose headers
	* name its status monitor.
	*/
	start(operation, requestUrl, basePath, result, accepted, controls) {
		const id = String(++this.count);
		const session = {
			operation,
			result,
			controls,
			polled: 0,
			requestUrl: requestUrl.href
		};
		this.sessions.set(id, session);
		const monitor = `${requestUrl.origin}${basePath}${LRO_PATH_SEGMENT}${id}`;
		const headers = { "operation-location": monitor };
		const via = operation.lro?.finalStateVia;
		if (via === "azure-async-operation") headers["azure-asyncoperation"] = monitor;
		if (via === "location" || via === undefined && operation.method === "POST") headers["location"] = `${monitor}/result`;
		if (controls.retryAfterSeconds !== undefined) headers["retry-after"] = String(controls.retryAfterSeconds);
		if (readsRequestUrl(operation)) this.byRequestUrl.set(requestUrl.href, session);
		const status = operation.lro?.acceptedStatus ?? 202;
		return {
			status,
			headers,
			...accepted === undefined ? {} : { body: accepted }
		};
	}
	/** The answer to a GET of a status monitor, a result URL or a request URL the mock owns; else undefined. */
	answer(method, url, basePath) {
		if (method !== "GET") return undefined;
		const prefix = basePath + LRO_PATH_SEGMENT;
		if (url.pathname.startsWith(prefix)) {
			const [id, rest] = url.pathname.slice(prefix.length).split("/", 2);
			const session = this.sessions.get(id ?? "");
			if (session === undefined) return {
				status: 404,
				headers: {},
				body: { error: {
					code: "NotFound",
					message: "No such operation on this mock."
				} }
			};
			return rest === "result" ? resultReply(session) : this.poll(session);
		}
		const session = this.byRequestUrl.get(url.href);
		return session !== undefined && isSucceeded(session) ? resultReply(session) : undefined;
	}
	clear() {
		this.sessions.clear();
		this.byRequestUrl.clear();
	}
	poll(session) {
		const polls = Math.max(0, Math.floor(session.controls.polls ?? 1));
		session.polled++;
		const headers = {};
		if (session.controls.retryAfterSeconds !== undefined) headers["retry-after"] = String(session.controls.retryAfterSeconds);
		if (session.polled <= polls) return {
			status: 200,
			headers,
			body: { status: "InProgress" }
		};
		const outcome = session.controls.outcome ?? "succeeded";
		if (outcome === "failed") {
			const error = {
				code: session.controls.error?.code ?? "OperationFailed",
				message: session.controls.error?.message ?? "The long-running operation failed."
			};
			return {
				status: 200,
				headers: {},
				body: {
					status: "Failed",
					error
				}
			};
		}
		if (outcome === "canceled") return {
			status: 200,
			headers: {},
			body: { status: "Canceled" }
		};
		const result = session.result.body;
		// Read from the monitor itself: the result, marked done (Azure's status body holds `status`).
		const body = readsMonitor(session.operation) && isObject(result) ? {
			...result,
			status: "Succeeded"
		} : { status: "Succeeded" };
		return {
			status: 200,
			headers: {},
			body
		};
	}
}
function isSucceeded(session) {
	return session.polled > Math.max(0, Math.floor(session.controls.polls ?? 1)) && (session.controls.outcome ?? "succeeded") === "succeeded";
}
function resultReply(session) {
	if (!isSucceeded(session)) return {
		status: 404,
		headers: {},
		body: { error: {
			code: "NotFound",
			message: "The operation has no result yet."
		} }
	};
	const { status, headers, body } = session.result;
	return {
		status: status === 202 ? 200 : status,
		headers: { ...headers },
		...body === undefined ? {} : { body }
	};
}
/** The result is a GET of the request URL (PUT, PATCH or `original-uri`). */
function readsRequestUrl(operation) {
	return operation.method === "PUT" || operation.method === "PATCH" || operation.lro?.finalStateVia === "original-uri";
}
/** The result is the last status-monitor body (POST without a Location for its result). */
function readsMonitor(operation) {
	const via = operation.lro?.finalStateVia;
	return operation.method === "POST" && (via === "azure-async-operation" || via === "operation-location");
}
function isObject(value) {
	return typeof value === "object" && value !== null && !Array.isArray(value);
}
//# sourceMappingURL=mock-lro.js.map
