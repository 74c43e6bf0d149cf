/**
 * Where JSON text first goes wrong (Node 20's `JSON.parse` does not always say): a small recursive-descent
 * scan returning the offset of the first unexpected character and what was expected there, or undefined when
 * the text is valid JSON. Used only to point a config syntax error at its line and column.
 */
export interface JsonSyntaxProblem {
  offset: number;
  expected: string;
}

export function findJsonSyntaxError(text: string): JsonSyntaxProblem | undefined {
  let i = 0;
  const ws = () => {
    while (i < text.length && " \t\r\n".includes(text[i]!)) i++;
  };
  const fail = (expected: string): never => {
    throw { offset: i, expected } satisfies JsonSyntaxProblem;
  };
  const value = (depth: number): void => {
    if (depth > 256) fail("less nesting");
    ws();
    const c = text[i];
    if (c === "{") {
      i++;
      ws();
      if (text[i] === "}") return void i++;
      for (;;) {
        ws();
        if (text[i] !== '"') fail("a quoted key");
        string();
        ws();
        if (text[i] !== ":") fail('":"');
        i++;
        value(depth + 1);
        ws();
        if (text[i] === ",") i++;
        else if (text[i] === "}") return void i++;
        else fail('"," or "}"');
      }
    } else if (c === "[") {
      i++;
      ws();
      if (text[i] === "]") return void i++;
      for (;;) {
        value(depth + 1);
        ws();
        if (text[i] === ",") i++;
        else if (text[i] === "]") return void i++;
        else fail('"," or "]"');
      }
    } else if (c === '"') string();
    else {
      const m = /^(?:true|false|null|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?)/.exec(text.slice(i, i + 400));
      if (!m) fail("a value");
      i += m![0].length;
    }
  };
  const string = () => {
    i++;
    while (i < text.length && text[i] !== '"') {
      if (text[i] === "\n") fail('a closing "');
      i += text[i] === "\\" ? 2 : 1;
    }
    if (i >= text.length) fail('a closing "');
    i++;
  };
  try {
    value(0);
    ws();
    if (i < text.length) fail("the end of the file");
    return undefined;
  } catch (problem) {
    return problem as JsonSyntaxProblem;
  }
}
