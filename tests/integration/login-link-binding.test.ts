import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { sendLoginLinkMail } from "@/lib/sign-in/login-link";
import { checkLoginLink, claimLinkProof, confirmLoginLink } from "@/lib/sign-in/login-link-use";
import { confirmBackupEmail, removeBackupEmail, requestBackupEmail } from "@/lib/accounts/backup-email";
import { changePassword } from "@/lib/accounts/change-password";
import { resetPassword } from "@/lib/accounts/password-reset";
import { signOutEverywhere } from "@/lib/accounts/sign-out-everywhere";
import { currentChallenge } from "@/lib/sign-in/challenge";
import { db } from "@/lib/db/client";
import { LINK_PROOF_TTL_MS } from "@/lib/limits";
import { hashToken, randomToken } from "@/lib/security/tokens";
import { createUser, uniqueEmail, uniqueIp, type TestUser } from "../support/db-helpers";
import { currentUserOf } from "../support/current-user";
import { issueLinkToken, openChallenge } from "../support/login-challenge";

/*
 * The login link bound to the challenge that asked for it (issue 10), on the real database:
 * a browser is its challenge token, Auth.js's token store is the app's storeLinkToken.
 */

async function linkRows(email: string) {
  return db.verificationToken.count({ where: { identifier: email } });
}

describe("a link belongs to the challenge that asked for it", () => {
  it("is refused in another browser with its own challenge for the same user, and stays good for the asking one", async () => {
    const user = await createUser({ mfa: true, backupPrefix: "reserve" });
    const asking = await openChallenge(user.id);
    const token = await issueLinkToken(asking);
    // Someone else who knows the password has passed the password step too.
    const other = await openChallenge(user.id);

    expect(await checkLoginLink(other, token)).toBe("noChallenge");
    expect(await confirmLoginLink(other, token)).toEqual({ ok: false, reason: "noChallenge" });
    expect(await linkRows(user.email)).toBe(1);

    const confirmed = await confirmLoginLink(asking, token);
    expect(confirmed).toMatchObject({ ok: true, email: user.email });
  });

  it("lets Auth.js's callback run only with the confirm step's proof, once, without consuming the token otherwise", async () => {
    const user = await createUser({ mfa: true, backupPrefix: "reserve" });
    const asking = await openChallenge(user.id);
    const token = await issueLinkToken(asking);
    const other = await openChallenge(user.id);

    // A GET of the callback URL: the token, but no proof.
    expect(await claimLinkProof(asking, { token, proof: null })).toBe(false);
    expect(await claimLinkProof(null, { token, proof: null })).toBe(false);
    const confirmed = await confirmLoginLink(asking, token);
    if (!confirmed.ok) throw new Error("the asking browser was refused");
    expect(await claimLinkProof(asking, { token, proof: randomToken() })).toBe(false);
    expect(await claimLinkProof(other, { token, proof: confirmed.proof })).toBe(false);
    expect(await claimLinkProof(asking, { token: randomToken(), proof: confirmed.proof })).toBe(false);
    // None of that used anything up.
    expect(await linkRows(user.email)).toBe(1);

    expect(await claimLinkProof(asking, { token, proof: confirmed.proof })).toBe(true);
    expect(await claimLinkProof(asking, { token, proof: confirmed.proof })).toBe(false);
    // The token itself is left for Auth.js, which consumes it next.
    expect(await linkRows(user.email)).toBe(1);
  });

  it("refuses a proof older than its minute", async () => {
    const user = await createUser({ mfa: true, backupPrefix: "reserve" });
    const asking = await openChallenge(user.id);
    const token = await issueLinkToken(asking);
    const confirmed = await confirmLoginLink(asking, token, new Date(Date.now() - LINK_PROOF_TTL_MS - 1_000));
    if (!confirmed.ok) throw new Error("the asking browser was refused");
    expect(await claimLinkProof(asking, { token, proof: confirmed.proof })).toBe(false);
  });

  it("two link requests at once leave one valid link", async () => {
    const user = await createUser({ mfa: true, backupPrefix: "reserve" });
    for (let round = 0; round < 5; round++) {
      const browsers = await Promise.all([openChallenge(user.id), openChallenge(user.id), openChallenge(user.id)]);
      const requests = [...browsers, ...browsers];
      const tokens = await Promise.all(requests.map((challengeToken) => issueLinkToken(challengeToken)));
      expect(await linkRows(user.email)).toBe(1);
      const usable = [];
      for (const [index, token] of tokens.entries()) {
        if ((await checkLoginLink(requests[index] ?? null, token)) === "ok") usable.push(token);
      }
      expect(usable).toHaveLength(1);
    }
  });

  it("mails a link that carries the token only, no login address", async () => {
    const user = await createUser({ mfa: true, backupPrefix: "reserve" });
    const token = await issueLinkToken(await openChallenge(user.id));
    await sendLoginLinkMail({ identifier: user.email, token });
    const mail = await db.outboxMail.findFirstOrThrow({ where: { to: user.backup } });
    const link = /https?:\/\/\S+\/login\/link\?\S+/.exec(mail.text)?.[0] ?? "";
    expect([...new URL(link).searchParams.keys()]).toEqual(["token"]);
    for (const spelling of [user.email, encodeURIComponent(user.email)]) {
      expect(mail.text).not.toContain(spelling);
      expect(mail.html).not.toContain(spelling);
    }
  });
});

describe("changes to the way back void open links and challenges", () => {
  async function withOpenLink(user: TestUser) {
    const asking = await openChallenge(user.id);
    const token = await issueLinkToken(asking);
    expect(await checkLoginLink(asking, token)).toBe("ok");
    return { asking, token };
  }

  async function expectVoided(user: TestUser, { asking, token }: { asking: string; token: string }) {
    expect(await linkRows(user.email)).toBe(0);
    expect(await currentChallenge(asking)).toBeNull();
    expect(await checkLoginLink(asking, token)).not.toBe("ok");
  }

  it("after the backup address is removed, the earlier link is refused", async () => {
    const user = await createUser({ backupPrefix: "reserve" });
    const open = await withOpenLink(user);
    await removeBackupEmail(await currentUserOf(user.id), user.password, uniqueIp());
    await expectVoided(user, open);
  });

  it("after the backup address is changed, the earlier link is refused", async () => {
    const user = await createUser({ backupPrefix: "reserve" });
    const backup = uniqueEmail("nieuw");
    await requestBackupEmail(await currentUserOf(user.id), { email: backup, proof: user.password }, uniqueIp());
    const open = await withOpenLink(user);
    const mail = await db.outboxMail.findFirstOrThrow({ where: { to: backup } });
    await confirmBackupEmail(/\/backup\/confirm\/([A-Za-z0-9_-]+)/.exec(mail.text)?.[1] ?? "");
    await expectVoided(user, open);
  });

  it("after a password change, the earlier link is refused", async () => {
    const user = await createUser({ mfa: true, backupPrefix: "reserve" });
    const open = await withOpenLink(user);
    const newPassword = `een gloednieuw wachtwoord ${randomUUID().slice(0, 8)}`;
    await changePassword(await currentUserOf(user.id), { currentPassword: user.password, newPassword }, uniqueIp());
    await expectVoided(user, open);
  });

  it("after a password reset, the earlier link is refused", async () => {
    const user = await createUser({ mfa: true, backupPrefix: "reserve" });
    const open = await withOpenLink(user);
    const reset = randomToken();
    await db.emailToken.create({
      data: { userId: user.id, purpose: "PASSWORD_RESET", email: user.email, tokenHash: hashToken(reset), expiresAt: new Date(Date.now() + 60_000) },
    });
    await resetPassword(reset, `een gloednieuw wachtwoord ${randomUUID().slice(0, 8)}`);
    await expectVoided(user, open);
  });

  it("after “Overal uitloggen”, the earlier link is refused; other accounts keep theirs", async () => {
    const user = await createUser({ mfa: true, backupPrefix: "reserve" });
    const bystander = await createUser({ mfa: true, backupPrefix: "reserve" });
    const open = await withOpenLink(user);
    const untouched = await withOpenLink(bystander);
    await signOutEverywhere(await currentUserOf(user.id), uniqueIp());
    await expectVoided(user, open);
    expect(await checkLoginLink(untouched.asking, untouched.token)).toBe("ok");
  });
});
