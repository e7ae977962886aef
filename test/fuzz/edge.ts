/**
 * The hostile inputs the fuzzer plants: strings that break naive storage, rendering, exports and
 * templates; values of the wrong type; path segments that try to escape their route; bodies that
 * are not what the route reads.
 */
export const edgeStrings: Record<string, string> = {
  nul: "a\u0000b",
  rtlOverride: "\u202Egnp.exe",
  loneSurrogate: "x\uD800y",
  huge: "A".repeat(70_000),
  csvFormula: "=1+1",
  csvHyperlink: '=HYPERLINK("http://evil.example","x")',
  template: "{{7*7}}",
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a template-injection probe, sent as text
  templateLiteral: "${7*7}",
  empty: "",
  spaces: "   ",
  html: "<script>alert(1)</script>",
  sqlish: "' OR '1'='1",
};

/** A value of another JSON type than the one the schema asks for. */
export function wrongTypesFor(type: string | string[] | undefined): unknown[] {
  const types = Array.isArray(type) ? type : [type];
  const all: [string, unknown][] = [
    ["string", "12"],
    ["integer", 1.5],
    ["number", "NaN"],
    ["boolean", "true"],
    ["object", { nested: true }],
    ["array", [1, 2]],
    ["null", null],
  ];
  const out = all.filter(([t]) => !types.includes(t)).map(([, v]) => v);
  if (types.includes("integer")) out.push(1e21, -1);
  return out;
}

/** Raw (already percent-encoded) path segments that try to leave their route or break decoding. */
export const pathTricks: Record<string, string> = {
  dotdotEncoded: "..%2f..%2fadmin",
  dotdotDouble: "%252e%252e%252f",
  slashEncoded: "a%2Fb",
  backslash: "a%5Cb",
  nul: "x%00y",
  malformedPercent: "%E0%A4%A",
  badPercent: "%zz",
  loneSurrogate: "%ED%A0%80",
  rtlOverride: "%E2%80%AEx",
  veryLong: "a".repeat(10_000),
  longish: "b".repeat(65),
  template: "%7B%7B7*7%7D%7D",
  unicode: "%C3%BCn%C3%AFt",
};

/** Bodies that are not well-formed JSON objects (the content type still says JSON). */
export const malformedBodies: Record<string, string> = {
  truncated: '{"a":',
  notJson: "not json",
  trailingComma: '{"a":1,}',
  array: "[]",
  nullJson: "null",
  number: "42",
  string: '"text"',
  deepNesting: `${"[".repeat(5000)}${"]".repeat(5000)}`,
  protoPollution: '{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}}}',
  duplicateKeys: '{"a":1,"a":2}',
  bom: '\uFEFF{"a":1}',
};

/** Content types other than `application/json` (with a JSON body), and none at all. */
export const wrongContentTypes: Record<string, string | undefined> = {
  textPlain: "text/plain",
  form: "application/x-www-form-urlencoded",
  multipart: "multipart/form-data; boundary=x",
  xml: "application/xml",
  utf16: "application/json; charset=utf-16",
  vendorJson: "application/vnd.evil+json",
  none: undefined,
};

/** Just over the 256 KiB limit of every route. */
export const oversizedBody = JSON.stringify({ filler: "x".repeat(300 * 1024) });
