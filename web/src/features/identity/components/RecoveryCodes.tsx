import { useId, useState } from "react";
import { useIdentityT } from "./forms";

/**
 * Recovery codes, shown once: a list to write down or copy, and a confirmation that the person
 * saved them before moving on.
 */
export function RecoveryCodes({ codes, onDone }: { codes: string[]; onDone: () => void }) {
  const { t } = useIdentityT();
  const id = useId();
  const [saved, setSaved] = useState(false);
  const [copied, setCopied] = useState(false);
  return (
    <section className="card id-stack" aria-labelledby={`${id}-title`} data-testid="recovery-codes">
      <h2 id={`${id}-title`} className="card__title">
        {t("recovery.title")}
      </h2>
      <p>{t("recovery.explain")}</p>
      <ol className="id-codes" data-testid="recovery-code-list">
        {codes.map((code) => (
          <li key={code} className="id-code" data-testid="recovery-code">
            {code}
          </li>
        ))}
      </ol>
      <button
        type="button"
        className="button button--secondary"
        onClick={() => {
          void navigator.clipboard?.writeText(codes.join("\n")).then(() => setCopied(true));
        }}
      >
        {copied ? t("recovery.copied") : t("recovery.copy")}
      </button>
      <div className="id-check">
        <input
          id={`${id}-saved`}
          type="checkbox"
          className="id-check__box"
          checked={saved}
          onChange={(e) => setSaved(e.target.checked)}
          data-testid="recovery-saved"
        />
        <label htmlFor={`${id}-saved`}>{t("recovery.saved")}</label>
      </div>
      <button
        type="button"
        className="button button--primary button--block"
        disabled={!saved}
        onClick={onDone}
        data-testid="recovery-done"
      >
        {t("recovery.continue")}
      </button>
    </section>
  );
}
