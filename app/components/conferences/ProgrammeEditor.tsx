import { useI18n } from "~/components/i18n";
import { hoursIn } from "~/lib/conferences/when";
import { localTimeOf } from "~/lib/zoned-time";
import type { ConferencePage } from "~/web/conference-page.server";
import { ActionButton, ItemForm, MaterialForm, SpeakerForm, resultFor, type FormResult } from "./ProgrammeForms";

type Item = ConferencePage["programme"][number];

/** One item as the organisers manage it: its order, its details, its people and its materials. */
function ItemCard(props: {
  item: Item;
  first: boolean;
  last: boolean;
  timeZone: string;
  conferenceId: number;
  result?: FormResult;
}) {
  const { t, locale } = useI18n();
  const { item, timeZone } = props;
  const at = (v: string) => localTimeOf(new Date(v), timeZone);
  const editResult = resultFor(props.result, "update-item", item.id);
  const speakerResult = resultFor(props.result, "add-speaker", item.id);
  const materialResult = resultFor(props.result, "add-material", item.id);
  return (
    <li className="card programme-editor__item" aria-labelledby={`item-${item.id}`}>
      <p className="programme__time">
        {hoursIn(new Date(item.startsAt), new Date(item.endsAt), locale, timeZone)}
        {item.room && ` · ${item.room}`}
      </p>
      <h3 id={`item-${item.id}`}>
        <span className="badge">{t(`programme.kind.${item.kind}`)}</span> {item.title}
      </h3>
      <div className="actions">
        {!props.first && (
          <ActionButton
            intent="move"
            fields={{ itemId: item.id, direction: "up" }}
            label={t("programme.up")}
            quiet
            accessibleName={`${t("programme.up")}: ${item.title}`}
          />
        )}
        {!props.last && (
          <ActionButton
            intent="move"
            fields={{ itemId: item.id, direction: "down" }}
            label={t("programme.down")}
            quiet
            accessibleName={`${t("programme.down")}: ${item.title}`}
          />
        )}
        <ActionButton
          intent="remove-item"
          fields={{ itemId: item.id }}
          label={t("programme.remove")}
          quiet
          accessibleName={`${t("programme.remove")}: ${item.title}`}
        />
      </div>
      {item.speakers.length > 0 && (
        <ul className="speakers">
          {item.speakers.map((s) => (
            <li key={s.id}>
              <span className="muted">{t(`programme.role.${s.role}`)}:</span>{" "}
              <span className="speaker__name">{s.name}</span>
              {[s.organisation, s.country].filter(Boolean).length > 0 && (
                <span className="muted"> — {[s.organisation, s.country].filter(Boolean).join(", ")}</span>
              )}
              {s.topic && <span className="speaker__topic">«{s.topic}»</span>}{" "}
              <ActionButton
                intent="remove-speaker"
                fields={{ speakerId: s.id }}
                label={t("programme.remove")}
                quiet
                accessibleName={`${t("programme.remove")}: ${s.name}`}
              />
              <details open={Boolean(resultFor(props.result, "update-speaker", s.id))}>
                <summary aria-label={`${t("programme.speaker.edit")}: ${s.name}`}>
                  {t("programme.speaker.edit")}
                </summary>
                <SpeakerForm itemId={item.id} speaker={s} result={resultFor(props.result, "update-speaker", s.id)} />
              </details>
            </li>
          ))}
        </ul>
      )}
      {item.materials.length > 0 && (
        <ul className="materials">
          {item.materials.map((m) => (
            <li key={m.id}>
              <a href={`/conferences/${props.conferenceId}/materials/${m.id}`} download>
                {m.title}
              </a>{" "}
              <span className="muted">
                ({m.isPublic ? t("programme.material.public") : t("programme.material.participants")})
              </span>{" "}
              <ActionButton
                intent="material-public"
                fields={{ materialId: m.id, isPublic: m.isPublic ? "" : "on" }}
                label={m.isPublic ? t("programme.material.makePrivate") : t("programme.material.makePublic")}
                quiet
                accessibleName={`${m.isPublic ? t("programme.material.makePrivate") : t("programme.material.makePublic")}: ${m.title}`}
              />
              <ActionButton
                intent="remove-material"
                fields={{ materialId: m.id }}
                label={t("programme.remove")}
                quiet
                accessibleName={`${t("programme.remove")}: ${m.title}`}
              />
            </li>
          ))}
        </ul>
      )}
      <details open={Boolean(editResult)}>
        <summary>{t("programme.edit")}</summary>
        <ItemForm
          intent="update-item"
          itemId={item.id}
          result={editResult}
          submit={t("form.save")}
          values={{
            kind: item.kind,
            title: item.title,
            description: item.description,
            room: item.room,
            startTime: at(item.startsAt),
            endTime: at(item.endsAt),
          }}
        />
      </details>
      {item.kind !== "break" && (
        <details open={Boolean(speakerResult)}>
          <summary>{t("programme.addSpeaker")}</summary>
          <SpeakerForm itemId={item.id} result={speakerResult} />
        </details>
      )}
      <details open={Boolean(materialResult)}>
        <summary>{t("programme.attach")}</summary>
        <MaterialForm itemId={item.id} result={materialResult} />
      </details>
    </li>
  );
}

export function ProgrammeEditor(props: { conferenceId: number; items: Item[]; timeZone: string; result?: FormResult }) {
  const { t } = useI18n();
  return (
    <>
      {props.items.length === 0 ? (
        <p className="empty">{t("programme.empty")}</p>
      ) : (
        <ol className="programme" aria-label={t("programme.title")}>
          {props.items.map((item, i) => (
            <ItemCard
              key={item.id}
              item={item}
              first={i === 0}
              last={i === props.items.length - 1}
              timeZone={props.timeZone}
              conferenceId={props.conferenceId}
              result={props.result}
            />
          ))}
        </ol>
      )}
      <section className="card" aria-labelledby="add-item">
        <h2 id="add-item">{t("programme.addItem")}</h2>
        <ItemForm
          intent="add-item"
          values={{}}
          result={resultFor(props.result, "add-item")}
          submit={t("programme.addItem")}
        />
      </section>
    </>
  );
}
