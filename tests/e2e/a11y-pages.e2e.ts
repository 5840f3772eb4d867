import { test } from "./fixtures";
import { auditEveryPage } from "./fixtures/a11y";

/*
 * Issue 13, point 5: axe (WCAG 2.0–2.2, A and AA) finds nothing on any page, signed out
 * and signed in, in both languages, on a desktop screen. The phone has its own file.
 */
for (const locale of ["nl", "en"] as const) {
  test(`no axe violations on any page (${locale}, desktop)`, async ({ page, baseURL }) => {
    await auditEveryPage(page, baseURL ?? "", locale);
  });
}
