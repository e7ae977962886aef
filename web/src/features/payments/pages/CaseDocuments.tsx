import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import {
  attachCaseDocumentContract,
  caseDocumentFile,
  caseDocumentUploadContract,
} from "../../../../../functions/debts/document-contracts";
import { formalNoticeFile } from "../../../../../functions/payments/reminders/contracts";
import { request } from "../../../api/client";
import { useErrorMessage } from "../../../components/States";
import { currentLocale } from "../../../i18n";
import { fileUrl } from "../../billing/lib/download";
import { useFormat } from "../../billing/lib/format";
import type { DebtCase } from "../api";

/** The size limit the server enforces (it answers a translated error above it). */
const maxMb = 10;
const accept = "application/pdf,image/jpeg,image/png,.pdf,.jpg,.jpeg,.png";

class UploadFailed extends Error {}

/**
 * Sends a file straight to storage: the server checks the announced type and size and signs both
 * into a short-lived URL, the browser PUTs the file there, then the server checks what was stored
 * and lists it with the case.
 */
async function uploadCaseDocument(associationId: string, unitId: string, file: File) {
  const params = { associationId, unitId };
  const body = { name: file.name, contentType: file.type || "application/octet-stream", sizeBytes: file.size };
  const slot = await request(caseDocumentUploadContract, { params, body });
  const put = await fetch(slot.uploadUrl, { method: "PUT", body: file, headers: slot.headers });
  if (!put.ok) throw new UploadFailed(`upload answered ${put.status}`);
  return request(attachCaseDocumentContract, { params, body: { documentId: slot.documentId, name: file.name } });
}

function useUploadCaseDocument(associationId: string, unitId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (file: File) => uploadCaseDocument(associationId, unitId, file),
    onSuccess: () => client.invalidateQueries({ queryKey: ["payments", "admin", associationId, "cases"] }),
  });
}

function sizeText(bytes: number): string {
  const kb = bytes / 1024;
  const unit = kb >= 1024 ? "megabyte" : "kilobyte";
  const value = kb >= 1024 ? kb / 1024 : Math.max(1, kb);
  return new Intl.NumberFormat(currentLocale(), { style: "unit", unit, maximumFractionDigits: 1 }).format(value);
}

/**
 * The documents of a unit's debt-collection case (the formal notice, court filings, a payment
 * plan): the list with download links, a link to the formal notice generated from today's debts,
 * and — for those who may change the case — a file picker.
 */
export function CaseDocuments({
  associationId,
  unitId,
  current,
  currency,
}: {
  associationId: string;
  unitId: string;
  current: DebtCase | undefined;
  currency: string;
}) {
  const { t } = useTranslation("payments");
  const f = useFormat(currency);
  const upload = useUploadCaseDocument(associationId, unitId);
  const inputId = useId();
  const documents = current?.documents ?? [];
  const messageOf = useErrorMessage();
  return (
    <section aria-labelledby={`${inputId}-title`} data-testid="case-documents">
      <h3 className="card__title" id={`${inputId}-title`}>
        {t("debts.documents")}
      </h3>
      {documents.length === 0 && <p className="empty">{t("debts.noDocuments")}</p>}
      <ul className="rows">
        {documents.map((d) => (
          <li key={d.documentId} className="row" data-testid="case-document">
            <a
              className="row__label"
              href={fileUrl(caseDocumentFile.path, { associationId, unitId, documentId: d.documentId })}
              aria-label={t("debts.downloadDocument", { name: d.name })}
            >
              {d.name}
            </a>
            <span className="row__meta">
              {t("debts.documentMeta", { size: sizeText(d.sizeBytes), date: f.date(d.uploadedAt.slice(0, 10)) })}
            </span>
          </li>
        ))}
        <li className="row">
          <a className="row__label" href={fileUrl(formalNoticeFile.path, { associationId, unitId })}>
            {t("debts.formalNotice")}
          </a>
        </li>
      </ul>
      {current && (
        <div className="field">
          <label className="field__label" htmlFor={inputId}>
            {t("debts.addDocument")}
          </label>
          <input
            id={inputId}
            className="input"
            type="file"
            accept={accept}
            disabled={upload.isPending}
            aria-describedby={`${inputId}-hint`}
            data-testid="case-document-input"
            onChange={(e) => {
              const file = e.target.files?.[0];
              const input = e.target;
              if (!file) return;
              upload.mutate(file, {
                onSettled: () => {
                  input.value = "";
                },
              });
            }}
          />
          <p className="field__hint" id={`${inputId}-hint`}>
            {upload.isPending ? t("debts.uploading") : t("debts.documentHint", { max: maxMb })}
          </p>
          {upload.isSuccess && (
            <p className="notice notice--ok" role="status">
              {t("debts.documentAdded", { name: upload.data.case.documents.at(-1)?.name ?? "" })}
            </p>
          )}
          {upload.isError && (
            // The server's message names what is wrong with the file (type, size) in the person's language.
            <p className="notice notice--error" role="alert" data-testid="case-document-error">
              {upload.error instanceof UploadFailed ? t("debts.uploadFailed") : messageOf(upload.error)}
            </p>
          )}
        </div>
      )}
    </section>
  );
}
