import { useTranslation } from "react-i18next";
import type { Preview } from "../../lib/api";
import { ExplainedLine } from "../../lib/explain";
import { useFormat } from "../../lib/format";
import { TableWrap } from "../../lib/ui";

/** The invoice divided over the units before it is saved; the totals line turns red if cents went missing. */
export function PreviewTable({ preview, currency }: { preview: Preview; currency: string }) {
  const { t } = useTranslation("billing");
  const f = useFormat(currency);
  const balanced = preview.allocatedMinor === preview.totalMinor;
  return (
    <section className="card" aria-labelledby="preview-title" data-testid="invoice-preview">
      <h2 className="card__title" id="preview-title">
        {t("invoices.previewTitle")}
      </h2>
      <p className={balanced ? "notice notice--ok" : "notice notice--error"} data-testid="invoice-preview-total">
        {t("invoices.previewTotals", {
          total: f.money(preview.totalMinor),
          allocated: f.money(preview.allocatedMinor),
        })}
      </p>
      <TableWrap label={t("invoices.previewTitle")}>
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{t("common.unit")}</th>
              <th scope="col" className="num">
                {t("common.amount")}
              </th>
              <th scope="col">{t("common.explanation")}</th>
            </tr>
          </thead>
          <tbody>
            {[...preview.lines]
              .sort((a, b) => a.unitNumber.localeCompare(b.unitNumber, undefined, { numeric: true }))
              .map((line) => (
                <tr key={line.unitId} data-testid="preview-row">
                  <th scope="row">{line.unitNumber}</th>
                  <td className="num">{f.money(line.amountMinor)}</td>
                  <td>
                    <ExplainedLine line={line} currency={currency} compact />
                  </td>
                </tr>
              ))}
          </tbody>
        </table>
      </TableWrap>
    </section>
  );
}
