/** Longest side of a stored thumbnail, in pixels: sharp at the list's 64 px on a 4× screen. */
const THUMBNAIL_SIZE = 256;

/**
 * A small JPEG of an image for lists, made once on upload so a page of entries never decodes
 * full-size photos. Transparent areas become white (JPEG has no alpha). Undefined when the
 * browser cannot decode the file (a damaged photo is still stored, just without a preview).
 */
export async function makeThumbnail(data: Blob): Promise<Blob | undefined> {
  const full = await createImageBitmap(data).catch(() => undefined);
  if (!full) return undefined;
  try {
    const scale = Math.min(1, THUMBNAIL_SIZE / Math.max(full.width, full.height));
    const width = Math.max(1, Math.round(full.width * scale));
    const height = Math.max(1, Math.round(full.height * scale));
    const small = await createImageBitmap(full, {
      resizeWidth: width,
      resizeHeight: height,
      resizeQuality: 'high',
    });
    try {
      const canvas = new OffscreenCanvas(width, height);
      const context = canvas.getContext('2d');
      if (!context) return undefined;
      context.fillStyle = '#ffffff';
      context.fillRect(0, 0, width, height);
      context.drawImage(small, 0, 0);
      return await canvas.convertToBlob({ type: 'image/jpeg', quality: 0.85 });
    } finally {
      small.close();
    }
  } finally {
    full.close();
  }
}
