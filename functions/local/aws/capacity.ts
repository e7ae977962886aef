/** What dynalite reports per call when asked with `ReturnConsumedCapacity: "TOTAL"`. */
export interface ConsumedCapacity {
  TableName: string;
  CapacityUnits: number;
}

/**
 * Sums the capacity of the single-item calls a transaction is made of, per table. DynamoDB
 * charges transactional requests twice (prepare and commit), so the sums are doubled.
 */
export class CapacityTally {
  private readonly units = new Map<string, number>();

  constructor(private readonly unit: "ReadCapacityUnits" | "WriteCapacityUnits") {}

  /** Adds the capacity one call consumed, if it reported any. */
  add(consumed: ConsumedCapacity | undefined): void {
    if (!consumed) return;
    this.units.set(consumed.TableName, (this.units.get(consumed.TableName) ?? 0) + consumed.CapacityUnits * 2);
  }

  /** The `ConsumedCapacity` list of the transaction's answer. */
  report(): Record<string, string | number>[] {
    return [...this.units].map(([TableName, units]) => ({ TableName, CapacityUnits: units, [this.unit]: units }));
  }
}

/** Whether the caller asked for consumed capacity at all. */
export function wantsCapacity(input: Record<string, unknown>): boolean {
  return input.ReturnConsumedCapacity === "TOTAL" || input.ReturnConsumedCapacity === "INDEXES";
}
