import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ErrorState, PageLoading } from "../../../components/States";
import { useDocumentTitle } from "../../../components/useDocumentTitle";
import { type Rule, useDeleteRule, useRules, useUnits } from "../lib/api";
import { useFormat } from "../lib/format";
import { PageHeader, RequestError, Status } from "../lib/ui";
import { RuleForm } from "./rules/RuleForm";
import { RuleHistory } from "./rules/RuleHistory";
import { RulesTable } from "./rules/RulesTable";
import { emptyRuleDraft, type RuleDraft, ruleDraftOf } from "./rules/rule-draft";

/** Charge rules: effective-dated, each with its method, fund, exemptions, the decision behind it and its saved versions. */
export default function RulesPage({ associationId }: { associationId: string }) {
  const { t } = useTranslation("billing");
  useDocumentTitle(t("rules.title"));
  const rules = useRules(associationId);
  const units = useUnits(associationId);
  const remove = useDeleteRule(associationId);
  const [editing, setEditing] = useState<RuleDraft | null>(null);
  const [historyOf, setHistoryOf] = useState<Rule | null>(null);
  const [saved, setSaved] = useState(false);
  const f = useFormat("RON");

  if (rules.isPending || units.isPending) return <PageLoading />;
  if (rules.isError) return <ErrorState error={rules.error} onRetry={() => void rules.refetch()} />;
  if (units.isError) return <ErrorState error={units.error} onRetry={() => void units.refetch()} />;

  const edit = (draft: RuleDraft) => {
    setSaved(false);
    setHistoryOf(null);
    setEditing(draft);
  };
  const showHistory = (rule: Rule) => {
    setEditing(null);
    setHistoryOf(rule);
  };

  return (
    <div className="page">
      <PageHeader title={t("rules.title")} lead={t("rules.lead")}>
        <div className="actions">
          <button type="button" className="button" data-testid="rule-add" onClick={() => edit(emptyRuleDraft())}>
            {t("rules.add")}
          </button>
        </div>
      </PageHeader>
      {editing && (
        <RuleForm
          key={editing.ruleId || "new"}
          associationId={associationId}
          units={units.data.units}
          draft={editing}
          onDone={() => {
            setEditing(null);
            setSaved(true);
          }}
        />
      )}
      {historyOf && (
        <RuleHistory
          key={historyOf.ruleId}
          associationId={associationId}
          rule={historyOf}
          onClose={() => setHistoryOf(null)}
        />
      )}
      {saved && !editing && <Status testId="rule-saved">{t("rules.saved")}</Status>}
      <RequestError error={remove.error} />
      {rules.data.rules.length === 0 ? (
        <p className="empty">{t("rules.none")}</p>
      ) : (
        <RulesTable
          rules={rules.data.rules}
          f={f}
          onEdit={(rule) => edit(ruleDraftOf(rule))}
          onHistory={showHistory}
          onDelete={(rule) => remove.mutate(rule.ruleId)}
          deleting={remove.isPending}
        />
      )}
    </div>
  );
}
