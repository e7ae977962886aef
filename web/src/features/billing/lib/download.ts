import { ApiError } from "../../../api/client";
import { apiErrorFrom } from "../../../api/errors";
import { currentLocale } from "../../../i18n";

/**
 * Fetches a file route with the session cookie and saves the answer through a Blob URL and an
 * `<a download>` click, so errors can be shown on the page instead of a blank tab.
 */
export async function downloadFile(url: string, fileName: string): Promise<Blob> {
  let response: Response;
  try {
    response = await fetch(url, { credentials: "same-origin", headers: { "accept-language": currentLocale() } });
  } catch (cause) {
    throw new ApiError(0, "network.unreachable", "", [], undefined, { cause });
  }
  if (!response.ok) throw await apiErrorFrom(response);
  const blob = await response.blob();
  const href = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = href;
  link.download = fileName;
  link.rel = "noopener";
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(href), 30_000);
  return blob;
}

/** A file route's URL: path params filled and a query string. */
export function fileUrl(path: string, params: Record<string, string>, query: Record<string, string | undefined> = {}) {
  const filled = path.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(params[name] ?? ""));
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) if (value) search.set(key, value);
  const text = search.toString();
  return text ? `${filled}?${text}` : filled;
}
