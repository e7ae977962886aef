import { useTranslation } from "react-i18next";
import { ErrorState, PageLoading } from "../../../../components/States";
import type { Rule } from "../../lib/api";
import { useFormat } from "../../lib/format";
import { type RuleVersion, useRuleHistory } from "../../lib/record-api";
import { TableWrap } from "../../lib/ui";
import { changeText } from "./change-text";

function Summary({ version }: { version: RuleVersion }) {
  const { t } = useTranslation("billing");
  const f = useFormat("RON");
  if (version.legacy) return <>{t("ruleHistory.legacy")}</>;
  return (
    <>
      {version.created && <strong>{t("ruleHistory.created")}</strong>}
      {version.changes.map((c) => (
        <div key={c.field}>{changeText(c, version.created, t, f)}</div>
      ))}
    </>
  );
}

/** Every saved version of a rule, newest first: when, who and what changed. Versions are never edited. */
export function RuleHistory({
  associationId,
  rule,
  onClose,
}: {
  associationId: string;
  rule: Rule;
  onClose: () => void;
}) {
  const { t } = useTranslation("billing");
  const f = useFormat("RON");
  const history = useRuleHistory(associationId, rule.ruleId);
  return (
    <section className="card" aria-labelledby="rule-history-title" data-testid="rule-history">
      <h2 className="card__title" id="rule-history-title">
        {t("ruleHistory.title", { name: rule.name })}
      </h2>
      <p className="field__hint">{t("ruleHistory.lead")}</p>
      {history.isPending && <PageLoading />}
      {history.isError && <ErrorState error={history.error} onRetry={() => void history.refetch()} />}
      {history.data && (
        <TableWrap label={t("ruleHistory.title", { name: rule.name })}>
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t("ruleHistory.version")}</th>
                <th scope="col">{t("ruleHistory.when")}</th>
                <th scope="col">{t("ruleHistory.who")}</th>
                <th scope="col">{t("ruleHistory.what")}</th>
              </tr>
            </thead>
            <tbody>
              {history.data.versions.map((v) => (
                <tr key={v.version} data-testid="rule-version" data-version={v.version}>
                  <th scope="row">{v.version}</th>
                  <td>{v.savedAt ? f.dateTime(v.savedAt) : "—"}</td>
                  <td>{v.savedBy?.name || (v.legacy ? "—" : t("ruleHistory.platform"))}</td>
                  <td>
                    <Summary version={v} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      )}
      {history.data?.truncated && <p className="field__hint">{t("ruleHistory.truncated")}</p>}
      <div className="actions">
        <button type="button" className="button button--secondary" data-testid="rule-history-close" onClick={onClose}>
          {t("common.close")}
        </button>
      </div>
    </section>
  );
}
