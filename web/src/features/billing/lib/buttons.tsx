import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";

/** A form's submit button: "Saving…" and disabled while the request runs. */
export function SaveButton({
  pending,
  disabled,
  label,
  testId,
}: {
  pending: boolean;
  disabled?: boolean;
  /** What the button says when idle; "Save" unless given. */
  label?: string;
  testId?: string;
}) {
  const { t } = useTranslation("billing");
  return (
    <button type="submit" className="button button--primary" disabled={pending || disabled} data-testid={testId}>
      {pending ? t("common.saving") : (label ?? t("common.save"))}
    </button>
  );
}

/** A small button in a table row; `label` names the row it acts on for screen readers ("Edit apt. 12"). */
export function RowAction({
  label,
  disabled,
  onClick,
  children,
}: {
  label: string;
  disabled?: boolean;
  onClick: () => void;
  children: ReactNode;
}) {
  return (
    <button
      type="button"
      className="button button--small button--secondary"
      aria-label={label}
      disabled={disabled}
      onClick={onClick}
    >
      {children}
    </button>
  );
}

/** A row's delete button that asks the browser's confirm dialog first. */
export function DeleteAction({
  label,
  confirmText,
  disabled,
  onConfirm,
}: {
  label: string;
  confirmText: string;
  disabled?: boolean;
  onConfirm: () => void;
}) {
  const { t } = useTranslation("billing");
  return (
    <RowAction
      label={label}
      disabled={disabled}
      onClick={() => {
        if (window.confirm(confirmText)) onConfirm();
      }}
    >
      {t("common.delete")}
    </RowAction>
  );
}
