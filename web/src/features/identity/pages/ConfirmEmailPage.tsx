import { Link } from "wouter";
import { paths } from "../../../app/paths";
import { useErrorMessage } from "../../../components/States";
import { useDocumentTitle } from "../../../components/useDocumentTitle";
import { useConfirmEmailChange } from "../api";
import { useIdentityT } from "../components/forms";

/**
 * `/confirm-email/:token`: a button rather than an automatic request, so mail scanners that open
 * links cannot confirm on the person's behalf.
 */
export default function ConfirmEmailPage({ token }: { token: string }) {
  const { t } = useIdentityT();
  useDocumentTitle(t("confirmEmail.title"));
  const confirm = useConfirmEmailChange();
  const messageOf = useErrorMessage();

  return (
    <section className="page page--narrow">
      <h1 className="page__title">{t("confirmEmail.title")}</h1>
      {confirm.isSuccess ? (
        <div className="notice" role="status" data-testid="confirm-email-done">
          <p className="notice__title">{t("confirmEmail.done")}</p>
          <Link href={paths.home}>{t("common.goHome")}</Link>
        </div>
      ) : (
        <>
          <p className="page__lead">{t("confirmEmail.lead")}</p>
          {confirm.isError && (
            <div className="notice notice--error" role="alert" data-testid="confirm-email-error">
              <p>{messageOf(confirm.error)}</p>
            </div>
          )}
          <button
            type="button"
            className="button button--primary button--block"
            disabled={confirm.isPending}
            onClick={() => confirm.mutate(token)}
            data-testid="confirm-email-submit"
          >
            {t("confirmEmail.submit")}
          </button>
        </>
      )}
    </section>
  );
}
