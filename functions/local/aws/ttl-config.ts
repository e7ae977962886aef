import { readFile } from "node:fs/promises";
import { writeFileAtomically } from "./atomic-file";

/**
 * Which attribute holds the expiry (epoch seconds) of each table, i.e. what UpdateTimeToLive set.
 * dynalite does not keep this, so it lives in a small JSON file beside its LevelDB store and
 * survives restarts like the data does.
 */
export class TtlConfig {
  private constructor(
    private readonly file: string,
    private readonly attributes: Map<string, string>,
  ) {}

  /** Loads the file, or starts empty when there is none yet. */
  static async load(file: string): Promise<TtlConfig> {
    const text = await readFile(file, "utf8").catch((error: NodeJS.ErrnoException) => {
      if (error.code === "ENOENT") return "{}";
      throw error;
    });
    const parsed = JSON.parse(text) as Record<string, string>;
    return new TtlConfig(file, new Map(Object.entries(parsed)));
  }

  /** The TTL attribute of a table, if TTL is enabled on it. */
  attributeOf(table: string): string | undefined {
    return this.attributes.get(table);
  }

  /** Every table with TTL enabled and its attribute. */
  tables(): [table: string, attribute: string][] {
    return [...this.attributes];
  }

  /** Enables TTL on an attribute, or disables it with `undefined`, and persists the change. */
  async set(table: string, attribute: string | undefined): Promise<void> {
    if (attribute === undefined) this.attributes.delete(table);
    else this.attributes.set(table, attribute);
    await writeFileAtomically(this.file, `${JSON.stringify(Object.fromEntries(this.attributes), null, 2)}\n`);
  }
}
