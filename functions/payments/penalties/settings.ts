import type { AppDeps } from "../../platform/deps";
import { keys } from "../../platform/keys";

/** The general assembly's decision to charge penalties (Romania requires one), as recorded. */
export interface RecordedDecision {
  /** Number of the assembly's decision, e.g. "3/2024". */
  number: string;
  adoptedOn: string;
  /** Daily fraction, e.g. "0.002" = 0.2 % per day (capped by the country profile). */
  dailyRate: string;
  note?: string;
}

export interface PenaltySettings {
  /** Off stops the daily job for this association even where the law allows penalties. */
  enabled: boolean;
  decision?: RecordedDecision;
  updatedAt?: string;
}

type SettingsItem = PenaltySettings & { pk: string; sk: string };

export async function readPenaltySettings(deps: AppDeps, associationId: string): Promise<PenaltySettings> {
  const item = await deps.table.get<SettingsItem>(keys.penaltySettings(associationId));
  if (!item) return { enabled: true };
  const { pk: _pk, sk: _sk, ...settings } = item;
  return settings;
}

export async function writePenaltySettings(deps: AppDeps, associationId: string, s: PenaltySettings): Promise<void> {
  const item: SettingsItem = {
    ...keys.penaltySettings(associationId),
    ...s,
    updatedAt: deps.clock.now().toISOString(),
  };
  await deps.table.put(item);
}
