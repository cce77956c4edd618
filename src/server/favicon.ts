// The site's icon, so that browsers asking for /favicon.ico (GraphiQL's page does, as
// every page without a <link rel="icon">) get an image instead of a 404 in their console.
import type { Express } from 'express';

// three linked nodes: a graph, in the explorer's accent colour
const ICON = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="6" fill="#2457c5"/><path d="M9 22 16 9l7 13z" fill="none" stroke="#fff" stroke-width="2"/><circle cx="16" cy="9" r="4" fill="#ffe27a"/><circle cx="9" cy="22" r="4" fill="#fff"/><circle cx="23" cy="22" r="4" fill="#fff"/></svg>`;

export const FAVICON_PATHS = ['/favicon.ico', '/favicon.svg'];

export function serveFavicon(app: Express): void {
  for (const route of FAVICON_PATHS) {
    app.get(route, (_req, res) => {
      res.set({ 'Content-Type': 'image/svg+xml', 'Cache-Control': 'public, max-age=86400' }).send(ICON);
    });
  }
}
