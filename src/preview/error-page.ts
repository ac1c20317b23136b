// The page served while the issue has never rendered: no pages yet, only the toolbar and the problem (pure).

import { escapeAttribute } from "../shared/escape-attribute.js";
import { injectPreview, type PageData } from "./inject-preview.js";

export function renderErrorPage(data: PageData): string {
  const html = `<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<title>${escapeAttribute(data.title)} — preview</title>\n</head>\n<body class="pressroom-preview-empty"></body>\n</html>\n`;
  return injectPreview(html, { ...data, edition: null });
}
