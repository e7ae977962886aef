/**
 * Real ids of the running Domus, learned from the answers themselves: any string under a key named
 * like a path parameter (`unitId`, `meterId`, `period`, …) is remembered per association, so the
 * valid samples reach real records instead of bouncing off 404s.
 */
const idShape = /^[A-Za-z0-9_-]{1,64}$/;
const idKeys = new Set([
  "associationId",
  "unitId",
  "personId",
  "userId",
  "sessionId",
  "period",
  "invoiceId",
  "ruleId",
  "lineId",
  "bank",
  "paymentId",
  "meterId",
  "notificationId",
  "documentId",
  "caseId",
  "invitationId",
]);

export class IdPool {
  private readonly byScope = new Map<string, Map<string, Set<string>>>();
  /** Ids that a valid write must not touch (the fuzzing people themselves, the owner's unit). */
  private readonly protectedIds = new Set<string>();

  add(scope: string, key: string, value: string): void {
    if (!idShape.test(value)) return;
    const name = key === "userId" ? "personId" : key;
    const keys = this.byScope.get(scope) ?? new Map<string, Set<string>>();
    this.byScope.set(scope, keys);
    const values = keys.get(name) ?? new Set<string>();
    keys.set(name, values);
    values.add(value);
  }

  protect(value: string): void {
    this.protectedIds.add(value);
  }

  isProtected(value: string): boolean {
    return this.protectedIds.has(value);
  }

  /** Ids of a kind in an association (scope `-` holds ids outside any association). */
  get(scope: string, name: string): string[] {
    const here = [...(this.byScope.get(scope)?.get(name) ?? [])];
    const anywhere = scope === "-" ? [] : [...(this.byScope.get("-")?.get(name) ?? [])];
    return [...new Set([...here, ...anywhere])].sort();
  }

  /** Walks an answer and remembers every id-like value. */
  harvest(scope: string, body: unknown): void {
    if (Array.isArray(body)) for (const item of body) this.harvest(scope, item);
    else if (body && typeof body === "object") {
      const record = body as Record<string, unknown>;
      const here = typeof record.associationId === "string" ? record.associationId : scope;
      for (const [key, value] of Object.entries(record)) {
        if (typeof value === "string" && idKeys.has(key)) this.add(key === "associationId" ? "-" : here, key, value);
        else this.harvest(here, value);
      }
    }
  }
}
