import { FluentProvider, Text, makeStyles, mergeClasses, tokens, webLightTheme } from '@fluentui/react-components';
import { useEffect, useId, useLayoutEffect, useRef, useState, type ReactElement, type ReactNode } from 'react';
import type { FakeWord, SnapshotBlock } from '../document/word/fake';
import { fieldByTag } from '../domain/fields';
import { format } from '../domain/i18n';

/**
 * The document held by the Word fake, rendered as a page that can be edited as in Word: click a
 * field's text (or Tab to it and press Enter), type, and Enter or clicking away puts the text in
 * the document through the fake's user (tracked under the preview's user when track changes is
 * on); Escape cancels. Always light, like Word's page in a dark Office theme. Loaded after the
 * pane (its own chunk): the pane's first field comes first.
 */
const useStyles = makeStyles({
  page: {
    boxSizing: 'border-box',
    maxWidth: '21cm',
    margin: `${tokens.spacingVerticalL} auto`,
    padding: '1.5cm 1.8cm',
    // A phone-wide window has no room for Word's page margins: the text would get a third of it.
    '@media (max-width: 760px)': { padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalM}`, margin: 0 },
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    boxShadow: tokens.shadow8,
    fontFamily: 'Calibri, Carlito, "Segoe UI", sans-serif',
    fontSize: '11pt',
    lineHeight: 1.4,
    '& h1': { fontSize: '16pt', margin: '0 0 8pt' },
    '& h2': { fontSize: '13pt', margin: '10pt 0 4pt' },
    '& h3': { fontSize: '11pt', margin: '8pt 0 2pt' },
    '& p': { margin: '0 0 4pt' },
    // Tables keep to the page, as Word's fixed-width tables do: with automatic layout a cell holding
    // a tracked deletion plus its insertion (two e-mail addresses without a space) grew the
    // contact table past the page and under the pane. Fixed layout shares the width out in equal
    // percentages, and a long address breaks anywhere instead of pushing the column wider.
    '& table': { borderCollapse: 'collapse', tableLayout: 'fixed', width: '100%', maxWidth: '100%', margin: '4pt 0' },
    '& td': {
      border: `1px solid ${tokens.colorNeutralStroke1}`,
      verticalAlign: 'top',
      padding: '2pt 4pt',
      overflowWrap: 'anywhere',
    },
    // The first column holds short labels and names; the other two the e-mail addresses, which
    // at an equal third broke inside "zoetermeer.nl" on the untouched seed.
    '& td:first-child': { width: '28%' },
    // Content controls as Word draws them with BoundingBox appearance: a thin frame, and the
    // title on hover (the `title` attribute carries it).
    '& .cc': { outline: `1px dotted ${tokens.colorNeutralStroke1}`, outlineOffset: '1px', margin: '2px 0' },
    '& .cc:hover': { outline: `1px solid ${tokens.colorBrandStroke1}` },
    '& .cc-deleted': { opacity: 0.6 },
    // A field that can be edited in place: Word's text cursor, and a clear keyboard focus.
    '& .cc-editable': { cursor: 'text', position: 'relative' },
    '& .cc-editable:focus-within': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '2px' },
    // Where select() put Word's cursor (a finding clicked in the Controle tab).
    '& .cc-cursor': { outline: `2px solid ${tokens.colorBrandStroke1}`, backgroundColor: tokens.colorBrandBackground2 },
    '& .placeholder': { color: tokens.colorNeutralForeground3 },
    // Tracked changes as Word shows them in "All Markup": insertions underlined, deletions struck.
    '& ins': { color: tokens.colorPaletteBerryForeground1, textDecorationLine: 'underline' },
    '& del': { color: tokens.colorPaletteRedForeground1, textDecorationLine: 'line-through' },
  },
  editor: {
    display: 'block',
    boxSizing: 'border-box',
    width: '100%',
    margin: 0,
    padding: '1px 2px',
    font: 'inherit',
    lineHeight: 'inherit',
    color: 'inherit',
    resize: 'vertical',
    backgroundColor: tokens.colorNeutralBackground1,
    border: `1px solid ${tokens.colorBrandStroke1}`,
    borderRadius: tokens.borderRadiusSmall,
    ':focus': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '1px' },
  },
  // Visually hidden, focusable: its focus shows as the field's outline (.cc-editable:focus-within).
  editButton: {
    position: 'absolute',
    width: '1px',
    height: '1px',
    margin: '-1px',
    padding: 0,
    border: 0,
    overflow: 'hidden',
    clip: 'rect(0 0 0 0)',
    whiteSpace: 'nowrap',
  },
  hint: { display: 'block', fontFamily: tokens.fontFamilyBase, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground3 },
  status: { display: 'block', padding: `0 ${tokens.spacingHorizontalL}`, color: tokens.colorNeutralForeground2 },
});

/** The preview's words for the document view (the preview page picks the language). */
export interface DocumentViewText {
  readonly tracking: string;
  /** "{title} bewerken": the name of a field's text as something to activate. */
  readonly edit: string;
  readonly hintSingle: string;
  readonly hintMulti: string;
  readonly refused: string;
}

interface Editing {
  /** `${tag}#${occurrence}`: a pasted duplicate of a field is its own control. */
  readonly key: string;
  readonly tag: string;
  readonly occurrence: number;
  readonly text: string;
}

const controlKey = (tag: string, occurrence: number): string => `${tag}#${occurrence}`;

export default function DocumentView(props: { readonly fake: FakeWord; readonly label: string; readonly text: DocumentViewText }): ReactElement {
  const { fake, label, text } = props;
  const styles = useStyles();
  const [snapshot, setSnapshot] = useState(() => fake.snapshot());
  const [cursorTag, setCursorTag] = useState(() => fake.cursorControlTag());
  const [editing, setEditing] = useState<Editing | null>(null);
  const [refusal, setRefusal] = useState<string | null>(null);
  const pageRef = useRef<HTMLElement>(null);
  /** After Enter or Escape, the field the keyboard user was in gets focus back. */
  const refocus = useRef<string | null>(null);

  useEffect(
    () =>
      fake.subscribe(() => {
        setSnapshot(fake.snapshot());
        setCursorTag(fake.cursorControlTag());
      }),
    [fake],
  );

  useEffect(() => {
    if (cursorTag === null) return;
    pageRef.current?.querySelector(`[data-tag="${CSS.escape(cursorTag)}"]`)?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  }, [cursorTag]);

  useLayoutEffect(() => {
    const key = refocus.current;
    if (editing !== null || key === null) return;
    refocus.current = null;
    pageRef.current?.querySelector<HTMLElement>(`[data-key="${CSS.escape(key)}"] .cc-edit`)?.focus();
  }, [editing]);

  const start = (tag: string, occurrence: number) => {
    setRefusal(null);
    if (snapshot.protected) {
      setRefusal(text.refused);
      return;
    }
    setEditing({ key: controlKey(tag, occurrence), tag, occurrence, text: fake.controlTexts(tag)[occurrence] ?? '' });
  };

  const commit = (value: string, returnFocus: boolean) => {
    if (editing === null) return;
    if (returnFocus) refocus.current = editing.key;
    try {
      fake.user.retypeControl(editing.tag, value, { occurrence: editing.occurrence });
    } catch {
      // Locked or protected meanwhile: Word would not have let the user type either.
      setRefusal(text.refused);
    }
    setEditing(null);
  };

  const cancel = () => {
    if (editing === null) return;
    refocus.current = editing.key;
    setEditing(null);
  };

  const occurrences = new Map<string, number>();
  const renderBlocks = (blocks: readonly SnapshotBlock[]): ReactNode[] => blocks.map((block, index) => renderBlock(block, index));
  const renderBlock = (block: SnapshotBlock, index: number): ReactNode => {
    if (block.kind === 'paragraph') {
      const Element = PARAGRAPH_ELEMENT[block.style] ?? 'p';
      const runs = block.runs.map((run, at) => {
        if (!run.revision) return run.text;
        const Mark = run.revision.type === 'insert' ? 'ins' : 'del';
        return (
          <Mark key={at} title={`${run.revision.author}, ${run.revision.date}`}>
            {run.text}
          </Mark>
        );
      });
      return <Element key={index}>{block.runs.length > 0 ? runs : <br />}</Element>;
    }
    if (block.kind === 'table') {
      return (
        <table key={index}>
          <tbody>
            {block.rows.map((row, r) => (
              <tr key={r}>
                {row.map((cell, c) => (
                  <td key={c}>{renderBlocks(cell)}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      );
    }
    const occurrence = occurrences.get(block.tag) ?? 0;
    occurrences.set(block.tag, occurrence + 1);
    const key = controlKey(block.tag, occurrence);
    const field = fieldByTag(block.tag);
    const deleted = block.trackingState === 'Deleted';
    const editable = field !== undefined && !deleted && !block.cannotEdit;
    const className = mergeClasses(
      'cc',
      deleted ? 'cc-deleted' : undefined,
      block.trackingState === 'Added' ? 'cc-added' : undefined,
      editable ? 'cc-editable' : undefined,
      cursorTag === block.tag && occurrence === 0 ? 'cc-cursor' : undefined,
    );
    const content = block.showingPlaceholder ? <p className="placeholder">{block.placeholderText}</p> : renderBlocks(block.blocks);
    if (!editable) {
      return (
        <div key={key} className={className} data-tag={block.tag} title={block.title}>
          {content}
        </div>
      );
    }
    if (editing?.key === key) {
      const multiLine = field.kind === 'names' || field.kind === 'richText';
      return (
        <div key={key} className={className} data-tag={block.tag} data-key={key} title={block.title}>
          <FieldEditor
            className={styles.editor}
            hintClassName={styles.hint}
            label={block.title}
            hint={multiLine ? text.hintMulti : text.hintSingle}
            initial={editing.text}
            multiLine={multiLine}
            onCommit={commit}
            onCancel={cancel}
          />
        </div>
      );
    }
    // The whole field is the mouse target (click the text, as in Word); the keyboard reaches it
    // through a button inside, named "Programma bewerken", which only shows as the field's focus
    // ring. A role=button on the field itself would be named by its label while it shows the
    // value (WCAG 2.5.3, axe label-content-name-mismatch), and would hide the text's markup.
    return (
      <div key={key} className={className} data-tag={block.tag} data-key={key} title={block.title} onClick={() => start(block.tag, occurrence)}>
        <button
          type="button"
          className={mergeClasses('cc-edit', styles.editButton)}
          // Named by aria-label, no text: the field's rendered text stays the document's alone.
          aria-label={format(text.edit, { title: block.title })}
          onClick={(event) => {
            event.stopPropagation();
            start(block.tag, occurrence);
          }}
        />
        {content}
      </div>
    );
  };

  return (
    <FluentProvider theme={webLightTheme}>
      {snapshot.trackingMode !== 'Off' ? (
        <Text size={200} className={styles.status}>
          {text.tracking}
        </Text>
      ) : null}
      <Text size={200} className={styles.status} role="status">
        {refusal ?? ''}
      </Text>
      <section aria-label={label} className={styles.page} ref={pageRef}>
        <article className={`fake-word${snapshot.protected ? ' protected' : ''}`} data-tracking={snapshot.trackingMode}>
          {renderBlocks(snapshot.blocks)}
        </article>
      </section>
    </FluentProvider>
  );
}

const PARAGRAPH_ELEMENT: Readonly<Record<string, 'h1' | 'h2' | 'h3'>> = { Title: 'h1', Heading1: 'h1', Heading2: 'h2', Heading3: 'h3' };

/**
 * The text of one field being edited: a plain textarea named by the field, as tall as its text.
 * Enter commits (Shift+Enter is a new paragraph in a field that has several), leaving it commits,
 * Escape puts the old text back.
 */
function FieldEditor(props: {
  readonly className: string;
  readonly hintClassName: string;
  readonly label: string;
  readonly hint: string;
  readonly initial: string;
  readonly multiLine: boolean;
  readonly onCommit: (text: string, returnFocus: boolean) => void;
  readonly onCancel: () => void;
}): ReactElement {
  const { className, hintClassName, label, hint, initial, multiLine, onCommit, onCancel } = props;
  const [value, setValue] = useState(initial);
  const done = useRef(false);
  const ref = useRef<HTMLTextAreaElement>(null);
  const hintId = useId();
  useLayoutEffect(() => {
    const area = ref.current;
    if (!area) return;
    area.focus();
    area.setSelectionRange(area.value.length, area.value.length);
  }, []);
  useLayoutEffect(() => {
    const area = ref.current;
    if (!area) return;
    area.style.height = 'auto';
    area.style.height = `${area.scrollHeight + 2}px`;
  }, [value]);
  const finish = (commit: boolean, returnFocus: boolean) => {
    if (done.current) return;
    done.current = true;
    if (commit) onCommit(value, returnFocus);
    else onCancel();
  };
  return (
    <>
      <textarea
        ref={ref}
        className={className}
        aria-label={label}
        aria-describedby={hintId}
        value={value}
        rows={1}
        onChange={(event) => setValue(multiLine ? event.target.value : event.target.value.replace(/[\r\n]+/g, ' '))}
        onKeyDown={(event) => {
          if (event.key === 'Escape') {
            event.preventDefault();
            event.stopPropagation();
            finish(false, true);
          } else if (event.key === 'Enter' && !(multiLine && event.shiftKey)) {
            event.preventDefault();
            finish(true, true);
          }
        }}
        onBlur={() => finish(true, false)}
      />
      <span id={hintId} className={hintClassName}>
        {hint}
      </span>
    </>
  );
}
