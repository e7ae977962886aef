import { useTranslation } from "react-i18next";
import { Link } from "wouter";
import { paths } from "../app/paths";
import { useDocumentTitle } from "../components/useDocumentTitle";

export default function NotFoundPage() {
  const { t } = useTranslation();
  useDocumentTitle(t("notFound.title"));
  return (
    <section className="page page--narrow" data-testid="not-found">
      <h1 className="page__title">{t("notFound.title")}</h1>
      <p>{t("notFound.body")}</p>
      <p>
        <Link className="button" href={paths.home}>
          {t("notFound.home")}
        </Link>
      </p>
    </section>
  );
}
