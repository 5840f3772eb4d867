import { test } from "./fixtures";
import { auditEveryPage } from "./fixtures/a11y";

/*
 * Issue 13, point 5: the same axe audit on a phone (Pixel 7 project), where the layout
 * differs: the menu sits behind a button and tables become lists.
 */
for (const locale of ["nl", "en"] as const) {
  test(`no axe violations on any page (${locale}, phone)`, async ({ page, baseURL }) => {
    await auditEveryPage(page, baseURL ?? "", locale);
  });
}
