import jsQR from "jsqr";
import type { Page } from "playwright-core";

/**
 * Reads the QR code an `<img>` on the page shows, as a banking app's camera would: the loaded
 * image's pixels (same origin, so the canvas may read them) decoded with jsQR.
 */
export async function decodeQrOf(page: Page, testId: string): Promise<string> {
  const image = await page.getByTestId(testId).evaluate((img: HTMLImageElement) => {
    const canvas = document.createElement("canvas");
    canvas.width = img.naturalWidth;
    canvas.height = img.naturalHeight;
    const context = canvas.getContext("2d");
    if (!context) throw new Error("no 2d canvas");
    context.drawImage(img, 0, 0);
    const pixels = context.getImageData(0, 0, canvas.width, canvas.height);
    return { width: pixels.width, height: pixels.height, data: Array.from(pixels.data) };
  });
  const found = jsQR(Uint8ClampedArray.from(image.data), image.width, image.height);
  if (!found) throw new Error(`no QR code found in [data-testid=${testId}]`);
  return new TextDecoder().decode(Uint8Array.from(found.binaryData));
}
