import { redirect, type AppLoadContext } from "@remix-run/node";
import { type User } from "../../db/schema/accounts";
import { DomainError } from "../lib/errors";
import { pickLocale, type Locale } from "~/lib/i18n-core";
import { translator, type Translate } from "../lib/i18n";
import { can, type Action, type ResourceArgs } from "../lib/policy";
import { readCookie } from "../../db/sessions";
import { defaultTimeZone } from "../lib/format";
import { parseId, parseIds } from "~/lib/ids";
import {
  FormRefused,
  MAX_FORM_BYTES,
  readFormBody,
  refusalStatus,
  type FormLimits,
  type ReadForm,
} from "./form-body.server";

export const LOCALE_COOKIE = "lang";

export function localeOf(request: Request, context: AppLoadContext): Locale {
  return pickLocale({
    profile: context.user?.locale,
    cookie: readCookie(request.headers.get("cookie"), LOCALE_COOKIE),
    acceptLanguage: request.headers.get("accept-language"),
  });
}

export function translatorFor(request: Request, context: AppLoadContext): Translate {
  return translator(localeOf(request, context));
}

export function timeZoneOf(context: AppLoadContext): string {
  return context.user?.timezone ?? defaultTimeZone;
}

/**
 * The body of a form action, read within its limits (`form-body.server.ts`). A body that is not a form of
 * ours — too large, JSON or plain text, garbled multipart, a NUL byte — is answered with a 4xx page in the
 * user's language before the action sees anything, so nothing changes.
 */
export async function readRequestForm(
  request: Request,
  context: AppLoadContext,
  limits: FormLimits = { maxBytes: MAX_FORM_BYTES },
): Promise<ReadForm> {
  try {
    return await readFormBody(request, limits);
  } catch (error) {
    if (!(error instanceof FormRefused)) throw error;
    const t = translatorFor(request, context);
    // A Response (not `data`), so resource routes such as /locale answer with it as it is, and pages show it in
    // the root error boundary.
    throw Response.json(
      { title: t("request.refused.title"), message: t(`request.${error.reason}`) },
      { status: refusalStatus[error.reason] },
    );
  }
}

/** A form without files: the common case. */
export async function readForm(request: Request, context: AppLoadContext): Promise<FormData> {
  return (await readRequestForm(request, context)).form;
}

export function requireUser(request: Request, context: AppLoadContext): User {
  if (context.user) return context.user;
  const url = new URL(request.url);
  throw redirect(`/login?redirectTo=${encodeURIComponent(url.pathname + url.search)}`);
}

/** The signed-in user, when the policy allows them the action; a friendly 403 page otherwise. */
export function requireCan<A extends Action>(
  request: Request,
  context: AppLoadContext,
  action: A,
  ...resource: ResourceArgs<A>
): User {
  const user = requireUser(request, context);
  if (!can(user, action, ...resource)) throw new Response("Forbidden", { status: 403 });
  return user;
}

export type ActionFailure = { fieldErrors?: Record<string, string>; formError?: string };

/** A domain error becomes the form's message in the user's language, with the status it maps to. */
export function failure(error: unknown, t: Translate): { body: ActionFailure; status: number } {
  if (!(error instanceof DomainError)) throw error;
  if (error.status === 404) throw new Response("Not Found", { status: 404 });
  const message = t(error.messageKey, error.params);
  return {
    body: error.field ? { fieldErrors: { [error.field]: message } } : { formError: message },
    status: error.status,
  };
}

export function translateFieldErrors(errors: Record<string, string>, t: Translate): Record<string, string> {
  return Object.fromEntries(Object.entries(errors).map(([k, v]) => [k, t(v as Parameters<Translate>[0])]));
}

/** An id from the URL in its one canonical spelling (ids.ts); anything else is a page that does not exist. */
export function idParam(value: string | undefined): number {
  const id = parseId(value);
  if (id === null) throw new Response("Not Found", { status: 404 });
  return id;
}

/** An id from a form field, in its one spelling; a malformed id names nothing, like one that does not exist. */
export function formId(form: FormData, name: string): number {
  const id = parseId(form.get(name));
  if (id === null) throw new Response("Not Found", { status: 404 });
  return id;
}

/** The same for a field that may be absent or empty (null then). */
export function optionalFormId(form: FormData, name: string): number | null {
  const value = form.get(name);
  return value === null || value === "" ? null : formId(form, name);
}

/** Every value of a repeated id field (checkboxes); one malformed id and the whole request names nothing. */
export function formIds(form: FormData, name: string): number[] {
  const ids = parseIds(form.getAll(name));
  if (ids === null) throw new Response("Not Found", { status: 404 });
  return ids;
}

/**
 * A new password typed twice, as on the invitation and password-reset pages; the mismatch is caught here,
 * the rules (length …) by the command.
 */
export function newPasswordFrom(form: FormData, t: Translate): { password: string } | { mismatch: string } {
  const password = String(form.get("password") ?? "");
  return password === String(form.get("confirm") ?? "") ? { password } : { mismatch: t("password.mismatch") };
}
