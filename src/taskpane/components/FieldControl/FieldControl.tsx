import { Button, Field, Input, Textarea } from '@fluentui/react-components';
import { WrenchRegular } from '@fluentui/react-icons';
import { Suspense, useRef, useState, type ReactElement } from 'react';
import { PLANNING_KEYS } from '../../../domain/fields';
import { phaseOf, type PlanningKey } from '../../../domain/phases';
import type { ReportedFinding } from '../../../domain/findings';
import { TITLE_FIELD } from '../../form-state';
import { fieldValidation } from '../../field-validation';
import { useFocusCarry } from '../../focus-carry';
import { t } from '../../i18n';
// The Combobox (with its listbox, positioning and tabster) arrives after the first field (later.ts).
import { Combobox, Option } from '../../later';
import { controlId } from '../AnnotatieForm/useAnnotatieForm';
import { TitleTextarea } from '../AnnotatieForm/TitleTextarea';
import { PlanningDateInput } from '../PlanningDateInput/PlanningDateInput';
import { usePlanningDateInput } from '../PlanningDateInput/usePlanningDateInput';
import type { FieldControlProps } from './FieldControl.types';
import { useFieldControlStyles } from './useFieldControlStyles.styles';

/**
 * One field of the annotatie as a labelled Fluent control. The label (the accessible name) is
 * the field table's label in the UI language; `Field` shows the domain's findings through the
 * one mapper (fieldValidation) and validates nothing itself.
 */
export function FieldControl(props: FieldControlProps): ReactElement {
  const { field, value, findings, language, onChange, onFocus, onBlur } = props;
  const styles = useFieldControlStyles();
  const id = controlId(field.key);
  const label = field.label[language];
  const validation = fieldValidation(findings);
  const events = { onFocus: () => onFocus(field.key), onBlur: () => onBlur(field.key) };

  let control: ReactElement;
  switch (field.kind) {
    case 'choice':
      control = (
        // Until the Combobox's chunk is there, a plain input of the same size that keeps what is typed.
        <Suspense fallback={<ChoicePlaceholder {...props} />}>
          <ChoiceControl {...props} id={id} events={events} />
        </Suspense>
      );
      break;
    case 'planningDate':
      return <PlanningDateField {...props} />;
    case 'names':
    case 'richText':
      control = (
        <Textarea
          id={id}
          className={styles.textarea}
          resize="vertical"
          rows={field.kind === 'names' ? 3 : 5}
          value={value}
          onChange={(_event, data) => onChange(field.key, data.value)}
          {...events}
        />
      );
      break;
    case 'text':
      if (field.key === TITLE_FIELD) {
        // Onderwerp is long (up to 100 characters for ORI): it wraps at 320 px instead of being cut.
        control = <TitleTextarea id={id} value={value} onChange={(next) => onChange(field.key, next)} {...events} />;
        break;
      }
      control = (
        <Input
          id={id}
          autoComplete="off"
          spellCheck
          value={value}
          onChange={(_event, data) => onChange(field.key, data.value)}
          {...events}
        />
      );
      break;
    case 'email':
    case 'phone':
      control = (
        <Input
          id={id}
          // Hints the on-screen keyboard only; no browser validation (the domain decides).
          inputMode={field.kind === 'email' ? 'email' : 'tel'}
          autoComplete="off"
          spellCheck={false}
          value={value}
          onChange={(_event, data) => onChange(field.key, data.value)}
          {...events}
        />
      );
      break;
  }

  return (
    <div className={styles.root}>
      <Field
        // Fluent points the label at an id it generates (`field-r4__control`) and does not see
        // that the control has an id of its own (controlId, the summary's links need it): the
        // label pointed nowhere and clicking it did nothing.
        label={{ children: label, htmlFor: id }}
        required={field.required === 'error'}
        hint={field.kind === 'names' ? t(language, 'namesHint') : undefined}
        validationState={validation.validationState}
        validationMessage={validation.validationMessage}
      >
        {control}
      </Field>
      <SuggestionFixes {...props} />
    </div>
  );
}

/**
 * One button per finding that carries a suggestion: a click puts it in the field ("Wijzig in
 * a.e.de.vries@zoetermeer.nl", the nearest listed value, the nearest meeting day). Generic over
 * finding codes: a rule that adds a suggestion gets its button with nothing more.
 */
function SuggestionFixes(props: FieldControlProps): ReactElement {
  const { field, value, findings, language, onChange } = props;
  const styles = useFieldControlStyles();
  const suggestions = findings.filter(
    (finding): finding is ReportedFinding & { readonly suggestion: string } =>
      finding.suggestion !== undefined && finding.suggestion !== value,
  );
  return (
    <>
      {suggestions.map((finding) => (
        <Button
          key={finding.code}
          className={styles.fix}
          size="small"
          appearance="secondary"
          icon={<WrenchRegular />}
          onClick={() => {
            onChange(field.key, finding.suggestion);
            // The fix removes its own button (the finding is gone): without this, focus fell to
            // <body>. The fixed field is where the user wants to be. At once, not after a
            // frame: a deferred focus could pull focus back from where the user went next.
            globalThis.document.getElementById(controlId(field.key))?.focus();
          }}
        >
          {t(language, 'applySuggestion', { suggestion: finding.suggestion })}
        </Button>
      ))}
    </>
  );
}

/**
 * An open choice while its Combobox has not arrived: an input with the same id, value and size,
 * so typed text goes into the form as usual and the label still names it. When the Combobox
 * replaces it, focus and the caret move along (same id), so typing carries on.
 */
function ChoicePlaceholder(props: FieldControlProps): ReactElement {
  const { field, value, onChange, onFocus, onBlur } = props;
  const id = controlId(field.key);
  const carryFocus = useFocusCarry(id);
  return (
    <Input
      id={id}
      autoComplete="off"
      value={value}
      onChange={(_event, data) => onChange(field.key, data.value)}
      onFocus={() => onFocus(field.key)}
      onBlur={(event) => {
        // Unmounting a focused input blurs it: that is the Combobox taking over, not the user leaving.
        if (event.target.isConnected) onBlur(field.key);
      }}
      ref={carryFocus}
    />
  );
}

/**
 * A planning date: the text input with its calendar inside the Field. "n.v.t." is typed like any
 * other value (the hint says so), so the field shows what the document holds and there is one
 * way to say it, not a switch beside a field that already says "n.v.t." (issue 11).
 */
function PlanningDateField(props: FieldControlProps): ReactElement {
  const { field, value, findings, language, onChange, onFocus, onBlur } = props;
  const styles = useFieldControlStyles();
  const label = field.label[language];
  const validation = fieldValidation(findings);
  const change = (next: string) => onChange(field.key, next);
  const state = usePlanningDateInput({ value, onChange: change });
  const id = controlId(field.key);
  return (
    <div className={styles.root}>
      <Field
        label={{ children: label, htmlFor: id }}
        required={field.required === 'error'}
        hint={t(language, 'planningHint')}
        validationState={validation.validationState}
        validationMessage={validation.validationMessage}
      >
        <PlanningDateInput
          id={id}
          label={label}
          value={value}
          language={language}
          onChange={change}
          onFocus={() => onFocus(field.key)}
          onBlur={() => onBlur(field.key)}
          state={state}
          {...(isPlanningKey(field.key) ? { phase: phaseOf(field.key) } : {})}
        />
      </Field>
      <SuggestionFixes {...props} />
    </div>
  );
}

function isPlanningKey(key: string): key is PlanningKey {
  return (PLANNING_KEYS as readonly string[]).includes(key);
}

/** Keys that move the highlight through the open list: after one, Enter takes the option. */
const NAVIGATION_KEYS: ReadonlySet<string> = new Set(['ArrowDown', 'ArrowUp', 'PageDown', 'PageUp']);

function matches(option: string, query: string): boolean {
  return option.toLocaleLowerCase('nl').includes(query.trim().toLocaleLowerCase('nl'));
}

/**
 * An open choice (Fluent's freeform Combobox, filtered as in its "Combobox freeform filtering"
 * pattern): the list narrows to the options containing what was typed, and what was typed is
 * the value unless the user moved to an option. Fluent itself selects the option it highlights
 * on Enter and Tab, and highlights the first prefix match while typing: "Raadsconferentie" +
 * Enter stored "Reguliere raad". A click on an option always takes it.
 */
function ChoiceControl(
  props: FieldControlProps & { readonly id: string; readonly events: { onFocus: () => void; onBlur: () => void } },
): ReactElement {
  const { field, value, language, options, onChange, id, events } = props;
  // What the user typed since the list opened; null shows the whole list.
  const [query, setQuery] = useState<string | null>(null);
  // Whether the highlight was moved with the arrow keys since the last keystroke of text.
  const navigated = useRef(false);
  const shown = query === null ? options : options.filter((option) => matches(option, query));
  return (
    <Combobox
      id={id}
      freeform
      // No option highlighted when the list opens: Enter then keeps the text (ARIA APG combobox,
      // list autocomplete without automatic selection).
      disableAutoFocus
      value={value}
      selectedOptions={options.includes(value) ? [value] : []}
      // Fluent makes the chevron a Tab stop of its own named "Open" in English (Combobox 9.17,
      // useComboboxExpandIconSlot): a second stop per field that says nothing in Dutch. The
      // combobox itself opens the list with Alt+ArrowDown, so the chevron stays a mouse/touch
      // target, out of the tab order, with a name in the UI language.
      expandIcon={{ tabIndex: -1, 'aria-label': t(language, 'openList') }}
      onKeyDown={(event) => {
        if (NAVIGATION_KEYS.has(event.key) && !event.altKey) navigated.current = true;
      }}
      onChange={(event) => {
        navigated.current = false;
        setQuery(event.target.value);
        onChange(field.key, event.target.value);
      }}
      onOpenChange={(_event, data) => {
        // Fluent closes the list before it reports the option Enter took: keep `navigated` until then.
        if (data.open) navigated.current = false;
        else setQuery(null);
      }}
      onOptionSelect={(event, data) => {
        if (data.optionText === undefined) return;
        // Enter or Tab on a highlight the user did not choose (Fluent's prefix match): the
        // typed text stays.
        if ('key' in event && !navigated.current) return;
        setQuery(null);
        onChange(field.key, data.optionText);
      }}
      {...events}
    >
      {shown.length > 0 ? (
        shown.map((option) => <Option key={option}>{option}</Option>)
      ) : (
        // As Fluent's useComboboxFilter does: a listbox holds options, so the message is one, disabled.
        <Option key="" text="" disabled>
          {t(language, 'noMatchingChoice')}
        </Option>
      )}
    </Combobox>
  );
}
