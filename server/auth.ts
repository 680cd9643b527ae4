import "server-only";
import type { NextAuthOptions, Session } from "next-auth";
import { getServerSession } from "next-auth";
import { encode } from "next-auth/jwt";
import CredentialsProvider from "next-auth/providers/credentials";
import GitHubProvider from "next-auth/providers/github";
import GoogleProvider from "next-auth/providers/google";
import type { Provider } from "next-auth/providers/index";
import type { Adapter, AdapterUser } from "next-auth/adapters";
import { PrismaAdapter } from "@next-auth/prisma-adapter";
import { cookies, headers } from "next/headers";
import { notFound, redirect } from "next/navigation";
import { SIGN_IN_ERRORS, SignInSchema, type Role } from "@/lib/validation/auth";
import { cleanExternalName } from "@/lib/validation/text";
import { db } from "./db";
import { env } from "./env";
import { getSignInLimiter } from "./rate-limit";
import { requestAddressKey, requestIsHttps } from "./client-address";
import { claimGuestAttempts, GUEST_COOKIE } from "./data/guest-claim";
import { endAllSessions, getSessionAccount, verifyCredentials } from "./data/users";

declare module "next-auth" {
  interface Session {
    user: { id: string; role: Role; name?: string | null; email?: string | null; image?: string | null };
  }
  interface User {
    role?: string;
    sessionVersion?: number;
  }
}
declare module "next-auth/jwt" {
  interface JWT {
    id?: string;
    role?: Role;
    /** The account's session version when the token was made: older versions are signed out. */
    sv?: number;
  }
}

export type SessionUser = { id: string; email: string; name: string | null; role: Role; sessionVersion: number };

/** Sessions last 30 days (JWT in an httpOnly cookie; nothing is stored per session). */
const SESSION_MAX_AGE = 30 * 24 * 60 * 60;

function secureCookies(): boolean {
  return (env().NEXTAUTH_URL ?? "").startsWith("https://");
}

/**
 * Whether the cookies this request sets must be Secure: the public URL is https, or this request came over https
 * (a TLS socket, or a trusted proxy's X-Forwarded-Proto), so a misconfigured NEXTAUTH_URL behind an https proxy
 * still gets Secure cookies from sign-in and sign-up.
 */
export async function secureRequest(): Promise<boolean> {
  return secureCookies() || requestIsHttps(await headers());
}

/** The session cookie next-auth reads: `__Secure-` prefixed when the site is served over https. */
export function sessionCookieName(): string {
  return `${secureCookies() ? "__Secure-" : ""}next-auth.session-token`;
}

function toRole(value: unknown): Role {
  return value === "teacher" ? "teacher" : "student";
}

async function claimFromCookie(userId: string): Promise<void> {
  try {
    const guestId = (await cookies()).get(GUEST_COOKIE)?.value;
    await claimGuestAttempts(userId, guestId);
  } catch (error) {
    // Claiming is best effort: a sign-in must not fail because the guest's attempts could not be moved.
    console.warn("Lectio: could not claim guest attempts:", error);
  }
}

export type AuthenticateResult =
  | { ok: true; user: SessionUser }
  | { ok: false; error: string; reason: "invalid" | "wrong_credentials" | "rate_limited"; retryAfter?: number; remaining?: number };

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Check an email and password, with the sign-in throttle and, on success, the guest claim. Used by the sign-in
 * page's server action and by the Credentials provider. Too many failures for this account from this address, or
 * from this address overall, are refused for a while; failures for the account from everywhere only slow its
 * sign-ins down (the delay is waited here, before the password is checked), so no one can lock the owner out.
 * `wait` is for tests.
 */
export async function authenticate(credentials: Record<string, unknown>, ip: string, wait: (ms: number) => Promise<void> = sleep): Promise<AuthenticateResult> {
  const parsed = SignInSchema.safeParse(credentials);
  if (!parsed.success) return { ok: false, reason: "invalid", error: SIGN_IN_ERRORS.invalid };
  const { email, password } = parsed.data;
  const limiter = getSignInLimiter();

  const { retryAfter, delayMs } = await limiter.check(email, ip);
  if (retryAfter > 0) return { ok: false, reason: "rate_limited", retryAfter, error: `${SIGN_IN_ERRORS.rateLimited}:${retryAfter}` };
  // Unknown emails are counted and slowed down alike, so the delay tells no one which emails have accounts.
  if (delayMs > 0) await wait(delayMs);

  const result = await verifyCredentials(email, password);
  if (!result.ok) {
    const { wait: waitNow, remaining } = await limiter.fail(email, ip);
    if (waitNow > 0) return { ok: false, reason: "rate_limited", retryAfter: waitNow, error: `${SIGN_IN_ERRORS.rateLimited}:${waitNow}` };
    // Unknown email, wrong password and password-less account answer alike: sign-in tells no one which emails exist.
    return { ok: false, reason: "wrong_credentials", error: SIGN_IN_ERRORS.wrongCredentials, remaining };
  }
  await limiter.succeed(email, ip);
  await claimFromCookie(result.user.id);
  const u = result.user;
  return { ok: true, user: { id: u.id, email: u.email, name: u.name, role: u.role, sessionVersion: u.sessionVersion } };
}

/**
 * The current request's client, as the rate limits count it (server actions, route handlers): the connecting
 * address, or the trusted part of X-Forwarded-For when TRUSTED_PROXIES is set (server/client-address.ts).
 */
export async function requestIp(): Promise<string> {
  return requestAddressKey(await headers());
}

function providers(): Provider[] {
  const e = env();
  const list: Provider[] = [
    CredentialsProvider({
      id: "credentials",
      name: "Email and password",
      credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
      async authorize(credentials) {
        const result = await authenticate(credentials ?? {}, await requestIp());
        if (!result.ok) throw new Error(result.error);
        const u = result.user;
        return { id: u.id, email: u.email, name: u.name, role: u.role, sessionVersion: u.sessionVersion };
      },
    }),
  ];
  if (e.GITHUB_ID && e.GITHUB_SECRET) list.push(GitHubProvider({ clientId: e.GITHUB_ID, clientSecret: e.GITHUB_SECRET }));
  if (e.GOOGLE_CLIENT_ID && e.GOOGLE_CLIENT_SECRET) {
    list.push(GoogleProvider({ clientId: e.GOOGLE_CLIENT_ID, clientSecret: e.GOOGLE_CLIENT_SECRET }));
  }
  return list;
}

/** Which OAuth providers are switched on (their buttons show on the sign-in page). */
export function oauthProviders(): { id: "github" | "google"; name: string }[] {
  const e = env();
  const list: { id: "github" | "google"; name: string }[] = [];
  if (e.GITHUB_ID && e.GITHUB_SECRET) list.push({ id: "github", name: "GitHub" });
  if (e.GOOGLE_CLIENT_ID && e.GOOGLE_CLIENT_SECRET) list.push({ id: "google", name: "Google" });
  return list;
}

/** next-auth's Prisma adapter; a GitHub or Google profile name is cleaned before it becomes a display name (issue 16, item 15). */
function adapter(): Adapter {
  const base = PrismaAdapter(db as unknown as Parameters<typeof PrismaAdapter>[0]);
  return { ...base, createUser: (user: Omit<AdapterUser, "id">) => base.createUser!({ ...user, name: cleanExternalName(user.name) }) };
}

export const authOptions: NextAuthOptions = {
  // OAuth sign-ins create User/Account rows through the adapter; sessions themselves are JWTs.
  adapter: adapter(),
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE },
  secret: process.env.NEXTAUTH_SECRET,
  useSecureCookies: secureCookies(),
  pages: { signIn: "/sign-in", error: "/sign-in" },
  providers: providers(),
  callbacks: {
    async jwt({ token, user }) {
      if (user) {
        token.id = user.id;
        token.role = toRole(user.role);
        token.sv = user.sessionVersion ?? 0;
      }
      return token;
    },
    async session({ session, token }) {
      if (token.id) session.user = { ...session.user, id: token.id, role: toRole(token.role) };
      (session as Session & { sv?: number }).sv = token.sv ?? 0;
      return session;
    },
  },
  events: {
    // OAuth sign-ins claim the guest's attempts here (credentials sign-ins already did in authorize).
    async signIn({ user, account }) {
      if (account && account.provider !== "credentials" && user.id) await claimFromCookie(user.id);
    },
  },
};

/**
 * The signed-in user, re-read from the database (so a deleted account is signed out at once and a role change
 * takes effect on the next request), or null.
 */
export async function getSessionUser(): Promise<SessionUser | null> {
  let session: Session | null;
  try {
    session = await getServerSession(authOptions);
  } catch {
    return null;
  }
  const id = session?.user?.id;
  if (!id) return null;
  // A token from before the account's sessions were ended (password change, sign-out) is no session at all.
  const user = await getSessionAccount(id, (session as Session & { sv?: number }).sv ?? 0);
  if (!user) return null;
  return { id: user.id, email: user.email, name: user.name, role: toRole(user.role), sessionVersion: user.sessionVersion };
}

/** The signed-in user; signed-out visitors go to /sign-in and come back to `callbackPath` afterwards. */
export async function requireUser(callbackPath = "/"): Promise<SessionUser> {
  const user = await getSessionUser();
  if (!user) redirect(`/sign-in?callbackUrl=${encodeURIComponent(callbackPath)}`);
  return user;
}

/** A signed-in teacher. Signed-out visitors go to /sign-in; signed-in students get a 404. */
export async function requireTeacher(callbackPath = "/"): Promise<SessionUser> {
  const user = await requireUser(callbackPath);
  if (user.role !== "teacher") notFound();
  return user;
}

/**
 * Start a session for a user from a server action (used right after sign-up): writes the same JWT cookie
 * next-auth writes after a credentials sign-in.
 */
export async function startSession(user: { id: string; email: string; name: string | null; role: string; sessionVersion: number }): Promise<void> {
  const secret = process.env.NEXTAUTH_SECRET;
  if (!secret) throw new Error("NEXTAUTH_SECRET is not set");
  const token = await encode({
    secret,
    maxAge: SESSION_MAX_AGE,
    token: { sub: user.id, id: user.id, email: user.email, name: user.name, role: toRole(user.role), sv: user.sessionVersion },
  });
  (await cookies()).set(sessionCookieName(), token, {
    httpOnly: true,
    sameSite: "lax",
    path: "/",
    secure: await secureRequest(),
    maxAge: SESSION_MAX_AGE,
  });
}

/**
 * Sign out: ends every session of the signed-in account (session tokens are JWTs and can't be revoked one by one,
 * so a copied cookie would otherwise outlive the sign-out), then clears this browser's cookie.
 */
export async function signOutEverywhere(): Promise<void> {
  const user = await getSessionUser();
  if (user) await endAllSessions(user.id);
  await endSession();
}

/** Clear this browser's session cookie (account deletion; see signOutEverywhere for signing out). */
export async function endSession(): Promise<void> {
  // A __Secure- cookie can only be overwritten with the Secure attribute, so expire it explicitly.
  (await cookies()).set(sessionCookieName(), "", { httpOnly: true, sameSite: "lax", path: "/", secure: await secureRequest(), maxAge: 0 });
}

/** Claim the current browser's guest attempts for a user (sign-up). */
export async function claimGuestAttemptsFromCookie(userId: string): Promise<void> {
  await claimFromCookie(userId);
}
