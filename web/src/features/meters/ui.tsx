import { useTranslation } from "react-i18next";
import { ApiError } from "../../api/client";
import { useMe } from "../../api/queries";
import { useErrorMessage } from "../../components/States";

/** The error of one field from a failed request (or of anything under it), if the server named it. */
export function errorAt(error: unknown, path: string): string | undefined {
  if (!(error instanceof ApiError)) return undefined;
  return error.fields.find((f) => f.path === path || f.path.startsWith(`${path}.`))?.message;
}

/**
 * The message of a failed request, and the field problems not already shown beside a field
 * (`shown` lists the paths the form displays itself).
 */
export function RequestProblem({
  error,
  shown = [],
  testId = "meters-error",
}: {
  error: unknown;
  shown?: readonly string[];
  testId?: string;
}) {
  const messageOf = useErrorMessage();
  if (!error) return null;
  const isShown = (path: string) => shown.some((s) => path === s || path.startsWith(`${s}.`));
  const rest = error instanceof ApiError ? error.fields.filter((f) => !isShown(f.path)) : [];
  return (
    <div className="notice notice--error" role="alert" data-testid={testId}>
      <p className="notice__title">{messageOf(error)}</p>
      {rest.length > 0 && (
        <ul className="field-errors">
          {rest.map((f) => (
            <li key={`${f.path}|${f.code}`}>
              <span className="field-errors__path">{f.path}</span>: {f.message}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** A meter's kind as people say it ("Cold water"). */
export function useKindName(): (kind: string) => string {
  const { t } = useTranslation("meters");
  return (kind) => t(`kinds.${kind as "water_cold"}`);
}

/** Mirrors the server's `meters.write` (functions/identity/model/policy.ts): who is offered changes. */
const writers = ["chairman", "accountant", "administrator"];

export function useCanWriteMeters(associationId: string): boolean {
  const me = useMe();
  const roles = me.data?.memberships.find((m) => m.associationId === associationId)?.roles ?? [];
  return roles.some((r) => writers.includes(r));
}
