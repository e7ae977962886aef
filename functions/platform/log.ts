/**
 * Structured JSON logs. Callers pass ids and codes, never personal data: values under keys that
 * look personal are redacted as a second line of defence.
 */
export type LogLevel = "debug" | "info" | "warn" | "error";
const order: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40 };
const personalKeys = /email|name|password|phone|address|iban|token|secret|code|text|body/i;

export interface Logger {
  debug(message: string, data?: Record<string, unknown>): void;
  info(message: string, data?: Record<string, unknown>): void;
  warn(message: string, data?: Record<string, unknown>): void;
  error(message: string, data?: Record<string, unknown>): void;
  child(context: Record<string, unknown>): Logger;
}

export function redact(data: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(data)) {
    out[key] = personalKeys.test(key) && key !== "errorCode" ? "[redacted]" : value;
  }
  return out;
}

export function createLogger(
  level: LogLevel,
  context: Record<string, unknown> = {},
  write: (line: string) => void = (line) => process.stdout.write(`${line}\n`),
): Logger {
  const emit = (at: LogLevel, message: string, data: Record<string, unknown> = {}) => {
    if (order[at] < order[level]) return;
    write(JSON.stringify({ level: at, time: new Date().toISOString(), message, ...context, ...redact(data) }));
  };
  return {
    debug: (m, d) => emit("debug", m, d),
    info: (m, d) => emit("info", m, d),
    warn: (m, d) => emit("warn", m, d),
    error: (m, d) => emit("error", m, d),
    child: (more) => createLogger(level, { ...context, ...more }, write),
  };
}

export const silentLogger: Logger = createLogger("error", {}, () => {});
