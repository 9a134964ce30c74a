import { Form } from "@remix-run/react";
import { useId } from "react";
import { useI18n } from "~/components/i18n";
import type { MessageKey } from "~/lib/i18n-core";

interface Props {
  documentId: number;
  editions: { number: number; status: string }[];
  from: number;
  to: number;
}

/** Two editions to compare: a GET form, so it works without JavaScript and the comparison has its own URL. */
export function EditionCompareForm({ documentId, editions, from, to }: Props) {
  const { t } = useI18n();
  const id = useId();
  const option = (e: Props["editions"][number]) => (
    <option key={e.number} value={e.number}>
      {t("library.doc.editionItem", { n: e.number, status: t(`library.status.${e.status}` as MessageKey) })}
    </option>
  );
  return (
    <Form method="get" action={`/library/${documentId}/compare`} className="inline-form edition-compare">
      <label htmlFor={`${id}-from`}>{t("libraryEditions.compare.from")}</label>
      <select id={`${id}-from`} name="from" defaultValue={from}>
        {editions.map(option)}
      </select>
      <label htmlFor={`${id}-to`}>{t("libraryEditions.compare.to")}</label>
      <select id={`${id}-to`} name="to" defaultValue={to}>
        {editions.map(option)}
      </select>
      <button type="submit">{t("libraryEditions.compare.submit")}</button>
    </Form>
  );
}
