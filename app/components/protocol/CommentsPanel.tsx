/**
 * «Замечания»: members comment on a selected passage; the list shows the open ones (author, side, time in the
 * reader's zone, the quoted passage), highlights a passage on request, and lets the secretaries resolve them.
 * Resolved ones are folded away. The forms are real POSTs to /meetings/:id/protocol/comments.
 */
import type { Editor } from "@tiptap/core";
import { useFetcher } from "@remix-run/react";
import { useEffect, useId, useRef, useState } from "react";
import { useI18n } from "~/components/i18n";
import { COMMENT_MAX } from "~/lib/protocol-comment-rules";
import type { ProtocolView } from "~/web/protocol-view.server";
import { anchorOfSelection, showPassage, type Anchor } from "./comment-anchors";

type Comment = ProtocolView["comments"][number];
type CommentResult = { ok: boolean; fieldErrors?: Record<string, string>; formError?: string };

export function CommentsPanel(props: {
  meetingId: number;
  comments: Comment[];
  canComment: boolean;
  canResolve: boolean;
  editor: Editor | null;
}) {
  const { t } = useI18n();
  const open = props.comments.filter((c) => !c.resolvedAt);
  const resolved = props.comments.filter((c) => c.resolvedAt);
  const [shown, setShown] = useState<number | null>(null);
  const [gone, setGone] = useState<number | null>(null);
  const action = `/meetings/${props.meetingId}/protocol/comments`;

  function show(comment: Comment) {
    if (!props.editor) return;
    const hide = shown === comment.id;
    setShown(hide ? null : comment.id);
    const found = showPassage(props.editor, hide ? null : comment);
    setGone(found ? null : comment.id);
  }

  return (
    <section className="protocol-comments" aria-labelledby="protocol-comments-title">
      <h2 id="protocol-comments-title">{t("protocolEditor.comments")}</h2>
      {props.canComment && props.editor && <NewComment action={action} editor={props.editor} />}
      {open.length === 0 ? (
        <p className="muted">{t("protocolEditor.comments.none")}</p>
      ) : (
        <ul className="protocol-comments__list">
          {open.map((c) => (
            <li key={c.id}>
              <CommentCard comment={c} highlighted={shown === c.id}>
                {gone === c.id && <p className="muted">{t("protocolEditor.comments.passageGone")}</p>}
                <div className="protocol-comment__actions">
                  {props.editor && (
                    <button
                      type="button"
                      className="button button--quiet"
                      aria-pressed={shown === c.id}
                      onClick={() => show(c)}
                    >
                      {t("protocolEditor.comments.show")}
                    </button>
                  )}
                  {props.canResolve && <ResolveButton action={action} commentId={c.id} />}
                </div>
              </CommentCard>
            </li>
          ))}
        </ul>
      )}
      {resolved.length > 0 && (
        <details className="protocol-comments__resolved">
          <summary>{t("protocolEditor.comments.resolved", { count: resolved.length })}</summary>
          <ul className="protocol-comments__list">
            {resolved.map((c) => (
              <li key={c.id}>
                <CommentCard comment={c} highlighted={false} />
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}

function CommentCard({
  comment: c,
  highlighted,
  children,
}: {
  comment: Comment;
  highlighted: boolean;
  children?: React.ReactNode;
}) {
  const { t, dateTime } = useI18n();
  return (
    <article
      className={`protocol-comment${highlighted ? " protocol-comment--shown" : ""}`}
      style={{ borderColor: c.colour }}
    >
      <p className="protocol-comment__meta">
        {t("protocolEditor.comments.by", {
          author: c.authorName,
          side: c.sideName ?? "—",
          time: dateTime(c.createdAt),
        })}
      </p>
      <blockquote className="protocol-comment__quote">«{c.quote}»</blockquote>
      <p className="protocol-comment__text">{c.text}</p>
      {c.resolvedAt && (
        <p className="muted">
          {t("protocolEditor.comments.resolvedBy", { name: c.resolvedByName ?? "—", time: dateTime(c.resolvedAt) })}
        </p>
      )}
      {children}
    </article>
  );
}

function ResolveButton({ action, commentId }: { action: string; commentId: number }) {
  const { t } = useI18n();
  const fetcher = useFetcher<CommentResult>();
  return (
    <fetcher.Form method="post" action={action}>
      <input type="hidden" name="intent" value="resolve" />
      <input type="hidden" name="commentId" value={commentId} />
      <button type="submit" className="button button--quiet" disabled={fetcher.state !== "idle"}>
        {t("protocolEditor.comments.resolve")}
      </button>
      {fetcher.data?.formError && (
        <p className="field__error" role="alert">
          {fetcher.data.formError}
        </p>
      )}
    </fetcher.Form>
  );
}

function NewComment({ action, editor }: { action: string; editor: Editor }) {
  const { t } = useI18n();
  const id = useId();
  const fetcher = useFetcher<CommentResult>();
  const form = useRef<HTMLFormElement>(null);
  const [anchor, setAnchor] = useState<Anchor | null>(null);

  // The passage is the last selection made in the text: clicking into the comment box does not lose it.
  useEffect(() => {
    const track = () => {
      const next = anchorOfSelection(editor);
      if (next) setAnchor(next);
    };
    document.addEventListener("selectionchange", track);
    return () => document.removeEventListener("selectionchange", track);
  }, [editor]);

  useEffect(() => {
    if (fetcher.state === "idle" && fetcher.data?.ok) {
      form.current?.reset();
      setAnchor(null);
    }
  }, [fetcher.state, fetcher.data]);

  const errors = fetcher.data?.ok === false ? fetcher.data : null;
  return (
    <fetcher.Form
      method="post"
      action={action}
      ref={form}
      className="protocol-comments__new"
      aria-labelledby={`${id}-title`}
    >
      <h3 id={`${id}-title`}>{t("protocolEditor.comments.new")}</h3>
      <input type="hidden" name="intent" value="add" />
      <input type="hidden" name="anchorStart" value={anchor?.anchorStart ?? ""} />
      <input type="hidden" name="anchorEnd" value={anchor?.anchorEnd ?? ""} />
      <input type="hidden" name="quote" value={anchor?.quote ?? ""} />
      <p className="protocol-comments__passage" aria-live="polite">
        {anchor ? (
          <>
            {t("protocolEditor.comments.quote")}: <q>{anchor.quote}</q>
          </>
        ) : (
          <span className="muted">{t("protocolEditor.comments.selectFirst")}</span>
        )}
      </p>
      {errors?.fieldErrors?.quote && (
        <p className="field__error" role="alert">
          {errors.fieldErrors.quote}
        </p>
      )}
      <div className={`field${errors?.fieldErrors?.text ? " field--invalid" : ""}`}>
        <label htmlFor={`${id}-text`}>{t("protocolEditor.comments.text")}</label>
        <textarea
          id={`${id}-text`}
          name="text"
          rows={3}
          maxLength={COMMENT_MAX}
          required
          aria-invalid={errors?.fieldErrors?.text ? true : undefined}
          aria-describedby={errors?.fieldErrors?.text ? `${id}-error` : undefined}
        />
        {errors?.fieldErrors?.text && (
          <p className="field__error" id={`${id}-error`}>
            {errors.fieldErrors.text}
          </p>
        )}
      </div>
      {errors?.formError && (
        <p className="field__error" role="alert">
          {errors.formError}
        </p>
      )}
      <button type="submit" className="button" disabled={!anchor || fetcher.state !== "idle"}>
        {t("protocolEditor.comments.add")}
      </button>
    </fetcher.Form>
  );
}
