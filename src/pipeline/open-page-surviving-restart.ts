// Keeps an edition's browser page working when the browser is lost under it: a new page in the restarted browser, the last layout made again (edge).

import type { BrowserSession } from "../stages/paginate/browser-session.js";
import type { EditionPage } from "../stages/paginate/paginate.js";

/**
 * Wraps an edition's page so that a failure of the browser (not of the edition) while opening, laying out or
 * printing opens the page again in the restarted browser and repeats what failed; printing lays the last sizes
 * out first. `restartAfter` decides: it rethrows errors that are not a lost browser, and allows one restart.
 */
export async function openPageSurvivingRestart(
  open: (session: BrowserSession) => Promise<EditionPage>,
  first: BrowserSession,
  restartAfter: (session: BrowserSession, error: unknown) => Promise<BrowserSession>,
): Promise<EditionPage> {
  let session = first;
  const reopen = async (error: unknown) => {
    session = await restartAfter(session, error);
    return open(session);
  };
  let page = await open(session).catch(reopen);
  let last: Parameters<EditionPage["layOut"]> = [];
  const replace = async (error: unknown) => {
    const lost = page;
    page = await reopen(error);
    await lost.close();
  };
  return {
    async layOut(...args) {
      last = args;
      try {
        return await page.layOut(...args);
      } catch (error) {
        await replace(error);
        return page.layOut(...args);
      }
    },
    async print() {
      try {
        return await page.print();
      } catch (error) {
        await replace(error);
        await page.layOut(...last);
        return page.print();
      }
    },
    close: () => page.close(),
  };
}
