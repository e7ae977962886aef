import { useTranslation } from "react-i18next";
import type { Rule } from "../../lib/api";
import type { Format } from "../../lib/format";
import { DeleteAction, RowAction, TableWrap } from "../../lib/ui";

/** The association's charge rules with how each is computed, its validity and the decision behind it. */
export function RulesTable({
  rules,
  f,
  onEdit,
  onHistory,
  onDelete,
  deleting,
}: {
  rules: Rule[];
  f: Format;
  onEdit: (rule: Rule) => void;
  onHistory: (rule: Rule) => void;
  onDelete: (rule: Rule) => void;
  deleting: boolean;
}) {
  const { t } = useTranslation("billing");
  return (
    <TableWrap label={t("rules.title")}>
      <table className="table" data-testid="rules-table">
        <thead>
          <tr>
            <th scope="col">{t("rules.name")}</th>
            <th scope="col">{t("rules.method")}</th>
            <th scope="col" className="num">
              {t("rules.amount")}
            </th>
            <th scope="col">{t("rules.fund")}</th>
            <th scope="col">{t("rules.valid")}</th>
            <th scope="col">{t("rules.decision")}</th>
            <th scope="col">
              <span className="visually-hidden">{t("common.actions")}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rules.map((r) => (
            <tr key={r.ruleId} data-testid="rule-row" data-rule-id={r.ruleId}>
              <th scope="row">
                {r.name}
                {(r.exempt.length > 0 || r.beneficiaries) && (
                  <span className="row__meta">
                    {r.exempt.length > 0 && t("rules.exemptCount", { count: r.exempt.length })}{" "}
                    {r.beneficiaries && t("rules.beneficiaryCount", { count: r.beneficiaries.length })}
                  </span>
                )}
              </th>
              <td>{t(`methods.${r.method}`)}</td>
              <td className="num">{f.decimal(r.amount, { minFraction: 2 })}</td>
              <td>{t(`funds.${r.fund}`)}</td>
              <td>
                {f.period(r.validFrom)} – {r.validTo ? f.period(r.validTo) : t("rules.openEnded")}
              </td>
              <td>
                {r.decision
                  ? t("rules.decisionShort", { number: r.decision.number, date: f.date(r.decision.date) })
                  : "—"}
              </td>
              <td className="table__actions">
                <RowAction label={t("rules.editRule", { name: r.name })} onClick={() => onEdit(r)}>
                  {t("common.edit")}
                </RowAction>
                <RowAction label={t("ruleHistory.show", { name: r.name })} onClick={() => onHistory(r)}>
                  {t("ruleHistory.action")}
                </RowAction>
                <DeleteAction
                  label={t("rules.deleteRule", { name: r.name })}
                  confirmText={t("rules.confirmDelete", { name: r.name })}
                  disabled={deleting}
                  onConfirm={() => onDelete(r)}
                />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableWrap>
  );
}
