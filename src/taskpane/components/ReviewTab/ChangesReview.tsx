import { Badge, Button, Card, MessageBar, MessageBarActions, MessageBarBody } from '@fluentui/react-components';
import { CheckmarkRegular } from '@fluentui/react-icons/svg/checkmark';
import { DismissRegular } from '@fluentui/react-icons/svg/dismiss';
import { LockClosedRegular } from '@fluentui/react-icons/svg/lock-closed';
import { useEffect, useRef, type ReactElement } from 'react';
import type { ChangeSelection, FieldReview, ReviewOutcome, ReviewedChange } from '../../../document/port';
import { fieldByKey, type FieldKey, type Language } from '../../../domain/fields';
import { changesByAuthor, changesByField, type AuthorChanges, type FieldChanges } from '../../../domain/review';
import { countText, t } from '../../i18n-review';
import type { ReviewTabState } from './ReviewTab.types';
import { authorText, changeDateText, changeTypeText, describeChange, outcomeText } from './review-text';
import { useReviewTabStyles } from './useReviewTabStyles.styles';

/** The id of a locked field's explanation, which its (inert) buttons point to. */
const lockNoteId = (field: FieldKey): string => `review-lock-${field.replace(/\./g, '-')}`;

interface ActionProps {
  readonly state: ReviewTabState;
  /** The field's control is locked for editing: Word refuses accept/reject there (office-js #2886). */
  readonly lockedField?: FieldKey;
}

/**
 * An accept and a reject button for one selection. While any action is in flight every button
 * is inert (but keeps focus, so a keyboard user does not lose their place); in a locked field
 * they are inert and say why through the lock note.
 */
function ActionButtons(props: ActionProps & { readonly selection: ChangeSelection; readonly id: string; readonly acceptName?: string; readonly rejectName?: string; readonly acceptText?: string; readonly rejectText?: string }): ReactElement {
  const { state, selection, id, lockedField } = props;
  const { language, busy } = state;
  const styles = useReviewTabStyles();
  const inert = busy !== null || lockedField !== undefined;
  const describedBy = lockedField ? lockNoteId(lockedField) : undefined;
  const button = (action: 'accept' | 'reject') => {
    const key = `${action}:${id}`;
    const working = busy === key;
    return (
      <Button
        size="small"
        icon={action === 'accept' ? <CheckmarkRegular /> : <DismissRegular />}
        disabledFocusable={inert}
        aria-describedby={describedBy}
        aria-label={action === 'accept' ? props.acceptName : props.rejectName}
        onClick={() => void state.act(action, selection, key)}
      >
        {working ? t(language, 'working') : action === 'accept' ? (props.acceptText ?? t(language, 'accept')) : (props.rejectText ?? t(language, 'reject'))}
      </Button>
    );
  };
  return (
    <div className={styles.actions}>
      {button('accept')}
      {button('reject')}
    </div>
  );
}

function ChangeItem(props: { readonly state: ReviewTabState; readonly change: ReviewedChange; readonly lockedField?: FieldKey }): ReactElement {
  const { state, change, lockedField } = props;
  const { language } = state;
  const styles = useReviewTabStyles();
  const description = describeChange(language, change);
  const text = change.text === null ? t(language, 'changeTextUnknown') : change.text;
  return (
    <li className={styles.item}>
      <div className={styles.itemLine}>
        <Badge appearance="tint" color={change.type === 'insert' ? 'brand' : 'danger'} size="small">
          {changeTypeText(language, change.type)}
        </Badge>
        {change.type === 'insert' ? <ins className={styles.inserted}>{text}</ins> : <del className={styles.deleted}>{text}</del>}
      </div>
      <span className={styles.caption}>{changeDateText(language, change.date)}</span>
      <ActionButtons
        state={state}
        lockedField={lockedField}
        id={change.id}
        selection={{ kind: 'change', field: change.field, index: change.index }}
        acceptName={t(language, 'acceptChange', { change: description })}
        rejectName={t(language, 'rejectChange', { change: description })}
      />
    </li>
  );
}

function FieldCard(props: { readonly state: ReviewTabState; readonly group: FieldChanges<ReviewedChange>; readonly field: FieldReview | undefined }): ReactElement {
  const { state, group, field } = props;
  const { language } = state;
  const styles = useReviewTabStyles();
  const label = fieldByKey(group.field).label[language];
  const lockedField = field?.locked ? group.field : undefined;
  const headingId = `review-changes-${group.field.replace(/\./g, '-')}`;
  return (
    <Card size="small" appearance="outline" aria-labelledby={headingId}>
      <h4 id={headingId} className={styles.cardTitle}>
        {label}
        <Badge appearance="outline" color="informative" size="small">
          {countText(language, 'changesOne', 'changesMany', group.changes.length)}
        </Badge>
        {lockedField ? (
          <Badge appearance="tint" color="warning" size="small" icon={<LockClosedRegular />}>
            {t(language, 'locked')}
          </Badge>
        ) : null}
      </h4>
      {lockedField ? (
        <p id={lockNoteId(lockedField)} className={styles.lockNote}>
          {t(language, 'lockedExplain')}
        </p>
      ) : null}
      {group.authors.map((author) => (
        <div key={author.author} className={styles.author}>
          <p className={styles.caption}>
            <strong>{authorText(language, author.author)}</strong>
          </p>
          <ul className={styles.list}>
            {author.changes.map((change) => (
              <ChangeItem key={change.id} state={state} change={change} lockedField={lockedField} />
            ))}
          </ul>
          {group.authors.length > 1 ? (
            <ActionButtons
              state={state}
              lockedField={lockedField}
              id={`author:${author.author}:${group.field}`}
              selection={{ kind: 'author', author: author.author, field: group.field }}
              acceptName={t(language, 'acceptAuthorInField', { author: authorText(language, author.author), label })}
              rejectName={t(language, 'rejectAuthorInField', { author: authorText(language, author.author), label })}
            />
          ) : null}
        </div>
      ))}
      {group.changes.length > 1 ? (
        <ActionButtons
          state={state}
          lockedField={lockedField}
          id={`field:${group.field}`}
          selection={{ kind: 'field', field: group.field }}
          acceptText={t(language, 'acceptEverything')}
          rejectText={t(language, 'rejectEverything')}
          acceptName={t(language, 'acceptField', { label })}
          rejectName={t(language, 'rejectField', { label })}
        />
      ) : null}
    </Card>
  );
}

function AuthorCard(props: { readonly state: ReviewTabState; readonly author: AuthorChanges<ReviewedChange>; readonly position: number }): ReactElement {
  const { state, author } = props;
  const { language } = state;
  const styles = useReviewTabStyles();
  const name = authorText(language, author.author);
  // Authors' names are free text; the index of the author keeps the id valid and unique.
  const headingId = `review-author-${props.position}`;
  const fields = author.fields.map((key) => fieldByKey(key).label[language]).join(', ');
  return (
    <Card size="small" appearance="outline" aria-labelledby={headingId}>
      <h4 id={headingId} className={styles.cardTitle}>
        {name}
      </h4>
      <p className={styles.caption}>
        {t(language, 'authorSummary', {
          changes: countText(language, 'changesOne', 'changesMany', author.changes.length),
          fields,
          date: changeDateText(language, author.latest),
        })}
      </p>
      <ActionButtons
        state={state}
        id={`author:${author.author}`}
        selection={{ kind: 'author', author: author.author }}
        acceptName={t(language, 'acceptAuthor', { author: name })}
        rejectName={t(language, 'rejectAuthor', { author: name })}
      />
    </Card>
  );
}

/** What the last accept or reject did; takes focus when the clicked button went with its change. */
function ChangeNoticeBar(props: { readonly state: ReviewTabState }): ReactElement | null {
  const { state } = props;
  const { language, changeNotice } = state;
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const active = globalThis.document.activeElement;
    if (changeNotice && (active === null || active === globalThis.document.body)) ref.current?.focus();
  }, [changeNotice]);
  if (!changeNotice) return null;
  const text =
    changeNotice.kind === 'outcome'
      ? outcomeText(language, changeNotice.outcome)
      : { intent: 'error' as const, lines: [t(language, changeNotice.action === 'accept' ? 'noneAccepted' : 'noneRejected'), changeNotice.message] };
  return (
    <div ref={ref} tabIndex={-1}>
      <MessageBar intent={text.intent} layout="multiline">
        <MessageBarBody>
          {text.lines.map((line, index) => (
            <span key={index}>
              {line}{' '}
            </span>
          ))}
        </MessageBarBody>
        {changeNotice.kind === 'failed' ? (
          <MessageBarActions>
            <Button size="small" onClick={() => void state.refresh()}>
              {t(language, 'reviewRefresh')}
            </Button>
          </MessageBarActions>
        ) : null}
      </MessageBar>
    </div>
  );
}

/** Original against current text, or the current values only, for a Word that cannot list changes. */
function WithoutChangeList(props: { readonly language: Language; readonly review: ReviewOutcome }): ReactElement {
  const { language, review } = props;
  const styles = useReviewTabStyles();
  const empty = (text: string) => (text === '' ? t(language, 'emptyValue') : text);
  if (review.capabilities.reviewedText) {
    const differing = review.fields.filter((field) => field.original !== null && field.original !== field.current);
    return (
      <>
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>{t(language, 'noChangeApi')}</MessageBarBody>
        </MessageBar>
        {differing.length === 0 ? <p className={styles.body}>{t(language, 'noDifferences')}</p> : null}
        {differing.map((field) => (
          <Card key={field.key} size="small" appearance="outline" aria-labelledby={`review-original-${field.key.replace(/\./g, '-')}`}>
            <h4 id={`review-original-${field.key.replace(/\./g, '-')}`} className={styles.cardTitle}>
              {fieldByKey(field.key).label[language]}
            </h4>
            <dl className={styles.compare}>
              <dt className={styles.compareLabel}>{t(language, 'originalText')}</dt>
              <dd className={styles.compareValue}>{empty(field.original ?? '')}</dd>
              <dt className={styles.compareLabel}>{t(language, 'currentText')}</dt>
              <dd className={styles.compareValue}>{empty(field.current)}</dd>
            </dl>
          </Card>
        ))}
      </>
    );
  }
  return (
    <>
      <MessageBar intent="warning" layout="multiline">
        <MessageBarBody>
          {t(language, 'noReviewApi')} {review.valuesExact ? null : t(language, 'valuesInexact')}
        </MessageBarBody>
      </MessageBar>
      <dl className={styles.compare}>
        {review.fields.map((field) => (
          <div key={field.key} className={styles.compareRow}>
            <dt className={styles.compareLabel}>{fieldByKey(field.key).label[language]}</dt>
            <dd className={styles.compareValue}>{empty(field.current)}</dd>
          </div>
        ))}
      </dl>
    </>
  );
}

/**
 * Tracked changes per field (and, within a field, per author) and per author over the whole
 * annotatie, each with accept and reject: per change, per author in a field, per field, per
 * author, all. Each button is one call; its outcome is told as it is.
 */
export function ChangesReview(props: { readonly state: ReviewTabState; readonly review: ReviewOutcome }): ReactElement {
  const { state, review } = props;
  const { language } = state;
  const styles = useReviewTabStyles();
  if (!review.capabilities.trackedChanges) return <WithoutChangeList language={language} review={review} />;
  const fields = new Map(review.fields.map((field) => [field.key, field]));
  return (
    <>
      <ChangeNoticeBar state={state} />
      {review.changes.length === 0 ? (
        <MessageBar intent="success">
          <MessageBarBody>{t(language, 'changesNone')}</MessageBarBody>
        </MessageBar>
      ) : (
        <>
          <ActionButtons
            state={state}
            id="all"
            selection={{ kind: 'all' }}
            acceptText={t(language, 'acceptAll')}
            rejectText={t(language, 'rejectAll')}
          />
          <h3 className={styles.subheading}>{t(language, 'byField')}</h3>
          {changesByField(review.changes).map((group) => (
            <FieldCard key={group.field} state={state} group={group} field={fields.get(group.field)} />
          ))}
          <h3 className={styles.subheading}>{t(language, 'byAuthor')}</h3>
          {changesByAuthor(review.changes).map((author, position) => (
            <AuthorCard key={author.author} state={state} author={author} position={position} />
          ))}
        </>
      )}
    </>
  );
}
