import { test } from "./fixtures";
import { auditEveryPage } from "./fixtures/a11y";
import { suiteDatabaseIsPostgres } from "./fixtures/suite-database";

/*
 * Issue 13, point 5: axe (WCAG 2.0–2.2, A and AA) finds nothing on any page, signed out
 * and signed in, in both languages, on a desktop screen. The phone has its own file.
 */
// The markup is the same whichever database serves it; the audit renders every page in two
// languages and takes minutes, so the SQLite run does it.
test.skip(suiteDatabaseIsPostgres, "the pages' markup does not depend on the database; the SQLite run audits them");

for (const locale of ["nl", "en"] as const) {
  test(`no axe violations on any page (${locale}, desktop)`, async ({ page, baseURL }) => {
    await auditEveryPage(page, baseURL ?? "", locale);
  });
}
