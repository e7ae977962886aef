import type { CheckName } from "./checks";
import { checkNames } from "./checks";

/**
 * Counts of a fuzz run: requests per status class and per role, how many answers each check
 * looked at and how many broke it, and the distinct findings with one example each.
 */
export interface Finding {
  check: CheckName;
  operation: string;
  status: number;
  detail: string;
  count: number;
  example: { role: string; label: string; request: string; answer: string };
}

export class Tally {
  requests = 0;
  readonly statusClasses: Record<string, number> = {};
  readonly statuses: Record<string, number> = {};
  readonly roles: Record<string, number> = {};
  readonly checked = Object.fromEntries(checkNames.map((c) => [c, 0])) as Record<CheckName, number>;
  readonly failed = Object.fromEntries(checkNames.map((c) => [c, 0])) as Record<CheckName, number>;
  /** Operations that answered at least one 2xx (the fuzzer reached their happy path). */
  readonly reachedOk = new Set<string>();
  readonly operations = new Set<string>();
  readonly undocumentedStatuses: Record<string, number> = {};
  /** Milliseconds spent per operation, to show where a run's time goes. */
  readonly timeByOperation: Record<string, number> = {};
  readonly requestsByOperation: Record<string, number> = {};
  private readonly findings = new Map<string, Finding>();

  answer(role: string, operation: string, status: number, ms = 0): void {
    this.requests++;
    this.timeByOperation[operation] = (this.timeByOperation[operation] ?? 0) + ms;
    this.requestsByOperation[operation] = (this.requestsByOperation[operation] ?? 0) + 1;
    const cls = `${Math.floor(status / 100)}xx`;
    this.statusClasses[cls] = (this.statusClasses[cls] ?? 0) + 1;
    this.statuses[status] = (this.statuses[status] ?? 0) + 1;
    this.roles[role] = (this.roles[role] ?? 0) + 1;
    this.operations.add(operation);
    if (status >= 200 && status < 300) this.reachedOk.add(operation);
  }

  undocumented(operation: string, status: number): void {
    const key = `${operation} ${status}`;
    this.undocumentedStatuses[key] = (this.undocumentedStatuses[key] ?? 0) + 1;
  }

  check(name: CheckName, fault: Omit<Finding, "check" | "count"> | undefined): void {
    this.checked[name]++;
    if (!fault) return;
    this.failed[name]++;
    const key = `${name}|${fault.operation}|${fault.status}|${fault.detail}`;
    const known = this.findings.get(key);
    if (known) known.count++;
    else this.findings.set(key, { check: name, count: 1, ...fault });
  }

  allFindings(): Finding[] {
    return [...this.findings.values()].sort((a, b) => b.count - a.count);
  }

  summary(): string {
    const lines = [
      `requests: ${this.requests} over ${this.operations.size} operations (${this.reachedOk.size} answered 2xx at least once)`,
      `per role: ${Object.entries(this.roles)
        .map(([r, n]) => `${r} ${n}`)
        .join(", ")}`,
      `per status class: ${Object.entries(this.statusClasses)
        .sort()
        .map(([c, n]) => `${c} ${n}`)
        .join(", ")}`,
      `per status: ${Object.entries(this.statuses)
        .map(([s, n]) => `${s} ${n}`)
        .join(", ")}`,
      "checks (failed / checked):",
      ...checkNames.map((c) => `  ${c.padEnd(18)} ${this.failed[c]} / ${this.checked[c]}`),
    ];
    const slowest = Object.entries(this.timeByOperation)
      .sort((a, b) => b[1] - a[1])
      .slice(0, 5);
    const each = (op: string, ms: number) => `${op} ${(ms / 1000).toFixed(1)} s/${this.requestsByOperation[op]}`;
    lines.push(`most time (total s / requests): ${slowest.map(([op, ms]) => each(op, ms)).join(", ")}`);
    const undocumented = Object.entries(this.undocumentedStatuses);
    if (undocumented.length > 0) {
      lines.push(`undocumented statuses (not 2xx): ${undocumented.map(([k, n]) => `${k} ×${n}`).join(", ")}`);
    }
    const findings = this.allFindings();
    if (findings.length > 0) lines.push(`findings (${findings.length} distinct):`);
    for (const f of findings) {
      lines.push(`  [${f.check}] ${f.operation} → ${f.status} ${f.detail} ×${f.count}`);
      lines.push(`      e.g. ${f.example.role} / ${f.example.label}: ${f.example.request}`);
      lines.push(`      answer: ${f.example.answer}`);
    }
    return lines.join("\n");
  }
}
