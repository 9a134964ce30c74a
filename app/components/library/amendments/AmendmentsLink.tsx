import { Link } from "@remix-run/react";
import { useI18n } from "~/components/i18n";

type AmendmentsLinkData = { editionId: number; number: number; open: boolean; mayAmend: boolean } | null;

/** On the document page, for the members of its body: the way to the draft's amendments. */
export function AmendmentsLink({ docId, link }: { docId: number; link: AmendmentsLinkData }) {
  const { t } = useI18n();
  if (!link) return null;
  return (
    <p>
      <Link to={`/library/${docId}/amendments`}>{t("amendments.link", { n: link.number })}</Link>
    </p>
  );
}

/** «Предложить поправку» beside a section of the draft open for amendments, when the page shows that draft. */
export function ProposeLink(props: {
  docId: number;
  link: AmendmentsLinkData;
  editionId: number | undefined;
  sectionId: number;
  title: string;
}) {
  const { t } = useI18n();
  const { link } = props;
  if (!link?.open || !link.mayAmend || link.editionId !== props.editionId) return null;
  return (
    <p>
      <Link
        to={`/library/${props.docId}/amendments?section=${props.sectionId}#propose`}
        aria-label={t("amendments.proposeTo", { section: props.title })}
      >
        {t("amendments.propose")}
      </Link>
    </p>
  );
}
