import { useEffect } from "react";

/** Names the browser tab after the page: `Sign in · Domus`. */
export function useDocumentTitle(title: string | undefined): void {
  useEffect(() => {
    document.title = title ? `${title} · Domus` : "Domus";
  }, [title]);
}
